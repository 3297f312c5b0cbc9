import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Connection, PageArgs } from '../shared/pagination';
import { WeeklyAdherence } from './routine.adherence.type';
import {
  AdoptRoutineTemplateInput,
  CreateRoutineInput,
  RecordRoutineCompletionInput,
  ReorderRoutineStepsInput,
  UpdateRoutineInput,
  WeeklyAdherenceArgs,
} from './routine.input';
import { UpcomingReminders } from './routine.reminders.type';
import { Routine, RoutineCompletion, RoutineTemplate } from './routine.type';

@ObjectType({ description: 'A page of Routine items (Relay cursor connection)' })
export class RoutineConnection extends Connection(() => Routine, 'Routine') {}

@Resolver(() => Routine)
export class RoutineResolver {
  @Query(() => [RoutineTemplate], { description: 'Built-in routines to adopt: post-cry aftercare, a mindful crying practice, a weekly wellness plan' })
  routineTemplates(@Ctx() ctx: Context) {
    return ctx.services.routines.templates();
  }

  @Query(() => RoutineConnection, { description: 'Your routines, oldest first; one Query a page' })
  myRoutines(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.routines.list(ctx.caller, args);
  }

  @Query(() => Routine)
  routine(@Arg('id', () => ID, { description: 'Your routine' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.get(ctx.caller, id);
  }

  @Query(() => RoutineCompletion)
  routineCompletion(@Arg('id', () => ID, { description: 'Your routine completion' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.getCompletion(ctx.caller, id);
  }

  @Query(() => WeeklyAdherence, { description: 'Days done beside days intended for each target, this week and the weeks before, and what is due today; no streaks, no scores' })
  weeklyAdherence(@Args(() => WeeklyAdherenceArgs) args: WeeklyAdherenceArgs, @Ctx() ctx: Context) {
    return ctx.services.routines.weeklyAdherence(ctx.caller, args);
  }

  @Query(() => UpcomingReminders, { description: 'Reminders of your active routines in the next 24 hours' })
  upcomingReminders(@Ctx() ctx: Context) {
    return ctx.services.routines.upcomingReminders(ctx.caller);
  }

  @Mutation(() => Routine)
  createRoutine(@Arg('input', () => CreateRoutineInput) input: CreateRoutineInput, @Ctx() ctx: Context) {
    return ctx.services.routines.create(ctx.caller, input);
  }

  @Mutation(() => Routine, { description: 'Adopt a built-in template as a routine of your own' })
  adoptRoutineTemplate(@Arg('input', () => AdoptRoutineTemplateInput) input: AdoptRoutineTemplateInput, @Ctx() ctx: Context) {
    return ctx.services.routines.adopt(ctx.caller, input);
  }

  @Mutation(() => Routine)
  updateRoutine(@Arg('input', () => UpdateRoutineInput) input: UpdateRoutineInput, @Ctx() ctx: Context) {
    return ctx.services.routines.update(ctx.caller, input);
  }

  @Mutation(() => Routine)
  reorderRoutineSteps(@Arg('input', () => ReorderRoutineStepsInput) input: ReorderRoutineStepsInput, @Ctx() ctx: Context) {
    return ctx.services.routines.reorderSteps(ctx.caller, input);
  }

  @Mutation(() => ID, { description: 'Deletes one of your routines (its completions stay on your timeline); answers its id' })
  deleteRoutine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.delete(ctx.caller, id);
  }

  @Mutation(() => RoutineCompletion, { description: 'Record a routine done, possibly back-dated and after one of your sessions' })
  recordRoutineCompletion(@Arg('input', () => RecordRoutineCompletionInput) input: RecordRoutineCompletionInput, @Ctx() ctx: Context) {
    return ctx.services.routines.recordCompletion(ctx.caller, input);
  }

  @Mutation(() => ID)
  deleteRoutineCompletion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.deleteCompletion(ctx.caller, id);
  }
}
