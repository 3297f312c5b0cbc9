import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { confusable, normalizeName } from '../shared/names';
import { isUlid, newId } from '../shared/ids';
import { pageSize, toConnection, type ConnectionShape } from '../shared/pagination';
import type { SessionService } from '../sessions/session.service';
import type { UserService } from '../users/user.service';
import { CircleRole, InviteStatus, ReactionKind, ReportOutcome, ReportStatus } from './circle.enums';
import { crisisSupport, suggestsCrisis } from './circle.crisis';
import type {
  CircleContentInput,
  CreateCircleInput,
  CreateCircleInviteInput,
  JoinCircleInput,
  PostCheckInInput,
  ReactionInput,
  ReplyToCheckInInput,
  ReportCircleContentInput,
  ResolveCircleReportInput,
  SetCircleMemberRoleInput,
} from './circle.input';
import { CIRCLE_LIMITS } from './circle.input';
import { displayInviteCode, INVITE_LIMITS, INVITE_REFUSALS, inviteKeepUntil, inviteStatus, newInviteCode, parseInviteCode } from './circle.invite-code';
import { assertCan, assertCanRemove, can, CircleAction } from './circle.permissions';
import type { AuthorRecord, CheckInRecord, CircleProfile, CircleRecord, InviteRecord, MembershipRecord, ReplyRecord, ReportRecord } from './circle.record';
import { redactSession } from './circle.redaction';
import type { CircleRepository, ContentRef } from './circle.repository';
import type {
  CheckIn,
  CheckInPreview,
  CheckInReply,
  CheckInThread,
  Circle,
  CircleAccess,
  CircleAuthor,
  CircleInvite,
  CircleLive,
  CircleMember,
  CircleMembership,
  CircleReport,
  CrisisSupport,
  HiddenContent,
  PostCheckInPayload,
  ReplyToCheckInPayload,
} from './circle.type';
import { idempotentRequest } from '../shared/idempotency';

const HOUR_MS = 3_600_000;

type PageArgs = { first?: number | null; after?: string | null };

function accessOf(m: MembershipRecord): CircleAccess {
  return { circleId: m.circleId, sub: m.sub, memberId: m.memberId, role: m.role };
}

function toMember(m: MembershipRecord, viewerMemberId: string): CircleMember {
  return { id: m.memberId, pseudonym: m.pseudonym, role: m.role, joinedAt: new Date(m.joinedAt), isMe: m.memberId === viewerMemberId };
}

function toAuthor(author: AuthorRecord, viewer: CircleAccess): CircleAuthor {
  return { memberId: author.memberId, pseudonym: author.pseudonym, isMe: author.memberId === viewer.memberId };
}

function toCircle(circle: CircleRecord, m: MembershipRecord): Circle {
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

function toCheckIn(record: CheckInRecord, viewer: CircleAccess): CheckIn {
  return {
    id: record.id,
    author: toAuthor(record.author, viewer),
    mood: record.mood ?? null,
    intensity: record.intensity ?? null,
    text: record.text ?? null,
    session: record.session ? { ...record.session } : null,
    postedAt: new Date(record.postedAt),
    reactions: Object.values(ReactionKind).map((kind) => {
      const members = record[`reactions_${kind}`];
      return { kind, count: members?.size ?? 0, reactedByMe: members?.has(viewer.memberId) ?? false };
    }),
    replyCount: Math.max(0, record.replyCount ?? 0),
    hidden: Boolean(record.hiddenAt),
    reportedByMe: record.reportedBy?.has(viewer.memberId) ?? false,
  };
}

function toReply(record: ReplyRecord, viewer: CircleAccess): CheckInReply {
  return {
    id: record.id,
    checkInId: record.checkInId,
    author: toAuthor(record.author, viewer),
    text: record.text,
    postedAt: new Date(record.postedAt),
    hidden: Boolean(record.hiddenAt),
    reportedByMe: record.reportedBy?.has(viewer.memberId) ?? false,
  };
}

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

function toReport(record: ReportRecord, viewer: CircleAccess): CircleReport {
  return {
    id: record.id,
    reason: record.reason,
    note: record.note ?? null,
    status: record.status,
    content: { checkInId: record.checkInId, replyId: record.replyId ?? null },
    contentText: record.contentText ?? null,
    contentAuthor: toAuthor(record.contentAuthor, viewer),
    createdAt: new Date(record.createdAt),
    resolvedAt: record.resolvedAt ? new Date(record.resolvedAt) : null,
    outcome: record.outcome ?? null,
  };
}

/** Trimmed text; blank becomes null. */
function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

function requiredText(value: string | null | undefined, field: string): string {
  const text = cleanText(value);
  if (text === null) throw new BadUserInputError(field, `${field} must not be blank`);
  return text;
}

/** Reads of the roster a join or a new name makes before it gives up to others arriving at the same moment. */
const ROSTER_ATTEMPTS = 5;

function checkId(id: string, what: string): void {
  if (!isUlid(id)) throw new NotFoundError(what);
}

export class CircleService {
  constructor(
    private readonly repo: CircleRepository,
    private readonly sessions: SessionService,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  /** The membership check every circle request starts with: one consistent GetItem. Non-members: NOT_FOUND. */
  private async membership(caller: Caller, circleId: string, action: CircleAction = CircleAction.VIEW): Promise<MembershipRecord> {
    checkId(circleId, 'Circle');
    const m = await this.repo.getMembership(circleId, caller.sub);
    if (!m || m.status !== 'ACTIVE') throw new NotFoundError('Circle');
    assertCan(m.role, action);
    return m;
  }

  /** The circle and the caller's membership in one read; NOT_FOUND unless an active member of a live circle. */
  private async circleWithMembership(caller: Caller, circleId: string): Promise<{ circle: CircleRecord; membership: MembershipRecord }> {
    checkId(circleId, 'Circle');
    const { circle, membership } = await this.repo.getCircleWithMembership(circleId, caller.sub);
    if (!circle || circle.archivedAt || !membership || membership.status !== 'ACTIVE') throw new NotFoundError('Circle');
    return { circle, membership };
  }

  /** An active member of the circle by member id (the caller's own membership already checked). */
  private async target(circleId: string, memberId: string): Promise<MembershipRecord> {
    checkId(memberId, 'Member');
    const target = await this.repo.findMember(circleId, memberId);
    if (!target) throw new NotFoundError('Member');
    return target;
  }

  /**
   * The name a member goes by in a circle: the one they chose (normalized;
   * CONFLICT naming `pseudonym` when another member's name looks the same),
   * or else their display name, or else "Member" and the end of their member
   * id when the display name is unset or looks like a member's already there.
   */
  private async pseudonymFor(caller: Caller, chosen: string | null | undefined, memberId: string, others: readonly MembershipRecord[]): Promise<string> {
    const taken = (name: string) => others.some((m) => m.memberId !== memberId && confusable(name, m.pseudonym));
    if (chosen !== undefined && chosen !== null) {
      const own = normalizeName(chosen, 'pseudonym', CIRCLE_LIMITS.pseudonym);
      if (taken(own)) throw new ConflictError('A member of this circle goes by a name that looks the same; choose another', ['pseudonym']);
      return own;
    }
    const profile = await this.users.ensureProfile(caller);
    // By code point: cutting UTF-16 units could split an emoji and leave half of it.
    const fromProfile = Array.from(profile.displayName ?? '').slice(0, CIRCLE_LIMITS.pseudonym).join('').trim();
    return fromProfile && !taken(fromProfile) ? fromProfile : `Member ${memberId.slice(-4)}`;
  }

  private async support(caller: Caller, posted: 'check-in' | 'reply', text: string | null): Promise<CrisisSupport | null> {
    if (!suggestsCrisis(text)) return null;
    const profile = await this.users.ensureProfile(caller);
    return crisisSupport(posted, profile.country ?? null);
  }

  // Circles and memberships

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
    const actor = await this.membership(caller, input.circleId, CircleAction.SET_ROLES);
    if (input.role === CircleRole.OWNER) throw new BadUserInputError('role', 'Use transferCircleOwnership to make someone the owner');
    const target = await this.target(input.circleId, input.memberId);
    if (target.memberId === actor.memberId) throw new BadUserInputError('memberId', 'The owner keeps their role until they transfer ownership');
    if (target.role === input.role) return toMember(target, actor.memberId);
    const updated = await this.repo.setRole(input.circleId, target.sub, target.role, input.role, this.clock.now());
    return toMember(updated, actor.memberId);
  }

  /** The owner hands the circle to another member and becomes a moderator. */
  async transferOwnership(caller: Caller, circleId: string, memberId: string): Promise<Circle> {
    const actor = await this.membership(caller, circleId, CircleAction.TRANSFER_OWNERSHIP);
    const target = await this.target(circleId, memberId);
    if (target.memberId === actor.memberId) throw new BadUserInputError('memberId', 'You already own this circle');
    await this.repo.transferOwnership(circleId, caller.sub, target, this.clock.now());
    return this.get(caller, circleId);
  }

  async removeMember(caller: Caller, circleId: string, memberId: string): Promise<string> {
    const actor = await this.membership(caller, circleId, CircleAction.REMOVE_MEMBER);
    const target = await this.target(circleId, memberId);
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

  // Invites

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
    const others = await this.repo.activeMembers(circle.id);
    const memberId = newId(now);
    const at = now.toISOString();
    const membership: MembershipRecord = {
      circleId: circle.id,
      sub: caller.sub,
      memberId,
      role: CircleRole.MEMBER,
      status: 'ACTIVE',
      pseudonym: await this.pseudonymFor(caller, input.pseudonym, memberId, others),
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

  // Check-ins, support, replies

  async preview(caller: Caller, circleId: string, sessionId: string): Promise<CheckInPreview> {
    await this.membership(caller, circleId, CircleAction.POST_CHECK_IN);
    const session = await this.sessions.getRecord(caller, sessionId);
    return { sessionId: session.id, version: session.version, summary: redactSession(session, 'sessionId') };
  }

  async postCheckIn(caller: Caller, input: PostCheckInInput): Promise<PostCheckInPayload> {
    const m = await this.membership(caller, input.circleId, CircleAction.POST_CHECK_IN);
    if (!input.mood && !input.fromSession) throw new BadUserInputError(['mood', 'fromSession'], 'Choose a mood, or share one of your sessions');
    const text = cleanText(input.text);
    let summary = null;
    if (input.fromSession) {
      const session = await this.sessions.getRecord(caller, input.fromSession.sessionId);
      if (session.version !== input.fromSession.version) {
        throw new ConflictError('The session changed since you previewed it; preview it again before sharing');
      }
      summary = redactSession(session);
    }
    const now = this.clock.now();
    const at = now.toISOString();
    const record: CheckInRecord = {
      circleId: input.circleId,
      id: newId(now),
      author: { memberId: m.memberId, pseudonym: m.pseudonym },
      mood: input.mood ?? null,
      intensity: input.intensity ?? null,
      text,
      session: summary,
      postedAt: at,
      replyCount: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const { checkIn } = await this.repo.postCheckIn(record, caller.sub, idempotentRequest('postCheckIn', input), now);
    return { checkIn: toCheckIn(checkIn, accessOf(m)), support: await this.support(caller, 'check-in', checkIn.text) };
  }

  /** Newest first; moderators also see hidden check-ins (marked hidden). One Query. */
  async checkIns(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CheckIn>> {
    const page = await this.repo.checkInsPage(access.circleId, can(access.role, CircleAction.MODERATE), pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toCheckIn(record, access)) });
  }

  async thread(access: CircleAccess, checkInId: string): Promise<CheckInThread> {
    checkId(checkInId, 'Check-in');
    const record = await this.repo.getCheckIn(access.circleId, checkInId);
    if (!record || (record.hiddenAt && !can(access.role, CircleAction.MODERATE))) throw new NotFoundError('Check-in');
    return { checkIn: toCheckIn(record, access), access };
  }

  /** The check-in a reply was just posted to, with its new reply count: one consistent GetItem, made only when asked for. */
  async repliedCheckIn(thread: ReplyToCheckInPayload['thread']): Promise<CheckIn> {
    const record = await this.repo.getCheckIn(thread.access.circleId, thread.checkInId);
    if (!record) throw new NotFoundError('Check-in');
    return toCheckIn(record, thread.access);
  }

  /** Oldest first, like a conversation; moderators also see hidden replies. One Query. */
  async replies(thread: CheckInThread, args: PageArgs): Promise<ConnectionShape<CheckInReply>> {
    const { access } = thread;
    const page = await this.repo.repliesPage(access.circleId, thread.checkIn.id, can(access.role, CircleAction.MODERATE), pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toReply(record, access)) });
  }

  /** One of each kind per member per check-in: a second is a CONFLICT. */
  async react(caller: Caller, input: ReactionInput): Promise<CheckIn> {
    const m = await this.membership(caller, input.circleId, CircleAction.REACT);
    checkId(input.checkInId, 'Check-in');
    return toCheckIn(await this.repo.react(input.circleId, input.checkInId, input.kind, m.memberId, caller.sub, this.clock.now()), accessOf(m));
  }

  async unreact(caller: Caller, input: ReactionInput): Promise<CheckIn> {
    const m = await this.membership(caller, input.circleId, CircleAction.REACT);
    checkId(input.checkInId, 'Check-in');
    return toCheckIn(await this.repo.unreact(input.circleId, input.checkInId, input.kind, m.memberId, this.clock.now()), accessOf(m));
  }

  async reply(caller: Caller, input: ReplyToCheckInInput): Promise<ReplyToCheckInPayload> {
    const m = await this.membership(caller, input.circleId, CircleAction.REPLY);
    checkId(input.checkInId, 'Check-in');
    const text = requiredText(input.text, 'text');
    const now = this.clock.now();
    const at = now.toISOString();
    const record: ReplyRecord = {
      circleId: input.circleId,
      checkInId: input.checkInId,
      id: newId(now),
      author: { memberId: m.memberId, pseudonym: m.pseudonym },
      text,
      postedAt: at,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const { reply } = await this.repo.postReply(record, caller.sub, idempotentRequest('replyToCheckIn', input), now);
    return { reply: toReply(reply, accessOf(m)), support: await this.support(caller, 'reply', reply.text), thread: { access: accessOf(m), checkInId: input.checkInId } };
  }

  // Safety: reports and moderation

  private contentRef(input: CircleContentInput): ContentRef {
    checkId(input.checkInId, 'Check-in');
    if (input.replyId) checkId(input.replyId, 'Reply');
    return { checkInId: input.checkInId, replyId: input.replyId ?? null };
  }

  /** A member reports a check-in or reply, once; the report is anonymous. Answers the report id. */
  async report(caller: Caller, input: ReportCircleContentInput): Promise<string> {
    const m = await this.membership(caller, input.circleId, CircleAction.REPORT);
    const ref = this.contentRef(input);
    const what = ref.replyId ? 'Reply' : 'Check-in';
    const content = ref.replyId
      ? await this.repo.getReply(input.circleId, ref.checkInId, ref.replyId)
      : await this.repo.getCheckIn(input.circleId, ref.checkInId);
    if (!content) throw new NotFoundError(what);
    if (content.hiddenAt) {
      if (can(m.role, CircleAction.MODERATE)) throw new ConflictError('This is already hidden');
      throw new NotFoundError(what);
    }
    if (content.author.memberId === m.memberId) throw new BadUserInputError(ref.replyId ? 'replyId' : 'checkInId', 'You cannot report what you wrote yourself');
    if (content.reportedBy?.has(m.memberId)) throw new ConflictError('You have already reported this');
    const now = this.clock.now();
    const at = now.toISOString();
    const report: ReportRecord = {
      circleId: input.circleId,
      id: newId(now),
      reason: input.reason,
      note: cleanText(input.note),
      status: ReportStatus.OPEN,
      checkInId: ref.checkInId,
      replyId: ref.replyId,
      contentText: content.text ?? null,
      contentAuthor: content.author,
      reporterMemberId: m.memberId,
      resolvedAt: null,
      resolvedByMemberId: null,
      outcome: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    await this.repo.report(report, caller.sub, now);
    return report.id;
  }

  async openReports(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CircleReport>> {
    assertCan(access.role, CircleAction.MODERATE);
    const page = await this.repo.openReportsPage(access.circleId, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toReport(record, access)) });
  }

  async hide(caller: Caller, input: CircleContentInput): Promise<HiddenContent> {
    const m = await this.membership(caller, input.circleId, CircleAction.MODERATE);
    const ref = this.contentRef(input);
    const hiddenAt = await this.repo.hide(input.circleId, ref, m.memberId, this.clock.now());
    return { content: ref, hiddenAt: new Date(hiddenAt) };
  }

  async resolveReport(caller: Caller, input: ResolveCircleReportInput): Promise<CircleReport> {
    const m = await this.membership(caller, input.circleId, CircleAction.MODERATE);
    checkId(input.reportId, 'Report');
    const report = await this.repo.getReport(input.circleId, input.reportId);
    if (!report) throw new NotFoundError('Report');
    if (report.status !== ReportStatus.OPEN) throw new ConflictError('This report is already resolved');
    const now = this.clock.now();
    if (input.outcome === ReportOutcome.CONTENT_HIDDEN) {
      await this.repo.hide(input.circleId, { checkInId: report.checkInId, replyId: report.replyId ?? null }, m.memberId, now);
    }
    const resolved = await this.repo.resolveReport(input.circleId, input.reportId, input.outcome, m.memberId, now);
    return toReport(resolved, accessOf(m));
  }
}
