import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Connection, PageArgs } from '../shared/pagination';
import { WeeklyAdherence } from './routine.adherence.type';
import {
  AdoptRoutineTemplateInput,
  CreateRoutineInput,
  DeleteRoutineCompletionInput,
  DeleteRoutineInput,
  RecordRoutineCompletionInput,
  ReorderRoutineStepsInput,
  UpdateRoutineInput,
  WeeklyAdherenceArgs,
} from './routine.input';
import {
  AdoptRoutineTemplatePayload,
  CreateRoutinePayload,
  DeleteRoutineCompletionPayload,
  DeleteRoutinePayload,
  RecordRoutineCompletionPayload,
  ReorderRoutineStepsPayload,
  UpdateRoutinePayload,
} from './routine.payload';
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

  @Query(() => Routine, { description: 'One of your routines; NOT_FOUND if it is not yours' })
  routine(@Arg('id', () => ID, { description: 'Your routine' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.get(ctx.caller, id);
  }

  @Query(() => RoutineCompletion, { description: 'One of your routine completions; NOT_FOUND if it is not yours' })
  routineCompletion(@Arg('id', () => ID, { description: 'Your routine completion' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.routines.getCompletion(ctx.caller, id);
  }

  @Query(() => WeeklyAdherence, {
    description: 'Days done beside days intended for each target, this week and the weeks before, and what is due today; no streaks, no scores',
  })
  weeklyAdherence(@Args(() => WeeklyAdherenceArgs) args: WeeklyAdherenceArgs, @Ctx() ctx: Context) {
    return ctx.services.routines.weeklyAdherence(ctx.caller, args);
  }

  @Query(() => UpcomingReminders, { description: 'Reminders of your active routines in the next 24 hours' })
  upcomingReminders(@Ctx() ctx: Context) {
    return ctx.services.routines.upcomingReminders(ctx.caller);
  }

  @Mutation(() => CreateRoutinePayload, { description: 'Create a routine of your own: aftercare, a practice or a weekly plan' })
  async createRoutine(@Arg('input', () => CreateRoutineInput, { description: 'The routine' }) input: CreateRoutineInput, @Ctx() ctx: Context) {
    return { routine: await ctx.services.routines.create(ctx.caller, input) };
  }

  @Mutation(() => AdoptRoutineTemplatePayload, { description: 'Adopt a built-in template as a routine of your own' })
  async adoptRoutineTemplate(
    @Arg('input', () => AdoptRoutineTemplateInput, { description: 'The template' }) input: AdoptRoutineTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return { routine: await ctx.services.routines.adopt(ctx.caller, input) };
  }

  @Mutation(() => UpdateRoutinePayload, { description: 'Change one of your routines (at the version you read)' })
  async updateRoutine(@Arg('input', () => UpdateRoutineInput, { description: 'The routine and what changes' }) input: UpdateRoutineInput, @Ctx() ctx: Context) {
    return { routine: await ctx.services.routines.update(ctx.caller, input) };
  }

  @Mutation(() => ReorderRoutineStepsPayload, { description: 'Put the steps of one of your routines in a new order' })
  async reorderRoutineSteps(
    @Arg('input', () => ReorderRoutineStepsInput, { description: 'The routine and its steps in order' }) input: ReorderRoutineStepsInput,
    @Ctx() ctx: Context,
  ) {
    return { routine: await ctx.services.routines.reorderSteps(ctx.caller, input) };
  }

  @Mutation(() => DeleteRoutinePayload, { description: 'Delete one of your routines (its completions stay on your timeline)' })
  async deleteRoutine(@Arg('input', () => DeleteRoutineInput, { description: 'The routine' }) input: DeleteRoutineInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.routines.delete(ctx.caller, input.id) };
  }

  @Mutation(() => RecordRoutineCompletionPayload, { description: 'Record a routine done, possibly back-dated and after one of your sessions' })
  async recordRoutineCompletion(
    @Arg('input', () => RecordRoutineCompletionInput, { description: 'The routine and what was done' }) input: RecordRoutineCompletionInput,
    @Ctx() ctx: Context,
  ) {
    return { routineCompletion: await ctx.services.routines.recordCompletion(ctx.caller, input) };
  }

  @Mutation(() => DeleteRoutineCompletionPayload, { description: 'Delete one of your routine completions' })
  async deleteRoutineCompletion(
    @Arg('input', () => DeleteRoutineCompletionInput, { description: 'The completion' }) input: DeleteRoutineCompletionInput,
    @Ctx() ctx: Context,
  ) {
    return { deletedId: await ctx.services.routines.deleteCompletion(ctx.caller, input.id) };
  }
}
