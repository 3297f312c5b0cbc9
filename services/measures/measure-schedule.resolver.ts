import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { MeasureInstrument } from './measure.enums';
import { MeasureConnection, MeasuresArgs } from './measure.resolver';
import { MeasureTrend } from './measure.type';
import {
  CancelMeasureScheduleInput,
  CancelMeasureSchedulePayload,
  DueMeasure,
  MeasureSchedule,
  ScheduleMeasureInput,
  ScheduleMeasurePayload,
} from './measure-schedule.type';

@ArgsType()
export class ClientMeasuresArgs extends MeasuresArgs {
  @Field(() => ID, { description: 'The client (SharePerson.personId)' })
  clientId!: string;
}

/** Therapists' reads and schedules of a client's measures (MEASURES scope), and the member's due measures. */
@Resolver(() => MeasureSchedule)
export class MeasureScheduleResolver {
  @Query(() => MeasureConnection, { description: "Therapists: a client's measures, newest first (MEASURES scope)" })
  clientMeasures(@Args(() => ClientMeasuresArgs) args: ClientMeasuresArgs, @Ctx() ctx: Context) {
    return ctx.services.clientMeasures.list(ctx.caller, args);
  }

  @Query(() => MeasureTrend, { description: "Therapists: a client's latest result of one instrument beside the one before it (MEASURES scope)" })
  clientMeasureTrend(
    @Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string,
    @Arg('instrument', () => MeasureInstrument, { description: 'The instrument' }) instrument: MeasureInstrument,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clientMeasures.trend(ctx.caller, clientId, instrument);
  }

  @Query(() => [MeasureSchedule], { description: 'Therapists: the measures you scheduled for a client (MEASURES scope)' })
  clientMeasureSchedules(@Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.measureSchedules.clientSchedules(ctx.caller, clientId);
  }

  @Query(() => [DueMeasure], { description: 'Measures your therapists scheduled that are open for you to complete now, in your time zone' })
  dueMeasures(@Ctx() ctx: Context) {
    return ctx.services.measureSchedules.due(ctx.caller);
  }

  @Mutation(() => ScheduleMeasurePayload, { description: 'Therapists: schedule a standard measure for a client, once or on a cadence (MEASURES scope)' })
  async scheduleMeasure(
    @Arg('input', () => ScheduleMeasureInput, { description: 'The client, instrument and timing' }) input: ScheduleMeasureInput,
    @Ctx() ctx: Context,
  ) {
    return { measureSchedule: await ctx.services.measureSchedules.schedule(ctx.caller, input) };
  }

  @Mutation(() => CancelMeasureSchedulePayload, { description: 'Cancel a measure schedule: one you made as its therapist, or one made for you' })
  async cancelMeasureSchedule(
    @Arg('input', () => CancelMeasureScheduleInput, { description: 'The schedule' }) input: CancelMeasureScheduleInput,
    @Ctx() ctx: Context,
  ) {
    return { deletedId: await ctx.services.measureSchedules.cancel(ctx.caller, input.id) };
  }
}
