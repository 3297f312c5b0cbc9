/**
 * Reminder instants of a member's routines in a window, from local wall-clock times on
 * planned days in the member's time zone. Pure. Across a daylight-saving change a reminder
 * keeps its local time: 20:00 stays 20:00 local, so its UTC instant moves; a time the zone
 * skips fires just after the gap, and a time it repeats fires once (see atLocalTime).
 */
import { addDays, atLocalTime, isoWeekday, localDay } from '../shared/time';
import { RoutineStatus, WEEKDAYS } from './routine.enums';
import type { RoutineRecord } from './routine.record';

export const REMINDER_WINDOW_HOURS = 24;
const HOUR_MS = 3_600_000;

export interface ReminderFigures {
  at: Date;
  /** The local day and time it is set for. */
  day: string;
  time: string;
  routine: RoutineRecord;
}

function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours as number) * 60 + (minutes as number);
}

/** Reminders of active routines in [from, from + hours), earliest first; ties in routine order. */
export function remindersBetween(routines: readonly RoutineRecord[], from: Date, timeZone: string, hours = REMINDER_WINDOW_HOURS): ReminderFigures[] {
  const start = from.getTime();
  const end = start + hours * HOUR_MS;
  const firstDay = localDay(from, timeZone);
  // A window of h hours touches at most ceil(h / 23) + 1 local days (a spring day has 23 hours).
  const dayCount = Math.ceil(hours / 23) + 1;
  const days = Array.from({ length: dayCount }, (_, i) => addDays(firstDay, i));
  const reminders: ReminderFigures[] = [];
  for (const routine of routines) {
    if (routine.status !== RoutineStatus.ACTIVE) continue;
    const planned = routine.schedule.days;
    for (const day of days) {
      const weekday = WEEKDAYS[isoWeekday(day) - 1];
      if (planned.length > 0 && (weekday === undefined || !planned.includes(weekday))) continue;
      for (const time of routine.schedule.reminderTimes) {
        const at = atLocalTime(day, minuteOfDay(time), timeZone);
        if (at.getTime() >= start && at.getTime() < end) reminders.push({ at, day, time, routine });
      }
    }
  }
  return reminders.sort((a, b) => a.at.getTime() - b.at.getTime());
}
