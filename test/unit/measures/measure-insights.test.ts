import { NotFoundError } from '../../../services/shared/errors';
import type { Caller } from '../../../services/shared/auth/caller';
import { MeasureInstrument } from '../../../services/measures/measure.enums';
import type { MeasureRecord } from '../../../services/measures/measure.record';
import type { ClientAccess, MeasuresGrant } from '../../../services/measures/measure.client-access';
import { insightMeasures, readWindow } from '../../../services/measures/measure-insights';
import { MeasureInsightsService } from '../../../services/measures/measure-insights.service';
import type { InsightFigures } from '../../../services/sessions/session.insights.type';

const figures = (fromDay: string, toDay: string, reliefShare: number | null, floodingShare: number | null) =>
  ({ fromDay, toDay, reliefShare, floodingShare }) as InsightFigures;
const periods = { previous: figures('2026-11-02', '2026-11-08', 1, 0), current: figures('2026-11-09', '2026-11-15', 0.5, 0.25) };

let seq = 0;
function record(instrument: MeasureInstrument, score: number, localDay: string): MeasureRecord {
  const answers =
    instrument === MeasureInstrument.WHO5
      ? [Math.min(5, score), Math.max(0, score - 5), 0, 0, 0]
      : [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, score - 3 * i))), 0];
  seq += 1;
  return {
    id: `01J${String(seq).padStart(4, '0')}`,
    sub: 's',
    instrument,
    answers,
    score,
    completedAt: `${localDay}T12:00:00.000Z`,
    localDay,
    version: 1,
    createdAt: '',
  };
}

describe('insightMeasures', () => {
  it("passes each period's relief and flooding shares through unchanged and places results by their local day", () => {
    const result = insightMeasures(periods, [
      record(MeasureInstrument.PHQ9, 14, '2026-11-03'),
      record(MeasureInstrument.PHQ9, 8, '2026-11-10'),
      record(MeasureInstrument.PHQ9, 7, '2026-11-15'),
      record(MeasureInstrument.PHQ9, 1, '2026-11-16'),
      record(MeasureInstrument.PHQ9, 20, '2026-11-01'),
    ]);

    expect(result.previous).toMatchObject({ fromDay: '2026-11-02', toDay: '2026-11-08', reliefShare: 1, floodingShare: 0 });
    expect(result.current).toMatchObject({ fromDay: '2026-11-09', toDay: '2026-11-15', reliefShare: 0.5, floodingShare: 0.25 });
    expect(result.previous.results.map((r) => r.score)).toEqual([14]);
    expect(result.current.results.map((r) => [r.day, r.score])).toEqual([
      ['2026-11-10', 8],
      ['2026-11-15', 7],
    ]);
  });

  it('gives each result its change from the previous result of the same instrument, with meaningful by the instrument’s threshold', () => {
    const result = insightMeasures(periods, [
      record(MeasureInstrument.PHQ9, 14, '2026-11-03'),
      record(MeasureInstrument.WHO5, 10, '2026-11-04'),
      record(MeasureInstrument.PHQ9, 8, '2026-11-10'),
      record(MeasureInstrument.PHQ9, 7, '2026-11-11'),
      record(MeasureInstrument.WHO5, 7, '2026-11-12'),
    ]);

    expect(result.previous.results.map((r) => r.change)).toEqual([null, null]);
    expect(result.current.results.map((r) => ({ i: r.instrument, change: r.change, direction: r.direction, meaningful: r.meaningful }))).toEqual([
      { i: 'PHQ9', change: -6, direction: 'BETTER', meaningful: true },
      { i: 'PHQ9', change: -1, direction: 'BETTER', meaningful: false },
      // WHO-5 in percentage points: (7 - 10) x 4.
      { i: 'WHO5', change: -12, direction: 'WORSE', meaningful: true },
    ]);
    expect(result.current.results[2]).toMatchObject({ percentage: 28 });
  });

  it('reads a window wide enough for any time zone around both periods', () => {
    expect(readWindow(periods)).toEqual({ since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-17T00:00:00Z') });
  });
});

describe('MeasureInsightsService', () => {
  const therapist: Caller = { sub: 't', groups: ['therapists'], role: 'THERAPIST', isAdmin: false };
  const grant: MeasuresGrant = { clientSub: 'client', therapistSub: 't', therapistName: null, record: {} };

  function build(requireMeasures: ClientAccess['requireMeasures']) {
    const between = jest.fn(async () => [record(MeasureInstrument.PHQ9, 9, '2026-11-10')]);
    const logRead = jest.fn(async () => undefined);
    const service = new MeasureInsightsService({ between }, { requireMeasures, logRead, schedulers: jest.fn() });
    return { service, between, logRead };
  }

  it('reads the client’s measures under MEASURES in one read and logs the ids it gave', async () => {
    const { service, between, logRead } = build(async () => grant);

    const result = await service.forClient(therapist, 'client', periods);

    expect(between).toHaveBeenCalledTimes(1);
    expect(between).toHaveBeenCalledWith('client', new Date('2026-11-01T00:00:00Z'), new Date('2026-11-17T00:00:00Z'));
    expect(logRead).toHaveBeenCalledWith(grant, 'clientInsights.measures', [result!.current.results[0]!.id]);
  });

  it('gives null without MEASURES, reading no measure and logging nothing', async () => {
    const { service, between, logRead } = build(async () => {
      throw new NotFoundError('Client');
    });

    await expect(service.forClient(therapist, 'client', periods)).resolves.toBeNull();
    expect(between).not.toHaveBeenCalled();
    expect(logRead).not.toHaveBeenCalled();
  });

  it('lets any other failure of the grant check through', async () => {
    const { service } = build(async () => {
      throw new Error('boom');
    });

    await expect(service.forClient(therapist, 'client', periods)).rejects.toThrow('boom');
  });
});
