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

registerEnumType(RoutineKind, {
  name: 'RoutineKind',
  description: 'Post-cry aftercare, a mindful crying practice, a weekly plan, or anything else',
  valuesConfig: {
    AFTERCARE: { description: 'Post-cry aftercare for skin and comfort; an active one is what is suggested after a session' },
    PRACTICE: { description: 'A mindful crying practice' },
    WEEKLY_PLAN: { description: 'A weekly emotional wellness plan' },
    CUSTOM: { description: 'Any other routine' },
  },
});
registerEnumType(RoutineStatus, {
  name: 'RoutineStatus',
  description: 'A paused routine keeps its history but is not suggested, due or reminded',
  valuesConfig: {
    ACTIVE: { description: 'In use: suggested, due and reminded as planned' },
    PAUSED: { description: 'Kept with its history, but not suggested, due or reminded' },
  },
});
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, in ISO order (Monday first)',
  valuesConfig: {
    MONDAY: { description: 'Monday' },
    TUESDAY: { description: 'Tuesday' },
    WEDNESDAY: { description: 'Wednesday' },
    THURSDAY: { description: 'Thursday' },
    FRIDAY: { description: 'Friday' },
    SATURDAY: { description: 'Saturday' },
    SUNDAY: { description: 'Sunday' },
  },
});
registerEnumType(TargetMeasure, {
  name: 'TargetMeasure',
  description:
    'What makes a day count for a target: COMPLETIONS (a completion of the routine ticking the step), SESSIONS (a completed session, optionally with one of the given catalysts), JOURNAL (a journal entry or a session reflection). A ticked step always counts as well.',
  valuesConfig: {
    COMPLETIONS: { description: 'A completion of the routine that ticks the step' },
    SESSIONS: { description: 'A completed session, optionally only one using one of the target’s catalysts' },
    JOURNAL: { description: 'A journal entry, or a session with a reflection' },
  },
});
