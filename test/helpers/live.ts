import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Client } from 'graphql-ws';
import { documentClient, testStack } from './local-stack';

/** One subscription's stream as a queue: each `next` in order, and how it ended. */
export function stream<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const values: T[] = [];
  const waiting: Array<(value: T) => void> = [];
  let settle!: (end: { completed: true } | { error: unknown }) => void;
  const ended = new Promise<{ completed: true } | { error: unknown }>((resolve) => (settle = resolve));
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        const value = result.data as T;
        const taker = waiting.shift();
        if (taker) taker(value);
        else values.push(value);
      },
      error: (error) => settle({ error }),
      complete: () => settle({ completed: true }),
    },
  );
  return {
    ended,
    next: () => (values.length > 0 ? Promise.resolve(values.shift() as T) : new Promise<T>((resolve) => waiting.push(resolve))),
  };
}

/** Every item of one live partition (connections, subscriptions), read consistently. */
export async function liveItems(partition: string): Promise<Array<Record<string, unknown>>> {
  const { Items } = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': partition },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}
