/**
 * Insights over a member's completed sessions for a calendar period and the one before it.
 * Pure: the caller loads the sessions of both periods and passes the member's time zone.
 */
import { type CatalystKind, FLOODING_STATES, RELIEF_STATES } from './session.enums';
import type { CatalystOutcome, DaySessionCount, InsightFigures, InsightPeriod, Insights } from './session.insights.type';
import type { SessionRecord } from './session.record';
import { addDays, type DayRange, daysBetween, localDay, periodRange } from '../shared/time';

/** Below this many sessions with an after-state, a catalyst gets no rates: too few to be a pattern. */
export const MIN_SESSIONS_FOR_CATALYST_OUTCOME = 3;
export const NOT_ENOUGH_DATA_NOTE = 'Not enough sessions yet to see a pattern';

export interface InsightsInput {
  /** Sessions of the member; any outside both periods, and any not completed, are ignored. */
  sessions: readonly SessionRecord[];
  period: InsightPeriod;
  /** Any day in the period (YYYY-MM-DD); moved back to the period start. */
  fromDay: string;
  timeZone: string;
}

// Figures describe, never judge: no streaks, no achievements, no scores; fewer sessions is not a failure.
export function computeInsights({ sessions, period, fromDay, timeZone }: InsightsInput): Insights {
  const range = periodRange(period, fromDay, timeZone);
  const completed = sessions.filter((session) => session.status === 'COMPLETED');
  return {
    period,
    fromDay: range.fromDay,
    toDay: addDays(range.toDayExclusive, -1),
    current: computeFigures(completed, range, timeZone),
    previous: computeFigures(completed, range.previous, timeZone),
  };
}

function computeFigures(completed: readonly SessionRecord[], range: DayRange, timeZone: string): InsightFigures {
  const start = range.start.getTime();
  const end = range.end.getTime();
  const sessions = completed.filter((session) => {
    const startedAt = Date.parse(session.startedAt);
    return startedAt >= start && startedAt < end;
  });
  const days = daysBetween(range.fromDay, range.toDayExclusive);

  const durations = sessions.map(durationMinutes).filter((minutes): minutes is number => minutes !== null);
  const tearsAnswered = sessions.filter((session) => session.tearsCame !== null && session.tearsCame !== undefined);
  const before = present(sessions.map((session) => session.distressBefore));
  const after = present(sessions.map((session) => session.distressAfter));
  const changes = sessions.flatMap((session) =>
    isNumber(session.distressBefore) && isNumber(session.distressAfter) ? [session.distressAfter - session.distressBefore] : [],
  );
  const rated = sessions.filter(hasAfterState);
  const byCatalyst = groupByCatalyst(sessions);
  const ranked = [...byCatalyst.entries()].sort(([kindA, a], [kindB, b]) => b.length - a.length || (kindA < kindB ? -1 : 1));

  return {
    fromDay: range.fromDay,
    toDay: addDays(range.toDayExclusive, -1),
    sessionCount: sessions.length,
    perWeekFrequency: round2(sessions.length / (days / 7)),
    totalDurationMinutes: round2(sum(durations)),
    medianDurationMinutes: durations.length === 0 ? null : round2(median(durations)),
    tearsShare: share(tearsAnswered, (session) => session.tearsCame === true),
    meanDistressBefore: mean(before),
    meanDistressAfter: mean(after),
    meanDistressChange: mean(changes),
    reliefShare: share(rated, isRelief),
    floodingShare: share(rated, isFlooding),
    topCatalysts: ranked.map(([catalyst, used]) => ({ catalyst, sessions: used.length })),
    catalystOutcomes: ranked.map(([catalyst, used]) => catalystOutcome(catalyst, used)),
    dailySeries: dailySeries(sessions, range, days, timeZone),
  };
}

function catalystOutcome(catalyst: CatalystKind, used: readonly SessionRecord[]): CatalystOutcome {
  const rated = used.filter(hasAfterState);
  // A rate from one or two sessions reads like a verdict; wait until there is something to see.
  if (rated.length < MIN_SESSIONS_FOR_CATALYST_OUTCOME) {
    return { catalyst, sessions: used.length, enoughData: false, reliefRate: null, floodingRate: null, note: NOT_ENOUGH_DATA_NOTE };
  }
  return {
    catalyst,
    sessions: used.length,
    enoughData: true,
    reliefRate: share(rated, isRelief),
    floodingRate: share(rated, isFlooding),
    note: null,
  };
}

/** Sessions by catalyst kind; a session naming a kind twice counts once. */
function groupByCatalyst(sessions: readonly SessionRecord[]): Map<CatalystKind, SessionRecord[]> {
  const groups = new Map<CatalystKind, SessionRecord[]>();
  for (const session of sessions) {
    for (const kind of new Set(session.catalysts.map((catalyst) => catalyst.kind))) {
      const group = groups.get(kind);
      if (group) group.push(session);
      else groups.set(kind, [session]);
    }
  }
  return groups;
}

// The day is recomputed in today's zone, not read from the stored localDay, so a move between zones is honoured.
function dailySeries(sessions: readonly SessionRecord[], range: DayRange, days: number, timeZone: string): DaySessionCount[] {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    const day = localDay(session.startedAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(range.fromDay, index);
    return { day, sessionCount: counts.get(day) ?? 0 };
  });
}

/** Minutes from start to end; null without an end, or for an end before the start. */
function durationMinutes(session: SessionRecord): number | null {
  if (!session.endedAt) return null;
  const ms = Date.parse(session.endedAt) - Date.parse(session.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms / 60_000 : null;
}

function hasAfterState(session: SessionRecord): boolean {
  return session.afterState !== null && session.afterState !== undefined;
}

function isRelief(session: SessionRecord): boolean {
  return session.afterState != null && RELIEF_STATES.has(session.afterState);
}

function isFlooding(session: SessionRecord): boolean {
  return session.afterState != null && FLOODING_STATES.has(session.afterState);
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function present(values: readonly (number | null | undefined)[]): number[] {
  return values.filter(isNumber);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round2(sum(values) / values.length);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Share (0-1, 2 decimals) of `of` that satisfy `test`; null when `of` is empty. */
function share<T>(of: readonly T[], test: (item: T) => boolean): number | null {
  return of.length === 0 ? null : round2(of.filter(test).length / of.length);
}

/** Figures are for reading, not for arithmetic: 2 decimals. */
function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
