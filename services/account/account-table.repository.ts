import { GetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ReactionKind } from '../circles/circle.enums';
import { circleKey, circlePartition, membershipKey } from '../circles/circle.keys';
import { fromItem } from '../shared/db/items';
import type { Key, Range } from '../shared/db/keys';
import { justAfter, justBefore, keyNames } from '../shared/db/query-page';
import type { IndexName } from '../shared/db/table.definition';
import type { StoredItem } from './account.ports';

export type Item = Record<string, unknown>;

function keyOf(item: Item): Key {
  return { PK: item.PK as string, SK: item.SK as string };
}

export function stored<T = Item>(item: Item): StoredItem<T> {
  return { key: keyOf(item), entity: String(item.entity), record: fromItem<T>(item) };
}

/** The table and the reads the account's export and deletion share: a range Query after a position, a consistent GetItem, a circle sweep. */
export abstract class AccountTable {
  constructor(
    protected readonly client: DynamoDBDocumentClient,
    protected readonly table: string,
  ) {}

  /** One Query of a sort-key range after `after`, in key order. */
  protected async query(q: {
    index?: IndexName;
    partition: string;
    range?: Range;
    after: string;
    limit: number;
    filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
    consistent?: boolean;
  }) {
    const { pk, sk } = keyNames(q.index);
    const names: Record<string, string> = { '#pk': pk, ...q.filter?.names };
    const values: Record<string, unknown> = { ':pk': q.partition, ...q.filter?.values };
    let condition = '#pk = :pk';
    if (q.range) {
      condition += ' AND #sk BETWEEN :from AND :to';
      names['#sk'] = sk;
      values[':from'] = q.after ? justAfter(q.after) : q.range.from;
      values[':to'] = q.range.to;
    } else if (q.after) {
      condition += ' AND #sk > :after';
      names['#sk'] = sk;
      values[':after'] = q.after;
    }
    const input: QueryCommandInput = {
      TableName: this.table,
      IndexName: q.index,
      KeyConditionExpression: condition,
      FilterExpression: q.filter?.expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: q.limit,
      ConsistentRead: q.consistent && !q.index ? true : undefined,
    };
    const result = await this.client.send(new QueryCommand(input));
    const last = result.LastEvaluatedKey?.[sk];
    return { items: result.Items ?? [], sk, last: typeof last === 'string' ? last : null };
  }

  protected async getConsistent(key: Key): Promise<Item | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return result.Item;
  }

  /**
   * A filtered sweep of a circle's partition. Memberships never match (they
   * are handled from the member's own list), and a page that stops among them
   * resumes after the last one, so no position ever names a member's sub.
   */
  protected async circleSweep(
    circleId: string,
    filter: { expression: string; names: Record<string, string>; values: Record<string, unknown> },
    after: string,
    limit: number,
  ) {
    const { items, last } = await this.query({ partition: circlePartition(circleId), after, limit, filter, consistent: true });
    const membershipPrefix = membershipKey(circleId, '').SK;
    const next = last?.startsWith(membershipPrefix) ? justBefore(circleKey(circleId).SK) : last;
    return { items: items.map((item) => stored(item)), next };
  }

  protected reactionFilter(names: Record<string, string>): string[] {
    return Object.values(ReactionKind).map((kind, i) => {
      names[`#r${i}`] = `reactions_${kind}`;
      return `contains(#r${i}, :m)`;
    });
  }
}
