import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { RateLimitedError } from '../errors';
import { isConditionalCheckFailed } from './conditions';
import { userPartition } from './keys';
import { TTL_ATTRIBUTE } from './table.definition';

/**
 * Per-member limits on writes other people see or receive. Generous for a
 * person, tight for a script; fixed windows keep each check to one counter.
 */
export const RATE_LIMITS = {
  checkIn: { limit: 30, windowSeconds: 3600 },
  reaction: { limit: 120, windowSeconds: 3600 },
  reply: { limit: 60, windowSeconds: 3600 },
  circleInvite: { limit: 30, windowSeconds: 86400 },
  therapistInvite: { limit: 10, windowSeconds: 86400 },
} as const;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

function limitOf(action: RateLimitedAction): number {
  return RATE_LIMITS[action].limit * config().rateLimitScale;
}

function window(action: RateLimitedAction, now: Date) {
  const { windowSeconds } = RATE_LIMITS[action];
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const start = nowSeconds - (nowSeconds % windowSeconds);
  return { start, end: start + windowSeconds };
}

/**
 * The counter update to put in the same transaction as the write it limits,
 * so the write and its count stand or fall together (one call, nothing
 * counted for a write that did not happen).
 */
export function rateLimitUpdate(table: string, sub: string, action: RateLimitedAction, now: Date) {
  const { start, end } = window(action, now);
  return {
    Update: {
      TableName: table,
      Key: { PK: userPartition(sub), SK: `RATE#${action}#${start}` },
      UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl), entity = if_not_exists(entity, :entity)',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':one': 1, ':limit': limitOf(action), ':ttl': end + 3600, ':entity': 'RateCounter' },
    },
  };
}

/** The error for a spent limit, with the seconds until the window turns. */
export function rateLimited(action: RateLimitedAction, now: Date): RateLimitedError {
  return new RateLimitedError(Math.max(1, window(action, now).end - Math.ceil(now.getTime() / 1000)));
}

/** For a write that is not a transaction already: count it on its own (one UpdateItem). */
export async function consumeRateLimit(client: DynamoDBDocumentClient, table: string, sub: string, action: RateLimitedAction, now: Date): Promise<void> {
  try {
    await client.send(new UpdateCommand(rateLimitUpdate(table, sub, action, now).Update));
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw rateLimited(action, now);
    throw error;
  }
}
