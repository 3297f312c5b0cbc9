import '../../../helpers/unit-env';
import { MeasureCadence, MeasureInstrument } from '../../../../services/measures/measure.enums';
import type { MeasureRecord } from '../../../../services/measures/measure.record';
import type { MeasureScheduleRecord } from '../../../../services/measures/measure-schedule.record';
import { measureCadence, nextMeasureDue, type MeasureDueCadence } from '../../../../services/notifications/schedule/schedule.measure-due';
import { nextDue } from '../../../../services/notifications/schedule/schedule.next-due';
import { GrantScope } from '../../../../services/sharing/sharing.enums';
import type { GrantRecord } from '../../../../services/sharing/sharing.record';
import type { ProfileRecord } from '../../../../services/users/user.type';

const BERLIN = 'Europe/Berlin';
const NOW = new Date('2026-03-20T12:00:00.000Z');

function schedule(overrides: Partial<MeasureScheduleRecord> = {}): MeasureScheduleRecord {
  return {
    id: '01KSCHEDULE0000000000000000',
    clientSub: 'client-sub',
    therapistSub: 'therapist-sub',
    instrument: MeasureInstrument.PHQ9,
    cadence: MeasureCadence.WEEKLY,
    everyWeeks: 1,
    startsOn: '2026-03-22',
    windowDays: 3,
    version: 1,
    createdAt: '2026-03-10T10:00:00.000Z',
    ...overrides,
  };
}

const weekly = (startsOn: string, completed: string[] = []): MeasureDueCadence => ({ timing: schedule({ startsOn }), completed });
const iso = (occurrence: { at: Date } | null) => occurrence?.at.toISOString() ?? null;

describe('nextMeasureDue: 09:00 local on each opening day', () => {
  it('keeps 09:00 local across the spring change in Berlin (2026-03-29: CET to CEST)', () => {
    const cadence = weekly('2026-03-22');
    // 09:00 CET is 08:00Z; after the change 09:00 CEST is 07:00Z.
    expect(iso(nextMeasureDue(cadence, BERLIN, NOW))).toBe('2026-03-22T08:00:00.000Z');
    expect(iso(nextMeasureDue(cadence, BERLIN, new Date('2026-03-22T08:00:00.000Z')))).toBe('2026-03-29T07:00:00.000Z');
    expect(nextMeasureDue(cadence, BERLIN, new Date('2026-03-29T07:00:00.000Z'))).toEqual({
      at: new Date('2026-04-05T07:00:00.000Z'),
      day: '2026-04-05',
      time: '09:00',
    });
  });

  it('keeps 09:00 local across the autumn change in Berlin (2026-10-25: CEST to CET)', () => {
    const cadence = weekly('2026-10-18');
    const after = new Date('2026-10-10T00:00:00.000Z');
    expect(iso(nextMeasureDue(cadence, BERLIN, after))).toBe('2026-10-18T07:00:00.000Z');
    expect(iso(nextMeasureDue(cadence, BERLIN, new Date('2026-10-18T07:00:00.000Z')))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(nextMeasureDue(cadence, BERLIN, new Date('2026-10-25T08:00:00.000Z')))).toBe('2026-11-01T08:00:00.000Z');
  });

  it('finds an occurrence opening today while its 09:00 is still ahead, and not once it has passed', () => {
    const cadence = weekly('2026-03-22');
    expect(iso(nextMeasureDue(cadence, BERLIN, new Date('2026-03-29T06:59:59.000Z')))).toBe('2026-03-29T07:00:00.000Z');
    // Inside the window after 09:00: the next opening, not a late one.
    expect(iso(nextMeasureDue(cadence, BERLIN, new Date('2026-03-30T12:00:00.000Z')))).toBe('2026-04-05T07:00:00.000Z');
  });

  it('skips occurrences already completed', () => {
    expect(iso(nextMeasureDue(weekly('2026-03-22', ['2026-03-29']), BERLIN, new Date('2026-03-22T08:00:00.000Z')))).toBe('2026-04-05T07:00:00.000Z');
  });

  it('reminds of a one-off once, and of every-N-weeks on its weeks only', () => {
    const once: MeasureDueCadence = { timing: schedule({ cadence: MeasureCadence.ONCE, everyWeeks: null }), completed: [] };
    expect(iso(nextMeasureDue(once, BERLIN, NOW))).toBe('2026-03-22T08:00:00.000Z');
    expect(nextMeasureDue(once, BERLIN, new Date('2026-03-22T08:00:00.000Z'))).toBeNull();
    const fortnightly: MeasureDueCadence = { timing: schedule({ cadence: MeasureCadence.EVERY_N_WEEKS, everyWeeks: 2 }), completed: [] };
    expect(iso(nextMeasureDue(fortnightly, BERLIN, new Date('2026-03-22T08:00:00.000Z')))).toBe('2026-04-05T07:00:00.000Z');
  });

  it('is what nextDue answers for a measure cadence', () => {
    const cadence = weekly('2026-03-22');
    expect(nextDue(cadence, BERLIN, NOW)).toEqual(nextMeasureDue(cadence, BERLIN, NOW));
  });
});

describe('measureCadence: only while the schedule may remind', () => {
  const profile = (routineReminders: boolean): ProfileRecord => ({
    sub: 'client-sub',
    displayName: null,
    pronouns: null,
    timeZone: BERLIN,
    locale: 'de-DE',
    preferences: { routineReminders, weeklyReflection: false, circleActivity: false },
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const grant = (overrides: Partial<GrantRecord> = {}): GrantRecord => ({
    id: '01KGRANT',
    clientSub: 'client-sub',
    therapistSub: 'therapist-sub',
    clientName: null,
    therapistName: 'Rowan',
    scopes: [GrantScope.MEASURES],
    status: 'ACTIVE',
    version: 2,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-02T00:00:00.000Z',
    respondedAt: '2026-03-02T00:00:00.000Z',
    ...overrides,
  });
  const measure = (instrument: MeasureInstrument, localDay: string): MeasureRecord => ({
    id: '01KMEASURE',
    sub: 'client-sub',
    instrument,
    answers: [],
    score: 0,
    completedAt: `${localDay}T10:00:00.000Z`,
    localDay,
    version: 1,
    createdAt: `${localDay}T10:00:00.000Z`,
  });

  it('reminds with an active grant holding MEASURES and routineReminders on', () => {
    expect(measureCadence(profile(true), { schedule: schedule(), grant: grant(), recent: [] }, NOW)).toEqual({ timing: schedule(), completed: [] });
  });

  it.each([
    ['routineReminders is off', profile(false), { schedule: schedule(), grant: grant(), recent: [] }],
    ['the schedule is cancelled', profile(true), { grant: grant(), recent: [] }],
    ['there is no grant', profile(true), { schedule: schedule(), recent: [] }],
    ['the grant is revoked', profile(true), { schedule: schedule(), grant: grant({ status: 'REVOKED' }), recent: [] }],
    ['the grant has expired', profile(true), { schedule: schedule(), grant: grant({ expiresAt: '2026-03-15T00:00:00.000Z' }), recent: [] }],
    ['the grant lacks MEASURES', profile(true), { schedule: schedule(), grant: grant({ scopes: [GrantScope.SESSIONS] }), recent: [] }],
    ['the schedule predates the share', profile(true), { schedule: schedule(), grant: grant({ respondedAt: '2026-03-11T00:00:00.000Z' }), recent: [] }],
  ])('does not remind when %s', (_why, p, state) => {
    expect(measureCadence(p, state, NOW)).toBeNull();
  });

  it('counts a measure of the same instrument inside a window as completing it, and no other', () => {
    const recent = [
      measure(MeasureInstrument.PHQ9, '2026-03-30'),
      measure(MeasureInstrument.GAD7, '2026-04-05'),
      measure(MeasureInstrument.PHQ9, '2026-04-09'),
    ];
    // 03-30 is inside 03-29..03-31; 04-05 is another instrument; 04-09 is outside 04-05..04-07.
    expect(measureCadence(profile(true), { schedule: schedule(), grant: grant(), recent }, NOW)?.completed).toEqual(['2026-03-29']);
  });
});
