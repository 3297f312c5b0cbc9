import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isTransactionConditionFailed } from '../shared/db/conditions';
import { rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import { createOnce } from '../shared/db/create-once';
import type { IdempotentRequest } from '../shared/idempotency';
import { fromItem } from '../shared/db/items';
import type { CircleRole, ReactionKind, ReportOutcome } from './circle.enums';
import { circleKey, membershipKey } from './circle.keys';
import type { CheckInRecord, CircleRecord, InviteRecord, MembershipRecord, ReplyRecord, ReportRecord } from './circle.record';
import { DynamoCircleFeedRepository, type CircleFeedRepository } from './circle-feed.repository';
import { DynamoCircleInviteRepository, type CircleInviteRepository } from './circle-invite.repository';
import { DynamoCircleMembershipRepository, type CircleMembershipRepository, type JoinFailure } from './circle-membership.repository';
import { DynamoCircleModerationRepository, type CircleModerationRepository, type ContentRef } from './circle-moderation.repository';
import { CircleTable } from './circle-table.repository';
import { membershipItem } from './circle-transactions.repository';
import { ENTITY } from '../shared/db/keys';

// The circles storage API callers see: the circle itself here, each other aggregate in its own repository module.
export type { CircleFeedRepository, CircleInviteRepository, CircleMembershipRepository, CircleModerationRepository, ContentRef, JoinFailure };

export interface CircleRepository extends CircleMembershipRepository, CircleInviteRepository, CircleFeedRepository, CircleModerationRepository {
  createCircle(
    circle: CircleRecord,
    owner: MembershipRecord,
    idempotency: IdempotentRequest | null,
    now: Date,
  ): Promise<{ circle: CircleRecord; created: boolean }>;
  /** Consistent reads of a circle and the caller's membership in one call. */
  getCircleWithMembership(circleId: string, sub: string): Promise<{ circle?: CircleRecord; membership?: MembershipRecord }>;
  getCircles(circleIds: string[]): Promise<Map<string, CircleRecord>>;
}

/** Writes and reads circles; hands every other aggregate's call to its repository, one instance each on the same table. */
export class DynamoCircleRepository extends CircleTable implements CircleRepository {
  private readonly memberships: DynamoCircleMembershipRepository;
  private readonly invites: DynamoCircleInviteRepository;
  private readonly feed: DynamoCircleFeedRepository;
  private readonly moderation: DynamoCircleModerationRepository;

  constructor(client: DynamoDBDocumentClient, table: string) {
    super(client, table);
    this.memberships = new DynamoCircleMembershipRepository(client, table);
    this.invites = new DynamoCircleInviteRepository(client, table);
    this.feed = new DynamoCircleFeedRepository(client, table);
    this.moderation = new DynamoCircleModerationRepository(client, table);
  }

  async createCircle(circle: CircleRecord, owner: MembershipRecord, idempotency: IdempotentRequest | null, now: Date) {
    try {
      const { item, created } = await createOnce({
        client: this.client,
        table: this.table,
        sub: owner.sub,
        item: { ...circle, ...circleKey(circle.id), entity: ENTITY.Circle },
        idempotency,
        now,
        together: [
          { Put: { TableName: this.table, Item: membershipItem(owner), ConditionExpression: 'attribute_not_exists(PK)' } },
          accountOpen(this.table, owner.sub),
          rateLimitUpdate(this.table, owner.sub, 'circle', now),
        ],
      });
      return { circle: fromItem<CircleRecord>(item), created };
    } catch (error) {
      refuseIfAccountClosed(error, 2);
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(3)) throw rateLimited('circle', now);
      throw error;
    }
  }

  async getCircleWithMembership(circleId: string, sub: string) {
    const items = await this.batchGet([circleKey(circleId), membershipKey(circleId, sub)]);
    const circle = items.find((item) => item.entity === ENTITY.Circle);
    const membership = items.find((item) => item.entity === ENTITY.CircleMembership);
    return {
      circle: circle ? fromItem<CircleRecord>(circle) : undefined,
      membership: membership ? fromItem<MembershipRecord>(membership) : undefined,
    };
  }

  async getCircles(circleIds: string[]) {
    const items = await this.batchGet([...new Set(circleIds)].map(circleKey));
    const circles = new Map<string, CircleRecord>();
    for (const item of items) if (item.entity === ENTITY.Circle) circles.set(item.id as string, fromItem<CircleRecord>(item));
    return circles;
  }

  // Memberships

  getMembership(circleId: string, sub: string) {
    return this.memberships.getMembership(circleId, sub);
  }
  membershipsPage(sub: string, first: number, after?: string | null) {
    return this.memberships.membershipsPage(sub, first, after);
  }
  membersPage(circleId: string, first: number, after?: string | null) {
    return this.memberships.membersPage(circleId, first, after);
  }
  findMember(circleId: string, memberId: string) {
    return this.memberships.findMember(circleId, memberId);
  }
  activeMembers(circleId: string) {
    return this.memberships.activeMembers(circleId);
  }
  setPseudonym(circleId: string, sub: string, pseudonym: string, rosterSeen: number, now: Date) {
    return this.memberships.setPseudonym(circleId, sub, pseudonym, rosterSeen, now);
  }
  setRole(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date) {
    return this.memberships.setRole(circleId, sub, from, to, now);
  }
  transferOwnership(circleId: string, ownerSub: string, target: MembershipRecord, now: Date) {
    return this.memberships.transferOwnership(circleId, ownerSub, target, now);
  }
  removeMember(circleId: string, target: MembershipRecord, now: Date) {
    return this.memberships.removeMember(circleId, target, now);
  }
  leave(circleId: string, membership: MembershipRecord, now: Date) {
    return this.memberships.leave(circleId, membership, now);
  }
  leaveAndArchive(circleId: string, membership: MembershipRecord, now: Date) {
    return this.memberships.leaveAndArchive(circleId, membership, now);
  }
  markVisited(circleId: string, sub: string, seenCheckInCount: number, now: Date) {
    return this.memberships.markVisited(circleId, sub, seenCheckInCount, now);
  }
  join(membership: MembershipRecord, inviteId: string, rosterSeen: number, now: Date) {
    return this.memberships.join(membership, inviteId, rosterSeen, now);
  }

  // Invites

  createInvite(invite: InviteRecord, creatorSub: string, keepUntil: Date, now: Date) {
    return this.invites.createInvite(invite, creatorSub, keepUntil, now);
  }
  getInvite(circleId: string, inviteId: string) {
    return this.invites.getInvite(circleId, inviteId);
  }
  findInviteByCode(code: string) {
    return this.invites.findInviteByCode(code);
  }
  invitesPage(circleId: string, first: number, after?: string | null) {
    return this.invites.invitesPage(circleId, first, after);
  }
  revokeInvite(circleId: string, inviteId: string, now: Date) {
    return this.invites.revokeInvite(circleId, inviteId, now);
  }
  refuseCodeGuessing(sub: string, now: Date) {
    return this.invites.refuseCodeGuessing(sub, now);
  }
  countWrongCode(sub: string, now: Date) {
    return this.invites.countWrongCode(sub, now);
  }

  // Check-ins, reactions, replies

  postCheckIn(checkIn: CheckInRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    return this.feed.postCheckIn(checkIn, authorSub, idempotency, now);
  }
  getCheckIn(circleId: string, checkInId: string) {
    return this.feed.getCheckIn(circleId, checkInId);
  }
  checkInsPage(circleId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.feed.checkInsPage(circleId, includeHidden, first, after);
  }
  getMembershipWithCheckIn(circleId: string, sub: string, checkInId: string | null) {
    return this.feed.getMembershipWithCheckIn(circleId, sub, checkInId);
  }
  react(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, reactorSub: string, now: Date) {
    return this.feed.react(circleId, checkInId, kind, memberId, reactorSub, now);
  }
  unreact(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date) {
    return this.feed.unreact(circleId, checkInId, kind, memberId, now);
  }
  postReply(reply: ReplyRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    return this.feed.postReply(reply, authorSub, idempotency, now);
  }
  getReply(circleId: string, checkInId: string, replyId: string) {
    return this.feed.getReply(circleId, checkInId, replyId);
  }
  repliesPage(circleId: string, checkInId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.feed.repliesPage(circleId, checkInId, includeHidden, first, after);
  }

  // Reports and moderation

  report(report: ReportRecord, reporterSub: string, now: Date) {
    return this.moderation.report(report, reporterSub, now);
  }
  getMembershipWithContent(circleId: string, sub: string, content: ContentRef | null) {
    return this.moderation.getMembershipWithContent(circleId, sub, content);
  }
  getMembershipWithReport(circleId: string, sub: string, reportId: string | null) {
    return this.moderation.getMembershipWithReport(circleId, sub, reportId);
  }
  getReport(circleId: string, reportId: string) {
    return this.moderation.getReport(circleId, reportId);
  }
  openReportsPage(circleId: string, first: number, after?: string | null) {
    return this.moderation.openReportsPage(circleId, first, after);
  }
  hide(circleId: string, content: ContentRef, byMemberId: string, now: Date) {
    return this.moderation.hide(circleId, content, byMemberId, now);
  }
  resolveReport(circleId: string, reportId: string, outcome: ReportOutcome, byMemberId: string, now: Date) {
    return this.moderation.resolveReport(circleId, reportId, outcome, byMemberId, now);
  }
}
