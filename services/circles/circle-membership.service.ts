import type { Caller } from '../shared/auth/caller';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { normalizeName } from '../shared/names';
import { isUlid, newId } from '../shared/ids';
import { pageSize, toConnection, type ConnectionShape } from '../shared/pagination';
import { CircleRole } from './circle.enums';
import type { CreateCircleInput, SetCircleMemberRoleInput } from './circle.input';
import { CIRCLE_LIMITS } from './circle.input';
import { assertCan, assertCanRemove, CircleAction } from './circle.permissions';
import type { CircleProfile, CircleRecord, MembershipRecord } from './circle.record';
import type { Circle, CircleAccess, CircleLive, CircleMember, CircleMembership } from './circle.type';
import { idempotentRequest } from '../shared/idempotency';
import { inOrder } from '../shared/together';
import { checkId, CircleServiceBase, cleanText, ROSTER_ATTEMPTS, toCircle, toMember, type PageArgs } from './circle-service.shared';

function toMembership(m: MembershipRecord, live: () => Promise<CircleLive | undefined>): CircleMembership {
  return {
    id: m.memberId,
    circleId: m.circleId,
    name: m.circle.name,
    description: m.circle.description ?? null,
    topic: m.circle.topic ?? null,
    me: toMember(m, m.memberId),
    lastVisitedAt: m.lastVisitedAt ? new Date(m.lastVisitedAt) : null,
    seenCheckInCount: m.seenCheckInCount,
    live,
  };
}

/** Circles and memberships: creating a circle, the caller's circles, names, roles, removal and leaving. */
export class CircleMembershipService extends CircleServiceBase {
  /**
   * The caller's membership (checked for `action`) and an active member of the circle by member id, read side by side:
   * the member lookup does not depend on the caller's row, so the two cost one round trip. The caller is checked
   * first, so a non-member still learns nothing about the member id.
   */
  private async actorAndTarget(
    caller: Caller,
    circleId: string,
    memberId: string,
    action: CircleAction,
  ): Promise<{ actor: MembershipRecord; target: MembershipRecord }> {
    checkId(circleId, 'Circle');
    const lookup = isUlid(memberId) ? this.repo.findMember(circleId, memberId) : Promise.resolve(undefined);
    const [actor, target] = await inOrder(this.membership(caller, circleId, action), lookup);
    checkId(memberId, 'Member');
    if (!target) throw new NotFoundError('Member');
    return { actor, target };
  }

  async create(caller: Caller, input: CreateCircleInput): Promise<Circle> {
    const now = this.clock.now();
    const at = now.toISOString();
    const profile: CircleProfile = {
      name: normalizeName(input.name, 'name', CIRCLE_LIMITS.name),
      description: cleanText(input.description),
      topic: cleanText(input.topic),
    };
    const circleId = newId(now);
    const memberId = newId(now);
    const circle: CircleRecord = {
      id: circleId,
      ...profile,
      memberCap: input.memberCap ?? CIRCLE_LIMITS.defaultMemberCap,
      memberCount: 1,
      checkInCount: 0,
      lastCheckInAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const owner: MembershipRecord = {
      circleId,
      sub: caller.sub,
      memberId,
      role: CircleRole.OWNER,
      status: 'ACTIVE',
      pseudonym: await this.pseudonymFor(caller, input.pseudonym, memberId, []),
      circle: profile,
      joinedAt: at,
      lastVisitedAt: null,
      seenCheckInCount: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const { circle: stored, created } = await this.repo.createCircle(circle, owner, idempotentRequest('createCircle', input), now);
    return created ? toCircle(stored, owner) : this.get(caller, stored.id);
  }

  async get(caller: Caller, circleId: string): Promise<Circle> {
    const { circle, membership } = await this.circleWithMembership(caller, circleId);
    return toCircle(circle, membership);
  }

  /** One Query; the live figures (unread, member count) cost one BatchGetItem for the whole page, only when asked for. */
  async myCircles(caller: Caller, args: PageArgs): Promise<ConnectionShape<CircleMembership>> {
    const page = await this.repo.membershipsPage(caller.sub, pageSize(args.first), args.after);
    let loading: Promise<Map<string, CircleRecord>> | undefined;
    const items = page.items.map((m) =>
      toMembership(m, async () => {
        loading ??= this.repo.getCircles(page.items.map((item) => item.circleId));
        return (await loading).get(m.circleId);
      }),
    );
    return toConnection({ ...page, items });
  }

  /** The live figures of one of `myCircles` (loaded for the whole page at once). */
  async liveFigures(membership: CircleMembership): Promise<{ unreadCount: number; memberCount: number; lastCheckInAt: Date | null }> {
    const live = await membership.live();
    return {
      unreadCount: live ? Math.max(0, live.checkInCount - membership.seenCheckInCount) : 0,
      memberCount: live?.memberCount ?? 0,
      lastCheckInAt: live?.lastCheckInAt ? new Date(live.lastCheckInAt) : null,
    };
  }

  async markVisited(caller: Caller, circleId: string): Promise<CircleMembership> {
    const { circle, membership } = await this.circleWithMembership(caller, circleId);
    const updated = await this.repo.markVisited(circleId, caller.sub, circle.checkInCount, this.clock.now());
    return toMembership(updated ?? membership, async () => circle);
  }

  /** A new name in one circle; never a look-alike of another member's (the roster is read, then written only if unchanged). */
  async setPseudonym(caller: Caller, circleId: string, pseudonym: string, attempt = 1): Promise<CircleMember> {
    const name = normalizeName(pseudonym, 'pseudonym', CIRCLE_LIMITS.pseudonym);
    const { circle, membership: m } = await this.circleWithMembership(caller, circleId);
    assertCan(m.role, CircleAction.SET_PSEUDONYM);
    const others = await this.repo.activeMembers(circleId);
    const chosen = await this.pseudonymFor(caller, name, m.memberId, others);
    const now = this.clock.now();
    if ((await this.repo.setPseudonym(circleId, caller.sub, chosen, circle.rosterVersion ?? 0, now)) === 'roster') {
      if (attempt < ROSTER_ATTEMPTS) return this.setPseudonym(caller, circleId, pseudonym, attempt + 1);
      throw new ConflictError('Others in this circle are joining or changing their names right now; try again in a moment');
    }
    return toMember({ ...m, pseudonym: chosen, version: m.version + 1, updatedAt: now.toISOString() }, m.memberId);
  }

  async members(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CircleMember>> {
    const page = await this.repo.membersPage(access.circleId, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((m) => toMember(m, access.memberId)) });
  }

  async setRole(caller: Caller, input: SetCircleMemberRoleInput): Promise<CircleMember> {
    const { actor, target } = await this.actorAndTarget(caller, input.circleId, input.memberId, CircleAction.SET_ROLES);
    if (input.role === CircleRole.OWNER) throw new BadUserInputError('role', 'Use transferCircleOwnership to make someone the owner');
    if (target.memberId === actor.memberId) throw new BadUserInputError('memberId', 'The owner keeps their role until they transfer ownership');
    if (target.role === input.role) return toMember(target, actor.memberId);
    const updated = await this.repo.setRole(input.circleId, target.sub, target.role, input.role, this.clock.now());
    return toMember(updated, actor.memberId);
  }

  /**
   * The owner hands the circle to another member and becomes a moderator. The circle is read with the owner's
   * membership (beside the member lookup) and answered from that read: the transaction changes only the two roles.
   */
  async transferOwnership(caller: Caller, circleId: string, memberId: string): Promise<Circle> {
    checkId(circleId, 'Circle');
    const lookup = isUlid(memberId) ? this.repo.findMember(circleId, memberId) : Promise.resolve(undefined);
    const [{ circle, membership: actor }, target] = await inOrder(this.circleWithMembership(caller, circleId), lookup);
    assertCan(actor.role, CircleAction.TRANSFER_OWNERSHIP);
    checkId(memberId, 'Member');
    if (!target) throw new NotFoundError('Member');
    if (target.memberId === actor.memberId) throw new BadUserInputError('memberId', 'You already own this circle');
    const now = this.clock.now();
    await this.repo.transferOwnership(circleId, caller.sub, target, now);
    return toCircle(circle, { ...actor, role: CircleRole.MODERATOR, version: actor.version + 1, updatedAt: now.toISOString() });
  }

  async removeMember(caller: Caller, circleId: string, memberId: string): Promise<string> {
    const { actor, target } = await this.actorAndTarget(caller, circleId, memberId, CircleAction.REMOVE_MEMBER);
    if (target.memberId === actor.memberId) throw new BadUserInputError('memberId', 'To leave the circle, use leaveCircle');
    assertCanRemove(actor.role, target.role);
    await this.repo.removeMember(circleId, target, this.clock.now());
    return memberId;
  }

  /** Anyone may leave; the owner only once they have transferred ownership, or as the last member (which archives the circle). */
  async leave(caller: Caller, circleId: string): Promise<string> {
    const { circle, membership } = await this.circleWithMembership(caller, circleId);
    const now = this.clock.now();
    if (membership.role !== CircleRole.OWNER) {
      await this.repo.leave(circleId, membership, now);
    } else if (circle.memberCount <= 1) {
      await this.repo.leaveAndArchive(circleId, membership, now);
    } else {
      throw new ForbiddenError('Transfer ownership to another member before leaving the circle');
    }
    return circleId;
  }
}
