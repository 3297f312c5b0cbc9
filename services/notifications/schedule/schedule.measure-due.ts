/**
 * When a therapist's scheduled measure reminds its client: pure. Occurrences
 * are the client's local days (measure-schedule.rules.ts); the reminder is at
 * MEASURE_REMINDER_TIME local on the opening day of each, so across a
 * daylight-saving change it stays 09:00 local. An occurrence already
 * completed (a measure of the instrument inside its window) is skipped.
 */
import { completes, nextOccurrence, openOccurrence, type Occurrence } from '../../measures/measure-schedule.rules';
import type { MeasureRecord } from '../../measures/measure.record';
import type { MeasureScheduleRecord } from '../../measures/measure-schedule.record';
import { GrantScope, GrantStatus } from '../../sharing/sharing.enums';
import type { GrantRecord } from '../../sharing/sharing.record';
import { effectiveStatus } from '../../sharing/sharing.rules';
import { addDays, atLocalTime, localDay } from '../../shared/time';
import type { ProfileRecord } from '../../users/user.type';

/** One occurrence of a reminder: the instant, and the local day and time it is set for (routines, the reflection and measures alike). */
export interface DueOccurrence {
  at: Date;
  day: string;
  time: string;
}

/** Morning of the opening day: early enough to answer that day, never at night. */
export const MEASURE_REMINDER_TIME = '09:00';
const MINUTE_OF_DAY = 9 * 60;
// A one-off has one occurrence; a repeating one at most a few completed ones ahead of `after`.
const MAX_STEPS = 16;

export interface MeasureDueCadence {
  timing: Pick<MeasureScheduleRecord, 'cadence' | 'everyWeeks' | 'startsOn' | 'windowDays'>;
  /** Opening days of occurrences already completed. */
  completed: readonly string[];
}

/** What deciding a measure's reminder needs, read together. */
export interface MeasureSourceState {
  schedule?: MeasureScheduleRecord;
  grant?: GrantRecord;
  /** The client's recent measures (enough to cover any open window). */
  recent: MeasureRecord[];
}

/** The first opening (09:00 local) strictly after `after` of an occurrence not yet completed. */
export function nextMeasureDue(cadence: MeasureDueCadence, timeZone: string, after: Date): DueOccurrence | null {
  // From the day before: an occurrence opening today whose 09:00 is still ahead must be found.
  let day = addDays(localDay(after, timeZone), -1);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const occurrence: Occurrence | null = nextOccurrence(cadence.timing, day);
    if (!occurrence) return null;
    const at = atLocalTime(occurrence.dueOn, MINUTE_OF_DAY, timeZone);
    if (at.getTime() > after.getTime() && !cadence.completed.includes(occurrence.dueOn)) {
      return { at, day: occurrence.dueOn, time: MEASURE_REMINDER_TIME };
    }
    day = addDays(occurrence.closesOn, 1);
  }
  return null;
}

/**
 * A schedule reminds while it exists, the member's routineReminders is on, and
 * the share it was made under is active and holds MEASURES (a later share
 * does not revive it: the same rule as dueMeasures).
 */
export function measureCadence(profile: ProfileRecord | undefined, state: MeasureSourceState | undefined, now: Date): MeasureDueCadence | null {
  const schedule = state?.schedule;
  const grant = state?.grant;
  if (!schedule || !grant || !profile?.preferences?.routineReminders) return null;
  if (effectiveStatus(grant, now) !== GrantStatus.ACTIVE || !grant.scopes.includes(GrantScope.MEASURES)) return null;
  if (schedule.createdAt < (grant.respondedAt ?? grant.createdAt)) return null;
  const completed = new Set<string>();
  for (const measure of state.recent) {
    if (measure.instrument !== schedule.instrument) continue;
    const occurrence = openOccurrence(schedule, measure.localDay);
    if (occurrence && completes(occurrence, measure.localDay)) completed.add(occurrence.dueOn);
  }
  return { timing: schedule, completed: [...completed] };
}
