import { RoutineStatus, Weekday } from '../../../services/routines/routine.enums';
import type { RoutineRecord } from '../../../services/routines/routine.record';
import { remindersBetween } from '../../../services/routines/routine.reminders';
import { buildRoutine } from '../../fixtures/routines';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

function withReminders(reminderTimes: string[], days: Weekday[] = [], overrides: Partial<RoutineRecord> = {}): RoutineRecord {
  return buildRoutine({ schedule: { days, daysPerWeek: null, reminderTimes }, ...overrides });
}

function instants(routines: RoutineRecord[], from: string, zone: string): string[] {
  return remindersBetween(routines, new Date(from), zone).map((r) => r.at.toISOString());
}

describe('routine.reminders', () => {
  describe('remindersBetween', () => {
    it('returns the next 24 hours of daily reminders in local time, earliest first', () => {
      const routine = withReminders(['08:00', '20:00']);

      // Saturday 28 March 2026, 13:00 CET. Sat 20:00 CET = 19:00Z; Sun 08:00 is CEST after the change = 06:00Z.
      const reminders = remindersBetween([routine], new Date('2026-03-28T12:00:00.000Z'), BERLIN);

      expect(reminders.map((r) => [r.at.toISOString(), r.day, r.time])).toEqual([
        ['2026-03-28T19:00:00.000Z', '2026-03-28', '20:00'],
        ['2026-03-29T06:00:00.000Z', '2026-03-29', '08:00'],
      ]);
      expect(reminders[0]?.routine).toBe(routine);
    });

    it('fires a time the spring change skips once, just after the gap', () => {
      // 02:30 does not exist on Sunday 29 March in Berlin: it fires at 03:30 CEST = 01:30Z.
      expect(instants([withReminders(['02:30'])], '2026-03-28T12:00:00.000Z', BERLIN)).toEqual(['2026-03-29T01:30:00.000Z']);
    });

    it('fires a time the autumn change repeats once, at its first occurrence', () => {
      // 02:30 happens twice on Sunday 25 October in Berlin: 00:30Z (CEST) and 01:30Z (CET).
      expect(instants([withReminders(['02:30'])], '2026-10-24T12:00:00.000Z', BERLIN)).toEqual(['2026-10-25T00:30:00.000Z']);
    });

    it('keeps the local time in New York after the autumn change', () => {
      // Sunday 1 November 2026 07:00 EST (12:00Z): 20:00 EST = 01:00Z on the 2nd (it was 00:00Z the evening before, in EDT).
      expect(instants([withReminders(['20:00'])], '2026-11-01T12:00:00.000Z', NEW_YORK)).toEqual(['2026-11-02T01:00:00.000Z']);
    });

    it('reaches a third local day when the window crosses a 23-hour day', () => {
      // Saturday 28 March 23:30 CET (22:30Z) + 24 h = Monday 30 March 00:30 CEST:
      // Sunday 00:15 CET = 23:15Z on the 28th, Monday 00:15 CEST = 22:15Z on the 29th.
      expect(instants([withReminders(['00:15'])], '2026-03-28T22:30:00.000Z', BERLIN)).toEqual(['2026-03-28T23:15:00.000Z', '2026-03-29T22:15:00.000Z']);
    });

    it('includes a reminder at the start of the window and leaves out one at its end', () => {
      // Monday 2 November 2026 09:00 EST = 14:00Z.
      expect(instants([withReminders(['09:00'])], '2026-11-02T14:00:00.000Z', NEW_YORK)).toEqual(['2026-11-02T14:00:00.000Z']);
    });

    it('keeps to the planned days', () => {
      // From Sunday 22 November 2026 10:00 UTC: the Monday reminder only.
      const routine = withReminders(['09:00', '21:00'], [Weekday.MONDAY]);

      expect(instants([routine], '2026-11-22T10:00:00.000Z', 'UTC')).toEqual(['2026-11-23T09:00:00.000Z']);
    });

    it('leaves out paused routines and routines without reminder times', () => {
      const paused = withReminders(['21:00'], [], { status: RoutineStatus.PAUSED });
      const silent = withReminders([]);
      const active = withReminders(['22:00']);

      const reminders = remindersBetween([paused, silent, active], new Date('2026-11-22T10:00:00.000Z'), 'UTC');

      expect(reminders.map((r) => r.routine.id)).toEqual([active.id]);
    });

    it('orders reminders of several routines by time', () => {
      const late = withReminders(['21:00']);
      const early = withReminders(['07:30']);

      const reminders = remindersBetween([late, early], new Date('2026-11-22T10:00:00.000Z'), 'UTC');

      expect(reminders.map((r) => [r.routine.id, r.at.toISOString()])).toEqual([
        [late.id, '2026-11-22T21:00:00.000Z'],
        [early.id, '2026-11-23T07:30:00.000Z'],
      ]);
    });
  });
});
