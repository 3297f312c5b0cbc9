import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ENTITY } from '../shared/db/catalogue/shapes';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { queryRange } from '../shared/db/query-page';
import { TTL_ATTRIBUTE } from '../shared/db/table.definition';
import type { CircleRole } from '../circles/circle.enums';
import type { MembershipRecord } from '../circles/circle.record';
import { membershipKey } from '../shared/db/catalogue/circle.catalogue';
import {
  liveCirclePartition,
  liveConnectionKey,
  liveConnectionMarkerKey,
  liveConnectionMarkersRange,
  liveSubscriptionKey,
  liveSubscriptionsRange,
  liveUserPartition,
} from './live.keys';
import type { LiveConnectionRecord, LiveSubscriptionRecord, SubscriptionTarget } from './live.record';

export type AddSubscriptionResult = 'added' | 'duplicate' | 'limit' | 'no-connection';

/** The live layer's items; the only code of services/live that talks to DynamoDB. */
export interface LiveRepository {
  getConnection(connectionId: string): Promise<LiveConnectionRecord | undefined>;
  /** A member's connections whose token has not expired at `now`. */
  countConnections(sub: string, now: Date): Promise<number>;
  /** The connection and its marker, together; false when the connection was already acknowledged. */
  putConnection(connection: LiveConnectionRecord, expiresAtEpoch: number): Promise<boolean>;
  /** Conditional on the connection: it exists, has fewer than `cap` subscriptions and none by this id. */
  addSubscription(subscription: LiveSubscriptionRecord, cap: number, expiresAtEpoch: number): Promise<AddSubscriptionResult>;
  removeSubscription(owner: { connectionId: string; sub: string }, subscriptionId: string, target: SubscriptionTarget): Promise<void>;
  /** The connection, its marker and every subscription it lists. */
  deleteConnection(connection: Pick<LiveConnectionRecord, 'connectionId' | 'sub' | 'subscriptions'>): Promise<void>;
  /** Every subscription of one fan-out partition: one Query (more only past 1 MB). */
  subscribers(target: SubscriptionTarget, sub?: string): Promise<{ subscriptions: LiveSubscriptionRecord[]; calls: number }>;
  setCircleRole(subscription: LiveSubscriptionRecord, role: CircleRole): Promise<void>;
  /** The subscribe check: the caller's membership of the circle, as the circles' own check reads it (one consistent GetItem). */
  getMembership(circleId: string, sub: string): Promise<MembershipRecord | undefined>;
}

/** The partition a subscription's events fan out from. */
export function partitionOf(target: SubscriptionTarget, sub: string): string {
  return target.field === 'circleActivity' ? liveCirclePartition(target.circleId) : liveUserPartition(sub);
}

// BatchWriteItem's own limit; a connection holds at most 20 subscriptions, plus its two items.
const BATCH = 25;
const UNPROCESSED_ATTEMPTS = 5;

export class DynamoLiveRepository implements LiveRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getMembership(circleId: string, sub: string) {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.table, Key: membershipKey(circleId, sub), ConsistentRead: true }));
    return Item?.entity === ENTITY.CircleMembership ? fromItem<MembershipRecord>(Item) : undefined;
  }

  async getConnection(connectionId: string) {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.table, Key: liveConnectionKey(connectionId), ConsistentRead: true }));
    return Item ? fromItem<LiveConnectionRecord>(Item) : undefined;
  }

  async countConnections(sub: string, now: Date) {
    const range = liveConnectionMarkersRange();
    const { Count } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        // Markers of connections whose $disconnect never came stay until their TTL: only live tokens count.
        FilterExpression: 'tokenExpiresAt > :now',
        ExpressionAttributeValues: { ':pk': liveUserPartition(sub), ':from': range.from, ':to': range.to, ':now': now.toISOString() },
        Select: 'COUNT',
        ConsistentRead: true,
      }),
    );
    return Count ?? 0;
  }

  async putConnection(connection: LiveConnectionRecord, expiresAtEpoch: number) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...liveConnectionKey(connection.connectionId), entity: ENTITY.LiveConnection, ...connection, [TTL_ATTRIBUTE]: expiresAtEpoch },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...liveConnectionMarkerKey(connection.sub, connection.connectionId),
                  entity: ENTITY.LiveConnectionMarker,
                  connectionId: connection.connectionId,
                  tokenExpiresAt: connection.tokenExpiresAt,
                  [TTL_ATTRIBUTE]: expiresAtEpoch,
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isTransactionConditionFailed(error)) return false;
      throw error;
    }
  }

  async addSubscription(subscription: LiveSubscriptionRecord, cap: number, expiresAtEpoch: number): Promise<AddSubscriptionResult> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: liveConnectionKey(subscription.connectionId),
                UpdateExpression: 'SET #subs.#id = :target',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#subs.#id) AND size(#subs) < :cap',
                ExpressionAttributeNames: { '#subs': 'subscriptions', '#id': subscription.subscriptionId },
                ExpressionAttributeValues: { ':target': subscription.target, ':cap': cap },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...liveSubscriptionKey(partitionOf(subscription.target, subscription.sub), subscription.connectionId, subscription.subscriptionId),
                  entity: ENTITY.LiveSubscription,
                  ...subscription,
                  [TTL_ATTRIBUTE]: expiresAtEpoch,
                },
              },
            },
          ],
        }),
      );
      return 'added';
    } catch (error) {
      if (!isTransactionConditionFailed(error) || !failedIndexes(error).includes(0)) throw error;
      const old = (error as { CancellationReasons?: Array<{ Item?: Record<string, unknown> }> }).CancellationReasons?.[0]?.Item;
      if (!old) return 'no-connection';
      const existing = (old.subscriptions ?? {}) as Record<string, unknown>;
      return subscription.subscriptionId in existing ? 'duplicate' : 'limit';
    }
  }

  async removeSubscription(owner: { connectionId: string; sub: string }, subscriptionId: string, target: SubscriptionTarget) {
    const { connectionId, sub } = owner;
    await Promise.all([
      this.client
        .send(
          new UpdateCommand({
            TableName: this.table,
            Key: liveConnectionKey(connectionId),
            UpdateExpression: 'REMOVE #subs.#id',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#subs': 'subscriptions', '#id': subscriptionId },
          }),
        )
        .catch((error: unknown) => {
          // The connection already went ($disconnect came first): nothing left to update.
          if (!isConditionalCheckFailed(error)) throw error;
        }),
      this.client.send(new DeleteCommand({ TableName: this.table, Key: liveSubscriptionKey(partitionOf(target, sub), connectionId, subscriptionId) })),
    ]);
  }

  async deleteConnection(connection: Pick<LiveConnectionRecord, 'connectionId' | 'sub' | 'subscriptions'>) {
    const keys = [
      liveConnectionKey(connection.connectionId),
      liveConnectionMarkerKey(connection.sub, connection.connectionId),
      ...Object.entries(connection.subscriptions).map(([id, target]) => liveSubscriptionKey(partitionOf(target, connection.sub), connection.connectionId, id)),
    ];
    for (let start = 0; start < keys.length; start += BATCH) {
      let requests = keys.slice(start, start + BATCH).map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 1; requests.length > 0; attempt += 1) {
        const { UnprocessedItems } = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.table]: requests } }));
        requests = (UnprocessedItems?.[this.table] ?? []) as typeof requests;
        if (requests.length > 0 && attempt >= UNPROCESSED_ATTEMPTS) throw new Error('DynamoDB left live items undeleted after retries');
        if (requests.length > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
    }
  }

  async subscribers(target: SubscriptionTarget, sub = '') {
    const { items, calls } = await queryRange({ client: this.client, table: this.table, partition: partitionOf(target, sub), range: liveSubscriptionsRange() });
    return { subscriptions: items.map((item) => fromItem<LiveSubscriptionRecord>(item)), calls };
  }

  async setCircleRole(subscription: LiveSubscriptionRecord, role: CircleRole) {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: liveSubscriptionKey(partitionOf(subscription.target, subscription.sub), subscription.connectionId, subscription.subscriptionId),
          UpdateExpression: 'SET circleRole = :role',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':role': role },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
