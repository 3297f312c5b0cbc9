import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed, retryingConflicts } from '../shared/db/conditions';
import { codeGuesses, consumeRateLimit, rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import { createOnce } from '../shared/db/create-once';
import type { IdempotentRequest } from '../shared/idempotency';
import { fromItem, updateItem } from '../shared/db/items';
import { userPartition } from '../shared/db/keys';
import { queryPage, type Page } from '../shared/db/query-page';
import { TTL_ATTRIBUTE } from '../shared/db/table.definition';
import { ConflictError, NotFoundError } from '../shared/errors';
import { CircleRole, type ReactionKind, ReportStatus, type ReportOutcome } from './circle.enums';
import {
  checkInKey,
  checkInsRange,
  circleKey,
  circlePartition,
  formerMembershipKey,
  inviteCodeIndexKeys,
  inviteCodePartition,
  inviteKey,
  invitesRange,
  membersRange,
  membershipIndexKeys,
  membershipKey,
  myCirclesRange,
  openReportIndexKeys,
  openReportsRange,
  repliesRange,
  replyKey,
  reportKey,
  type Key,
} from './circle.keys';
import type { CheckInRecord, CircleRecord, FormerMembershipRecord, InviteRecord, MembershipRecord, ReplyRecord, ReportRecord } from './circle.record';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Which part of a join did not hold: the caller's membership, the circle (full or archived) or the invite. */
export type JoinFailure = 'membership' | 'circle' | 'invite';

/** A content item of a check-in thread: the check-in itself or one of its replies. */
export interface ContentRef {
  checkInId: string;
  replyId: string | null;
}

export interface CircleRepository {
  createCircle(circle: CircleRecord, owner: MembershipRecord, idempotency: IdempotentRequest | null, now: Date): Promise<{ circle: CircleRecord; created: boolean }>;
  /** Consistent read of one membership (the per-request membership check). */
  getMembership(circleId: string, sub: string): Promise<MembershipRecord | undefined>;
  /** Consistent reads of a circle and the caller's membership in one call. */
  getCircleWithMembership(circleId: string, sub: string): Promise<{ circle?: CircleRecord; membership?: MembershipRecord }>;
  getCircles(circleIds: string[]): Promise<Map<string, CircleRecord>>;
  membershipsPage(sub: string, first: number, after?: string | null): Promise<Page<MembershipRecord>>;
  membersPage(circleId: string, first: number, after?: string | null): Promise<Page<MembershipRecord>>;
  /** An active member by their member id (eventually consistent index read). */
  findMember(circleId: string, memberId: string): Promise<MembershipRecord | undefined>;
  /** Every active member of a circle (a circle holds at most CIRCLE_LIMITS.maxMemberCap). */
  activeMembers(circleId: string): Promise<MembershipRecord[]>;
  /** A new pseudonym, written only while the circle's roster is still at `rosterSeen`; 'roster' when it moved on. */
  setPseudonym(circleId: string, sub: string, pseudonym: string, rosterSeen: number, now: Date): Promise<'roster' | null>;
  setRole(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date): Promise<MembershipRecord>;
  transferOwnership(circleId: string, ownerSub: string, target: MembershipRecord, now: Date): Promise<void>;
  removeMember(circleId: string, target: MembershipRecord, now: Date): Promise<void>;
  leave(circleId: string, membership: MembershipRecord, now: Date): Promise<void>;
  /** The last member leaves: the circle is archived with them. */
  leaveAndArchive(circleId: string, membership: MembershipRecord, now: Date): Promise<void>;
  markVisited(circleId: string, sub: string, seenCheckInCount: number, now: Date): Promise<MembershipRecord | undefined>;

  /** Rate limited per creator. */
  createInvite(invite: InviteRecord, creatorSub: string, keepUntil: Date, now: Date): Promise<void>;
  getInvite(circleId: string, inviteId: string): Promise<InviteRecord | undefined>;
  findInviteByCode(code: string): Promise<InviteRecord | undefined>;
  invitesPage(circleId: string, first: number, after?: string | null): Promise<Page<InviteRecord>>;
  revokeInvite(circleId: string, inviteId: string, now: Date): Promise<InviteRecord>;
  /** Membership put + seat taken + invite use, all or nothing; says which part refused. */
  join(membership: MembershipRecord, inviteId: string, rosterSeen: number, now: Date): Promise<JoinFailure | null>;

  postCheckIn(checkIn: CheckInRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date): Promise<{ checkIn: CheckInRecord; created: boolean }>;
  getCheckIn(circleId: string, checkInId: string): Promise<CheckInRecord | undefined>;
  checkInsPage(circleId: string, includeHidden: boolean, first: number, after?: string | null): Promise<Page<CheckInRecord>>;
  /** Rate limited per reacting member. */
  react(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, reactorSub: string, now: Date): Promise<CheckInRecord>;
  unreact(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date): Promise<CheckInRecord>;

  postReply(reply: ReplyRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date): Promise<{ reply: ReplyRecord; created: boolean }>;
  getReply(circleId: string, checkInId: string, replyId: string): Promise<ReplyRecord | undefined>;
  repliesPage(circleId: string, checkInId: string, includeHidden: boolean, first: number, after?: string | null): Promise<Page<ReplyRecord>>;

  report(report: ReportRecord, reporterSub: string, now: Date): Promise<void>;
  /** RATE_LIMITED while the member has tried too many wrong codes this hour (one read). */
  refuseCodeGuessing(sub: string, now: Date): Promise<void>;
  /** Counts a wrong code against the member. */
  countWrongCode(sub: string, now: Date): Promise<void>;
  getReport(circleId: string, reportId: string): Promise<ReportRecord | undefined>;
  openReportsPage(circleId: string, first: number, after?: string | null): Promise<Page<ReportRecord>>;
  /** Hides a check-in or reply; hiding hidden content changes nothing. Answers when it was hidden. */
  hide(circleId: string, content: ContentRef, byMemberId: string, now: Date): Promise<string>;
  resolveReport(circleId: string, reportId: string, outcome: ReportOutcome, byMemberId: string, now: Date): Promise<ReportRecord>;
}

function reactionAttribute(kind: ReactionKind): string {
  return `reactions_${kind}`;
}

function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export class DynamoCircleRepository implements CircleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private membershipItem(m: MembershipRecord) {
    return { ...m, ...membershipKey(m.circleId, m.sub), ...membershipIndexKeys(m.circleId, m.sub, m.memberId), entity: 'CircleMembership' };
  }

  /** Written with the end of a membership, so the member's export and deletion still find that member id. */
  private formerMembership(m: MembershipRecord, how: FormerMembershipRecord['status'], now: Date): TransactItem {
    const at = now.toISOString();
    const former: FormerMembershipRecord = { ...m, status: how, endedAt: at, version: 1, createdAt: at, updatedAt: at };
    // One per member id: a second end of the same membership means the caller acted on a stale read.
    return { Put: { TableName: this.table, Item: { ...former, ...formerMembershipKey(m.sub, m.memberId), entity: 'FormerMembership' }, ConditionExpression: 'attribute_not_exists(PK)' } };
  }

  private async get<T>(key: Key, entity: string, consistent = false): Promise<T | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: consistent }));
    return result.Item?.entity === entity ? fromItem<T>(result.Item) : undefined;
  }

  private async transact(items: TransactItem[]): Promise<void> {
    await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
  }

  private async page<T>(q: { partition: string; index?: 'GSI1' | 'GSI2'; range: { from: string; to: string }; first: number; after?: string | null; newestFirst: boolean; visibleOnly?: boolean }): Promise<Page<T>> {
    const filter = q.visibleOnly ? { expression: 'attribute_not_exists(#hiddenAt)', names: { '#hiddenAt': 'hiddenAt' }, values: {} } : undefined;
    const page = await queryPage({ client: this.client, table: this.table, ...q, filter });
    return { ...page, items: page.items.map((item) => fromItem<T>(item)) };
  }

  async createCircle(circle: CircleRecord, owner: MembershipRecord, idempotency: IdempotentRequest | null, now: Date) {
    try {
      const { item, created } = await createOnce({
        client: this.client,
        table: this.table,
        sub: owner.sub,
        item: { ...circle, ...circleKey(circle.id), entity: 'Circle' },
        idempotency,
        now,
        together: [
          { Put: { TableName: this.table, Item: this.membershipItem(owner), ConditionExpression: 'attribute_not_exists(PK)' } },
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

  getMembership(circleId: string, sub: string) {
    return this.get<MembershipRecord>(membershipKey(circleId, sub), 'CircleMembership', true);
  }

  async getCircleWithMembership(circleId: string, sub: string) {
    const items = await this.batchGet([circleKey(circleId), membershipKey(circleId, sub)]);
    const circle = items.find((item) => item.entity === 'Circle');
    const membership = items.find((item) => item.entity === 'CircleMembership');
    return {
      circle: circle ? fromItem<CircleRecord>(circle) : undefined,
      membership: membership ? fromItem<MembershipRecord>(membership) : undefined,
    };
  }

  async getCircles(circleIds: string[]) {
    const items = await this.batchGet([...new Set(circleIds)].map(circleKey));
    const circles = new Map<string, CircleRecord>();
    for (const item of items) if (item.entity === 'Circle') circles.set(item.id as string, fromItem<CircleRecord>(item));
    return circles;
  }

  /** One BatchGetItem (at most 100 keys: a page); unprocessed keys, only under throttling, are asked for again. */
  private async batchGet(keys: Key[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending: Record<string, unknown>[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      items.push(...(result.Responses?.[this.table] ?? []));
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    return items;
  }

  membershipsPage(sub: string, first: number, after?: string | null) {
    return this.page<MembershipRecord>({ partition: userPartition(sub), index: 'GSI1', range: myCirclesRange(), first, after, newestFirst: true });
  }

  membersPage(circleId: string, first: number, after?: string | null) {
    return this.page<MembershipRecord>({ partition: circlePartition(circleId), index: 'GSI2', range: membersRange(), first, after, newestFirst: false });
  }

  async findMember(circleId: string, memberId: string) {
    const page = await this.page<MembershipRecord>({ partition: circlePartition(circleId), index: 'GSI2', range: membersRange(memberId), first: 1, newestFirst: false });
    const member = page.items[0];
    return member?.status === 'ACTIVE' ? member : undefined;
  }

  async activeMembers(circleId: string) {
    const members: MembershipRecord[] = [];
    let after: string | null = null;
    do {
      const page: Page<MembershipRecord> = await this.membersPage(circleId, 100, after);
      members.push(...page.items.filter((m) => m.status === 'ACTIVE'));
      after = page.hasNextPage ? (page.cursors[page.cursors.length - 1] ?? null) : null;
    } while (after);
    return members;
  }

  /** The condition and update that move a circle's roster on by one from `rosterSeen`. */
  private rosterStep(rosterSeen: number) {
    return {
      set: '#rosterVersion = :rosterNext',
      condition: rosterSeen === 0 ? 'attribute_not_exists(#rosterVersion)' : '#rosterVersion = :rosterSeen',
      names: { '#rosterVersion': 'rosterVersion' },
      values: { ':rosterNext': rosterSeen + 1, ...(rosterSeen === 0 ? {} : { ':rosterSeen': rosterSeen }) },
    };
  }

  async setPseudonym(circleId: string, sub: string, pseudonym: string, rosterSeen: number, now: Date): Promise<'roster' | null> {
    const at = now.toISOString();
    const roster = this.rosterStep(rosterSeen);
    try {
      await this.transact([
        {
          Update: {
            TableName: this.table,
            Key: membershipKey(circleId, sub),
            UpdateExpression: 'SET #pseudonym = :pseudonym, #updatedAt = :now, #version = #version + :one',
            ConditionExpression: 'attribute_exists(PK) AND #status = :active',
            ExpressionAttributeNames: { '#pseudonym': 'pseudonym', '#updatedAt': 'updatedAt', '#version': 'version', '#status': 'status' },
            ExpressionAttributeValues: { ':pseudonym': pseudonym, ':now': at, ':one': 1, ':active': 'ACTIVE' },
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: circleKey(circleId),
            UpdateExpression: `SET ${roster.set}, #updatedAt = :now`,
            ConditionExpression: `attribute_exists(PK) AND attribute_not_exists(#archivedAt) AND ${roster.condition}`,
            ExpressionAttributeNames: { ...roster.names, '#updatedAt': 'updatedAt', '#archivedAt': 'archivedAt' },
            ExpressionAttributeValues: { ...roster.values, ':now': at },
          },
        },
      ]);
      return null;
    } catch (error) {
      if (!isTransactionConditionFailed(error)) throw error;
      if (failedIndexes(error)[0] === 0) throw new NotFoundError('Circle');
      return 'roster';
    }
  }

  setRole(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date) {
    return updateItem<MembershipRecord>({
      client: this.client,
      table: this.table,
      key: membershipKey(circleId, sub),
      changes: { role: to },
      updatedAt: now.toISOString(),
      condition: { expression: '#status = :active AND #role = :from', names: { '#status': 'status', '#role': 'role' }, values: { ':active': 'ACTIVE', ':from': from } },
      onConditionFailed: (old) => (old ? new ConflictError('This member changed meanwhile; reload and try again') : new NotFoundError('Member')),
    });
  }

  private roleChange(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: membershipKey(circleId, sub),
        UpdateExpression: 'SET #role = :to, #updatedAt = :now, #version = #version + :one',
        ConditionExpression: '#status = :active AND #role = :from',
        ExpressionAttributeNames: { '#role': 'role', '#status': 'status', '#updatedAt': 'updatedAt', '#version': 'version' },
        ExpressionAttributeValues: { ':to': to, ':from': from, ':active': 'ACTIVE', ':now': now.toISOString(), ':one': 1 },
      },
    };
  }

  private memberCountChange(circleId: string, delta: 1 | -1, now: Date, extra: { set?: string; names?: Record<string, string>; values?: Record<string, unknown>; condition?: string } = {}): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: circleKey(circleId),
        UpdateExpression: `SET #memberCount = #memberCount + :delta, #updatedAt = :now, #version = #version + :one${extra.set ? `, ${extra.set}` : ''}`,
        ConditionExpression: ['attribute_exists(PK) AND attribute_not_exists(#archivedAt)', extra.condition].filter(Boolean).join(' AND '),
        ExpressionAttributeNames: { '#memberCount': 'memberCount', '#updatedAt': 'updatedAt', '#version': 'version', '#archivedAt': 'archivedAt', ...extra.names },
        ExpressionAttributeValues: { ':delta': delta, ':now': now.toISOString(), ':one': 1, ...extra.values },
      },
    };
  }

  async transferOwnership(circleId: string, ownerSub: string, target: MembershipRecord, now: Date) {
    try {
      await this.transact([
        this.roleChange(circleId, ownerSub, CircleRole.OWNER, CircleRole.MODERATOR, now),
        this.roleChange(circleId, target.sub, target.role, CircleRole.OWNER, now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Ownership or this member changed meanwhile; reload and try again');
      throw error;
    }
  }

  async removeMember(circleId: string, target: MembershipRecord, now: Date) {
    try {
      await this.transact([
        {
          Update: {
            TableName: this.table,
            Key: membershipKey(circleId, target.sub),
            // Dropping the index keys takes the tombstone out of myCircles and the member list.
            UpdateExpression: 'SET #status = :removed, #updatedAt = :now, #version = #version + :one REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK',
            // The member id too: the target comes from the index, and a member who left and rejoined meanwhile is another membership.
            ConditionExpression: '#status = :active AND #role = :role AND #memberId = :memberId',
            ExpressionAttributeNames: { '#status': 'status', '#role': 'role', '#memberId': 'memberId', '#updatedAt': 'updatedAt', '#version': 'version' },
            ExpressionAttributeValues: { ':removed': 'REMOVED', ':active': 'ACTIVE', ':role': target.role, ':memberId': target.memberId, ':now': now.toISOString(), ':one': 1 },
          },
        },
        this.memberCountChange(circleId, -1, now),
        this.formerMembership(target, 'REMOVED', now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('This member changed or left meanwhile; reload and try again');
      throw error;
    }
  }

  private deleteMembership(m: MembershipRecord): TransactItem {
    return {
      Delete: {
        TableName: this.table,
        Key: membershipKey(m.circleId, m.sub),
        ConditionExpression: '#status = :active AND #role = :role AND #memberId = :memberId',
        ExpressionAttributeNames: { '#status': 'status', '#role': 'role', '#memberId': 'memberId' },
        ExpressionAttributeValues: { ':active': 'ACTIVE', ':role': m.role, ':memberId': m.memberId },
      },
    };
  }

  async leave(circleId: string, membership: MembershipRecord, now: Date) {
    try {
      await this.transact([this.deleteMembership(membership), this.memberCountChange(circleId, -1, now), this.formerMembership(membership, 'LEFT', now)]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Your role in this circle changed meanwhile; reload and try again');
      throw error;
    }
  }

  async leaveAndArchive(circleId: string, membership: MembershipRecord, now: Date) {
    try {
      await this.transact([
        this.deleteMembership(membership),
        this.memberCountChange(circleId, -1, now, { set: '#archivedAt = :now', condition: '#memberCount = :one' }),
        this.formerMembership(membership, 'LEFT', now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Someone joined meanwhile: transfer ownership before leaving');
      throw error;
    }
  }

  async markVisited(circleId: string, sub: string, seenCheckInCount: number, now: Date) {
    const skipped = new Error('visit not recorded');
    try {
      return await updateItem<MembershipRecord>({
        client: this.client,
        table: this.table,
        key: membershipKey(circleId, sub),
        changes: { seenCheckInCount, lastVisitedAt: now.toISOString() },
        updatedAt: now.toISOString(),
        // Never backwards: the member's own post may have counted itself in meanwhile.
        condition: { expression: '#status = :active AND #seen <= :seen', names: { '#status': 'status', '#seen': 'seenCheckInCount' }, values: { ':active': 'ACTIVE', ':seen': seenCheckInCount } },
        onConditionFailed: () => skipped,
      });
    } catch (error) {
      // Removed meanwhile, or already further along: nothing to record.
      if (error === skipped) return undefined;
      throw error;
    }
  }

  /** One transaction: the invite and its creator's rate counter. */
  async createInvite(invite: InviteRecord, creatorSub: string, keepUntil: Date, now: Date) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...invite, ...inviteKey(invite.circleId, invite.id), ...inviteCodeIndexKeys(invite.code), entity: 'CircleInvite', [TTL_ATTRIBUTE]: epochSeconds(keepUntil) },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            rateLimitUpdate(this.table, creatorSub, 'circleInvite', now),
            accountOpen(this.table, creatorSub),
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 2);
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(1)) throw rateLimited('circleInvite', now);
      throw error;
    }
  }

  getInvite(circleId: string, inviteId: string) {
    return this.get<InviteRecord>(inviteKey(circleId, inviteId), 'CircleInvite', true);
  }

  async findInviteByCode(code: string) {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': inviteCodePartition(code) },
        Limit: 1,
      }),
    );
    const item = result.Items?.[0];
    return item?.entity === 'CircleInvite' ? fromItem<InviteRecord>(item) : undefined;
  }

  invitesPage(circleId: string, first: number, after?: string | null) {
    return this.page<InviteRecord>({ partition: circlePartition(circleId), range: invitesRange(), first, after, newestFirst: true });
  }

  async revokeInvite(circleId: string, inviteId: string, now: Date) {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: inviteKey(circleId, inviteId),
          UpdateExpression: 'SET #revokedAt = :now, #updatedAt = :now, #version = #version + :one',
          ConditionExpression: 'attribute_exists(PK) AND #revokedAt = :null',
          ExpressionAttributeNames: { '#revokedAt': 'revokedAt', '#updatedAt': 'updatedAt', '#version': 'version' },
          ExpressionAttributeValues: { ':now': now.toISOString(), ':one': 1, ':null': null },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return fromItem<InviteRecord>(result.Attributes ?? {});
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // Revoking twice keeps the first time.
      const current = await this.getInvite(circleId, inviteId);
      if (!current) throw new NotFoundError('Invite');
      return current;
    }
  }

  async join(membership: MembershipRecord, inviteId: string, rosterSeen: number, now: Date): Promise<JoinFailure | null> {
    const parts: JoinFailure[] = ['membership', 'circle', 'invite'];
    const roster = this.rosterStep(rosterSeen);
    try {
      await this.transact([
        { Put: { TableName: this.table, Item: this.membershipItem(membership), ConditionExpression: 'attribute_not_exists(PK)' } },
        this.memberCountChange(membership.circleId, 1, now, {
          set: roster.set,
          condition: `#memberCount < #memberCap AND ${roster.condition}`,
          names: { '#memberCap': 'memberCap', ...roster.names },
          values: roster.values,
        }),
        {
          Update: {
            TableName: this.table,
            Key: inviteKey(membership.circleId, inviteId),
            UpdateExpression: 'SET #uses = #uses + :one, #updatedAt = :now, #version = #version + :one',
            // The clock decides expiry here too; TTL only cleans up later.
            ConditionExpression: 'attribute_exists(PK) AND #revokedAt = :null AND #uses < #maxUses AND #expiresAt > :now',
            ExpressionAttributeNames: { '#uses': 'uses', '#maxUses': 'maxUses', '#revokedAt': 'revokedAt', '#expiresAt': 'expiresAt', '#updatedAt': 'updatedAt', '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1, ':null': null, ':now': now.toISOString() },
          },
        },
        accountOpen(this.table, membership.sub),
      ]);
      return null;
    } catch (error) {
      refuseIfAccountClosed(error, parts.length);
      if (!isTransactionConditionFailed(error)) throw error;
      return parts[failedIndexes(error)[0] ?? 0] ?? 'membership';
    }
  }

  async postCheckIn(checkIn: CheckInRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    const at = now.toISOString();
    const { item, created } = await retryingConflicts(() =>
      createOnce({
        client: this.client,
        table: this.table,
        sub: authorSub,
        item: { ...checkIn, ...checkInKey(checkIn.circleId, checkIn.id), entity: 'CheckIn' },
        idempotency,
        now,
        together: [
          {
            Update: {
              TableName: this.table,
              Key: circleKey(checkIn.circleId),
              UpdateExpression: 'SET #count = #count + :one, #last = :at, #updatedAt = :at, #version = #version + :one',
              ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#archivedAt)',
              ExpressionAttributeNames: { '#count': 'checkInCount', '#last': 'lastCheckInAt', '#updatedAt': 'updatedAt', '#version': 'version', '#archivedAt': 'archivedAt' },
              ExpressionAttributeValues: { ':one': 1, ':at': at },
            },
          },
          {
            // The author's own post is never unread to them; and they must still be a member as it is written.
            Update: {
              TableName: this.table,
              Key: membershipKey(checkIn.circleId, authorSub),
              UpdateExpression: 'SET #seen = #seen + :one',
              ConditionExpression: '#status = :active AND #memberId = :memberId',
              ExpressionAttributeNames: { '#seen': 'seenCheckInCount', '#status': 'status', '#memberId': 'memberId' },
              ExpressionAttributeValues: { ':one': 1, ':active': 'ACTIVE', ':memberId': checkIn.author.memberId },
            },
          },
          rateLimitUpdate(this.table, authorSub, 'checkIn', now),
        ],
      }),
    ).catch((error: unknown) => {
      if (!isTransactionConditionFailed(error)) throw error;
      // Items: 0 the check-in, 1 the circle, 2 the membership, 3 the rate counter.
      const failed = failedIndexes(error);
      if (failed.includes(3) && !failed.includes(1) && !failed.includes(2)) throw rateLimited('checkIn', now);
      throw new NotFoundError('Circle');
    });
    return { checkIn: fromItem<CheckInRecord>(item), created };
  }

  getCheckIn(circleId: string, checkInId: string) {
    return this.get<CheckInRecord>(checkInKey(circleId, checkInId), 'CheckIn', true);
  }

  checkInsPage(circleId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.page<CheckInRecord>({ partition: circlePartition(circleId), range: checkInsRange(), first, after, newestFirst: true, visibleOnly: !includeHidden });
  }

  private async changeReaction(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date, add: boolean) {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: checkInKey(circleId, checkInId),
          UpdateExpression: `${add ? 'ADD' : 'DELETE'} #set :member SET #updatedAt = :now`,
          ConditionExpression: `attribute_exists(PK) AND #entity = :checkIn AND attribute_not_exists(#hiddenAt) AND ${add ? 'NOT ' : ''}contains(#set, :memberId)`,
          ExpressionAttributeNames: { '#set': reactionAttribute(kind), '#updatedAt': 'updatedAt', '#entity': 'entity', '#hiddenAt': 'hiddenAt' },
          ExpressionAttributeValues: { ':member': new Set([memberId]), ':memberId': memberId, ':now': now.toISOString(), ':checkIn': 'CheckIn' },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return fromItem<CheckInRecord>(result.Attributes ?? {});
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const old = (error as { Item?: Record<string, unknown> }).Item;
      // The raw item on failure: only whether it is there and visible matters here.
      if (!old || old.hiddenAt) throw new NotFoundError('Check-in');
      throw add ? new ConflictError('You already reacted this way') : new NotFoundError('Reaction');
    }
  }

  /** Counts the attempt first: a reaction cannot share a transaction with the update whose new state it returns. */
  async react(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, reactorSub: string, now: Date) {
    await consumeRateLimit(this.client, this.table, reactorSub, 'reaction', now);
    return this.changeReaction(circleId, checkInId, kind, memberId, now, true);
  }

  unreact(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date) {
    return this.changeReaction(circleId, checkInId, kind, memberId, now, false);
  }

  /** Replies may only be added to a visible check-in; hiding a reply counts it off whatever the check-in's state. */
  private replyCountChange(circleId: string, checkInId: string, delta: 1 | -1, now: Date): TransactItem {
    const visible = delta > 0 ? ' AND attribute_not_exists(#hiddenAt)' : '';
    return {
      Update: {
        TableName: this.table,
        Key: checkInKey(circleId, checkInId),
        UpdateExpression: 'SET #replyCount = #replyCount + :delta, #updatedAt = :now',
        ConditionExpression: `attribute_exists(PK) AND #entity = :checkIn${visible}`,
        ExpressionAttributeNames: { '#replyCount': 'replyCount', '#updatedAt': 'updatedAt', '#entity': 'entity', ...(visible ? { '#hiddenAt': 'hiddenAt' } : {}) },
        ExpressionAttributeValues: { ':delta': delta, ':now': now.toISOString(), ':checkIn': 'CheckIn' },
      },
    };
  }

  async postReply(reply: ReplyRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    const { item, created } = await retryingConflicts(() =>
      createOnce({
        client: this.client,
        table: this.table,
        sub: authorSub,
        item: { ...reply, ...replyKey(reply.circleId, reply.checkInId, reply.id), entity: 'CheckInReply' },
        idempotency,
        now,
        together: [
          this.replyCountChange(reply.circleId, reply.checkInId, 1, now),
          {
            ConditionCheck: {
              TableName: this.table,
              Key: membershipKey(reply.circleId, authorSub),
              ConditionExpression: '#status = :active',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':active': 'ACTIVE' },
            },
          },
          rateLimitUpdate(this.table, authorSub, 'reply', now),
        ],
      }),
    ).catch((error: unknown) => {
      if (!isTransactionConditionFailed(error)) throw error;
      // Items: 0 the reply, 1 the check-in's count, 2 the membership, 3 the rate counter.
      const failed = failedIndexes(error);
      if (failed.includes(2)) throw new NotFoundError('Circle');
      if (failed.includes(1)) throw new NotFoundError('Check-in');
      throw rateLimited('reply', now);
    });
    return { reply: fromItem<ReplyRecord>(item), created };
  }

  getReply(circleId: string, checkInId: string, replyId: string) {
    return this.get<ReplyRecord>(replyKey(circleId, checkInId, replyId), 'CheckInReply', true);
  }

  repliesPage(circleId: string, checkInId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.page<ReplyRecord>({ partition: circlePartition(circleId), range: repliesRange(checkInId), first, after, newestFirst: false, visibleOnly: !includeHidden });
  }

  private contentKey(circleId: string, content: ContentRef): Key {
    return content.replyId ? replyKey(circleId, content.checkInId, content.replyId) : checkInKey(circleId, content.checkInId);
  }

  refuseCodeGuessing(sub: string, now: Date) {
    return codeGuesses.refuseGuessing(this.client, this.table, sub, now);
  }

  countWrongCode(sub: string, now: Date) {
    return codeGuesses.countWrongCode(this.client, this.table, sub, now);
  }

  async report(report: ReportRecord, reporterSub: string, now: Date) {
    try {
      await this.transact([
        accountOpen(this.table, reporterSub),
        {
          Put: {
            TableName: this.table,
            Item: { ...report, ...reportKey(report.circleId, report.id), ...openReportIndexKeys(report.circleId, report.id), entity: 'CircleReport' },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          // One report per member per item; the set doubles as the guard.
          Update: {
            TableName: this.table,
            Key: this.contentKey(report.circleId, report),
            UpdateExpression: 'ADD #reportedBy :member SET #updatedAt = :now',
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#hiddenAt) AND NOT contains(#reportedBy, :memberId)',
            ExpressionAttributeNames: { '#reportedBy': 'reportedBy', '#hiddenAt': 'hiddenAt', '#updatedAt': 'updatedAt' },
            ExpressionAttributeValues: { ':member': new Set([report.reporterMemberId]), ':memberId': report.reporterMemberId, ':now': now.toISOString() },
          },
        },
      ]);
    } catch (error) {
      refuseIfAccountClosed(error, 0);
      if (isTransactionConditionFailed(error)) throw new ConflictError('You have already reported this, or it changed meanwhile');
      throw error;
    }
  }

  getReport(circleId: string, reportId: string) {
    return this.get<ReportRecord>(reportKey(circleId, reportId), 'CircleReport', true);
  }

  openReportsPage(circleId: string, first: number, after?: string | null) {
    // Oldest first: a moderation queue.
    return this.page<ReportRecord>({ partition: circlePartition(circleId), index: 'GSI2', range: openReportsRange(), first, after, newestFirst: false });
  }

  async hide(circleId: string, content: ContentRef, byMemberId: string, now: Date): Promise<string> {
    const at = now.toISOString();
    const hideUpdate = {
      TableName: this.table,
      Key: this.contentKey(circleId, content),
      UpdateExpression: 'SET #hiddenAt = :at, #hiddenBy = :by, #updatedAt = :at, #version = #version + :one',
      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#hiddenAt)',
      ExpressionAttributeNames: { '#hiddenAt': 'hiddenAt', '#hiddenBy': 'hiddenByMemberId', '#updatedAt': 'updatedAt', '#version': 'version' },
      ExpressionAttributeValues: { ':at': at, ':by': byMemberId, ':one': 1 },
    };
    try {
      if (content.replyId) {
        // A hidden reply no longer counts on its check-in. A hidden check-in's count may go stale: no one but moderators sees it.
        await this.transact([{ Update: hideUpdate }, this.replyCountChange(circleId, content.checkInId, -1, now)]);
      } else {
        await this.client.send(new UpdateCommand(hideUpdate));
      }
      return at;
    } catch (error) {
      if (!isConditionalCheckFailed(error) && !isTransactionConditionFailed(error)) throw error;
      const current = await this.get<{ hiddenAt?: string | null }>(this.contentKey(circleId, content), content.replyId ? 'CheckInReply' : 'CheckIn', true);
      if (current?.hiddenAt) return current.hiddenAt;
      throw new NotFoundError(content.replyId ? 'Reply' : 'Check-in');
    }
  }

  resolveReport(circleId: string, reportId: string, outcome: ReportOutcome, byMemberId: string, now: Date) {
    return updateItem<ReportRecord>({
      client: this.client,
      table: this.table,
      key: reportKey(circleId, reportId),
      changes: { status: ReportStatus.RESOLVED, outcome, resolvedAt: now.toISOString(), resolvedByMemberId: byMemberId },
      // Off the open-reports index.
      remove: ['GSI2PK', 'GSI2SK'],
      updatedAt: now.toISOString(),
      condition: { expression: '#status = :open', names: { '#status': 'status' }, values: { ':open': ReportStatus.OPEN } },
      onConditionFailed: (old) => (old ? new ConflictError('This report is already resolved') : new NotFoundError('Report')),
    });
  }
}
