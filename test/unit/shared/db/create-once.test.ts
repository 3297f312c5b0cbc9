import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { accountOpen, isAccountOpenCheck, refuseIfAccountClosed } from '../../../../services/shared/db/closed-account';
import { createOnce, IDEMPOTENCY_WINDOW_SECONDS, type CreateOnce } from '../../../../services/shared/db/create-once';
import { closedAccountKey, idempotencyKey } from '../../../../services/shared/db/keys';
import { ConflictError, NotFoundError, UnauthenticatedError } from '../../../../services/shared/errors';
import { cancelled, sdkError } from './sdk-errors';

const TABLE = 'lacrima-unit';
const SUB = 'member-sub';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const ITEM = { PK: 'USER#member-sub', SK: 'JOURNAL#01', id: '01', text: 'first' };
const REQUEST = { key: 'retry-key-0001', digest: 'digest-a' };
const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));

function create(overrides: Partial<CreateOnce> = {}) {
  return createOnce({ client, table: TABLE, sub: SUB, item: ITEM, now: NOW, ...overrides });
}

function sentItems() {
  return ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems ?? []);
}

const counter = { Update: { TableName: TABLE, Key: { PK: 'USER#member-sub', SK: 'RATE#x#0' }, UpdateExpression: 'ADD #c :one' } };

describe('closed-account', () => {
  it('checks that no deletion of the account has begun', () => {
    expect(accountOpen(TABLE, SUB)).toEqual({
      ConditionCheck: { TableName: TABLE, Key: closedAccountKey(SUB), ConditionExpression: 'attribute_not_exists(PK)' },
    });
  });

  it('recognises its own check and not another member\u2019s or another table\u2019s', () => {
    expect(isAccountOpenCheck(accountOpen(TABLE, SUB), TABLE, SUB)).toBe(true);
    expect(isAccountOpenCheck(accountOpen(TABLE, 'other'), TABLE, SUB)).toBe(false);
    expect(isAccountOpenCheck(accountOpen('other-table', SUB), TABLE, SUB)).toBe(false);
    expect(isAccountOpenCheck(counter, TABLE, SUB)).toBe(false);
  });

  it('turns a failed open-account check into UNAUTHENTICATED, and nothing else', () => {
    expect(() => refuseIfAccountClosed(cancelled(['None', 'ConditionalCheckFailed']), 1)).toThrow(UnauthenticatedError);
    expect(() => refuseIfAccountClosed(cancelled(['ConditionalCheckFailed', 'None']), 1)).not.toThrow();
    expect(() => refuseIfAccountClosed(sdkError('ConditionalCheckFailedException'), 0)).not.toThrow();
  });
});

describe('createOnce', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  describe('without an idempotency key', () => {
    it('writes the item only if new, with the open-account check, in one transaction', async () => {
      const result = await create();

      expect(result).toEqual({ item: ITEM, created: true });
      expect(sentItems()).toEqual([[{ Put: { TableName: TABLE, Item: ITEM, ConditionExpression: 'attribute_not_exists(PK)' } }, accountOpen(TABLE, SUB)]]);
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    });

    it('keeps `together` between the item and the check', async () => {
      await create({ together: [counter] });

      expect(sentItems()[0]?.map((part) => Object.keys(part)[0])).toEqual(['Put', 'Update', 'ConditionCheck']);
    });

    it('does not add a second open-account check when the caller sent one', async () => {
      await create({ together: [accountOpen(TABLE, SUB), counter] });

      expect(sentItems()[0]).toHaveLength(3);
      expect(sentItems()[0]?.filter((part) => part.ConditionCheck)).toHaveLength(1);
    });

    it('answers UNAUTHENTICATED when the account is being deleted', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));

      await expect(create({ together: [counter] })).rejects.toBeInstanceOf(UnauthenticatedError);
    });

    it('lets any other failure through unchanged', async () => {
      const clash = cancelled(['ConditionalCheckFailed', 'None']);
      ddb.on(TransactWriteCommand).rejects(clash);
      await expect(create()).rejects.toBe(clash);

      const throttled = sdkError('ProvisionedThroughputExceededException');
      ddb.on(TransactWriteCommand).rejects(throttled);
      await expect(create()).rejects.toBe(throttled);
    });
  });

  describe('with an idempotency key', () => {
    const marker = idempotencyKey(SUB, REQUEST.key);

    it('writes a marker in the caller\u2019s partition that points at the item and keeps the digest for a week', async () => {
      const result = await create({ idempotency: REQUEST, together: [counter] });

      expect(result.created).toBe(true);
      const items = sentItems()[0];
      expect(items?.map((part) => Object.keys(part)[0])).toEqual(['Put', 'Update', 'ConditionCheck', 'Put']);
      expect(items?.[3]).toEqual({
        Put: {
          TableName: TABLE,
          Item: {
            ...marker,
            entity: 'IdempotencyMarker',
            target: { PK: ITEM.PK, SK: ITEM.SK },
            requestDigest: 'digest-a',
            createdAt: NOW.toISOString(),
            expiresAtEpoch: NOW.getTime() / 1000 + IDEMPOTENCY_WINDOW_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      });
    });

    it('returns the first item on a retry of the same request, writing nothing', async () => {
      const first = { ...ITEM, text: 'as first stored' };
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));
      ddb.on(GetCommand, { Key: marker }).resolves({ Item: { ...marker, target: { PK: ITEM.PK, SK: ITEM.SK }, requestDigest: 'digest-a' } });
      ddb.on(GetCommand, { Key: { PK: ITEM.PK, SK: ITEM.SK } }).resolves({ Item: first });

      const result = await create({ idempotency: REQUEST });

      expect(result).toEqual({ item: first, created: false });
      expect(sentItems()).toHaveLength(1);
      // Both reads are strongly consistent: a retry right after the first write must see it.
      expect(ddb.commandCalls(GetCommand).map((call) => call.args[0].input)).toEqual([
        { TableName: TABLE, Key: marker, ConsistentRead: true },
        { TableName: TABLE, Key: { PK: ITEM.PK, SK: ITEM.SK }, ConsistentRead: true },
      ]);
    });

    it('accepts a marker from before digests were kept', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));
      ddb.on(GetCommand, { Key: marker }).resolves({ Item: { ...marker, target: { PK: ITEM.PK, SK: ITEM.SK } } });
      ddb.on(GetCommand, { Key: { PK: ITEM.PK, SK: ITEM.SK } }).resolves({ Item: ITEM });

      await expect(create({ idempotency: REQUEST })).resolves.toEqual({ item: ITEM, created: false });
    });

    it('answers CONFLICT on idempotencyKey when the key was used for another request', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));
      ddb.on(GetCommand, { Key: marker }).resolves({ Item: { ...marker, target: { PK: ITEM.PK, SK: ITEM.SK }, requestDigest: 'digest-b' } });

      const failure = create({ idempotency: REQUEST });

      await expect(failure).rejects.toBeInstanceOf(ConflictError);
      await expect(failure).rejects.toMatchObject({ fields: ['idempotencyKey'] });
      expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
    });

    it('answers NOT_FOUND when the first item has since been deleted', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));
      ddb.on(GetCommand, { Key: marker }).resolves({ Item: { ...marker, target: { PK: ITEM.PK, SK: ITEM.SK }, requestDigest: 'digest-a' } });
      ddb.on(GetCommand, { Key: { PK: ITEM.PK, SK: ITEM.SK } }).resolves({});

      await expect(create({ idempotency: REQUEST })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('rethrows the refusal when there is no marker (some other condition failed)', async () => {
      const refusal = cancelled(['None', 'ConditionalCheckFailed', 'None', 'None']);
      ddb.on(TransactWriteCommand).rejects(refusal);
      ddb.on(GetCommand).resolves({});

      await expect(create({ idempotency: REQUEST, together: [counter] })).rejects.toBe(refusal);
    });

    it('answers UNAUTHENTICATED for a closed account before looking for a marker', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed', 'None']));

      await expect(create({ idempotency: REQUEST })).rejects.toBeInstanceOf(UnauthenticatedError);
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    });

    it('does not read anything after a timeout: it is no refusal', async () => {
      const timeout = sdkError('TimeoutError');
      ddb.on(TransactWriteCommand).rejects(timeout);

      await expect(create({ idempotency: REQUEST })).rejects.toBe(timeout);
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    });
  });
});
