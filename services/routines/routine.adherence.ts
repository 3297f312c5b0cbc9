/**
 * Weekly adherence of a routine, from what happened in the weeks asked about. Pure: the
 * caller loads the activity of those weeks (one timeline Query) and passes the time zone.
 *
 * The model. A routine's targets are its steps' targets, or, when no step has one, the
 * routine's own schedule (daysPerWeek, or as many days as it is planned for). A target
 * counts DAYS, in the member's time zone, on which it happened: a day counts when a
 * completion of the routine ticked the step (any completion, for the routine as a whole),
 * or when the step's measure saw something that day: a completed session (SESSIONS,
 * optionally only with one of the step's catalysts) or a journal entry or session
 * reflection (JOURNAL). Counting days keeps two sources of one event (a session and a
 * tick) from counting twice, and makes "daily" read as 7.
 *
 * Figures describe, never judge: there are no streaks and no scores, a crying target is an
 * intention, and fewer sessions can be a good sign.
 */
import type { CatalystKind } from '../sessions/session.enums';
import type { SessionRecord } from '../sessions/session.record';
import { addDays, isoWeekday, localDay, startOfLocalDay, startOfWeek } from '../shared/time';
import { RoutineStatus, TargetMeasure, WEEKDAYS } from './routine.enums';
import type { Activity, RoutineRecord } from './routine.record';

export const ADHERENCE_NOTE = 'These figures describe your week; they are not a score and there are no streaks. A day without something is just a day.';
export const CRYING_INTENTION_NOTE =
  'An intention, not a score: tears come when they come, and crying less often can mean feelings are being met as they arise.';

export interface AdherenceTargetSpec {
  stepId: string | null;
  title: string;
  measure: TargetMeasure;
  catalysts: CatalystKind[];
  daysPerWeek: number;
}

export interface AdherenceWeekFigures {
  weekStart: string;
  weekEnd: string;
  done: number;
  target: number;
  days: string[];
}

export interface TargetFigures extends AdherenceTargetSpec {
  thisWeek: AdherenceWeekFigures;
  recentWeeks: AdherenceWeekFigures[];
  doneToday: boolean;
  dueToday: boolean;
  note: string | null;
}

export interface AdherenceFigures {
  day: string;
  timeZone: string;
  weekStart: string;
  weekEnd: string;
  targets: TargetFigures[];
  note: string;
}

/** The targets of a routine, in step order; see the model above. */
export function targetsOf(routine: RoutineRecord): AdherenceTargetSpec[] {
  const fromSteps = routine.steps.flatMap((step) =>
    step.target
      ? [{ stepId: step.id, title: step.title, measure: step.target.measure, catalysts: step.target.catalysts ?? [], daysPerWeek: step.target.daysPerWeek }]
      : [],
  );
  if (fromSteps.length > 0) return fromSteps;
  const perWeek = routine.schedule.daysPerWeek ?? routine.schedule.days.length;
  if (!perWeek) return [];
  return [{ stepId: null, title: routine.name, measure: TargetMeasure.COMPLETIONS, catalysts: [], daysPerWeek: perWeek }];
}

/** The instants to load: from local midnight of the Monday `recentWeeks` weeks back to the end of this week. */
export function adherenceRange(day: string, recentWeeks: number, timeZone: string): { start: Date; end: Date; weekStarts: string[] } {
  const thisWeek = startOfWeek(day);
  const weekStarts = Array.from({ length: recentWeeks + 1 }, (_, i) => addDays(thisWeek, -7 * i));
  const oldest = weekStarts[weekStarts.length - 1] as string;
  return { start: startOfLocalDay(oldest, timeZone), end: startOfLocalDay(addDays(thisWeek, 7), timeZone), weekStarts };
}

function hasCatalyst(session: SessionRecord, catalysts: readonly CatalystKind[]): boolean {
  return catalysts.length === 0 || (session.catalysts ?? []).some((c) => catalysts.includes(c.kind));
}

/** Local days on which the target happened. Days are read in today's zone, so a move between zones is honoured. */
function daysDone(target: AdherenceTargetSpec, routineId: string, activity: Activity, timeZone: string): Set<string> {
  const days = new Set<string>();
  for (const completion of activity.completions) {
    if (completion.routineId !== routineId) continue;
    if (target.stepId === null || completion.steps.some((step) => step.id === target.stepId)) days.add(localDay(completion.completedAt, timeZone));
  }
  if (target.measure === TargetMeasure.SESSIONS) {
    for (const session of activity.sessions) {
      if (session.status === 'COMPLETED' && hasCatalyst(session, target.catalysts)) days.add(localDay(session.startedAt, timeZone));
    }
  }
  if (target.measure === TargetMeasure.JOURNAL) {
    for (const entry of activity.journalEntries) days.add(localDay(entry.writtenAt, timeZone));
    for (const session of activity.sessions) if (session.reflection?.trim()) days.add(localDay(session.startedAt, timeZone));
  }
  return days;
}

/** A crying target: sessions of any kind. Framed as an intention. */
export function isCryingTarget(target: Pick<AdherenceTargetSpec, 'measure' | 'catalysts'>): boolean {
  return target.measure === TargetMeasure.SESSIONS && target.catalysts.length === 0;
}

export interface AdherenceInput {
  routine: RoutineRecord;
  /** Everything that happened in adherenceRange(day, recentWeeks, timeZone); anything outside is ignored. */
  activity: Activity;
  /** "Today": the day looked from (YYYY-MM-DD). */
  day: string;
  recentWeeks: number;
  timeZone: string;
}

export function computeAdherence({ routine, activity, day, recentWeeks, timeZone }: AdherenceInput): AdherenceFigures {
  const { weekStarts } = adherenceRange(day, recentWeeks, timeZone);
  const thisWeekStart = weekStarts[0] as string;
  const weekday = WEEKDAYS[isoWeekday(day) - 1];
  const targets = targetsOf(routine).map((target): TargetFigures => {
    const done = daysDone(target, routine.id, activity, timeZone);
    const weeks = weekStarts.map((weekStart): AdherenceWeekFigures => {
      const weekEnd = addDays(weekStart, 6);
      const days = [...done].filter((d) => d >= weekStart && d <= weekEnd).sort();
      return { weekStart, weekEnd, done: days.length, target: target.daysPerWeek, days };
    });
    const thisWeek = weeks[0] as AdherenceWeekFigures;
    const doneToday = done.has(day);
    const soFar = thisWeek.days.filter((d) => d <= day).length;
    const planned = target.daysPerWeek === 7 || (weekday !== undefined && routine.schedule.days.includes(weekday));
    return {
      ...target,
      thisWeek,
      recentWeeks: weeks.slice(1),
      doneToday,
      dueToday: routine.status === RoutineStatus.ACTIVE && planned && !doneToday && soFar < target.daysPerWeek,
      note: isCryingTarget(target) ? CRYING_INTENTION_NOTE : null,
    };
  });
  return { day, timeZone, weekStart: thisWeekStart, weekEnd: addDays(thisWeekStart, 6), targets, note: ADHERENCE_NOTE };
}
