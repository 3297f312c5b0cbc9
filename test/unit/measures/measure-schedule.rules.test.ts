import { MeasureCadence } from '../../../services/measures/measure.enums';
import { completes, nextOccurrence, openOccurrence } from '../../../services/measures/measure-schedule.rules';
import { isoWeekday, localDay } from '../../../services/shared/time';

const weekly = (startsOn: string, windowDays = 1) => ({ cadence: MeasureCadence.WEEKLY, everyWeeks: 1, startsOn, windowDays });
/** What is due at an instant, read as dueMeasures reads it: the member's local day first. */
const dueAt = (schedule: ReturnType<typeof weekly>, instant: string, zone: string) => openOccurrence(schedule, localDay(instant, zone));

describe('measure schedule rules', () => {
  describe('openOccurrence', () => {
    it.each([
      // Berlin springs forward on 2026-03-29: Monday 30 March begins at 22:00 UTC on the 29th (CEST, +2).
      ['Europe/Berlin', '2026-03-23', '2026-03-29T21:59:00Z', null],
      ['Europe/Berlin', '2026-03-23', '2026-03-29T22:00:00Z', '2026-03-30'],
      // Berlin falls back on 2026-10-25: Monday 26 October begins at 23:00 UTC on the 25th (CET, +1).
      ['Europe/Berlin', '2026-10-19', '2026-10-25T22:59:00Z', null],
      ['Europe/Berlin', '2026-10-19', '2026-10-25T23:00:00Z', '2026-10-26'],
      // New York springs forward on 2026-03-08 and falls back on 2026-11-01.
      ['America/New_York', '2026-03-02', '2026-03-09T03:59:00Z', null],
      ['America/New_York', '2026-03-02', '2026-03-09T04:00:00Z', '2026-03-09'],
      ['America/New_York', '2026-10-26', '2026-11-02T04:59:00Z', null],
      ['America/New_York', '2026-10-26', '2026-11-02T05:00:00Z', '2026-11-02'],
    ])('in %s, a weekly measure from %s is due at %s on %s', (zone, startsOn, instant, expected) => {
      const due = dueAt(weekly(startsOn), instant, zone);

      expect(due?.dueOn ?? null).toBe(expected);
      if (due) expect(isoWeekday(due.dueOn)).toBe(isoWeekday(startsOn));
    });

    it('keeps an occurrence open for windowDays local days, its own day included', () => {
      const schedule = weekly('2026-03-02', 3);

      expect(openOccurrence(schedule, '2026-03-09')).toEqual({ dueOn: '2026-03-09', closesOn: '2026-03-11' });
      expect(openOccurrence(schedule, '2026-03-11')).toEqual({ dueOn: '2026-03-09', closesOn: '2026-03-11' });
      expect(openOccurrence(schedule, '2026-03-12')).toBeNull();
    });

    it('is never due before its first day, and a one-off only once', () => {
      const once = { cadence: MeasureCadence.ONCE, everyWeeks: null, startsOn: '2026-05-04', windowDays: 2 };

      expect(openOccurrence(once, '2026-05-03')).toBeNull();
      expect(openOccurrence(once, '2026-05-05')).toEqual({ dueOn: '2026-05-04', closesOn: '2026-05-05' });
      expect(openOccurrence(once, '2026-05-11')).toBeNull();
      expect(nextOccurrence(once, '2026-05-06')).toBeNull();
    });

    it('falls every N weeks on the first day’s weekday', () => {
      const fortnightly = { cadence: MeasureCadence.EVERY_N_WEEKS, everyWeeks: 2, startsOn: '2026-03-23', windowDays: 1 };

      expect(openOccurrence(fortnightly, '2026-03-30')).toBeNull();
      expect(openOccurrence(fortnightly, '2026-04-06')?.dueOn).toBe('2026-04-06');
      expect(nextOccurrence(fortnightly, '2026-03-31')?.dueOn).toBe('2026-04-06');
    });
  });

  describe('nextOccurrence', () => {
    it('gives the first day before it starts, the open one while open, and the next after it closes', () => {
      const schedule = weekly('2026-03-23', 2);

      expect(nextOccurrence(schedule, '2026-03-01')?.dueOn).toBe('2026-03-23');
      expect(nextOccurrence(schedule, '2026-03-24')?.dueOn).toBe('2026-03-23');
      expect(nextOccurrence(schedule, '2026-03-25')?.dueOn).toBe('2026-03-30');
    });
  });

  describe('completes', () => {
    it('counts a measure completed on a day inside the window only', () => {
      const occurrence = { dueOn: '2026-03-30', closesOn: '2026-04-01' };

      expect([
        completes(occurrence, '2026-03-29'),
        completes(occurrence, '2026-03-30'),
        completes(occurrence, '2026-04-01'),
        completes(occurrence, '2026-04-02'),
      ]).toEqual([false, true, true, false]);
    });
  });
});
