import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CatalystKind } from '../sessions/session.enums';
import { TargetMeasure } from './routine.enums';
import { Routine } from './routine.type';

@ObjectType({ description: 'One week of one target: on how many days it happened, beside the days intended' })
export class AdherenceWeek {
  @Field(() => String, { description: 'Monday (YYYY-MM-DD)' })
  weekStart!: string;

  @Field(() => String, { description: 'Sunday (YYYY-MM-DD)' })
  weekEnd!: string;

  @Field(() => Int, { description: 'Days of the week on which it happened' })
  done!: number;

  @Field(() => Int, { description: 'Days intended (as the routine reads now)' })
  target!: number;

  @Field(() => [String], { description: 'The days on which it happened, in order' })
  days!: string[];
}

@ObjectType({ description: 'A target of a routine: this week, the weeks before, and today. No streaks and no scores.' })
export class TargetAdherence {
  @Field(() => ID, { nullable: true, description: 'The step carrying the target; null for the routine as a whole (its schedule)' })
  stepId!: string | null;

  @Field(() => String, { description: 'The step’s title, or the routine’s name for the routine as a whole' })
  title!: string;

  @Field(() => TargetMeasure, { description: 'What makes a day count (COMPLETIONS for the routine as a whole)' })
  measure!: TargetMeasure;

  @Field(() => [CatalystKind], { description: 'With SESSIONS: only sessions using one of these count (empty: any session)' })
  catalysts!: CatalystKind[];

  @Field(() => Int, { description: 'Days a week intended (as the routine reads now); 7 means daily' })
  daysPerWeek!: number;

  @Field(() => AdherenceWeek, { description: 'The week of day, Monday to Sunday' })
  thisWeek!: AdherenceWeek;

  @Field(() => [AdherenceWeek], { description: 'The weeks before this one, newest first' })
  recentWeeks!: AdherenceWeek[];

  @Field(() => Boolean, { description: 'It happened today' })
  doneToday!: boolean;

  @Field(() => Boolean, {
    description:
      'Planned for today (a daily target, or today is one of the planned days), not yet done today, and fewer days done so far this week than intended; never for a paused routine',
  })
  dueToday!: boolean;

  @Field(() => String, { nullable: true, description: 'How to read this target, where it needs saying' })
  note!: string | null;
}

@ObjectType({ description: "How a routine's week is going, in the member's time zone" })
export class WeeklyAdherence {
  @Field(() => Routine, { description: 'The routine' })
  routine!: Routine;

  @Field(() => String, { description: 'The day looked from ("today")' })
  day!: string;

  @Field(() => String, { description: 'The member’s IANA time zone, in which days are counted' })
  timeZone!: string;

  @Field(() => String, { description: 'Monday of this week' })
  weekStart!: string;

  @Field(() => String, { description: 'Sunday of this week' })
  weekEnd!: string;

  @Field(() => [TargetAdherence], { description: "The steps' targets, or the routine's own when no step has one; empty without either" })
  targets!: TargetAdherence[];

  @Field(() => String, { description: 'How to read these figures, in words for the member: they describe the week, never score it' })
  note!: string;
}
