import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { config } from '../../../../services/shared/config';
import { accountOpen } from '../../../../services/shared/db/closed-account';
import { codeGuesses, consumeRateLimit, RATE_LIMITS, rateLimited, rateLimitSpent, rateLimitUpdate } from '../../../../services/shared/db/rate-limit';
import { RateLimitedError, UnauthenticatedError } from '../../../../services/shared/errors';
import { cancelled, sdkError } from './sdk-errors';

const TABLE = 'lacrima-unit';
const SUB = 'member-sub';
// 12:20:00 UTC: 20 minutes into an hourly window, 12h20m into a daily one.
const NOW = new Date('2026-11-22T12:20:00.000Z');
const HOUR_START = Date.parse('2026-11-22T12:00:00.000Z') / 1000;
const DAY_START = Date.parse('2026-11-22T00:00:00.000Z') / 1000;
const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const limitOf = (action: keyof typeof RATE_LIMITS) => RATE_LIMITS[action].limit * config().rateLimitScale;

describe('rate-limit', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  describe('rateLimitUpdate', () => {
    it('counts into one item per member, action and fixed window, refusing once the limit is reached', () => {
      expect(rateLimitUpdate(TABLE, SUB, 'reply', NOW)).toEqual({
        Update: {
          TableName: TABLE,
          Key: { PK: 'USER#member-sub', SK: `RATE#reply#${HOUR_START}` },
          UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl), entity = if_not_exists(entity, :entity)',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': 'expiresAtEpoch' },
          // The counter outlives its window by an hour, then TTL may remove it.
          ExpressionAttributeValues: { ':one': 1, ':limit': limitOf('reply'), ':ttl': HOUR_START + 3600 + 3600, ':entity': 'RateCounter' },
        },
      });
    });

    it('uses daily windows for daily limits', () => {
      expect(rateLimitUpdate(TABLE, SUB, 'journalEntry', NOW).Update.Key.SK).toBe(`RATE#journalEntry#${DAY_START}`);
    });

    it('starts a new counter when the window turns', () => {
      const before = rateLimitUpdate(TABLE, SUB, 'checkIn', new Date('2026-11-22T12:59:59.999Z')).Update.Key;
      const after = rateLimitUpdate(TABLE, SUB, 'checkIn', new Date('2026-11-22T13:00:00.000Z')).Update.Key;

      expect(after.SK).not.toBe(before.SK);
    });
  });

  describe('rateLimited', () => {
    it('says how many seconds remain in the window', () => {
      const error = rateLimited('codeGuess', NOW);

      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error.retryAfterSeconds).toBe(40 * 60);
    });

    it('never asks to wait less than a second', () => {
      expect(rateLimited('codeGuess', new Date('2026-11-22T12:59:59.999Z')).retryAfterSeconds).toBe(1);
    });
  });

  describe('consumeRateLimit', () => {
    it('counts with the open-account check, in one transaction of two items', async () => {
      await consumeRateLimit(client, TABLE, SUB, 'circleInvite', NOW);

      const sent = ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems);
      expect(sent).toEqual([[rateLimitUpdate(TABLE, SUB, 'circleInvite', NOW), accountOpen(TABLE, SUB)]]);
    });

    it('answers RATE_LIMITED when the counter is spent', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['ConditionalCheckFailed', 'None']));

      await expect(consumeRateLimit(client, TABLE, SUB, 'circleInvite', NOW)).rejects.toBeInstanceOf(RateLimitedError);
    });

    it('answers UNAUTHENTICATED when the account is being deleted', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed']));

      await expect(consumeRateLimit(client, TABLE, SUB, 'circleInvite', NOW)).rejects.toBeInstanceOf(UnauthenticatedError);
    });

    it('lets throttling through: it is not the member\u2019s limit', async () => {
      const throttled = sdkError('ProvisionedThroughputExceededException');
      ddb.on(TransactWriteCommand).rejects(throttled);

      await expect(consumeRateLimit(client, TABLE, SUB, 'circleInvite', NOW)).rejects.toBe(throttled);
    });
  });

  describe('rateLimitSpent and codeGuesses', () => {
    const counterKey = { PK: 'USER#member-sub', SK: `RATE#codeGuess#${HOUR_START}` };

    it('reads the current window\u2019s counter consistently', async () => {
      ddb.on(GetCommand).resolves({ Item: { count: limitOf('codeGuess') - 1 } });

      await expect(rateLimitSpent(client, TABLE, SUB, 'codeGuess', NOW)).resolves.toBe(false);
      expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({ TableName: TABLE, Key: counterKey, ConsistentRead: true });
    });

    it('is spent at the limit, and not without a counter', async () => {
      ddb
        .on(GetCommand)
        .resolvesOnce({ Item: { count: limitOf('codeGuess') } })
        .resolvesOnce({});

      await expect(rateLimitSpent(client, TABLE, SUB, 'codeGuess', NOW)).resolves.toBe(true);
      await expect(rateLimitSpent(client, TABLE, SUB, 'codeGuess', NOW)).resolves.toBe(false);
    });

    it('refuses a guesser who is over the limit, writing nothing', async () => {
      ddb.on(GetCommand).resolves({ Item: { count: limitOf('codeGuess') } });

      await expect(codeGuesses.refuseGuessing(client, TABLE, SUB, NOW)).rejects.toBeInstanceOf(RateLimitedError);
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    });

    it('counts a wrong code against the member', async () => {
      await codeGuesses.countWrongCode(client, TABLE, SUB, NOW);

      expect(ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems?.[0]?.Update?.Key).toEqual(counterKey);
    });
  });
});
