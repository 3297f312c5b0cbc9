import { FixedClock } from '../../../services/shared/clock';
import type { Caller } from '../../../services/shared/auth/caller';
import type { ProfileChanges, UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import type { ProfileRecord } from '../../../services/users/user.type';

/** An in-memory repository whose conditional create behaves like DynamoDB's. */
class FakeUserRepository implements UserRepository {
  readonly profiles = new Map<string, ProfileRecord>();
  creates = 0;
  async getProfile(sub: string) {
    return this.profiles.get(sub);
  }
  async createProfile(profile: ProfileRecord) {
    this.creates += 1;
    await Promise.resolve();
    if (this.profiles.has(profile.sub)) return false;
    this.profiles.set(profile.sub, profile);
    return true;
  }
  async updateProfile(sub: string, _expected: number, changes: ProfileChanges, updatedAt: string) {
    const current = this.profiles.get(sub) as ProfileRecord;
    const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), version: current.version + 1, updatedAt };
    this.profiles.set(sub, next);
    return next;
  }
}

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };

describe('UserService', () => {
  let repo: FakeUserRepository;
  let service: UserService;

  beforeEach(() => {
    repo = new FakeUserRepository();
    service = new UserService(repo, new FixedClock(new Date('2026-11-22T08:00:00Z')));
  });

  describe('me', () => {
    it('makes exactly one profile when two first calls race', async () => {
      const [a, b] = await Promise.all([service.me(caller), service.me(caller)]);

      expect(repo.profiles.size).toBe(1);
      expect(a.createdAt).toEqual(b.createdAt);
      expect(a.id).toBe('member-1');
    });
  });

  describe('updateProfile', () => {
    it('trims the display name and canonicalises the locale', async () => {
      const profile = await service.updateProfile(caller, { version: 1, displayName: '  River  ', locale: 'en-gb' });

      expect(profile).toMatchObject({ displayName: 'River', locale: 'en-GB', version: 2 });
    });

    it.each([
      ['a blank display name', { displayName: '   ' }, 'displayName'],
      ['clearing the time zone', { timeZone: null as unknown as string }, 'timeZone'],
    ])('refuses %s naming the field', async (_name, change, field) => {
      await expect(service.updateProfile(caller, { version: 1, ...change })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });

    it('suggests the country of the time zone while none is stated, and never applies it', async () => {
      // Arrange
      const fresh = await service.me(caller);

      // Act
      const moved = await service.updateProfile(caller, { version: 1, timeZone: 'Europe/Berlin' });

      // Assert
      expect([fresh.country, fresh.suggestedCountry]).toEqual([null, null]);
      expect([moved.country, moved.suggestedCountry]).toEqual([null, 'DE']);
      expect(repo.profiles.get('member-1')?.country).toBeNull();
    });

    it('keeps a stated country in capitals, drops the suggestion, and clears it with null', async () => {
      await service.updateProfile(caller, { version: 1, timeZone: 'Europe/Copenhagen' });

      const stated = await service.updateProfile(caller, { version: 2, country: ' gb ' });
      const cleared = await service.updateProfile(caller, { version: 3, country: null });

      expect([stated.country, stated.suggestedCountry]).toEqual(['GB', null]);
      expect([cleared.country, cleared.suggestedCountry]).toEqual([null, 'DK']);
    });

    it.each([['XX'], ['UK'], ['DEU'], [''], ['D'], ['12'], ['EU']])('refuses the country %p naming the field, changing nothing', async (country) => {
      await service.me(caller);

      await expect(service.updateProfile(caller, { version: 1, country })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: ['country'] });
      expect(repo.profiles.get('member-1')?.version).toBe(1);
    });

    it('merges preferences with what was stored', async () => {
      await service.updateProfile(caller, { version: 1, preferences: { routineReminders: true } });
      const profile = await service.updateProfile(caller, { version: 2, preferences: { weeklyReflection: true } });

      expect(profile.preferences).toMatchObject({ routineReminders: true, weeklyReflection: true, circleActivity: false, therapistActivity: false });
    });
  });
});
