import { CircleRole } from '../../../services/circles/circle.enums';
import type { CircleRecord, InviteRecord, MembershipRecord } from '../../../services/circles/circle.record';
import type { CircleRepository, JoinFailure } from '../../../services/circles/circle.repository';
import { CircleService } from '../../../services/circles/circle.service';
import type { SessionService } from '../../../services/sessions/session.service';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import type { UserService } from '../../../services/users/user.service';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const CIRCLE_ID = '01JD5CRC1E0000000000000000';
const caller: Caller = { sub: 'joiner-sub', groups: [], role: 'MEMBER', isAdmin: false };
const profile = { name: 'Evening tears', description: null, topic: null };

function buildCircle(overrides: Partial<CircleRecord> = {}): CircleRecord {
  return {
    id: CIRCLE_ID,
    ...profile,
    memberCap: 3,
    memberCount: 2,
    checkInCount: 4,
    lastCheckInAt: null,
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

function buildInvite(overrides: Partial<InviteRecord> = {}): InviteRecord {
  return {
    circleId: CIRCLE_ID,
    id: '01JD5NV1TE0000000000000000',
    code: '7KQ2MXW9RD',
    maxUses: 5,
    uses: 1,
    expiresAt: '2026-11-29T12:00:00.000Z',
    revokedAt: null,
    createdByMemberId: '01JD5MEMBER000000000000000',
    circle: profile,
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

function buildMembership(overrides: Partial<MembershipRecord> = {}): MembershipRecord {
  return {
    circleId: CIRCLE_ID,
    sub: caller.sub,
    memberId: '01JD5MEMBER000000000000001',
    role: CircleRole.MEMBER,
    status: 'ACTIVE',
    pseudonym: 'Sky',
    circle: profile,
    joinedAt: NOW.toISOString(),
    lastVisitedAt: null,
    seenCheckInCount: 0,
    version: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
  };
}

/** Only what join and leave use; anything else would throw. */
function fakeRepository(state: {
  circle?: CircleRecord;
  membership?: MembershipRecord;
  invite: InviteRecord;
  joinFails?: JoinFailure | null;
  inviteAfter?: InviteRecord;
  /** The circle as read again after a refused join. */
  circleAfter?: CircleRecord;
  others?: MembershipRecord[];
}) {
  let circleReads = 0;
  return {
    findInviteByCode: jest.fn(async () => state.invite),
    getInvite: jest.fn(async () => state.inviteAfter ?? state.invite),
    getCircleWithMembership: jest.fn(async () => ({
      circle: circleReads++ > 0 && state.circleAfter ? state.circleAfter : state.circle,
      membership: state.membership,
    })),
    activeMembers: jest.fn(async () => state.others ?? []),
    refuseCodeGuessing: jest.fn(async () => undefined),
    countWrongCode: jest.fn(async () => undefined),
    join: jest.fn(async () => state.joinFails ?? null),
    leave: jest.fn(async () => undefined),
    leaveAndArchive: jest.fn(async () => undefined),
  };
}

function serviceWith(repo: ReturnType<typeof fakeRepository>, displayName = 'Sky') {
  const users = { ensureProfile: jest.fn(async () => ({ displayName, locale: 'en-GB' })) } as unknown as UserService;
  return new CircleService(repo as unknown as CircleRepository, {} as SessionService, users, new FixedClock(NOW));
}

describe('CircleService', () => {
  describe('join', () => {
    it('joins as a member, with nothing posted before counting as unread', async () => {
      const repo = fakeRepository({ circle: buildCircle(), invite: buildInvite() });

      const circle = await serviceWith(repo).join(caller, { code: '7kq2m-xw9rd' });

      expect(circle).toMatchObject({ memberCount: 3, unreadCount: 0, me: { role: 'MEMBER', pseudonym: 'Sky' } });
      expect(repo.join).toHaveBeenCalledWith(expect.objectContaining({ seenCheckInCount: 4, sub: caller.sub }), buildInvite().id, 0, NOW);
    });

    // Found by the bad-input property: cutting UTF-16 units left half an emoji in the pseudonym.
    it.each([['River'], ['RIVER'], ['R\u0456ver'], ['Ｒｉｖｅｒ']])(
      'refuses the pseudonym %p beside a member called River: CONFLICT naming pseudonym, nothing written',
      async (pseudonym) => {
        const repo = fakeRepository({
          circle: buildCircle(),
          invite: buildInvite(),
          others: [buildMembership({ sub: 'owner-sub', memberId: '01JD5MEMBER000000000000009', pseudonym: 'River' })],
        });

        await expect(serviceWith(repo).join(caller, { code: '7KQ2MXW9RD', pseudonym })).rejects.toMatchObject({ code: 'CONFLICT', fields: ['pseudonym'] });
        expect(repo.join).not.toHaveBeenCalled();
      },
    );

    it('refuses a pseudonym hiding a zero-width space, naming the field', async () => {
      const repo = fakeRepository({ circle: buildCircle(), invite: buildInvite() });

      await expect(serviceWith(repo).join(caller, { code: '7KQ2MXW9RD', pseudonym: 'River\u200B' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['pseudonym'],
      });
      expect(repo.join).not.toHaveBeenCalled();
    });

    it('joins under "Member" and the end of the member id when the display name looks like a member’s already there', async () => {
      const repo = fakeRepository({
        circle: buildCircle(),
        invite: buildInvite(),
        others: [buildMembership({ sub: 'owner-sub', memberId: '01JD5MEMBER000000000000009', pseudonym: 'sky' })],
      });

      const circle = await serviceWith(repo, 'Sky').join(caller, { code: '7KQ2MXW9RD' });

      expect(circle.me.pseudonym).toMatch(/^Member [0-9A-Z]{4}$/);
    });

    it('cuts a long display name to a pseudonym by whole characters', async () => {
      const repo = fakeRepository({ circle: buildCircle(), invite: buildInvite() });

      const circle = await serviceWith(repo, `${'x'.repeat(39)}😢 and more`).join(caller, { code: '7KQ2MXW9RD' });

      expect(circle.me.pseudonym).toBe(`${'x'.repeat(39)}😢`);
    });

    it.each([
      ['the seat was taken meanwhile', 'circle' as const, undefined, 'CONFLICT', 'This circle is full', buildCircle({ memberCount: 3 })],
      [
        'others kept joining or taking new names meanwhile, five reads in a row',
        'circle' as const,
        undefined,
        'CONFLICT',
        'Others are joining this circle right now; try again in a moment',
        buildCircle({ rosterVersion: 4 }),
      ],
      ['they joined meanwhile (a double submit)', 'membership' as const, undefined, 'CONFLICT', 'You are already a member of this circle', undefined],
      [
        'the invite was used up meanwhile',
        'invite' as const,
        buildInvite({ uses: 5 }),
        'CONFLICT',
        'This invite code has been used up; ask for a new one',
        undefined,
      ],
      [
        'the invite was revoked meanwhile',
        'invite' as const,
        buildInvite({ revokedAt: NOW.toISOString() }),
        'CONFLICT',
        'This invite code was revoked; ask for a new one',
        undefined,
      ],
    ])('explains a transaction refused because %s', async (_name, failed, inviteAfter, code, message, circleAfter) => {
      const repo = fakeRepository({ circle: buildCircle(), invite: buildInvite(), joinFails: failed, inviteAfter, circleAfter });

      await expect(serviceWith(repo).join(caller, { code: '7KQ2MXW9RD' })).rejects.toMatchObject({ code, message });
    });

    it.each([
      ['a full circle', { circle: buildCircle({ memberCount: 3 }) }, 'CONFLICT', 'This circle is full'],
      ['a member joining twice', { membership: buildMembership() }, 'CONFLICT', 'You are already a member of this circle'],
      ['a removed member', { membership: buildMembership({ status: 'REMOVED' }) }, 'FORBIDDEN', 'You were removed from this circle and cannot rejoin it'],
      ['an archived circle', { circle: buildCircle({ archivedAt: NOW.toISOString() }) }, 'NOT_FOUND', 'Circle not found'],
      ['an expired invite', { invite: buildInvite({ expiresAt: NOW.toISOString() }) }, 'CONFLICT', 'This invite code has expired; ask for a new one'],
    ])('refuses %s before writing anything', async (_name, overrides, code, message) => {
      const repo = fakeRepository({ circle: buildCircle(), invite: buildInvite(), ...overrides });

      await expect(serviceWith(repo).join(caller, { code: '7KQ2MXW9RD' })).rejects.toMatchObject({ code, message });
      expect(repo.join).not.toHaveBeenCalled();
    });

    it('refuses something that is not a code without a lookup', async () => {
      const repo = fakeRepository({ invite: buildInvite() });

      await expect(serviceWith(repo).join(caller, { code: 'not a code' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
      expect(repo.findInviteByCode).not.toHaveBeenCalled();
    });
  });

  describe('leave', () => {
    it.each([
      ['a member leaves', CircleRole.MEMBER, 3, 'leave'],
      ['a moderator leaves', CircleRole.MODERATOR, 3, 'leave'],
      ['the owner as the last member archives the circle', CircleRole.OWNER, 1, 'leaveAndArchive'],
    ] as const)('%s', async (_name, role, memberCount, method) => {
      const repo = fakeRepository({ circle: buildCircle({ memberCount }), membership: buildMembership({ role }), invite: buildInvite() });

      await expect(serviceWith(repo).leave(caller, CIRCLE_ID)).resolves.toBe(CIRCLE_ID);
      expect(repo[method]).toHaveBeenCalledTimes(1);
    });

    it('refuses the owner while others remain', async () => {
      const repo = fakeRepository({ circle: buildCircle({ memberCount: 2 }), membership: buildMembership({ role: CircleRole.OWNER }), invite: buildInvite() });

      await expect(serviceWith(repo).leave(caller, CIRCLE_ID)).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Transfer ownership to another member before leaving the circle',
      });
      expect(repo.leave).not.toHaveBeenCalled();
      expect(repo.leaveAndArchive).not.toHaveBeenCalled();
    });
  });
});
