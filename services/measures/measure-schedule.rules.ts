/**
 * When a scheduled measure falls due: pure calendar arithmetic on the
 * client's local days. Occurrences are whole local dates (startsOn + k weeks),
 * never instants, so a weekly one keeps its weekday across a DST change; the
 * caller turns "now" into the client's local day once, with their time zone.
 */
import { addDays, daysBetween } from '../shared/time';
import { MeasureCadence } from './measure.enums';
import type { MeasureScheduleRecord } from './measure-schedule.record';

export const MAX_WINDOW_DAYS = 7;
export const MAX_EVERY_WEEKS = 12;

export interface Occurrence {
  dueOn: string;
  /** The last local day it is open (dueOn + windowDays - 1). */
  closesOn: string;
}

type Timing = Pick<MeasureScheduleRecord, 'cadence' | 'everyWeeks' | 'startsOn' | 'windowDays'>;

function periodDays(schedule: Timing): number | null {
  if (schedule.cadence === MeasureCadence.ONCE) return null;
  return 7 * (schedule.cadence === MeasureCadence.WEEKLY ? 1 : (schedule.everyWeeks ?? 1));
}

function occurrenceOn(schedule: Timing, dueOn: string): Occurrence {
  return { dueOn, closesOn: addDays(dueOn, schedule.windowDays - 1) };
}

/** The occurrence whose window holds `today`, if any (windows never overlap: at most 7 days in a period of at least 7). */
export function openOccurrence(schedule: Timing, today: string): Occurrence | null {
  const since = daysBetween(schedule.startsOn, today);
  if (since < 0) return null;
  const period = periodDays(schedule);
  const dueOn = period === null ? schedule.startsOn : addDays(schedule.startsOn, since - (since % period));
  const occurrence = occurrenceOn(schedule, dueOn);
  return daysBetween(occurrence.closesOn, today) <= 0 ? occurrence : null;
}

/** The occurrence open today, else the next one; null once a one-off's window has closed. */
export function nextOccurrence(schedule: Timing, today: string): Occurrence | null {
  const open = openOccurrence(schedule, today);
  if (open) return open;
  const since = daysBetween(schedule.startsOn, today);
  if (since < 0) return occurrenceOn(schedule, schedule.startsOn);
  const period = periodDays(schedule);
  if (period === null) return null;
  return occurrenceOn(schedule, addDays(schedule.startsOn, since - (since % period) + period));
}

/** True when a measure completed on `day` (the member's local day) falls in the occurrence's window. */
export function completes(occurrence: Occurrence, day: string): boolean {
  return daysBetween(occurrence.dueOn, day) >= 0 && daysBetween(day, occurrence.closesOn) >= 0;
}
