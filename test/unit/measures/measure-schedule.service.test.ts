import '../../helpers/unit-env';
import type { ClientAccess, MeasuresGrant, Scheduler } from '../../../services/measures/measure.client-access';
import { MeasureCadence, MeasureInstrument } from '../../../services/measures/measure.enums';
import type { MeasureRecord } from '../../../services/measures/measure.record';
import type { MeasureScheduleRecord } from '../../../services/measures/measure-schedule.record';
import type { MeasureScheduleRepository } from '../../../services/measures/measure-schedule.repository';
import { MAX_SCHEDULES_PER_CLIENT, MeasureScheduleService } from '../../../services/measures/measure-schedule.service';
import type { ScheduleMeasureInput } from '../../../services/measures/measure-schedule.type';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import type { TransactItem } from '../../../services/shared/db/transaction';
import { BadUserInputError, LimitReachedError, NotFoundError } from '../../../services/shared/errors';
import type { UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import { DEFAULT_PREFERENCES } from '../../../services/users/user.type';

const CLIENT = '0b8f5d6e-1c2a-4b3c-9d4e-5f6a7b8c9d0e';
const THERAPIST = 'therapist-1';
const client: Caller = { sub: CLIENT, groups: [], role: 'MEMBER', isAdmin: false };
const therapist: Caller = { sub: THERAPIST, groups: ['therapists'], role: 'THERAPIST', isAdmin: false };
// 23:30 UTC on Sunday 29 March 2026 is already Monday 30 March in Berlin (CEST).
const NOW = new Date('2026-03-29T23:30:00.000Z');

class FakeSchedules implements MeasureScheduleRepository {
  readonly items: MeasureScheduleRecord[] = [];
  measures: MeasureRecord[] = [];
  /** The fake's part carries the record; the fake access's logRead writes it. */
  createPart(record: MeasureScheduleRecord): TransactItem {
    return { Put: { TableName: 'fake', Item: record } };
  }
  async forClient(clientSub: string) {
    return this.items.filter((s) => s.clientSub === clientSub);
  }
  async ofScheduler(therapistSub: string, id: string) {
    return this.items.find((s) => s.therapistSub === therapistSub && s.id === id);
  }
  async remove(clientSub: string, id: string, therapistSub: string | null) {
    const at = this.items.findIndex((s) => s.clientSub === clientSub && s.id === id && (!therapistSub || s.therapistSub === therapistSub));
    if (at < 0) throw new NotFoundError('Measure schedule');
    this.items.splice(at, 1);
  }
  async measuresSince() {
    return this.measures;
  }
}

function setup(schedulers: Map<string, Scheduler> = new Map([[THERAPIST, { name: 'Dr Rowan', since: '2026-01-01T00:00:00.000Z' }]])) {
  const profiles: UserRepository = {
    getProfile: async (sub) => ({
      sub,
      displayName: null,
      pronouns: null,
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
      country: null,
      preferences: DEFAULT_PREFERENCES,
      version: 1,
      createdAt: '',
      updatedAt: '',
    }),
    createProfile: async () => true,
    updateProfile: async () => {
      throw new Error('not used');
    },
  };
  const logged: string[] = [];
  const access: ClientAccess = {
    requireMeasures: async (caller, clientId): Promise<MeasuresGrant> => {
      if (caller.sub !== THERAPIST || clientId !== CLIENT) throw new NotFoundError('Client');
      return { clientSub: CLIENT, therapistSub: THERAPIST, therapistName: 'Dr Rowan', record: {} };
    },
    logRead: async (_grant, operation, _ids, alongside = []) => {
      logged.push(operation);
      for (const part of alongside) repo.items.push(part.Put?.Item as MeasureScheduleRecord);
    },
    schedulers: async () => schedulers,
  };
  const repo = new FakeSchedules();
  const clock = new FixedClock(NOW);
  return { repo, logged, service: new MeasureScheduleService(repo, access, new UserService(profiles, clock), clock) };
}

const input = (overrides: Partial<ScheduleMeasureInput> = {}): ScheduleMeasureInput => ({
  clientId: CLIENT,
  instrument: MeasureInstrument.PHQ9,
  cadence: MeasureCadence.WEEKLY,
  startsOn: '2026-03-30',
  windowDays: 2,
  ...overrides,
});

const measure = (instrument: MeasureInstrument, localDay: string): MeasureRecord => ({
  id: `m-${localDay}`,
  sub: CLIENT,
  instrument,
  answers: [],
  score: 0,
  completedAt: '',
  localDay,
  version: 1,
  createdAt: '',
});

describe('MeasureScheduleService', () => {
  describe('schedule', () => {
    it('stores the schedule and logs it, with today in the client’s zone as its next day', async () => {
      const { service, repo, logged } = setup();

      const schedule = await service.schedule(therapist, input());

      expect(schedule).toMatchObject({ cadence: 'WEEKLY', everyWeeks: 1, startsOn: '2026-03-30', nextDueOn: '2026-03-30' });
      expect(repo.items).toHaveLength(1);
      expect(logged).toEqual(['scheduleMeasure']);
    });

    it.each([
      ['startsOn', { startsOn: '2026-03-29' }],
      ['startsOn', { startsOn: '30/03/2026' }],
      ['windowDays', { windowDays: 0 }],
      ['everyWeeks', { cadence: MeasureCadence.EVERY_N_WEEKS }],
      ['everyWeeks', { cadence: MeasureCadence.EVERY_N_WEEKS, everyWeeks: 13 }],
      ['everyWeeks', { cadence: MeasureCadence.ONCE, everyWeeks: 1 }],
    ])('refuses a bad %s and stores nothing', async (field, overrides) => {
      const { service, repo } = setup();

      const error = await service.schedule(therapist, input(overrides)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toEqual([field]);
      expect(repo.items).toEqual([]);
    });

    it('refuses a schedule past the cap per client', async () => {
      const { service } = setup();
      for (let i = 0; i < MAX_SCHEDULES_PER_CLIENT; i++) await service.schedule(therapist, input());

      await expect(service.schedule(therapist, input())).rejects.toBeInstanceOf(LimitReachedError);
    });
  });

  describe('due', () => {
    it('shows an occurrence on the client’s local day until the instrument is submitted inside its window', async () => {
      const { service, repo } = setup();
      const { id } = await service.schedule(therapist, input());

      expect(await service.due(client)).toEqual([
        { scheduleId: id, instrument: 'PHQ9', dueOn: '2026-03-30', closesOn: '2026-03-31', scheduledBy: { displayName: 'Dr Rowan' } },
      ]);
      repo.measures = [measure(MeasureInstrument.GAD7, '2026-03-30'), measure(MeasureInstrument.PHQ9, '2026-03-29')];
      expect(await service.due(client)).toHaveLength(1);
      repo.measures.push(measure(MeasureInstrument.PHQ9, '2026-03-30'));
      expect(await service.due(client)).toEqual([]);
    });

    it('stops when the share no longer holds MEASURES, and stays stopped under a later share', async () => {
      const schedulers = new Map<string, Scheduler>([[THERAPIST, { name: 'Dr Rowan', since: '2026-01-01T00:00:00.000Z' }]]);
      const { service } = setup(schedulers);
      await service.schedule(therapist, input());

      schedulers.delete(THERAPIST);
      expect(await service.due(client)).toEqual([]);
      schedulers.set(THERAPIST, { name: 'Dr Rowan', since: '2026-03-29T23:45:00.000Z' });
      expect(await service.due(client)).toEqual([]);
    });
  });

  describe('cancel', () => {
    it('lets the scheduling therapist and the client cancel, and nobody else', async () => {
      const { service } = setup();
      const first = await service.schedule(therapist, input());
      const second = await service.schedule(therapist, input());
      const other: Caller = { ...therapist, sub: 'therapist-2' };

      await expect(service.cancel(other, first.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(service.cancel({ ...client, sub: 'someone-else' }, first.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await service.cancel(therapist, first.id)).toBe(first.id);
      expect(await service.cancel(client, second.id)).toBe(second.id);
      await expect(service.cancel(client, second.id)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
