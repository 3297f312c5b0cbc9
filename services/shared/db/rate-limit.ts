import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { RateLimitedError } from '../errors';
import { accountOpen, refuseIfAccountClosed } from './closed-account';
import { isTransactionConditionFailed } from './conditions';
import { ENTITY, rateCounterKey } from './keys';
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
  // What a therapist writes into a client's partition.
  note: { limit: 100, windowSeconds: 86400 },
  practiceSuggestion: { limit: 30, windowSeconds: 86400 },
  // Things a person makes for themselves: far beyond a real day, far below a script's.
  circle: { limit: 10, windowSeconds: 86400 },
  routine: { limit: 50, windowSeconds: 86400 },
  journalEntry: { limit: 100, windowSeconds: 86400 },
  // Wrong invite or share codes: a guesser is stopped for the rest of the hour, a person who mistypes is not.
  codeGuess: { limit: 10, windowSeconds: 3600 },
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
      Key: rateCounterKey(sub, action, start),
      UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl), entity = if_not_exists(entity, :entity)',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':one': 1, ':limit': limitOf(action), ':ttl': end + 3600, ':entity': ENTITY.RateCounter },
    },
  };
}

/** The error for a spent limit, with the seconds until the window turns. */
export function rateLimited(action: RateLimitedAction, now: Date): RateLimitedError {
  return new RateLimitedError(Math.max(1, window(action, now).end - Math.ceil(now.getTime() / 1000)));
}

/**
 * For a write that cannot share a transaction with its count: count it on its
 * own, with the account's open check (one transaction of two items).
 */
export async function consumeRateLimit(client: DynamoDBDocumentClient, table: string, sub: string, action: RateLimitedAction, now: Date): Promise<void> {
  try {
    await client.send(new TransactWriteCommand({ TransactItems: [rateLimitUpdate(table, sub, action, now), accountOpen(table, sub)] }));
  } catch (error) {
    refuseIfAccountClosed(error, 1);
    if (isTransactionConditionFailed(error)) throw rateLimited(action, now);
    throw error;
  }
}

/**
 * Wrong invite and share codes, counted per member: `refuseGuessing` before a
 * lookup (one read, made alongside it), `countWrongCode` after a miss.
 */
export const codeGuesses = {
  async refuseGuessing(client: DynamoDBDocumentClient, table: string, sub: string, now: Date): Promise<void> {
    if (await rateLimitSpent(client, table, sub, 'codeGuess', now)) throw rateLimited('codeGuess', now);
  },
  async countWrongCode(client: DynamoDBDocumentClient, table: string, sub: string, now: Date): Promise<void> {
    await consumeRateLimit(client, table, sub, 'codeGuess', now);
  },
};

/** Whether the member has spent a limit already (one read): for failures counted after the fact, such as wrong codes. */
export async function rateLimitSpent(client: DynamoDBDocumentClient, table: string, sub: string, action: RateLimitedAction, now: Date): Promise<boolean> {
  const { start } = window(action, now);
  const result = await client.send(new GetCommand({ TableName: table, Key: rateCounterKey(sub, action, start), ConsistentRead: true }));
  return Number(result.Item?.count ?? 0) >= limitOf(action);
}
