import type { Caller } from '../shared/auth/caller';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { newId } from '../shared/ids';
import { inOrder } from '../shared/together';
import { pageSize, toConnection, type ConnectionShape } from '../shared/pagination';
import { CircleRole, InviteStatus } from './circle.enums';
import type { CreateCircleInviteInput, JoinCircleInput } from './circle.input';
import { displayInviteCode, INVITE_LIMITS, INVITE_REFUSALS, inviteKeepUntil, inviteStatus, newInviteCode, parseInviteCode } from './circle.invite-code';
import { assertCan, CircleAction } from './circle.permissions';
import type { InviteRecord, MembershipRecord } from './circle.record';
import type { Circle, CircleAccess, CircleInvite } from './circle.type';
import { checkId, CircleServiceBase, ROSTER_ATTEMPTS, toCircle, type PageArgs } from './circle-service.shared';

const HOUR_MS = 3_600_000;

function toInvite(record: InviteRecord, now: Date): CircleInvite {
  return {
    id: record.id,
    code: displayInviteCode(record.code),
    status: inviteStatus(record, now),
    maxUses: record.maxUses,
    uses: record.uses,
    expiresAt: new Date(record.expiresAt),
    revokedAt: record.revokedAt ? new Date(record.revokedAt) : null,
    createdAt: new Date(record.createdAt),
  };
}

/** Invites: creating, listing and revoking them, and joining a circle with one. */
export class CircleInviteService extends CircleServiceBase {
  async createInvite(caller: Caller, input: CreateCircleInviteInput): Promise<CircleInvite> {
    const m = await this.membership(caller, input.circleId, CircleAction.MANAGE_INVITES);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? INVITE_LIMITS.defaultExpiryHours) * HOUR_MS);
    const invite: InviteRecord = {
      circleId: input.circleId,
      id: newId(now),
      code: newInviteCode(),
      maxUses: input.maxUses ?? INVITE_LIMITS.defaultMaxUses,
      uses: 0,
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
      createdByMemberId: m.memberId,
      circle: m.circle,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.repo.createInvite(invite, caller.sub, inviteKeepUntil(expiresAt), this.clock.now());
    return toInvite(invite, now);
  }

  async invites(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CircleInvite>> {
    assertCan(access.role, CircleAction.MANAGE_INVITES);
    const page = await this.repo.invitesPage(access.circleId, pageSize(args.first), args.after);
    const now = this.clock.now();
    return toConnection({ ...page, items: page.items.map((invite) => toInvite(invite, now)) });
  }

  async revokeInvite(caller: Caller, circleId: string, inviteId: string): Promise<CircleInvite> {
    await this.membership(caller, circleId, CircleAction.MANAGE_INVITES);
    checkId(inviteId, 'Invite');
    const now = this.clock.now();
    return toInvite(await this.repo.revokeInvite(circleId, inviteId, now), now);
  }

  async join(caller: Caller, input: JoinCircleInput): Promise<Circle> {
    const code = parseInviteCode(input.code);
    if (!code) throw new BadUserInputError('code', 'An invite code is 10 letters and digits, like 7KQ2M-XW9RD');
    // The guess count is read alongside the lookup: a member over it learns nothing from the lookup.
    const now = this.clock.now();
    const [invite] = await Promise.all([this.repo.findInviteByCode(code), this.repo.refuseCodeGuessing(caller.sub, now)]);
    if (!invite) {
      await this.repo.countWrongCode(caller.sub, now);
      throw new NotFoundError('Invite');
    }
    // Another join or a new name landing between our read of the roster and our write moves the roster on: read again and retry.
    for (let attempt = 1; ; attempt++) {
      const joined = await this.joinOnce(caller, input, invite);
      if (joined !== 'roster') return joined;
      if (attempt === ROSTER_ATTEMPTS) throw new ConflictError('Others are joining this circle right now; try again in a moment');
    }
  }

  private async joinOnce(caller: Caller, input: JoinCircleInput, invite: InviteRecord): Promise<Circle | 'roster'> {
    const now = this.clock.now();
    this.checkInviteUsable(invite, now);

    const { circle, membership: existing } = await this.repo.getCircleWithMembership(invite.circleId, caller.sub);
    if (existing?.status === 'ACTIVE') throw new ConflictError('You are already a member of this circle');
    if (existing) throw new ForbiddenError('You were removed from this circle and cannot rejoin it');
    if (!circle || circle.archivedAt) throw new NotFoundError('Circle');
    if (circle.memberCount >= circle.memberCap) throw new ConflictError('This circle is full');

    // The roster is read after the circle: a name that arrives between the two moves the circle's roster on and fails the write.
    // The profile (for the default name) is read beside it, only once the checks above have passed, as it was read before.
    const chosen = input.pseudonym !== undefined && input.pseudonym !== null;
    const [others, profile] = await inOrder(this.repo.activeMembers(circle.id), chosen ? Promise.resolve(undefined) : this.users.ensureProfile(caller));
    const memberId = newId(now);
    const at = now.toISOString();
    const membership: MembershipRecord = {
      circleId: circle.id,
      sub: caller.sub,
      memberId,
      role: CircleRole.MEMBER,
      status: 'ACTIVE',
      pseudonym: await this.pseudonymFor(caller, input.pseudonym, memberId, others, profile),
      circle: { name: circle.name, description: circle.description ?? null, topic: circle.topic ?? null },
      joinedAt: at,
      lastVisitedAt: null,
      // What was posted before joining is there to read, not waiting as unread.
      seenCheckInCount: circle.checkInCount,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const failed = await this.repo.join(membership, invite.id, circle.rosterVersion ?? 0, now);
    if (failed === 'membership') throw new ConflictError('You are already a member of this circle');
    if (failed === 'circle') {
      const { circle: current } = await this.repo.getCircleWithMembership(circle.id, caller.sub);
      if (!current || current.archivedAt) throw new NotFoundError('Circle');
      if (current.memberCount >= current.memberCap) throw new ConflictError('This circle is full');
      return 'roster';
    }
    if (failed === 'invite') {
      const current = await this.repo.getInvite(invite.circleId, invite.id);
      if (current) this.checkInviteUsable(current, now);
      throw new ConflictError('This invite code can no longer be used; ask for a new one');
    }
    return toCircle({ ...circle, memberCount: circle.memberCount + 1 }, membership);
  }

  private checkInviteUsable(invite: InviteRecord, now: Date): void {
    const status = inviteStatus(invite, now);
    if (status !== InviteStatus.ACTIVE) throw new ConflictError(INVITE_REFUSALS[status]);
  }
}
