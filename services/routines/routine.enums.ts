import { registerEnumType } from 'type-graphql';

export enum RoutineKind {
  AFTERCARE = 'AFTERCARE',
  PRACTICE = 'PRACTICE',
  WEEKLY_PLAN = 'WEEKLY_PLAN',
  CUSTOM = 'CUSTOM',
}

export enum RoutineStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}

/** ISO order: Monday is day 1 of the week. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** Weekday by ISO number (Monday 1 ... Sunday 7). */
export const WEEKDAYS: readonly Weekday[] = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

/**
 * What makes a day count towards a weekly target. A completion of the routine that
 * ticks the step always counts too, whatever the measure.
 */
export enum TargetMeasure {
  COMPLETIONS = 'COMPLETIONS',
  SESSIONS = 'SESSIONS',
  JOURNAL = 'JOURNAL',
}

registerEnumType(RoutineKind, { name: 'RoutineKind', description: 'Post-cry aftercare, a mindful crying practice, a weekly plan, or anything else' });
registerEnumType(RoutineStatus, { name: 'RoutineStatus', description: 'A paused routine keeps its history but is not suggested, due or reminded' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(TargetMeasure, {
  name: 'TargetMeasure',
  description:
    'What makes a day count for a target: COMPLETIONS (a completion of the routine ticking the step), SESSIONS (a completed session, optionally with one of the given catalysts), JOURNAL (a journal entry or a session reflection). A ticked step always counts as well.',
});
