import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CatalystKind } from '../sessions/session.enums';
import { TimelineItem, type TimelineKind } from '../shared/timeline-item';
import { RoutineKind, RoutineStatus, TargetMeasure, Weekday } from './routine.enums';

@ObjectType({ description: 'A weekly target on a step: on how many days a week, and what counts' })
export class StepTarget {
  @Field(() => Int, { description: 'Days a week (1-7); 7 means daily' })
  daysPerWeek!: number;

  @Field(() => TargetMeasure, { description: 'What makes a day count' })
  measure!: TargetMeasure;

  @Field(() => [CatalystKind], { description: 'With SESSIONS: only sessions using one of these count (empty: any session)' })
  catalysts!: CatalystKind[];
}

@ObjectType({ description: 'One step of a routine' })
export class RoutineStep {
  @Field(() => ID, { description: 'Stable across edits and reorders' })
  id!: string;

  @Field(() => String, { description: 'What to do' })
  title!: string;

  @Field(() => Int, { nullable: true, description: '1-240' })
  minutes!: number | null;

  @Field(() => String, { nullable: true, description: 'Notes on the step' })
  notes!: string | null;

  @Field(() => [String], { description: 'Products or tools, e.g. a hyaluronic acid serum' })
  products!: string[];

  @Field(() => StepTarget, { nullable: true, description: 'A weekly target for this step, if any' })
  target!: StepTarget | null;
}

@ObjectType({ description: 'When a routine is meant to happen, and when to remind' })
export class RoutineSchedule {
  @Field(() => [Weekday], { description: 'Days the routine is planned for (empty: no fixed days)' })
  days!: Weekday[];

  @Field(() => Int, { nullable: true, description: 'Days a week the routine as a whole is meant to happen' })
  daysPerWeek!: number | null;

  @Field(() => [String], { description: "Local times (HH:MM, the member's time zone) for reminders on the planned days, or every day without days" })
  reminderTimes!: string[];
}

@ObjectType({ description: 'One of your routines' })
export class Routine {
  @Field(() => ID, { description: 'The routine’s id' })
  id!: string;

  @Field(() => String, { description: 'Its name (the member’s words)' })
  name!: string;

  @Field(() => RoutineKind, { description: 'What kind of routine' })
  kind!: RoutineKind;

  @Field(() => String, { nullable: true, description: 'What it is for (the member’s words)' })
  description!: string | null;

  @Field(() => RoutineStatus, { description: 'Active, or paused' })
  status!: RoutineStatus;

  @Field(() => [RoutineStep], { description: 'In order' })
  steps!: RoutineStep[];

  @Field(() => RoutineSchedule, { description: 'When it is meant to happen' })
  schedule!: RoutineSchedule;

  @Field(() => String, { nullable: true, description: 'The template it was adopted from' })
  templateId!: string | null;

  @Field(() => Int, { description: 'Pass back in updates; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When it was made' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A built-in routine to adopt as your own copy' })
export class RoutineTemplate {
  @Field(() => String, { description: 'A stable id such as post-cry-aftercare; pass it to adoptRoutineTemplate' })
  id!: string;

  @Field(() => String, { description: 'Its name; an adopted copy keeps it unless given another' })
  name!: string;

  @Field(() => RoutineKind, { description: 'What kind of routine' })
  kind!: RoutineKind;

  @Field(() => String, { description: 'What it is for, and why it helps' })
  description!: string;

  @Field(() => [RoutineStep], { description: 'In order; an adopted copy gets fresh step ids' })
  steps!: RoutineStep[];

  @Field(() => RoutineSchedule, { description: 'When it is meant to happen' })
  schedule!: RoutineSchedule;
}

@ObjectType({
  description:
    'A step as it was when the completion was recorded: a value object with no id of its own, so a cache keeps it inside its completion (a later rename of the step does not reach it)',
})
export class CompletedStep {
  @Field(() => ID, { description: 'The routine step it records (the live step may have been renamed or removed since)' })
  stepId!: string;

  @Field(() => String, { description: 'The step’s title when it was done' })
  title!: string;
}

@ObjectType({ implements: TimelineItem, description: 'A routine done (all of it or some steps), possibly after a session' })
export class RoutineCompletion extends TimelineItem {
  declare kind: TimelineKind.ROUTINE_COMPLETION;

  @Field(() => ID, { description: 'The routine done' })
  routineId!: string;

  @Field(() => String, { description: 'The routine name when it was recorded' })
  routineName!: string;

  @Field(() => RoutineKind, { description: 'The routine’s kind when it was done' })
  routineKind!: RoutineKind;

  @Field(() => Date, { description: 'When it was done' })
  completedAt!: Date;

  @Field(() => [CompletedStep], { description: 'The steps done, in routine order' })
  stepsDone!: CompletedStep[];

  @Field(() => ID, { nullable: true, description: 'The session it followed' })
  sessionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The member’s note (their words)' })
  note!: string | null;

  @Field(() => Date, { description: 'When it was first stored' })
  createdAt!: Date;
}

@ObjectType({ description: 'Gentle aftercare after a session: your active aftercare routine, or the built-in one if you have none' })
export class AftercareSuggestion {
  @Field(() => String, { description: 'A gentle invitation to aftercare, naming your routine when you have one' })
  message!: string;

  @Field(() => Routine, { nullable: true, description: 'Your active aftercare routine, when you have one' })
  routine!: Routine | null;

  @Field(() => RoutineTemplate, { nullable: true, description: 'The aftercare template, when you have no active aftercare routine' })
  template!: RoutineTemplate | null;
}
