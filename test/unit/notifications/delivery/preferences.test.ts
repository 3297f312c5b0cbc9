import { FixedClock } from '../../../../services/shared/clock';
import type { Caller } from '../../../../services/shared/auth/caller';
import { BadUserInputError } from '../../../../services/shared/errors';
import type { ProfileChanges, UserRepository } from '../../../../services/users/user.repository';
import { UserService } from '../../../../services/users/user.service';
import { NotificationTopicEnum, type ProfileRecord } from '../../../../services/users/user.type';
import { buildProfile } from './fakes';

class OneProfile implements UserRepository {
  constructor(public profile: ProfileRecord) {}
  async getProfile() {
    return this.profile;
  }
  async createProfile() {
    return false;
  }
  async updateProfile(_sub: string, _version: number, changes: ProfileChanges) {
    this.profile = { ...this.profile, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    return this.profile;
  }
}

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };

describe('UserService preferences for delivery', () => {
  it('reads a profile stored before delivery choices existed with the defaults: nothing opted in, no quiet hours', async () => {
    const old = buildProfile();
    old.preferences = { routineReminders: true, weeklyReflection: false, circleActivity: false } as never;

    const profile = await new UserService(new OneProfile(old), new FixedClock(new Date())).me(caller);

    expect(profile.preferences).toEqual({
      routineReminders: true,
      weeklyReflection: false,
      circleActivity: false,
      therapistActivity: false,
      delivery: { push: [], email: [] },
      quietHours: null,
    });
  });

  it('stores channel lists and quiet hours as plain data, keeping what was not given', async () => {
    const repo = new OneProfile(buildProfile({ delivery: { push: ['WEEKLY_REFLECTION'], email: ['CIRCLE_ACTIVITY'] } }));
    const service = new UserService(repo, new FixedClock(new Date()));

    await service.updateProfile(caller, {
      version: 1,
      preferences: { therapistActivity: true, delivery: { push: [NotificationTopicEnum.ROUTINE_REMINDERS] }, quietHours: { start: '22:00', end: '07:00' } },
    });

    expect(repo.profile.preferences).toMatchObject({
      therapistActivity: true,
      delivery: { push: ['ROUTINE_REMINDERS'], email: ['CIRCLE_ACTIVITY'] },
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(Object.getPrototypeOf(repo.profile.preferences.quietHours)).toBe(Object.prototype);
  });

  it('turns quiet hours off with null', async () => {
    const repo = new OneProfile(buildProfile({ quietHours: { start: '22:00', end: '07:00' } }));

    await new UserService(repo, new FixedClock(new Date())).updateProfile(caller, { version: 1, preferences: { quietHours: null } });

    expect(repo.profile.preferences.quietHours).toBeNull();
  });

  it('refuses quiet hours that start and end at the same minute', async () => {
    const service = new UserService(new OneProfile(buildProfile()), new FixedClock(new Date()));

    const error = await service.updateProfile(caller, { version: 1, preferences: { quietHours: { start: '22:00', end: '22:00' } } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).fields).toEqual(['preferences.quietHours.end']);
  });
});
