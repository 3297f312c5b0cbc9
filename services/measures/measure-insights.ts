/**
 * Measure results laid beside an insights period and the one before it. Pure:
 * the caller reads the results of both periods (oldest first) and hands in the
 * insights, whose relief and flooding shares are passed through, never recomputed.
 */
import type { InsightFigures, Insights, PeriodDays } from '../sessions/session.insights.type';
import { addDays } from '../shared/time';
import type { MeasureInstrument } from './measure.enums';
import type { MeasureRecord } from './measure.record';
import { changeBetween, scoreAnswers } from './measure.scoring';
import type { InsightMeasures, MeasurePoint, MeasuresInPeriod } from './measure-insights.type';

/** The UTC instants whose ULIDs can hold a result completed on a local day of the two periods, in any time zone (UTC-12 to UTC+14). */
export function readWindow(insights: PeriodDays): { since: Date; until: Date } {
  return {
    since: new Date(`${addDays(insights.previous.fromDay, -1)}T00:00:00Z`),
    until: new Date(`${addDays(insights.current.toDay, 2)}T00:00:00Z`),
  };
}

export function insightMeasures(insights: Pick<Insights, 'previous' | 'current'>, records: readonly MeasureRecord[]): InsightMeasures {
  // The stored local day decides the period, as it does for the member's own list of results.
  const inWindow = records
    .filter((record) => record.localDay >= insights.previous.fromDay && record.localDay <= insights.current.toDay)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const lastScore = new Map<MeasureInstrument, number>();
  const points = inWindow.map((record) => {
    const before = lastScore.get(record.instrument);
    lastScore.set(record.instrument, record.score);
    return { day: record.localDay, point: toPoint(record, before) };
  });
  const within = (figures: InsightFigures): MeasuresInPeriod => ({
    fromDay: figures.fromDay,
    toDay: figures.toDay,
    reliefShare: figures.reliefShare,
    floodingShare: figures.floodingShare,
    results: points.filter(({ day }) => day >= figures.fromDay && day <= figures.toDay).map(({ point }) => point),
  });
  return { current: within(insights.current), previous: within(insights.previous) };
}

function toPoint(record: MeasureRecord, previousScore: number | undefined): MeasurePoint {
  const scored = scoreAnswers(record.instrument, record.answers);
  const change = previousScore === undefined ? null : changeBetween(record.instrument, previousScore, record.score);
  return {
    id: record.id,
    instrument: record.instrument,
    score: scored.score,
    percentage: scored.percentage,
    band: scored.band,
    day: record.localDay,
    change: change?.change ?? null,
    direction: change?.direction ?? null,
    meaningful: change?.meaningful ?? null,
  };
}
