import { atLocalTime, localDay } from '../../../services/shared/time';

describe('time', () => {
  describe('atLocalTime', () => {
    it.each([
      ['a winter evening in Berlin', '2026-01-15', '20:00', 'Europe/Berlin', '2026-01-15T19:00:00.000Z'],
      ['a summer evening in Berlin', '2026-07-15', '20:00', 'Europe/Berlin', '2026-07-15T18:00:00.000Z'],
      ['after the spring change, same day', '2026-03-29', '20:00', 'Europe/Berlin', '2026-03-29T18:00:00.000Z'],
      ['before the spring change, same day', '2026-03-29', '01:30', 'Europe/Berlin', '2026-03-29T00:30:00.000Z'],
      ['inside the spring gap: just after it', '2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
      ['the repeated autumn hour: its first time', '2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
      ['midnight in Tokyo (no DST)', '2026-03-08', '00:00', 'Asia/Tokyo', '2026-03-07T15:00:00.000Z'],
      ['inside the New York spring gap', '2026-03-08', '02:15', 'America/New_York', '2026-03-08T07:15:00.000Z'],
      ['a half-hour change on Lord Howe Island', '2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:45:00.000Z'],
      ['the last minute of a day', '2026-11-22', '23:59', 'UTC', '2026-11-22T23:59:00.000Z'],
    ])('reads %s', (_name, day, time, zone, expected) => {
      const [hours, minutes] = time.split(':').map(Number);

      const at = atLocalTime(day, (hours as number) * 60 + (minutes as number), zone);

      expect(at.toISOString()).toBe(expected);
      expect(localDay(at, zone)).toBe(day);
    });
  });
});
