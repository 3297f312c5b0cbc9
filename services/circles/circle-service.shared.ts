import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { ConflictError, NotFoundError } from '../shared/errors';
import { confusable, normalizeName } from '../shared/names';
import { isUlid } from '../shared/ids';
import type { SessionService } from '../sessions/session.service';
import type { UserService } from '../users/user.service';
import { CIRCLE_LIMITS } from './circle.input';
import { assertCan, CircleAction } from './circle.permissions';
import type { AuthorRecord, CircleRecord, MembershipRecord } from './circle.record';
import type { CircleRepository } from './circle.repository';
import type { Circle, CircleAccess, CircleAuthor, CircleMember } from './circle.type';

// What the circle services (memberships, invites, feed, moderation) share: the membership checks every request
// starts with, member names, and the mappers more than one of them answers with.

export type PageArgs = { first?: number | null; after?: string | null };

export function accessOf(m: MembershipRecord): CircleAccess {
  return { circleId: m.circleId, sub: m.sub, memberId: m.memberId, role: m.role };
}

export function toMember(m: MembershipRecord, viewerMemberId: string): CircleMember {
  return { id: m.memberId, pseudonym: m.pseudonym, role: m.role, joinedAt: new Date(m.joinedAt), isMe: m.memberId === viewerMemberId };
}

export function toAuthor(author: AuthorRecord, viewer: CircleAccess): CircleAuthor {
  return { memberId: author.memberId, pseudonym: author.pseudonym, isMe: author.memberId === viewer.memberId };
}

export function toCircle(circle: CircleRecord, m: MembershipRecord): Circle {
  return {
    id: circle.id,
    name: circle.name,
    description: circle.description ?? null,
    topic: circle.topic ?? null,
    memberCap: circle.memberCap,
    memberCount: circle.memberCount,
    lastCheckInAt: circle.lastCheckInAt ? new Date(circle.lastCheckInAt) : null,
    unreadCount: Math.max(0, circle.checkInCount - m.seenCheckInCount),
    me: toMember(m, m.memberId),
    createdAt: new Date(circle.createdAt),
    access: accessOf(m),
  };
}

/** Trimmed text; blank becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/** Reads of the roster a join or a new name makes before it gives up to others arriving at the same moment. */
export const ROSTER_ATTEMPTS = 5;

export function checkId(id: string, what: string): void {
  if (!isUlid(id)) throw new NotFoundError(what);
}

/** The dependencies of every circle service, and the checks and names they share. */
export abstract class CircleServiceBase {
  constructor(
    protected readonly repo: CircleRepository,
    protected readonly sessions: SessionService,
    protected readonly users: UserService,
    protected readonly clock: Clock,
  ) {}

  /** The membership check every circle request starts with: one consistent GetItem. Non-members: NOT_FOUND. */
  protected async membership(caller: Caller, circleId: string, action: CircleAction = CircleAction.VIEW): Promise<MembershipRecord> {
    checkId(circleId, 'Circle');
    return this.activeMember(await this.repo.getMembership(circleId, caller.sub), action);
  }

  /** A membership read some other way, checked as `membership` checks it. */
  protected activeMember(m: MembershipRecord | undefined, action: CircleAction): MembershipRecord {
    if (!m || m.status !== 'ACTIVE') throw new NotFoundError('Circle');
    assertCan(m.role, action);
    return m;
  }

  /** The circle and the caller's membership in one read; NOT_FOUND unless an active member of a live circle. */
  protected async circleWithMembership(caller: Caller, circleId: string): Promise<{ circle: CircleRecord; membership: MembershipRecord }> {
    checkId(circleId, 'Circle');
    const { circle, membership } = await this.repo.getCircleWithMembership(circleId, caller.sub);
    if (!circle || circle.archivedAt || !membership || membership.status !== 'ACTIVE') throw new NotFoundError('Circle');
    return { circle, membership };
  }

  /**
   * The name a member goes by in a circle: the one they chose (normalized;
   * CONFLICT naming `pseudonym` when another member's name looks the same),
   * or else their display name, or else "Member" and the end of their member
   * id when the display name is unset or looks like a member's already there.
   */
  protected async pseudonymFor(
    caller: Caller,
    chosen: string | null | undefined,
    memberId: string,
    others: readonly MembershipRecord[],
    // The profile when the caller has already read it (beside another read), so it is not read twice.
    read?: { displayName?: string | null },
  ): Promise<string> {
    const taken = (name: string) => others.some((m) => m.memberId !== memberId && confusable(name, m.pseudonym));
    if (chosen !== undefined && chosen !== null) {
      const own = normalizeName(chosen, 'pseudonym', CIRCLE_LIMITS.pseudonym);
      if (taken(own)) throw new ConflictError('A member of this circle goes by a name that looks the same; choose another', ['pseudonym']);
      return own;
    }
    const profile = read ?? (await this.users.ensureProfile(caller));
    // By code point: cutting UTF-16 units could split an emoji and leave half of it.
    const fromProfile = Array.from(profile.displayName ?? '')
      .slice(0, CIRCLE_LIMITS.pseudonym)
      .join('')
      .trim();
    return fromProfile && !taken(fromProfile) ? fromProfile : `Member ${memberId.slice(-4)}`;
  }
}
