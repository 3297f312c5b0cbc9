import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { MeasureCadence, MeasureInstrument } from './measure.enums';
import { MAX_WINDOW_DAYS } from './measure-schedule.rules';

@ObjectType({ description: 'A standard measure a therapist scheduled for a client' })
export class MeasureSchedule {
  @Field(() => ID, { description: 'The schedule’s id' })
  id!: string;

  @Field(() => MeasureInstrument, { description: 'Which instrument' })
  instrument!: MeasureInstrument;

  @Field(() => MeasureCadence, { description: 'How often it falls due' })
  cadence!: MeasureCadence;

  @Field(() => Int, { nullable: true, description: 'Weeks between occurrences: 1 for WEEKLY, 2-12 for EVERY_N_WEEKS, null for ONCE' })
  everyWeeks!: number | null;

  @Field(() => String, { description: 'The client’s local day of the first occurrence (YYYY-MM-DD)' })
  startsOn!: string;

  @Field(() => Int, { description: 'Local days each occurrence stays open, its own day included (1-7)' })
  windowDays!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The occurrence open today or the next one, in the client’s time zone (YYYY-MM-DD); null once a one-off’s window has closed',
  })
  nextDueOn!: string | null;
}

@ObjectType({ description: 'Who scheduled a measure' })
export class MeasureScheduler {
  @Field(() => String, { nullable: true, description: 'The therapist’s display name as the share records it' })
  displayName!: string | null;
}

@ObjectType({ description: 'A scheduled measure that is open for you to complete now' })
export class DueMeasure {
  @Field(() => ID, { description: 'The schedule it comes from (MeasureSchedule.id)' })
  scheduleId!: string;

  @Field(() => MeasureInstrument, { description: 'Which instrument to complete' })
  instrument!: MeasureInstrument;

  @Field(() => String, { description: 'The local day it fell due (YYYY-MM-DD)' })
  dueOn!: string;

  @Field(() => String, { description: 'The last local day it is open (YYYY-MM-DD); submitting the instrument by then completes it' })
  closesOn!: string;

  @Field(() => MeasureScheduler, { description: 'The therapist who scheduled it' })
  scheduledBy!: MeasureScheduler;
}

@InputType({ description: 'A standard measure for a client to complete, once or on a cadence' })
export class ScheduleMeasureInput {
  @Field(() => ID, { description: 'The client (SharePerson.personId); the share must hold MEASURES' })
  clientId!: string;

  @Field(() => MeasureInstrument, { description: 'Which instrument' })
  instrument!: MeasureInstrument;

  @Field(() => MeasureCadence, { description: 'Once, weekly, or every N weeks' })
  cadence!: MeasureCadence;

  @Field(() => Int, { nullable: true, description: 'EVERY_N_WEEKS: the weeks between occurrences (2-12); WEEKLY: 1 or left out; ONCE: left out' })
  @IsOptional()
  @IsInt()
  everyWeeks?: number | null;

  @Field(() => String, { description: 'The first occurrence, a local day in the client’s time zone (YYYY-MM-DD), today or within a year' })
  startsOn!: string;

  @Field(() => Int, { description: 'Local days each occurrence stays open, its own day included (1-7)' })
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays!: number;
}

@InputType({ description: 'A measure schedule to cancel: yours as its therapist, or one made for you' })
export class CancelMeasureScheduleInput {
  @Field(() => ID, { description: 'The schedule (MeasureSchedule.id or DueMeasure.scheduleId)' })
  id!: string;
}

export const ScheduleMeasurePayload = objectPayload('ScheduleMeasurePayload', 'measureSchedule', () => MeasureSchedule, 'The measure scheduled');
export const CancelMeasureSchedulePayload = deletionPayload('CancelMeasureSchedulePayload', 'The schedule cancelled; no further occurrences fall due');
