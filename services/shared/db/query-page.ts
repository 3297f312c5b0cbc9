import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_INDEXES, TABLE_KEYS, type IndexName } from './table.definition';
import { decodeCursor, encodeCursor } from '../pagination';

export type Item = Record<string, unknown>;

export interface PageQuery {
  client: DynamoDBDocumentClient;
  table: string;
  index?: IndexName;
  partition: string;
  /** Inclusive sort-key range; use a prefix range for "all items of a kind". */
  range: { from: string; to: string };
  first: number;
  after?: string | null;
  newestFirst?: boolean;
  /** The argument name reported when `after` is invalid. */
  cursorField?: string;
  /** Narrows the page after the key condition; pages may then come back short. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

export interface Page<T = Item> {
  items: T[];
  hasNextPage: boolean;
  /** Cursor of each returned item, in order. */
  cursors: string[];
  /** Where the next page starts when that is past the last returned item (filtered pages). */
  endCursor?: string;
}

export function keyNames(index?: IndexName): { pk: string; sk: string } {
  if (!index) return { pk: TABLE_KEYS.partitionKey, sk: TABLE_KEYS.sortKey };
  const def = TABLE_INDEXES.find((i) => i.indexName === index);
  if (!def) throw new Error(`Unknown index ${index}`);
  return { pk: def.partitionKey, sk: def.sortKey };
}

// Sort keys are unique within a partition (they end in a ULID), so "strictly
// before/after the cursor" is an inclusive range bound just beside it. This
// keeps the partition out of the cursor: no ExclusiveStartKey is needed.
const HIGHEST = '\uffff';
export function justBefore(key: string): string {
  const last = key.charCodeAt(key.length - 1);
  return key.slice(0, -1) + String.fromCharCode(last - 1) + HIGHEST;
}
export function justAfter(key: string): string {
  return `${key}\u0000`;
}

/**
 * One page of one partition in exactly one Query, whatever `first` is. The
 * cursor carries only the sort key and is rejected unless it lies in the range.
 */
export async function queryPage(q: PageQuery): Promise<Page> {
  const { pk, sk } = keyNames(q.index);
  let { from, to } = q.range;
  if (q.after) {
    const field = q.cursorField ?? 'after';
    const position = decodeCursor(q.after, field);
    if (position < from || position > to) decodeCursor.reject(field);
    if (q.newestFirst) to = justBefore(position);
    else from = justAfter(position);
  }
  if (from > to) return { items: [], hasNextPage: false, cursors: [] };
  const result = await q.client.send(
    new QueryCommand({
      TableName: q.table,
      IndexName: q.index,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      FilterExpression: q.filter?.expression,
      ExpressionAttributeNames: { '#pk': pk, '#sk': sk, ...q.filter?.names },
      ExpressionAttributeValues: { ':pk': q.partition, ':from': from, ':to': to, ...q.filter?.values },
      ScanIndexForward: !q.newestFirst,
      Limit: q.first + 1,
    }),
  );
  const all = result.Items ?? [];
  const items = all.slice(0, q.first);
  const cursors = items.map((item) => encodeCursor(item[sk] as string));
  if (all.length > q.first || !result.LastEvaluatedKey) return { items, hasNextPage: all.length > q.first, cursors };
  // DynamoDB stopped before the page was full: at its 1 MB limit (long journal entries), or a filter read past its
  // last match. There may be more: resume after what was read, not after what was kept.
  return { items, hasNextPage: true, cursors, endCursor: encodeCursor(result.LastEvaluatedKey[sk] as string) };
}

export interface RangeQuery {
  client: DynamoDBDocumentClient;
  table: string;
  index?: IndexName;
  partition: string;
  range: { from: string; to: string };
  /** Stop after this many items; a guard, not a page size. */
  max?: number;
}

/**
 * Every item in a sort-key range, following DynamoDB's 1 MB pages: one Query
 * per page of history, never a Scan. Reports how many items were read.
 */
export async function queryRange(q: RangeQuery): Promise<{ items: Item[]; calls: number }> {
  const { pk, sk } = keyNames(q.index);
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  let calls = 0;
  do {
    const result = await q.client.send(
      new QueryCommand({
        TableName: q.table,
        IndexName: q.index,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': pk, '#sk': sk },
        ExpressionAttributeValues: { ':pk': q.partition, ':from': q.range.from, ':to': q.range.to },
        ExclusiveStartKey: start,
      }),
    );
    calls += 1;
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start && (q.max === undefined || items.length < q.max));
  return { items, calls };
}
