import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CatalystKind } from './session.enums';

export enum InsightPeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(InsightPeriod, {
  name: 'InsightPeriod',
  description: "A calendar period in the member's time zone: weeks start on Monday",
  valuesConfig: {
    WEEK: { description: 'A calendar week, Monday to Sunday' },
    MONTH: { description: 'A calendar month' },
    QUARTER: { description: 'A calendar quarter: January-March, April-June, July-September or October-December' },
  },
});

@ObjectType({ description: 'How often a catalyst was used in the period' })
export class CatalystCount {
  @Field(() => CatalystKind, { description: 'The kind of catalyst' })
  catalyst!: CatalystKind;

  @Field(() => Int, { description: 'Completed sessions in the period that used it (a session counts once per kind)' })
  sessions!: number;
}

@ObjectType({ description: 'How sessions with a catalyst tended to end; rates only once there are enough sessions to mean something' })
export class CatalystOutcome {
  @Field(() => CatalystKind, { description: 'The kind of catalyst' })
  catalyst!: CatalystKind;

  @Field(() => Int, { description: 'Sessions in the period that used this catalyst' })
  sessions!: number;

  @Field(() => Boolean, { description: 'False until at least 3 of those sessions have an after-state' })
  enoughData!: boolean;

  @Field(() => Float, { nullable: true, description: 'Share (0-1) of rated sessions that left the member lighter, calmer, grounded, cleansed or sleepy' })
  reliefRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0-1) of rated sessions that left the member worse, flooded or numb' })
  floodingRate!: number | null;

  @Field(() => String, { nullable: true, description: 'Why there are no rates yet, in words for the member; null once there is enough data' })
  note!: string | null;
}

@ObjectType({ description: 'Sessions started on one local day; for a calendar heat map' })
export class DaySessionCount {
  @Field(() => String, { description: "YYYY-MM-DD in the member's time zone" })
  day!: string;

  @Field(() => Int, { description: 'Completed sessions started that day; 0 on a day without any' })
  sessionCount!: number;
}

@ObjectType({ description: 'Figures for one period. Shares are 0-1; figures without data are null.' })
export class InsightFigures {
  @Field(() => String, { description: 'First day (YYYY-MM-DD)' })
  fromDay!: string;

  @Field(() => String, { description: 'Last day, inclusive (YYYY-MM-DD)' })
  toDay!: string;

  @Field(() => Int, { description: 'Completed sessions started in the period' })
  sessionCount!: number;

  @Field(() => Float, { description: 'Sessions per 7 days' })
  perWeekFrequency!: number;

  @Field(() => Float, { description: 'Sum over sessions that have an end time' })
  totalDurationMinutes!: number;

  @Field(() => Float, { nullable: true, description: 'Median length in minutes of sessions that have an end time; null without any' })
  medianDurationMinutes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of sessions where tears came, among those where the member said' })
  tearsShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean distress before (0-10)' })
  meanDistressBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean distress after (0-10)' })
  meanDistressAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of (after - before) over sessions with both; negative means relief' })
  meanDistressChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of sessions with an after-state that ended lighter, calmer, grounded, cleansed or sleepy' })
  reliefShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of sessions with an after-state that ended worse, flooded or numb' })
  floodingShare!: number | null;

  @Field(() => [CatalystCount], { description: 'Most used first' })
  topCatalysts!: CatalystCount[];

  @Field(() => [CatalystOutcome], { description: 'How sessions with each catalyst ended, most used first' })
  catalystOutcomes!: CatalystOutcome[];

  @Field(() => [DaySessionCount], { description: 'Every day of the period, including days without sessions' })
  dailySeries!: DaySessionCount[];
}

@ObjectType({ description: 'A look back at a period beside the one before it. Figures describe; they never score.' })
export class Insights {
  @Field(() => InsightPeriod, { description: 'The kind of period asked for' })
  period!: InsightPeriod;

  @Field(() => String, { description: 'First day of the period: the requested day moved back to the period start' })
  fromDay!: string;

  @Field(() => String, { description: 'Last day of the period, inclusive' })
  toDay!: string;

  @Field(() => InsightFigures, { description: 'The period itself' })
  current!: InsightFigures;

  @Field(() => InsightFigures, { description: 'The previous week, month or quarter' })
  previous!: InsightFigures;
}

/** The days of a period and the one before it, known before any session is read. */
export interface PeriodDays {
  previous: { fromDay: string; toDay: string };
  current: { fromDay: string; toDay: string };
}
