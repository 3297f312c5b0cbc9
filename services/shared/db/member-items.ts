import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../errors';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed } from './conditions';
import type { IdempotentRequest } from '../idempotency';
import { createOnce, type CreateOnce } from './create-once';
import { fromItem, updateVersioned } from './items';
import { itemKey, timelineIndexKeys, timeRange, userPartition, type TimelineEntity } from './keys';
import { queryPage, queryRange, type Page } from './query-page';
import { rateLimited, rateLimitUpdate, type RateLimitedAction } from './rate-limit';

export interface MemberRecord {
  id: string;
  sub: string;
  version: number;
}

/**
 * The storage every timeline item kind shares: one item in the member's
 * partition keyed by id, indexed by the time it happened (GSI1: timeline,
 * GSI2: its kind's list). Domain repositories wrap it and add their rules.
 */
export class MemberItemStore<T extends MemberRecord> {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly table: string,
    readonly entity: TimelineEntity,
    /** The record field holding when the item happened (ISO string). */
    private readonly occurredAtField: keyof T & string,
    /** Name used in NOT_FOUND messages. */
    private readonly what: string,
    /** A per-member limit on creating this kind, counted in the same transaction. */
    private readonly limit?: RateLimitedAction,
  ) {}

  key(sub: string, id: string) {
    return itemKey(sub, this.entity, id);
  }

  toItem(record: T): Record<string, unknown> & { PK: string; SK: string } {
    const occurredAt = record[this.occurredAtField] as unknown as string;
    const stored = { ...record } as Record<string, unknown>;
    return { ...stored, ...this.key(record.sub, record.id), ...timelineIndexKeys(record.sub, this.entity, occurredAt, record.id), entity: this.entity };
  }

  /** `together`: writes and checks that must hold with it (another party's open account, a rate counter). */
  async create(record: T, idempotency: IdempotentRequest | null, now: Date, together: CreateOnce['together'] = []): Promise<{ record: T; created: boolean }> {
    const counted = this.limit ? [rateLimitUpdate(this.table, record.sub, this.limit, now)] : [];
    try {
      const result = await createOnce({
        client: this.client,
        table: this.table,
        sub: record.sub,
        item: this.toItem(record),
        idempotency,
        now,
        together: [...together, ...counted],
      });
      return { record: fromItem<T>(result.item), created: result.created };
    } catch (error) {
      if (this.limit && isTransactionConditionFailed(error) && failedIndexes(error).includes(1 + together.length)) throw rateLimited(this.limit, now);
      throw error;
    }
  }

  async get(sub: string, id: string): Promise<T | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: this.key(sub, id) }));
    return result.Item?.entity === this.entity ? fromItem<T>(result.Item) : undefined;
  }

  /** Versioned update; a new occurred-at time moves the item on the timeline. */
  update(sub: string, id: string, expectedVersion: number, changes: Partial<T>, updatedAt: string): Promise<T> {
    const occurredAt = changes[this.occurredAtField] as unknown as string | undefined;
    const moved = occurredAt ? timelineIndexKeys(sub, this.entity, occurredAt, id) : {};
    return updateVersioned<T>({
      client: this.client,
      table: this.table,
      key: this.key(sub, id),
      expectedVersion,
      changes: { ...changes, ...moved },
      updatedAt,
      what: this.what,
    });
  }

  async delete(sub: string, id: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: this.key(sub, id),
          ConditionExpression: 'attribute_exists(PK) AND entity = :entity',
          ExpressionAttributeValues: { ':entity': this.entity },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new NotFoundError(this.what);
      throw error;
    }
  }

  /** Newest first, items that happened in [from, to): one Query. */
  async page(sub: string, range: { from?: string | null; to?: string | null }, first: number, after?: string | null): Promise<Page<T>> {
    const page = await queryPage({
      client: this.client,
      table: this.table,
      index: 'GSI2',
      partition: userPartition(sub),
      range: timeRange(this.entity, range.from, range.to),
      first,
      after,
      newestFirst: true,
    });
    return { ...page, items: page.items.map((item) => fromItem<T>(item)) };
  }

  /** Every item that happened in [from, to), one Query per 1 MB page. */
  async between(sub: string, from: string, to: string): Promise<{ records: T[]; calls: number }> {
    const { items, calls } = await queryRange({
      client: this.client,
      table: this.table,
      index: 'GSI2',
      partition: userPartition(sub),
      range: timeRange(this.entity, from, to),
    });
    return { records: items.map((item) => fromItem<T>(item)), calls };
  }
}
