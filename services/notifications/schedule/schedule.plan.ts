/**
 * What the due index should hold, and what the sweep sends: pure, so the
 * repository only stores and the rules are tested without a table.
 */
import type { DueSource } from '../../shared/db/catalogue/schedule.catalogue';
import { digestOf } from '../../shared/db/keys';
import type { ProfileRecord } from '../../users/user.type';
import type { MemberNotification } from '../../live/live.events';
import type { DueReminderRecord } from './schedule.record';
import { nextDue, reflectionCadence, routineCadence, type Cadence } from './schedule.next-due';
import { measureCadence } from './schedule.measure-due';
import type { SourceState } from './schedule.repository';

/** An occurrence found later than this (the machine was off, the sweep stalled) is skipped, not sent late in a burst. */
export const LATE_BOUND_MS = 60 * 60 * 1000;
/** Attempts of one occurrence before it is given up on (and recorded). */
export const MAX_ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 60 * 1000;

/** The cadence of a source as the stored items say now (null: nothing to remind of). */
export function cadenceOf(source: DueSource, state: Omit<SourceState, 'due'>, now: Date): Cadence | null {
  if (source.kind === 'ROUTINE') return routineCadence(state.routine, state.profile);
  if (source.kind === 'MEASURE') return measureCadence(state.profile, state.measure, now);
  return reflectionCadence(state.profile);
}

const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);

/**
 * The due item a source should have at `now`: its next occurrence after now
 * and after anything already claimed (never twice), keeping a pending retry.
 * Null when it reminds of nothing.
 */
export function plannedDue(
  source: DueSource,
  profile: ProfileRecord | undefined,
  cadence: Cadence | null,
  existing: DueReminderRecord | undefined,
  now: Date,
  sub: string,
): DueReminderRecord | null {
  if (!profile || !cadence) return null;
  const after = later(now.toISOString(), existing?.lastClaimed ?? null);
  const next = nextDue(cadence, profile.timeZone, new Date(after));
  if (!next) return null;
  const dueAt = next.at.toISOString();
  const retry = existing?.retry ?? null;
  return {
    sub,
    source,
    dueAt,
    localDay: next.day,
    localTime: next.time,
    timeZone: profile.timeZone,
    lookAt: retry && retry.at < dueAt ? retry.at : dueAt,
    lastClaimed: existing?.lastClaimed ?? null,
    retry,
    undelivered: existing?.undelivered ?? 0,
    version: (existing?.version ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
}

/** True when writing `planned` over `existing` would change nothing the sweep reads. */
export function sameSchedule(existing: DueReminderRecord | undefined, planned: DueReminderRecord | null): boolean {
  if (!existing || !planned) return !existing && !planned;
  return existing.dueAt === planned.dueAt && existing.timeZone === planned.timeZone && existing.lookAt === planned.lookAt;
}

/** When the next attempt after `attempts` failed ones is due: 1, 2, 4, 8 minutes. */
export function retryAt(now: Date, attempts: number): string {
  return new Date(now.getTime() + FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1)).toISOString();
}

/** The notification of one occurrence; its id is the same on every attempt, so a retried delivery is recognised. */
export function reminderNotification(sub: string, source: DueSource, occurrence: string): MemberNotification {
  if (source.kind === 'ROUTINE') {
    return { id: `reminder:${source.routineId}:${occurrence}`, recipientSub: sub, kind: 'REMINDER_DUE', at: occurrence, routineId: source.routineId };
  }
  if (source.kind === 'MEASURE') {
    // The schedule's id (a ULID) names no one; the instrument stays out: the client opens dueMeasures to see it.
    return { id: `measure-due:${source.scheduleId}:${occurrence}`, recipientSub: sub, kind: 'MEASURE_DUE', at: occurrence, routineId: null };
  }
  // Ids may reach the member's own client: a digest keeps the sub out and the id unique across members.
  return { id: `weekly-reflection:${digestOf(sub).slice(0, 16)}:${occurrence}`, recipientSub: sub, kind: 'WEEKLY_REFLECTION', at: occurrence, routineId: null };
}
