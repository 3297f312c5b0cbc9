import { RoutineStatus, Weekday } from '../../../../services/routines/routine.enums';
import { remindersBetween } from '../../../../services/routines/routine.reminders';
import { isOccurrence, nextDue, WEEKLY_REFLECTION_CADENCE, type Cadence } from '../../../../services/notifications/schedule/schedule.next-due';
import { buildRoutine } from '../../../fixtures/routines';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

const daily = (...times: string[]): Cadence => ({ days: [], times });

/** The chain of occurrences after `from`: each found from the one before, as the sweep moves an item on. */
function chain(cadence: Cadence, zone: string, from: string, count: number): string[] {
  const found: string[] = [];
  let after = new Date(from);
  for (let i = 0; i < count; i += 1) {
    const next = nextDue(cadence, zone, after);
    if (!next) break;
    found.push(next.at.toISOString());
    after = next.at;
  }
  return found;
}

describe('schedule.next-due', () => {
  describe('nextDue', () => {
    it('keeps 21:00 Berlin at 21:00 local across the spring change (20:00Z, then 19:00Z)', () => {
      expect(chain(daily('21:00'), BERLIN, '2026-03-27T21:00:00.000Z', 3)).toEqual([
        '2026-03-28T20:00:00.000Z',
        '2026-03-29T19:00:00.000Z',
        '2026-03-30T19:00:00.000Z',
      ]);
    });

    it('keeps 21:00 Berlin at 21:00 local across the autumn change (19:00Z, then 20:00Z)', () => {
      expect(chain(daily('21:00'), BERLIN, '2026-10-23T21:00:00.000Z', 3)).toEqual([
        '2026-10-24T19:00:00.000Z',
        '2026-10-25T20:00:00.000Z',
        '2026-10-26T20:00:00.000Z',
      ]);
    });

    it('follows America/New_York on its own change days', () => {
      expect(chain(daily('21:00'), NEW_YORK, '2026-03-07T12:00:00.000Z', 2)).toEqual(['2026-03-08T02:00:00.000Z', '2026-03-09T01:00:00.000Z']);
      expect(chain(daily('21:00'), NEW_YORK, '2026-10-31T12:00:00.000Z', 2)).toEqual(['2026-11-01T01:00:00.000Z', '2026-11-02T02:00:00.000Z']);
    });

    it('fires a time inside the skipped hour once, just after the gap', () => {
      // 02:30 does not exist on 29 March in Berlin: 03:30 CEST = 01:30Z; the days around it read normally.
      expect(chain(daily('02:30'), BERLIN, '2026-03-27T12:00:00.000Z', 3)).toEqual([
        '2026-03-28T01:30:00.000Z',
        '2026-03-29T01:30:00.000Z',
        '2026-03-30T00:30:00.000Z',
      ]);
    });

    it('fires a time in the repeated hour once, at its first occurrence', () => {
      // 02:30 happens at 00:30Z (CEST) and 01:30Z (CET) on 25 October: only the first, then the next day.
      expect(chain(daily('02:30'), BERLIN, '2026-10-24T12:00:00.000Z', 2)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
      expect(nextDue(daily('02:30'), BERLIN, new Date('2026-10-25T00:30:00.000Z'))?.at.toISOString()).toBe('2026-10-26T01:30:00.000Z');
    });

    it('fires only on planned weekdays, with the local day and time it stands for', () => {
      const cadence: Cadence = { days: [Weekday.MONDAY, Weekday.THURSDAY], times: ['07:30'] };

      // Tuesday 24 March: Thursday 07:30 CET, then Monday 07:30 CEST (after the change).
      const thursday = nextDue(cadence, BERLIN, new Date('2026-03-24T10:00:00.000Z'));
      const monday = nextDue(cadence, BERLIN, thursday!.at);

      expect(thursday).toEqual({ at: new Date('2026-03-26T06:30:00.000Z'), day: '2026-03-26', time: '07:30' });
      expect(monday).toEqual({ at: new Date('2026-03-30T05:30:00.000Z'), day: '2026-03-30', time: '07:30' });
    });

    it('takes the earliest of several times, whatever order they were given in', () => {
      expect(chain(daily('20:00', '08:00'), BERLIN, '2026-06-01T07:00:00.000Z', 3)).toEqual([
        '2026-06-01T18:00:00.000Z',
        '2026-06-02T06:00:00.000Z',
        '2026-06-02T18:00:00.000Z',
      ]);
    });

    it('is due strictly after the instant given: an occurrence at that instant is not due again', () => {
      expect(nextDue(daily('21:00'), BERLIN, new Date('2026-03-29T19:00:00.000Z'))?.at.toISOString()).toBe('2026-03-30T19:00:00.000Z');
      expect(nextDue(daily('21:00'), BERLIN, new Date('2026-03-29T18:59:59.999Z'))?.at.toISOString()).toBe('2026-03-29T19:00:00.000Z');
    });

    it('places the weekly reflection on Sunday 18:00 local', () => {
      expect(nextDue(WEEKLY_REFLECTION_CADENCE, BERLIN, new Date('2026-10-21T12:00:00.000Z'))).toEqual({
        at: new Date('2026-10-25T17:00:00.000Z'),
        day: '2026-10-25',
        time: '18:00',
      });
    });

    it('has nothing due for a cadence without times', () => {
      expect(nextDue(daily(), BERLIN, new Date('2026-06-01T00:00:00.000Z'))).toBeNull();
    });

    it('agrees with upcomingReminders (remindersBetween) on every instant it picks', () => {
      const schedule = { days: [Weekday.TUESDAY, Weekday.SATURDAY, Weekday.SUNDAY], daysPerWeek: null, reminderTimes: ['00:15', '02:30', '21:00'] };
      const routine = buildRoutine({ status: RoutineStatus.ACTIVE, schedule });
      const cadence: Cadence = { days: schedule.days, times: schedule.reminderTimes };
      for (const zone of [BERLIN, NEW_YORK, 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
        // Every 33 hours 19 minutes through 2026: the phase drifts across each day and past each change day.
        for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 1999 * 60_000) {
          const after = new Date(ms);
          const expected = remindersBetween([routine], new Date(ms + 1), zone, 8 * 24)[0]?.at.toISOString();
          expect({ zone, after: after.toISOString(), at: nextDue(cadence, zone, after)?.at.toISOString() }).toEqual({
            zone,
            after: after.toISOString(),
            at: expected,
          });
        }
      }
    });
  });

  describe('isOccurrence', () => {
    it('recognises an instant the cadence still fires at, and no other', () => {
      expect(isOccurrence(daily('21:00'), BERLIN, new Date('2026-03-29T19:00:00.000Z'))).toBe(true);
      expect(isOccurrence(daily('21:00'), BERLIN, new Date('2026-03-29T20:00:00.000Z'))).toBe(false);
      expect(isOccurrence(daily('21:30'), BERLIN, new Date('2026-03-29T19:00:00.000Z'))).toBe(false);
      expect(isOccurrence({ days: [Weekday.MONDAY], times: ['21:00'] }, BERLIN, new Date('2026-03-29T19:00:00.000Z'))).toBe(false);
    });
  });
});
