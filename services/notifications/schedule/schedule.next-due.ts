/**
 * When a reminder is next due: pure, from local wall-clock times on planned
 * weekdays in the member's zone. The same reading as upcomingReminders
 * (routine.reminders.ts, a test holds the two together): across a
 * daylight-saving change 21:00 stays 21:00 local; a time the zone skips fires
 * just after the gap, a time it repeats fires once, at its first occurrence.
 */
import { RoutineStatus, WEEKDAYS, Weekday } from '../../routines/routine.enums';
import type { RoutineRecord } from '../../routines/routine.record';
import { addDays, atLocalTime, isoWeekday, localDay } from '../../shared/time';
import type { ProfileRecord } from '../../users/user.type';
import { nextMeasureDue, type DueOccurrence, type MeasureDueCadence } from './schedule.measure-due';

/** Local times on planned weekdays (none: every day). */
export interface WeeklyCadence {
  days: readonly Weekday[];
  times: readonly string[];
}

/** A routine's or the reflection's weekly times, or a therapist's scheduled measure (schedule.measure-due.ts). */
export type Cadence = WeeklyCadence | MeasureDueCadence;

export type { DueOccurrence } from './schedule.measure-due';

/** The weekly reflection: Sunday evening, the end of the member's week. */
export const WEEKLY_REFLECTION_CADENCE: WeeklyCadence = { days: [Weekday.SUNDAY], times: ['18:00'] };

// A weekly cadence repeats within 7 local days; one day either side covers zone offsets and 23/25-hour days.
const DAYS_BEFORE = 1;
const DAYS_AFTER = 8;

function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}

/** The first occurrence strictly after `after`, or null for a cadence without times. */
export function nextDue(cadence: Cadence, timeZone: string, after: Date): DueOccurrence | null {
  if ('timing' in cadence) return nextMeasureDue(cadence, timeZone, after);
  const afterMs = after.getTime();
  const firstDay = localDay(after, timeZone);
  let best: DueOccurrence | null = null;
  for (let offset = -DAYS_BEFORE; offset <= DAYS_AFTER; offset += 1) {
    const day = addDays(firstDay, offset);
    const weekday = WEEKDAYS[isoWeekday(day) - 1];
    if (cadence.days.length > 0 && (weekday === undefined || !cadence.days.includes(weekday))) continue;
    for (const time of cadence.times) {
      const at = atLocalTime(day, minuteOfDay(time), timeZone);
      if (at.getTime() > afterMs && (!best || at.getTime() < best.at.getTime())) best = { at, day, time };
    }
  }
  return best;
}

/** Whether `at` is still an occurrence of the cadence (the schedule may have changed since it was computed). */
export function isOccurrence(cadence: Cadence, timeZone: string, at: Date): boolean {
  return nextDue(cadence, timeZone, new Date(at.getTime() - 1))?.at.getTime() === at.getTime();
}

/** A routine's cadence while it reminds: active, with reminder times, and the member's routineReminders on. */
export function routineCadence(routine: RoutineRecord | undefined, profile: ProfileRecord | undefined): Cadence | null {
  if (!routine || !profile?.preferences?.routineReminders) return null;
  if (routine.status !== RoutineStatus.ACTIVE || routine.schedule.reminderTimes.length === 0) return null;
  return { days: routine.schedule.days, times: routine.schedule.reminderTimes };
}

export function reflectionCadence(profile: ProfileRecord | undefined): Cadence | null {
  return profile?.preferences?.weeklyReflection ? WEEKLY_REFLECTION_CADENCE : null;
}
