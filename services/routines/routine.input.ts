import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CatalystKind } from '../sessions/session.enums';
import { IdempotencyKeyRules, TEXT_LIMITS } from '../shared/inputs';
import { idInput } from '../shared/mutation-shapes';
import { RoutineKind, RoutineStatus, TargetMeasure, Weekday } from './routine.enums';

export const ROUTINE_LIMITS = {
  minSteps: 1,
  maxSteps: 30,
  minStepMinutes: 1,
  maxStepMinutes: 240,
  maxProducts: 10,
  maxReminderTimes: 6,
  maxRecentWeeks: 12,
  /**
   * A routine is one DynamoDB item (at most 400 KB). Each text is bounded in
   * characters, but thirty steps of emoji-dense notes at their limits would
   * still exceed that, so the whole is bounded as well.
   */
  maxStoredBytes: 300_000,
  defaultRecentWeeks: 4,
} as const;

/** A local wall-clock time, 24-hour: 00:00 to 23:59. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'A weekly target on a step: on how many days a week, and what counts' })
export class StepTargetInput {
  @Field(() => Int, { description: 'Days a week (1-7); 7 means daily' })
  @Min(1)
  @Max(7)
  daysPerWeek!: number;

  @Field(() => TargetMeasure, { nullable: true, description: 'Default COMPLETIONS' })
  measure?: TargetMeasure | null;

  @Field(() => [CatalystKind], { nullable: true, description: 'Only with SESSIONS' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(11)
  catalysts?: CatalystKind[] | null;
}

@InputType({ description: 'One step of a routine' })
export class RoutineStepInput {
  @Field(() => ID, { nullable: true, description: 'In updateRoutine: the id of a step to keep (with its history); leave out for a new step' })
  id?: string | null;

  @Field(() => String, { description: 'What to do, 1-200 characters, not blank' })
  @Length(1, TEXT_LIMITS.short)
  title!: string;

  @Field(() => Int, { nullable: true, description: `${ROUTINE_LIMITS.minStepMinutes}-${ROUTINE_LIMITS.maxStepMinutes}` })
  @IsOptional()
  @Min(ROUTINE_LIMITS.minStepMinutes)
  @Max(ROUTINE_LIMITS.maxStepMinutes)
  minutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Notes on the step, up to 2000 characters' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.note)
  notes?: string | null;

  @Field(() => [String], { nullable: true, description: `Products or tools, up to ${ROUTINE_LIMITS.maxProducts}, each 1-200 characters and not blank` })
  @IsOptional()
  @ArrayMaxSize(ROUTINE_LIMITS.maxProducts)
  @Length(1, TEXT_LIMITS.short, { each: true })
  products?: string[] | null;

  @Field(() => StepTargetInput, { nullable: true, description: 'A weekly target for this step; none when left out or null' })
  @IsOptional()
  @ValidateNested()
  target?: StepTargetInput | null;
}

@InputType({ description: 'When a routine is meant to happen, and when to remind; given whole' })
export class RoutineScheduleInput {
  @Field(() => [Weekday], { nullable: true, description: 'Days the routine is planned for, each at most once; none (no fixed days) when left out' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(7)
  days?: Weekday[] | null;

  @Field(() => Int, { nullable: true, description: 'Days a week the routine as a whole is meant to happen (1-7)' })
  @IsOptional()
  @Min(1)
  @Max(7)
  daysPerWeek?: number | null;

  @Field(() => [String], { nullable: true, description: `Up to ${ROUTINE_LIMITS.maxReminderTimes} local times, HH:MM (24-hour)` })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(ROUTINE_LIMITS.maxReminderTimes)
  @Matches(LOCAL_TIME_PATTERN, { each: true, message: '$property must be local times written HH:MM (00:00-23:59)' })
  reminderTimes?: string[] | null;
}

@InputType({ description: 'A new routine of your own' })
export class CreateRoutineInput {
  @Field(() => String, { description: 'Its name, 1-200 characters, not blank' })
  @Length(1, TEXT_LIMITS.short)
  name!: string;

  @Field(() => RoutineKind, { description: 'What kind of routine' })
  kind!: RoutineKind;

  @Field(() => String, { nullable: true, description: 'What it is for, up to 2000 characters' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.note)
  description?: string | null;

  @Field(() => RoutineStatus, { nullable: true, description: 'Default ACTIVE' })
  status?: RoutineStatus | null;

  @Field(() => [RoutineStepInput], { description: `${ROUTINE_LIMITS.minSteps}-${ROUTINE_LIMITS.maxSteps} steps, in order` })
  @ArrayMinSize(ROUTINE_LIMITS.minSteps)
  @ArrayMaxSize(ROUTINE_LIMITS.maxSteps)
  @ValidateNested({ each: true })
  steps!: RoutineStepInput[];

  @Field(() => RoutineScheduleInput, { nullable: true, description: 'When it is meant to happen; no fixed days and no reminders when left out' })
  @IsOptional()
  @ValidateNested()
  schedule?: RoutineScheduleInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Adopt a built-in template as your own copy' })
export class AdoptRoutineTemplateInput {
  @Field(() => String, { description: 'A routineTemplates id' })
  @MaxLength(64)
  templateId!: string;

  @Field(() => String, { nullable: true, description: "Default: the template's name" })
  @IsOptional()
  @Length(1, TEXT_LIMITS.short)
  name?: string | null;

  @Field(() => RoutineStatus, { nullable: true, description: 'Default ACTIVE' })
  status?: RoutineStatus | null;

  @Field(() => RoutineScheduleInput, { nullable: true, description: "Default: the template's schedule" })
  @IsOptional()
  @ValidateNested()
  schedule?: RoutineScheduleInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change; steps and schedule are replaced whole; null clears the description or the schedule' })
export class UpdateRoutineInput {
  @Field(() => ID, { description: 'The routine to change' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'A new name, 1-200 characters, not blank; cannot be cleared' })
  @IsOptional()
  @Length(1, TEXT_LIMITS.short)
  name?: string | null;

  @Field(() => RoutineKind, { nullable: true, description: 'A new kind; cannot be cleared' })
  kind?: RoutineKind | null;

  @Field(() => String, { nullable: true, description: 'What it is for, up to 2000 characters; null clears it' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.note)
  description?: string | null;

  @Field(() => RoutineStatus, { nullable: true, description: 'Pause or resume' })
  status?: RoutineStatus | null;

  @Field(() => [RoutineStepInput], { nullable: true, description: 'The new list of steps; give an existing step its id to keep it' })
  @IsOptional()
  @ArrayMinSize(ROUTINE_LIMITS.minSteps)
  @ArrayMaxSize(ROUTINE_LIMITS.maxSteps)
  @ValidateNested({ each: true })
  steps?: RoutineStepInput[] | null;

  @Field(() => RoutineScheduleInput, { nullable: true, description: 'The new schedule, replaced whole; null clears it (no fixed days, no reminders)' })
  @IsOptional()
  @ValidateNested()
  schedule?: RoutineScheduleInput | null;
}

@InputType({ description: 'A routine of yours and all its steps in a new order' })
export class ReorderRoutineStepsInput {
  @Field(() => ID, { description: 'The routine whose steps to reorder' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => [ID], { description: 'Every step id of the routine, once each, in the new order' })
  @ArrayMinSize(ROUTINE_LIMITS.minSteps)
  @ArrayMaxSize(ROUTINE_LIMITS.maxSteps)
  @ArrayUnique()
  stepIds!: string[];
}

@InputType({ description: 'A routine done, possibly back-dated' })
export class RecordRoutineCompletionInput {
  @Field(() => ID, { description: 'One of your routines, active or paused' })
  routineId!: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now; may be back-dated' })
  completedAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'The steps done (default: all of them)' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROUTINE_LIMITS.maxSteps)
  @ArrayUnique()
  stepIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'One of your sessions that this followed' })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your note, up to 2000 characters' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.note)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@ArgsType()
export class WeeklyAdherenceArgs {
  @Field(() => ID, { description: 'One of your routines' })
  routineId!: string;

  @Field(() => String, { nullable: true, description: 'The day to look from (YYYY-MM-DD, not after today); default today in your time zone' })
  day?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Weeks before this one to show (0-${ROUTINE_LIMITS.maxRecentWeeks}, default ${ROUTINE_LIMITS.defaultRecentWeeks})`,
  })
  @IsOptional()
  @Min(0)
  @Max(ROUTINE_LIMITS.maxRecentWeeks)
  recentWeeks?: number | null;
}

export const DeleteRoutineInput = idInput('DeleteRoutineInput', 'id', 'The routine to delete');
export type DeleteRoutineInput = InstanceType<typeof DeleteRoutineInput>;

export const DeleteRoutineCompletionInput = idInput('DeleteRoutineCompletionInput', 'id', 'The routine completion to delete');
export type DeleteRoutineCompletionInput = InstanceType<typeof DeleteRoutineCompletionInput>;
