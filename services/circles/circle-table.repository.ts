import { BatchGetCommand, GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryingConflicts } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { queryPage, type Page } from '../shared/db/query-page';
import type { EntityName, Key } from '../shared/db/keys';
import type { TransactItem } from './circle-transactions.repository';

/** The table and the reads and writes every circle repository shares (one item, a batch, a transaction, a page). */
export abstract class CircleTable {
  constructor(
    protected readonly client: DynamoDBDocumentClient,
    protected readonly table: string,
  ) {}

  protected async get<T>(key: Key, entity: EntityName, consistent = false): Promise<T | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: consistent }));
    return result.Item?.entity === entity ? fromItem<T>(result.Item) : undefined;
  }

  protected async transact(items: TransactItem[]): Promise<void> {
    await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
  }

  protected async page<T>(q: {
    partition: string;
    index?: 'GSI1' | 'GSI2';
    range: { from: string; to: string };
    first: number;
    after?: string | null;
    newestFirst: boolean;
    visibleOnly?: boolean;
  }): Promise<Page<T>> {
    const filter = q.visibleOnly ? { expression: 'attribute_not_exists(#hiddenAt)', names: { '#hiddenAt': 'hiddenAt' }, values: {} } : undefined;
    const page = await queryPage({ client: this.client, table: this.table, ...q, filter });
    return { ...page, items: page.items.map((item) => fromItem<T>(item)) };
  }

  /** One BatchGetItem (at most 100 keys: a page); unprocessed keys, only under throttling, are asked for again. */
  protected async batchGet(keys: Key[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending: Record<string, unknown>[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      items.push(...(result.Responses?.[this.table] ?? []));
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    return items;
  }
}
