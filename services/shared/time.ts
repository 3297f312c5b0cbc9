/**
 * Calendar days in a member's time zone, with nothing but `Intl`.
 *
 * A day is a 'YYYY-MM-DD' string. Day arithmetic (`addDays`, `startOfWeek`, ...) is pure
 * calendar arithmetic and needs no zone; only the bridge between days and instants
 * (`localDay`, `startOfLocalDay`, `periodRange`) does, and it follows the IANA rules of
 * the zone, so days around a daylight-saving change are 23 or 25 hours long.
 */
import { BadUserInputError } from './errors';

export type CalendarPeriod = 'WEEK' | 'MONTH' | 'QUARTER';

export interface DayRange {
  fromDay: string;
  /** The first day after the range. */
  toDayExclusive: string;
  /** UTC instant of local midnight of `fromDay`. */
  start: Date;
  /** UTC instant of local midnight of `toDayExclusive`: the range is [start, end). */
  end: Date;
}

export interface PeriodRange extends DayRange {
  /** The calendar period just before (the previous week, month or quarter). */
  previous: DayRange;
}

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Creating an Intl.DateTimeFormat costs far more than using one: one per zone and shape, for the process.
const clockFormatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let formatter = cache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
    cache.set(timeZone, formatter);
  }
  return formatter;
}

const DAY_FIELDS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const CLOCK_FIELDS: Intl.DateTimeFormatOptions = { ...DAY_FIELDS, hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' };

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** The wall-clock time read as if it were UTC, in ms. */
  ms: number;
}

function wallClock(instantMs: number, timeZone: string, fields: 'clock' | 'day' = 'clock'): WallClock {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  const formatter = fields === 'day' ? cached(dayFormatters, timeZone, DAY_FIELDS) : cached(clockFormatters, timeZone, CLOCK_FIELDS);
  for (const part of formatter.formatToParts(instantMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  return { year, month, day, ms: utcMs(year, month, day) + ((hour * 60 + minute) * 60 + second) * 1000 };
}

/** Zone offset (local minus UTC, ms) in force at an instant. */
function offsetAt(instantMs: number, timeZone: string): number {
  const whole = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wallClock(whole, timeZone).ms - whole;
}

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utcMs(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayFromUtcMs(ms: number): string {
  const date = new Date(ms);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function parseDay(day: string, field = 'day'): { year: number; month: number; day: number } {
  const match = DAY_PATTERN.exec(day);
  if (match) {
    const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    const date = new Date(utcMs(parsed.year, parsed.month, parsed.day));
    if (date.getUTCFullYear() === parsed.year && date.getUTCMonth() + 1 === parsed.month && date.getUTCDate() === parsed.day) {
      return parsed;
    }
  }
  throw new BadUserInputError(field, `${field} must be a calendar date written YYYY-MM-DD`);
}

function dayMs(day: string): number {
  const { year, month, day: dayOfMonth } = parseDay(day);
  return utcMs(year, month, dayOfMonth);
}

/** True for a strict 'YYYY-MM-DD' string naming a real calendar date (2026-02-29 is not one). */
export function isValidDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseDay(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in `timeZone`. */
export function localDay(instant: Date | string, timeZone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  const { year, month, day } = wallClock(ms, timeZone, 'day');
  return formatDay(year, month, day);
}

/**
 * The UTC instant at which `day` begins in `timeZone`: local midnight, or, where the zone
 * skips midnight (America/Havana, America/Santiago, Asia/Beirut on their spring changes),
 * the first instant that reads as that day.
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const wall = dayMs(day);
  // The offsets either side of the day cover any change within it.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  let earliest = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (wallClock(candidate, timeZone).ms === wall) earliest = Math.min(earliest, candidate);
  }
  if (earliest !== Number.POSITIVE_INFINITY) return new Date(earliest);

  // Midnight falls in a gap: find the change, the first instant whose wall clock reads >= midnight.
  let low = wall - Math.max(before, after);
  let high = wall - Math.min(before, after);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClock(middle, timeZone).ms >= wall) high = middle;
    else low = middle;
  }
  return new Date(high);
}

/**
 * The UTC instant at which the wall clock in `timeZone` reads `minuteOfDay` minutes after
 * midnight on `day`. A time the zone skips (02:30 on a spring change) is read with the offset
 * before the change, so it lands just after the gap (03:30); a time the zone repeats (02:30 on
 * an autumn change) is its first occurrence. The same rules as Temporal's 'compatible'.
 */
export function atLocalTime(day: string, minuteOfDay: number, timeZone: string): Date {
  const wall = dayMs(day) + minuteOfDay * 60_000;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const readings = (before === after ? [before] : [before, after]).map((offset) => wall - offset).filter((at) => wallClock(at, timeZone).ms === wall);
  return new Date(readings.length > 0 ? Math.min(...readings) : wall - before);
}

/** `day` moved by `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayFromUtcMs(dayMs(day) + n * DAY_MS);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(day: string): number {
  return new Date(dayMs(day)).getUTCDay() || 7;
}

/** The Monday of the ISO week containing `day`. */
export function startOfWeek(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

export function startOfMonth(day: string): string {
  const { year, month } = parseDay(day);
  return formatDay(year, month, 1);
}

/** The first day of the calendar quarter (Jan, Apr, Jul, Oct) containing `day`. */
export function startOfQuarter(day: string): string {
  const { year, month } = parseDay(day);
  return formatDay(year, month - ((month - 1) % 3), 1);
}

/** Calendar days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}

function addMonths(firstOfMonth: string, n: number): string {
  const { year, month } = parseDay(firstOfMonth);
  const date = new Date(utcMs(year, month + n, 1));
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

function periodStart(period: CalendarPeriod, day: string): string {
  switch (period) {
    case 'WEEK':
      return startOfWeek(day);
    case 'MONTH':
      return startOfMonth(day);
    case 'QUARTER':
      return startOfQuarter(day);
  }
}

function shiftPeriod(period: CalendarPeriod, start: string, n: number): string {
  switch (period) {
    case 'WEEK':
      return addDays(start, 7 * n);
    case 'MONTH':
      return addMonths(start, n);
    case 'QUARTER':
      return addMonths(start, 3 * n);
  }
}

function dayRange(fromDay: string, toDayExclusive: string, timeZone: string): DayRange {
  return {
    fromDay,
    toDayExclusive,
    start: startOfLocalDay(fromDay, timeZone),
    end: startOfLocalDay(toDayExclusive, timeZone),
  };
}

/**
 * The calendar period containing `fromDay`, and the one before it, in `timeZone`.
 * `fromDay` is normalised to the period's start: the Monday of its week, the 1st of its
 * month, or the first day of its quarter. `previous` is the previous calendar period, so
 * months and quarters may differ in length by a few days (figures per week even that out).
 * An invalid `fromDay` is BAD_USER_INPUT naming `field`.
 */
export function periodRange(period: CalendarPeriod, fromDay: string, timeZone: string, field = 'from'): PeriodRange {
  parseDay(fromDay, field);
  const start = periodStart(period, fromDay);
  return {
    ...dayRange(start, shiftPeriod(period, start, 1), timeZone),
    previous: dayRange(shiftPeriod(period, start, -1), start, timeZone),
  };
}
