import type { JournalEntryRecord } from '../journal/journal.record';
import type { CatalystKind } from '../sessions/session.enums';
import type { SessionRecord } from '../sessions/session.record';
import type { RoutineKind, RoutineStatus, TargetMeasure, Weekday } from './routine.enums';

/** A weekly target carried by a step: on how many days a week, and what counts. */
export interface StepTargetRecord {
  daysPerWeek: number;
  measure: TargetMeasure;
  /** With SESSIONS: only sessions using one of these catalysts count (empty: any session). */
  catalysts: CatalystKind[];
}

export interface RoutineStepRecord {
  /** Stable across edits and reorders: completions and adherence refer to it. */
  id: string;
  title: string;
  minutes: number | null;
  notes: string | null;
  products: string[];
  target: StepTargetRecord | null;
}

export interface ScheduleRecord {
  /** Days the routine is planned for (empty: no fixed days). */
  days: Weekday[];
  /** Days a week the routine as a whole is meant to happen (null: no count). */
  daysPerWeek: number | null;
  /** Local wall-clock times 'HH:MM' in the member's time zone, on the planned days (every day without days). */
  reminderTimes: string[];
}

/** A routine as stored in the member's partition at ROUTINE#<id>. */
export interface RoutineRecord {
  id: string;
  sub: string;
  name: string;
  kind: RoutineKind;
  description: string | null;
  status: RoutineStatus;
  steps: RoutineStepRecord[];
  schedule: ScheduleRecord;
  /** The template it was adopted from, if any. */
  templateId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A step as it was when the completion was recorded. */
export interface CompletedStepRecord {
  id: string;
  title: string;
}

/**
 * A completion of a routine: a timeline item. The routine's name and kind are copied in,
 * so the timeline still reads well after the routine is renamed or deleted.
 */
export interface RoutineCompletionRecord {
  id: string;
  sub: string;
  routineId: string;
  routineName: string;
  routineKind: RoutineKind;
  completedAt: string;
  /** Day of completedAt in the member's time zone when written. */
  localDay: string;
  steps: CompletedStepRecord[];
  sessionId: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What happened in a stretch of time, by kind: what weekly targets count. */
export interface Activity {
  sessions: SessionRecord[];
  journalEntries: JournalEntryRecord[];
  completions: RoutineCompletionRecord[];
}
