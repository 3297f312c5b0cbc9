import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { codeGuesses, rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import type { Page } from '../shared/db/query-page';
import { TTL_ATTRIBUTE } from '../shared/db/table.definition';
import { NotFoundError } from '../shared/errors';
import { circlePartition, inviteCodeIndexKeys, inviteCodePartition, inviteKey, invitesRange } from './circle.keys';
import type { InviteRecord } from './circle.record';
import { CircleTable } from './circle-table.repository';
import { ENTITY } from '../shared/db/keys';

/** Invites to a circle, found by code; and the count of wrong codes a member has tried. Using one is a join (memberships). */
export interface CircleInviteRepository {
  /** Rate limited per creator. */
  createInvite(invite: InviteRecord, creatorSub: string, keepUntil: Date, now: Date): Promise<void>;
  getInvite(circleId: string, inviteId: string): Promise<InviteRecord | undefined>;
  findInviteByCode(code: string): Promise<InviteRecord | undefined>;
  invitesPage(circleId: string, first: number, after?: string | null): Promise<Page<InviteRecord>>;
  revokeInvite(circleId: string, inviteId: string, now: Date): Promise<InviteRecord>;
  /** RATE_LIMITED while the member has tried too many wrong codes this hour (one read). */
  refuseCodeGuessing(sub: string, now: Date): Promise<void>;
  /** Counts a wrong code against the member. */
  countWrongCode(sub: string, now: Date): Promise<void>;
}

function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export class DynamoCircleInviteRepository extends CircleTable implements CircleInviteRepository {
  /** One transaction: the invite and its creator's rate counter. */
  async createInvite(invite: InviteRecord, creatorSub: string, keepUntil: Date, now: Date) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...invite,
                  ...inviteKey(invite.circleId, invite.id),
                  ...inviteCodeIndexKeys(invite.code),
                  entity: ENTITY.CircleInvite,
                  [TTL_ATTRIBUTE]: epochSeconds(keepUntil),
                },
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
    return this.get<InviteRecord>(inviteKey(circleId, inviteId), ENTITY.CircleInvite, true);
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
    return item?.entity === ENTITY.CircleInvite ? fromItem<InviteRecord>(item) : undefined;
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

  refuseCodeGuessing(sub: string, now: Date) {
    return codeGuesses.refuseGuessing(this.client, this.table, sub, now);
  }

  countWrongCode(sub: string, now: Date) {
    return codeGuesses.countWrongCode(this.client, this.table, sub, now);
  }
}
