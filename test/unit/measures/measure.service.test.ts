import '../../helpers/unit-env';
import { MeasureBand, MeasureInstrument, ChangeDirection } from '../../../services/measures/measure.enums';
import type { MeasureRecord } from '../../../services/measures/measure.record';
import type { MeasureRepository } from '../../../services/measures/measure.repository';
import { MeasureService } from '../../../services/measures/measure.service';
import { SafetySignalKind } from '../../../services/sessions/session.safety.type';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import { BadUserInputError } from '../../../services/shared/errors';
import type { IdempotentRequest } from '../../../services/shared/idempotency';
import type { UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import { DEFAULT_PREFERENCES } from '../../../services/users/user.type';

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };
// 23:30 UTC is already the next day in Berlin: the local day comes from the member's zone.
const NOW = new Date('2026-11-22T23:30:00.000Z');

class FakeMeasures implements MeasureRepository {
  readonly items: MeasureRecord[] = [];
  readonly creates: Array<{ record: MeasureRecord; idempotency: IdempotentRequest | null }> = [];
  readonly pages: Array<{ instrument: MeasureInstrument | null; first: number }> = [];
  async create(record: MeasureRecord, idempotency: IdempotentRequest | null) {
    this.creates.push({ record, idempotency });
    this.items.push(record);
    return { record, created: true };
  }
  async page(_sub: string, instrument: MeasureInstrument | null, first: number) {
    this.pages.push({ instrument, first });
    const items = this.items
      .filter((m) => !instrument || m.instrument === instrument)
      .reverse()
      .slice(0, first);
    return { items, hasNextPage: false, cursors: items.map((m) => m.id) };
  }
}

function setup(options: { country?: string; hasTherapist?: boolean } = {}) {
  let profileReads = 0;
  const profiles: UserRepository = {
    getProfile: async (sub) => {
      profileReads += 1;
      return {
        sub,
        displayName: null,
        pronouns: null,
        timeZone: 'Europe/Berlin',
        locale: 'en-GB',
        country: options.country ?? null,
        preferences: DEFAULT_PREFERENCES,
        version: 1,
        createdAt: '',
        updatedAt: '',
      };
    },
    createProfile: async () => true,
    updateProfile: async () => {
      throw new Error('not used');
    },
  };
  const therapistChecks: string[] = [];
  const link = {
    hasActiveTherapist: async (sub: string) => {
      therapistChecks.push(sub);
      return options.hasTherapist ?? false;
    },
  };
  const repo = new FakeMeasures();
  const clock = new FixedClock(NOW);
  const service = new MeasureService(repo, new UserService(profiles, clock), clock, link);
  return { repo, service, therapistChecks, profileReads: () => profileReads };
}

function record(instrument: MeasureInstrument, answers: number[], id: string): MeasureRecord {
  return {
    id,
    sub: caller.sub,
    instrument,
    answers,
    score: answers.reduce((a, b) => a + b, 0),
    completedAt: NOW.toISOString(),
    localDay: '2026-11-23',
    version: 1,
    createdAt: NOW.toISOString(),
  };
}

describe('MeasureService', () => {
  describe('submit', () => {
    it('stores the answers with the score and the member’s local day, and raises nothing for item 9 at 0', async () => {
      const { repo, service, therapistChecks } = setup();

      const result = await service.submit(caller, {
        instrument: MeasureInstrument.PHQ9,
        answers: [2, 2, 1, 1, 1, 1, 1, 1, 0],
        idempotencyKey: 'measure-key-1',
      });

      expect(result.measure).toMatchObject({ instrument: 'PHQ9', score: 10, band: MeasureBand.MODERATE, day: '2026-11-23', percentage: null });
      expect(result.safetySignals).toEqual([]);
      expect(repo.creates[0]?.record).toMatchObject({ sub: 'member-1', score: 10, answers: [2, 2, 1, 1, 1, 1, 1, 1, 0] });
      expect(repo.creates[0]?.idempotency?.key).toBe('measure-key-1');
      expect(therapistChecks).toEqual([]);
    });

    it('raises the self-harm signal with the member’s country resources when item 9 is above 0, and still stores the measure', async () => {
      const { repo, service } = setup({ country: 'GB', hasTherapist: true });

      const result = await service.submit(caller, { instrument: MeasureInstrument.PHQ9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });

      expect(repo.creates).toHaveLength(1);
      expect(result.measure.score).toBe(1);
      expect(result.safetySignals).toEqual([
        expect.objectContaining({ kind: SafetySignalKind.SELF_HARM_THOUGHTS, sessionIds: [], resources: expect.objectContaining({ country: 'GB' }) }),
      ]);
      expect(result.safetySignals[0]?.involveTherapistPrompt).toEqual(expect.any(String));
    });

    it('offers no therapist prompt to a member without a therapist', async () => {
      const { service } = setup();

      const result = await service.submit(caller, { instrument: MeasureInstrument.PHQ9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 3] });

      expect(result.safetySignals[0]).toMatchObject({ kind: SafetySignalKind.SELF_HARM_THOUGHTS, involveTherapistPrompt: null, resources: { country: null } });
    });

    it.each([
      ['a wrong count', MeasureInstrument.GAD7, [1, 1, 1], ['answers']],
      ['a value out of range', MeasureInstrument.WHO5, [5, 5, 7, 5, 5], ['answers.2']],
      ['a negative value', MeasureInstrument.PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, -1], ['answers.8']],
    ])('refuses %s before reading or writing anything', async (_name, instrument, answers, fields) => {
      const { repo, service, profileReads } = setup();

      const error = await service.submit(caller, { instrument, answers }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toEqual(fields);
      expect(repo.creates).toHaveLength(0);
      expect(profileReads()).toBe(0);
    });
  });

  describe('trend', () => {
    it('compares the latest with the one before in one page of two', async () => {
      const { repo, service } = setup();
      repo.items.push(record(MeasureInstrument.GAD7, [3, 3, 2, 2, 1, 1, 0], '01JD5NV1TE0000000000000001'));
      repo.items.push(record(MeasureInstrument.PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 0], '01JD5NV1TE0000000000000002'));
      repo.items.push(record(MeasureInstrument.GAD7, [1, 1, 1, 1, 1, 1, 2], '01JD5NV1TE0000000000000003'));

      const trend = await service.trend(caller, MeasureInstrument.GAD7);

      expect(repo.pages).toEqual([{ instrument: MeasureInstrument.GAD7, first: 2 }]);
      expect(trend).toMatchObject({ change: -4, direction: ChangeDirection.BETTER, meaningful: true, meaningfulChange: 4 });
      expect(trend.latest?.id).toBe('01JD5NV1TE0000000000000003');
      expect(trend.previous?.id).toBe('01JD5NV1TE0000000000000001');
    });

    it('answers nulls with a single result', async () => {
      const { repo, service } = setup();
      repo.items.push(record(MeasureInstrument.WHO5, [3, 3, 3, 3, 3], '01JD5NV1TE0000000000000001'));

      const trend = await service.trend(caller, MeasureInstrument.WHO5);

      expect(trend).toMatchObject({ previous: null, change: null, direction: null, meaningful: null, meaningfulChange: 10 });
      expect(trend.latest).toMatchObject({ score: 15, percentage: 60, band: MeasureBand.ABOVE_CUTOFF });
    });
  });
});
