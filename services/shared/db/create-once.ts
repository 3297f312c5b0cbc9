import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../errors';
import type { IdempotentRequest } from '../idempotency';
import { isConditionalCheckFailed, isTransactionConditionFailed } from './conditions';
import { accountOpen, isAccountOpenCheck, refuseIfAccountClosed } from './closed-account';
import { ENTITY, idempotencyKey } from './keys';
import { TTL_ATTRIBUTE } from './table.definition';

const KEY_REUSED = 'This idempotencyKey was already used for a different request; use a new key for a new request';

type Item = Record<string, unknown> & { PK: string; SK: string };

/** How long a retry with the same key returns the first result. */
export const IDEMPOTENCY_WINDOW_SECONDS = 7 * 24 * 3600;

export interface CreateOnce {
  client: DynamoDBDocumentClient;
  table: string;
  sub: string;
  item: Item;
  idempotency?: IdempotentRequest | null;
  now: Date;
  /** Writes that must happen with the item or not at all (a counter, a membership check); they make it a transaction. */
  together?: NonNullable<TransactWriteCommandInput['TransactItems']>;
}

/**
 * Writes a new item exactly once, and only while the caller's account is open
 * (a deletion begun refuses it: UNAUTHENTICATED). Without a key: one
 * transaction of the item, `together` and that check. With a key: one transaction writing the item
 * (and `together`) and a marker in the caller's own
 * partition that keeps the request's digest; a retry of the same request
 * finds the marker and gets the first item back, so nothing is written
 * twice, and the key sent with another request is a CONFLICT.
 */
export async function createOnce(c: CreateOnce): Promise<{ item: Item; created: boolean }> {
  // Nothing new under an account whose deletion has begun: the caller's open account is checked in the write itself.
  const own = c.together?.some((part) => isAccountOpenCheck(part, c.table, c.sub)) ?? false;
  const together = [...(c.together ?? []), ...(own ? [] : [accountOpen(c.table, c.sub)])];
  const guardIndex = own ? -1 : together.length;
  if (!c.idempotency) {
    try {
      await c.client.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: c.table, Item: c.item, ConditionExpression: 'attribute_not_exists(PK)' } }, ...together],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, guardIndex);
      throw error;
    }
    return { item: c.item, created: true };
  }
  const marker = idempotencyKey(c.sub, c.idempotency.key);
  try {
    await c.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: c.table, Item: c.item, ConditionExpression: 'attribute_not_exists(PK)' } },
          ...together,
          {
            Put: {
              TableName: c.table,
              Item: {
                ...marker,
                entity: ENTITY.IdempotencyMarker,
                target: { PK: c.item.PK, SK: c.item.SK },
                requestDigest: c.idempotency.digest,
                createdAt: c.now.toISOString(),
                [TTL_ATTRIBUTE]: Math.floor(c.now.getTime() / 1000) + IDEMPOTENCY_WINDOW_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return { item: c.item, created: true };
  } catch (error) {
    refuseIfAccountClosed(error, guardIndex);
    if (!isTransactionConditionFailed(error) && !isConditionalCheckFailed(error)) throw error;
    const existing = await c.client.send(new GetCommand({ TableName: c.table, Key: marker, ConsistentRead: true }));
    const target = existing.Item?.target as { PK: string; SK: string } | undefined;
    if (!target) throw error;
    // Nothing is written on this path: the first request stays as it was. A marker from before digests were kept matches.
    const digest = existing.Item?.requestDigest as string | undefined;
    if (digest !== undefined && digest !== c.idempotency.digest) throw new ConflictError(KEY_REUSED, ['idempotencyKey']);
    const first = await c.client.send(new GetCommand({ TableName: c.table, Key: target, ConsistentRead: true }));
    if (!first.Item) throw new NotFoundError('The item created with this idempotency key');
    return { item: first.Item as Item, created: false };
  }
}
