import {
  addDays,
  daysBetween,
  isoWeekday,
  isValidDay,
  localDay,
  periodRange,
  startOfLocalDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
} from '../../../services/shared/time';

const HOUR_MS = 3_600_000;

describe('time', () => {
  describe('isValidDay', () => {
    it.each(['2026-03-29', '2024-02-29', '2026-12-31', '0001-01-01'])('accepts %p', (day) => {
      expect(isValidDay(day)).toBe(true);
    });

    it.each([
      ['a day that does not exist', '2026-02-29'],
      ['month 13', '2026-13-01'],
      ['day 0', '2026-01-00'],
      ['a one-digit month', '2026-1-01'],
      ['a date-time', '2026-01-01T00:00:00Z'],
      ['surrounding spaces', ' 2026-01-01'],
      ['an empty string', ''],
      ['a number', 20260101],
      ['null', null],
    ])('rejects %s', (_name, value) => {
      expect(isValidDay(value)).toBe(false);
    });
  });

  describe('localDay', () => {
    it('reads the day in the zone, not in UTC, for a string instant', () => {
      // 23:30 UTC on 1 Jan is 08:30 on 2 Jan in Tokyo and 18:30 on 1 Jan in New York.
      expect(localDay('2026-01-01T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-01-02');
      expect(localDay('2026-01-01T23:30:00.000Z', 'America/New_York')).toBe('2026-01-01');
    });

    it.each([
      // Each instant is 23:30 local on the evening of a change; with the offset of the morning it would read as the next day.
      ['Europe/Berlin, autumn', '2026-10-25T22:30:00.000Z', 'Europe/Berlin', '2026-10-25'],
      ['America/New_York, autumn', '2026-11-02T04:30:00.000Z', 'America/New_York', '2026-11-01'],
      ['Europe/Berlin, spring', '2026-03-29T21:30:00.000Z', 'Europe/Berlin', '2026-03-29'],
      ['America/New_York, spring', '2026-03-09T03:30:00.000Z', 'America/New_York', '2026-03-08'],
    ])('puts 23:30 local on the evening of a DST change (%s) on that day', (_name, instant, zone, day) => {
      expect(localDay(new Date(instant), zone)).toBe(day);
    });

    it('throws a RangeError for a string that is not an instant', () => {
      expect(() => localDay('yesterday', 'UTC')).toThrow(RangeError);
    });
  });

  describe('startOfLocalDay', () => {
    it.each([
      ['Europe/Berlin', '2026-03-28', '2026-03-27T23:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00.000Z'],
      ['Europe/Berlin', '2026-03-30', '2026-03-29T22:00:00.000Z'],
      ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00.000Z'],
      ['Europe/Berlin', '2026-10-26', '2026-10-25T23:00:00.000Z'],
      ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z'],
      ['America/New_York', '2026-03-09', '2026-03-09T04:00:00.000Z'],
      ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z'],
      ['America/New_York', '2026-11-02', '2026-11-02T05:00:00.000Z'],
      ['Asia/Kolkata', '2026-01-01', '2025-12-31T18:30:00.000Z'],
      ['UTC', '2026-01-01', '2026-01-01T00:00:00.000Z'],
    ])('finds local midnight in %s on %s', (zone, day, expected) => {
      expect(startOfLocalDay(day, zone).toISOString()).toBe(expected);
    });

    it.each([
      // These zones jump from 00:00 to 01:00: the day begins at the change, reading 01:00 local.
      ['America/Havana', '2026-03-08', '2026-03-08T05:00:00.000Z'],
      ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00.000Z'],
      ['Asia/Beirut', '2026-03-29', '2026-03-28T22:00:00.000Z'],
    ])('takes the first instant of the day where %s skips midnight on %s', (zone, day, expected) => {
      const start = startOfLocalDay(day, zone);

      expect(start.toISOString()).toBe(expected);
      expect(localDay(start, zone)).toBe(day);
      expect(localDay(new Date(start.getTime() - 1), zone)).toBe(addDays(day, -1));
    });

    it('makes the day of a spring change 23 hours long and of an autumn change 25', () => {
      const spring = startOfLocalDay('2026-03-30', 'Europe/Berlin').getTime() - startOfLocalDay('2026-03-29', 'Europe/Berlin').getTime();
      const autumn = startOfLocalDay('2026-11-02', 'America/New_York').getTime() - startOfLocalDay('2026-11-01', 'America/New_York').getTime();

      expect(spring).toBe(23 * HOUR_MS);
      expect(autumn).toBe(25 * HOUR_MS);
    });

    it('rejects a day that is not a calendar date as BAD_USER_INPUT', () => {
      expect(() => startOfLocalDay('2026-02-30', 'UTC')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    });
  });

  describe('addDays', () => {
    it.each([
      ['2026-03-28', 1, '2026-03-29'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2024-02-28', 1, '2024-02-29'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2026-03-23', 0, '2026-03-23'],
      ['2026-01-01', 365, '2027-01-01'],
    ])('moves %s by %i days to %s', (day, n, expected) => {
      expect(addDays(day, n)).toBe(expected);
    });
  });

  describe('isoWeekday', () => {
    it.each([
      ['2026-03-23', 1],
      ['2026-03-25', 3],
      ['2026-03-29', 7],
    ])('gives %s weekday %i (Monday 1, Sunday 7)', (day, expected) => {
      expect(isoWeekday(day)).toBe(expected);
    });
  });

  describe('startOfWeek', () => {
    it.each([
      ['2026-03-23', '2026-03-23'],
      ['2026-03-29', '2026-03-23'],
      ['2026-01-01', '2025-12-29'],
    ])('moves %s back to Monday %s', (day, expected) => {
      expect(startOfWeek(day)).toBe(expected);
    });
  });

  describe('startOfMonth', () => {
    it('moves a day back to the 1st', () => {
      expect(startOfMonth('2026-02-28')).toBe('2026-02-01');
    });
  });

  describe('startOfQuarter', () => {
    it.each([
      ['2026-02-15', '2026-01-01'],
      ['2026-04-01', '2026-04-01'],
      ['2026-09-30', '2026-07-01'],
      ['2026-12-31', '2026-10-01'],
    ])('moves %s back to %s', (day, expected) => {
      expect(startOfQuarter(day)).toBe(expected);
    });
  });

  describe('daysBetween', () => {
    it('counts calendar days, positive when the second day is later', () => {
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
      expect(daysBetween('2026-03-23', '2026-03-23')).toBe(0);
    });
  });

  describe('periodRange', () => {
    it('covers 7 days and 167 hours for a Berlin week containing the spring change', () => {
      const range = periodRange('WEEK', '2026-03-25', 'Europe/Berlin');

      expect(range).toMatchObject({ fromDay: '2026-03-23', toDayExclusive: '2026-03-30' });
      expect(range.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
      expect(range.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
      expect(range.end.getTime() - range.start.getTime()).toBe(167 * HOUR_MS);
      expect(range.previous).toEqual({
        fromDay: '2026-03-16',
        toDayExclusive: '2026-03-23',
        start: new Date('2026-03-15T23:00:00.000Z'),
        end: range.start,
      });
    });

    it('covers 169 hours for a New York week containing the autumn change', () => {
      const range = periodRange('WEEK', '2026-11-01', 'America/New_York');

      expect(range).toMatchObject({ fromDay: '2026-10-26', toDayExclusive: '2026-11-02' });
      expect(range.start.toISOString()).toBe('2026-10-26T04:00:00.000Z');
      expect(range.end.toISOString()).toBe('2026-11-02T05:00:00.000Z');
      expect(range.end.getTime() - range.start.getTime()).toBe(169 * HOUR_MS);
    });

    it('normalises a MONTH to the 1st and takes the previous calendar month', () => {
      const range = periodRange('MONTH', '2026-03-31', 'Europe/Berlin');

      expect(range).toMatchObject({ fromDay: '2026-03-01', toDayExclusive: '2026-04-01' });
      expect(range.previous).toMatchObject({ fromDay: '2026-02-01', toDayExclusive: '2026-03-01' });
      expect(range.end.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    });

    it('normalises a QUARTER to its first day and reaches back into the previous year', () => {
      const range = periodRange('QUARTER', '2026-02-15', 'UTC');

      expect(range).toMatchObject({ fromDay: '2026-01-01', toDayExclusive: '2026-04-01' });
      expect(range.previous).toMatchObject({ fromDay: '2025-10-01', toDayExclusive: '2026-01-01' });
    });

    it('rejects a from day that is not a calendar date as BAD_USER_INPUT naming from', () => {
      expect(() => periodRange('WEEK', '2026-02-30', 'UTC')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['from'] }));
    });
  });
});
