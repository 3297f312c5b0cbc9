import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed, retryingConflicts } from '../shared/db/conditions';
import { rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { createOnce } from '../shared/db/create-once';
import type { IdempotentRequest } from '../shared/idempotency';
import { fromItem } from '../shared/db/items';
import type { Page } from '../shared/db/query-page';
import { ConflictError, NotFoundError } from '../shared/errors';
import type { ReactionKind } from './circle.enums';
import { checkInKey, checkInsRange, circleKey, circlePartition, membershipKey, repliesRange, replyKey } from './circle.keys';
import type { CheckInRecord, MembershipRecord, ReplyRecord } from './circle.record';
import { CircleTable } from './circle-table.repository';
import { replyCountChange } from './circle-transactions.repository';
import { ENTITY } from '../shared/db/keys';

/** A circle's feed: check-ins, their reactions and their replies. */
export interface CircleFeedRepository {
  postCheckIn(
    checkIn: CheckInRecord,
    authorSub: string,
    idempotency: IdempotentRequest | null,
    now: Date,
  ): Promise<{ checkIn: CheckInRecord; created: boolean }>;
  getCheckIn(circleId: string, checkInId: string): Promise<CheckInRecord | undefined>;
  checkInsPage(circleId: string, includeHidden: boolean, first: number, after?: string | null): Promise<Page<CheckInRecord>>;
  /** Consistent reads of the caller's membership and a check-in in one call (the check-in only for a valid id). */
  getMembershipWithCheckIn(circleId: string, sub: string, checkInId: string | null): Promise<{ membership?: MembershipRecord; checkIn?: CheckInRecord }>;
  /** Rate limited per reacting member, counted in the same transaction: a refused reaction counts nothing. */
  react(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, reactorSub: string, now: Date): Promise<void>;
  unreact(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date): Promise<CheckInRecord>;

  postReply(reply: ReplyRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date): Promise<{ reply: ReplyRecord; created: boolean }>;
  getReply(circleId: string, checkInId: string, replyId: string): Promise<ReplyRecord | undefined>;
  repliesPage(circleId: string, checkInId: string, includeHidden: boolean, first: number, after?: string | null): Promise<Page<ReplyRecord>>;
}

function reactionAttribute(kind: ReactionKind): string {
  return `reactions_${kind}`;
}

export class DynamoCircleFeedRepository extends CircleTable implements CircleFeedRepository {
  async postCheckIn(checkIn: CheckInRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    const at = now.toISOString();
    const { item, created } = await retryingConflicts(() =>
      createOnce({
        client: this.client,
        table: this.table,
        sub: authorSub,
        item: { ...checkIn, ...checkInKey(checkIn.circleId, checkIn.id), entity: ENTITY.CheckIn },
        idempotency,
        now,
        together: [
          {
            Update: {
              TableName: this.table,
              Key: circleKey(checkIn.circleId),
              UpdateExpression: 'SET #count = #count + :one, #last = :at, #updatedAt = :at, #version = #version + :one',
              ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#archivedAt)',
              ExpressionAttributeNames: {
                '#count': 'checkInCount',
                '#last': 'lastCheckInAt',
                '#updatedAt': 'updatedAt',
                '#version': 'version',
                '#archivedAt': 'archivedAt',
              },
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
    return this.get<CheckInRecord>(checkInKey(circleId, checkInId), ENTITY.CheckIn, true);
  }

  checkInsPage(circleId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.page<CheckInRecord>({
      partition: circlePartition(circleId),
      range: checkInsRange(),
      first,
      after,
      newestFirst: true,
      visibleOnly: !includeHidden,
    });
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
          ExpressionAttributeValues: { ':member': new Set([memberId]), ':memberId': memberId, ':now': now.toISOString(), ':checkIn': ENTITY.CheckIn },
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

  async getMembershipWithCheckIn(circleId: string, sub: string, checkInId: string | null) {
    const items = await this.batchGet([membershipKey(circleId, sub), ...(checkInId ? [checkInKey(circleId, checkInId)] : [])]);
    const membership = items.find((item) => item.entity === ENTITY.CircleMembership);
    const checkIn = items.find((item) => item.entity === ENTITY.CheckIn);
    return {
      membership: membership ? fromItem<MembershipRecord>(membership) : undefined,
      checkIn: checkIn ? fromItem<CheckInRecord>(checkIn) : undefined,
    };
  }

  /**
   * The rate counter, the open-account check and the reaction in one transaction (one round trip after the reads);
   * a transaction returns no item, so the caller answers from the check-in it read with this reaction added.
   */
  async react(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, reactorSub: string, now: Date) {
    try {
      await this.transact([
        rateLimitUpdate(this.table, reactorSub, 'reaction', now),
        accountOpen(this.table, reactorSub),
        {
          Update: {
            TableName: this.table,
            Key: checkInKey(circleId, checkInId),
            UpdateExpression: 'ADD #set :member SET #updatedAt = :now',
            ConditionExpression: 'attribute_exists(PK) AND #entity = :checkIn AND attribute_not_exists(#hiddenAt) AND NOT contains(#set, :memberId)',
            ExpressionAttributeNames: { '#set': reactionAttribute(kind), '#updatedAt': 'updatedAt', '#entity': 'entity', '#hiddenAt': 'hiddenAt' },
            ExpressionAttributeValues: { ':member': new Set([memberId]), ':memberId': memberId, ':now': now.toISOString(), ':checkIn': ENTITY.CheckIn },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ]);
    } catch (error) {
      // Items: 0 the rate counter, 1 the open account, 2 the check-in.
      refuseIfAccountClosed(error, 1);
      if (!isTransactionConditionFailed(error)) throw error;
      const failed = failedIndexes(error);
      if (failed.includes(0)) throw rateLimited('reaction', now);
      const reasons = (error as { CancellationReasons?: Array<{ Item?: Record<string, unknown> }> }).CancellationReasons;
      const old = reasons?.[2]?.Item;
      // The raw item on failure: only whether it is there and visible matters here.
      if (!old || old.hiddenAt) throw new NotFoundError('Check-in');
      throw new ConflictError('You already reacted this way');
    }
  }

  unreact(circleId: string, checkInId: string, kind: ReactionKind, memberId: string, now: Date) {
    return this.changeReaction(circleId, checkInId, kind, memberId, now, false);
  }

  async postReply(reply: ReplyRecord, authorSub: string, idempotency: IdempotentRequest | null, now: Date) {
    const { item, created } = await retryingConflicts(() =>
      createOnce({
        client: this.client,
        table: this.table,
        sub: authorSub,
        item: { ...reply, ...replyKey(reply.circleId, reply.checkInId, reply.id), entity: ENTITY.CheckInReply },
        idempotency,
        now,
        together: [
          replyCountChange(this.table, reply.circleId, reply.checkInId, 1, now),
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
    return this.get<ReplyRecord>(replyKey(circleId, checkInId, replyId), ENTITY.CheckInReply, true);
  }

  repliesPage(circleId: string, checkInId: string, includeHidden: boolean, first: number, after?: string | null) {
    return this.page<ReplyRecord>({
      partition: circlePartition(circleId),
      range: repliesRange(checkInId),
      first,
      after,
      newestFirst: false,
      visibleOnly: !includeHidden,
    });
  }
}
