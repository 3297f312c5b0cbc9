import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CircleRole } from '../circles/circle.enums';
import { circleKey, circlePartition, membershipKey, repliesRange } from '../circles/circle.keys';
import type { CircleRecord, FormerMembershipRecord, MembershipRecord, ReplyRecord } from '../circles/circle.record';
import { deleteMembership, memberCountChange, roleChange, rosterStep, type TransactItem } from '../circles/circle-transactions.repository';
import { isConditionalCheckFailed, isTransactionConditionFailed, retryingConflicts } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { ENTITY, closedAccountKey, timeRange, userPartition, type Range } from '../shared/db/keys';
import { TTL_ATTRIBUTE, type IndexName } from '../shared/db/table.definition';
import { ConflictError } from '../shared/errors';
import { ACCESS_LOG_RANGE, grantKey, shareCodeOwnerKey, SUGGESTIONS_RANGE, therapistClientsRange } from '../sharing/sharing.keys';
import { formerMembershipsSource, membershipsSource } from './account.keys';
import { TRANSACTION_LIMIT, type AccountDeletionRepository, type LeavePlan, type TherapistTrace } from './account.ports';
import type { ClosedAccountRecord, DeletionProgress } from './account.record';
import { AccountTable, stored } from './account-table.repository';
import { AccountWrites } from './account-writes.repository';

const LIST_GUARD = 25;

function ttl(until: Date): number {
  // TTL only cleans up, a day after the code stops honouring the marker.
  return Math.floor(until.getTime() / 1000) + 24 * 3600;
}

/**
 * What `deleteMyAccount` reads and writes: the closed-account marker and its
 * progress, what is left of the account (found one bounded Query at a time),
 * leaving circles by the circles' own write rules, and the writes themselves
 * (account-writes.repository.ts).
 */
export class DynamoAccountDeletion extends AccountTable implements AccountDeletionRepository {
  private readonly writes = new AccountWrites(this.client, this.table);

  circleTraces(circleId: string, memberId: string, after: string, limit: number) {
    const names: Record<string, string> = {
      '#author': 'author',
      '#memberId': 'memberId',
      '#contentAuthor': 'contentAuthor',
      '#reporter': 'reporterMemberId',
      '#resolver': 'resolvedByMemberId',
      '#hiddenBy': 'hiddenByMemberId',
      '#createdBy': 'createdByMemberId',
      '#reportedBy': 'reportedBy',
    };
    const terms = [
      '#author.#memberId = :m',
      '#contentAuthor.#memberId = :m',
      '#reporter = :m',
      '#resolver = :m',
      '#hiddenBy = :m',
      '#createdBy = :m',
      'contains(#reportedBy, :m)',
      ...this.reactionFilter(names),
    ];
    return this.circleSweep(circleId, { expression: terms.join(' OR '), names, values: { ':m': memberId } }, after, limit);
  }

  async threadReplies(circleId: string, checkInId: string, limit: number) {
    const { items } = await this.query({ partition: circlePartition(circleId), range: repliesRange(checkInId), after: '', limit, consistent: true });
    return items.map((item) => stored<ReplyRecord>(item));
  }

  async activeMembers(circleId: string): Promise<MembershipRecord[]> {
    // The table, not the index: a member the index does not list yet would keep a deleted owner's words.
    const prefix = membershipKey(circleId, '').SK;
    const members: MembershipRecord[] = [];
    let after = '';
    do {
      const { items, last } = await this.query({
        partition: circlePartition(circleId),
        range: { from: prefix, to: `${prefix}\uffff` },
        after,
        limit: 100,
        consistent: true,
      });
      members.push(...items.map((item) => fromItem<MembershipRecord>(item)));
      after = last ?? '';
    } while (after);
    return members.filter((m) => m.status === 'ACTIVE');
  }

  async rosterVersion(circleId: string): Promise<number> {
    const circle = await this.getConsistent(circleKey(circleId));
    return circle?.entity === ENTITY.Circle ? (fromItem<CircleRecord>(circle).rosterVersion ?? 0) : 0;
  }

  async shareCode(sub: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: shareCodeOwnerKey(sub), ConsistentRead: true }));
    return result.Item?.entity === ENTITY.ShareCode ? String(result.Item.code) : undefined;
  }

  async firstTherapistClient(sub: string) {
    const { partition, range } = therapistClientsRange(sub);
    const { items } = await this.query({ index: 'GSI1', partition, range, after: '', limit: LIST_GUARD });
    // The index may still list a grant deleted a moment ago: the table decides.
    for (const item of items) {
      const key = grantKey(String(item.clientSub), sub);
      if (await this.getConsistent(key)) return { clientSub: String(item.clientSub), grant: key };
    }
    return undefined;
  }

  async therapistTraces(kind: TherapistTrace, clientSub: string, therapistSub: string, after: string, limit: number) {
    const where: { index?: IndexName; range: Range; field: string } =
      kind === 'notes'
        ? { index: 'GSI2', range: timeRange('TherapistNote'), field: 'authorSub' }
        : { range: kind === 'suggestions' ? SUGGESTIONS_RANGE : ACCESS_LOG_RANGE, field: 'therapistSub' };
    const { items, last } = await this.query({
      index: where.index,
      partition: userPartition(clientSub),
      range: where.range,
      after,
      limit,
      filter: { expression: '#who = :who', names: { '#who': where.field }, values: { ':who': therapistSub } },
      consistent: true,
    });
    return { items: items.map((item) => stored(item)), next: last };
  }

  async firstMembership(sub: string) {
    const { items } = await this.query({ ...membershipsSource(sub), after: '', limit: LIST_GUARD });
    for (const item of items) {
      const current = await this.getConsistent(membershipKey(String(item.circleId), sub));
      if (current?.entity === ENTITY.CircleMembership && current.status === 'ACTIVE') return fromItem<MembershipRecord>(current);
    }
    return undefined;
  }

  async firstFormerMembership(sub: string) {
    const { items } = await this.query({ ...formerMembershipsSource(sub), after: '', limit: 1, consistent: true });
    return items[0]?.entity === ENTITY.FormerMembership ? stored<FormerMembershipRecord>(items[0]) : undefined;
  }

  async partitionItems(sub: string, limit: number) {
    const { items } = await this.query({ partition: userPartition(sub), after: '', limit, consistent: true });
    return items.map((item) => stored(item));
  }

  // ---- the closed-account marker ----

  async closedAccount(sub: string) {
    const item = await this.getConsistent(closedAccountKey(sub));
    return item ? fromItem<ClosedAccountRecord>(item) : undefined;
  }

  async openDeletion(sub: string, now: Date, refuseUntil: Date) {
    const record: ClosedAccountRecord = {
      status: 'DELETING',
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      refuseUntil: refuseUntil.toISOString(),
      progress: null,
    };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...closedAccountKey(sub), entity: ENTITY.ClosedAccount, ...record, [TTL_ATTRIBUTE]: ttl(refuseUntil) },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return record;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // A parallel first call opened it.
      const existing = await this.closedAccount(sub);
      if (!existing) throw error;
      return existing;
    }
  }

  async saveProgress(sub: string, progress: DeletionProgress, now: Date) {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: closedAccountKey(sub),
          UpdateExpression: 'SET #progress = :progress, #updatedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND #status = :deleting',
          ExpressionAttributeNames: { '#progress': 'progress', '#updatedAt': 'updatedAt', '#status': 'status' },
          ExpressionAttributeValues: { ':progress': progress, ':now': now.toISOString(), ':deleting': 'DELETING' },
        }),
      );
    } catch (error) {
      // A parallel call finished the deletion: there is no progress left to keep.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async finishDeletion(sub: string, now: Date, refuseUntil: Date) {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: closedAccountKey(sub),
        UpdateExpression: 'SET #status = :deleted, #updatedAt = :now, #refuseUntil = :until, #ttl = :ttl REMOVE #progress',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#updatedAt': 'updatedAt',
          '#refuseUntil': 'refuseUntil',
          '#ttl': TTL_ATTRIBUTE,
          '#progress': 'progress',
        },
        ExpressionAttributeValues: { ':deleted': 'DELETED', ':now': now.toISOString(), ':until': refuseUntil.toISOString(), ':ttl': ttl(refuseUntil) },
      }),
    );
  }

  // ---- writes ----

  async leaveCircle(plan: LeavePlan, now: Date) {
    const m = plan.membership;
    const clear = plan.clearOwnerWords;
    // Each remaining member's copy of the circle profile loses what the owner wrote (the successor's with its new role).
    const copyNames = { '#circle': 'circle', '#description': 'description', '#topic': 'topic' };
    const clearCopy = clear ? { set: '#circle.#description = :null, #circle.#topic = :null', names: copyNames, values: { ':null': null } } : undefined;
    const items: TransactItem[] = [deleteMembership(this.table, m)];
    if (plan.successor) items.push(roleChange(this.table, m.circleId, plan.successor.sub, plan.successor.role, CircleRole.OWNER, now, clearCopy));
    for (const other of clear?.remaining ?? []) {
      if (other.sub === plan.successor?.sub || other.sub === m.sub) continue;
      items.push({
        Update: {
          TableName: this.table,
          Key: membershipKey(m.circleId, other.sub),
          UpdateExpression: 'SET #circle.#description = :null, #circle.#topic = :null, #updatedAt = :now, #version = #version + :one',
          // The same membership still active: one that left or was removed meanwhile makes this a conflict, and the next try reads again.
          ConditionExpression: '#status = :active AND #memberId = :memberId',
          ExpressionAttributeNames: { ...copyNames, '#status': 'status', '#memberId': 'memberId', '#updatedAt': 'updatedAt', '#version': 'version' },
          ExpressionAttributeValues: { ':null': null, ':active': 'ACTIVE', ':memberId': other.memberId, ':now': now.toISOString(), ':one': 1 },
        },
      });
    }
    // Moving the roster on makes a join that read the old words retry with the cleared ones (the circles domain's roster check).
    const roster = clear ? rosterStep(clear.rosterSeen) : undefined;
    items.push(
      memberCountChange(this.table, m.circleId, -1, now, {
        set: [plan.archive && '#archivedAt = :now', clear && '#description = :null, #topic = :null', roster?.set].filter(Boolean).join(', ') || undefined,
        // Archiving needs what the circles domain needs: nobody joined meanwhile (a count of 0 from an old drift must not block a deletion).
        condition: [plan.archive && '#memberCount <= :one', roster?.condition].filter(Boolean).join(' AND ') || undefined,
        names: { ...(clear ? { '#description': 'description', '#topic': 'topic' } : {}), ...roster?.names },
        values: { ...(clear ? { ':null': null } : {}), ...roster?.values },
      }),
    );
    // At most 50 members: the leaving one, the circle and 49 copies fit one transaction.
    if (items.length > TRANSACTION_LIMIT) throw new Error(`Leaving a circle would write ${items.length} items, more than one transaction holds`);
    try {
      await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('The circle changed meanwhile; try again');
      throw error;
    }
  }

  apply: AccountDeletionRepository['apply'] = (writes, now) => this.writes.apply(writes, now);
}
