import '../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import type { JournalEntryRecord } from '../../../services/journal/journal.record';
import { createJournalRepository } from '../../../services/journal/journal.repository';
import { closedAccountKey, idempotencyKey, itemKey, timelineIndexKeys, timeRange } from '../../../services/shared/db/keys';
import { ConflictError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../../../services/shared/errors';

const TABLE = 'lacrima-unit';
const SUB = 'member-sub';
const ID = '01JD5NV1TE0000000000000000';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const ddb = mockClient(DynamoDBDocumentClient);
const repository = () => createJournalRepository(DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), TABLE);

const entry: JournalEntryRecord = {
  id: ID,
  sub: SUB,
  writtenAt: '2026-11-20T10:00:00.000Z',
  localDay: '2026-11-20',
  text: 'words',
  emotions: [],
  promptId: null,
  version: 1,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};
const stored = { ...entry, ...itemKey(SUB, 'JournalEntry', ID), ...timelineIndexKeys(SUB, 'JournalEntry', entry.writtenAt, ID), entity: 'JournalEntry' };

function error(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(name), { name, ...extra });
}
const cancelled = (codes: string[]) => error('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });

function transactItems() {
  return ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems ?? []);
}

describe('journal repository', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  describe('create', () => {
    it('writes the entry, its daily count and the open-account check in one transaction', async () => {
      const result = await repository().create(entry, null, NOW);

      expect(result).toEqual({ record: entry, created: true });
      const [items] = transactItems();
      expect(items).toHaveLength(3);
      expect(items?.[0]).toEqual({ Put: { TableName: TABLE, Item: stored, ConditionExpression: 'attribute_not_exists(PK)' } });
      expect(items?.[1]?.Update).toMatchObject({ Key: { PK: 'USER#member-sub', SK: `RATE#journalEntry#${Date.parse('2026-11-22T00:00:00Z') / 1000}` } });
      expect(items?.[2]?.ConditionCheck?.Key).toEqual(closedAccountKey(SUB));
    });

    it('adds the idempotency marker last when the request carries a key', async () => {
      await repository().create(entry, { key: 'retry-key-0001', digest: 'd' }, NOW);

      const [items] = transactItems();
      expect(items).toHaveLength(4);
      expect(items?.[3]?.Put?.Item).toMatchObject({ ...idempotencyKey(SUB, 'retry-key-0001'), target: itemKey(SUB, 'JournalEntry', ID) });
    });

    it('answers RATE_LIMITED past the daily limit', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed', 'None']));

      await expect(repository().create(entry, null, NOW)).rejects.toBeInstanceOf(RateLimitedError);
    });

    it('answers UNAUTHENTICATED once the account is being deleted', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));

      await expect(repository().create(entry, null, NOW)).rejects.toBeInstanceOf(UnauthenticatedError);
    });

    it('lets throttling through for the edge to call retryable', async () => {
      const throttled = error('ProvisionedThroughputExceededException');
      ddb.on(TransactWriteCommand).rejects(throttled);

      await expect(repository().create(entry, null, NOW)).rejects.toBe(throttled);
    });
  });

  describe('get', () => {
    it('reads the entry by id and hands back the record alone', async () => {
      ddb.on(GetCommand).resolves({ Item: stored });

      await expect(repository().get(SUB, ID)).resolves.toEqual(entry);
      expect(ddb.commandCalls(GetCommand)[0]?.args[0].input.Key).toEqual({ PK: 'USER#member-sub', SK: `JOURNAL#${ID}` });
    });
  });

  describe('update', () => {
    it('re-dates an entry by moving both of its index keys, under optimistic locking', async () => {
      ddb.on(UpdateCommand).resolves({ Attributes: { ...stored, version: 2 } });
      const moved = timelineIndexKeys(SUB, 'JournalEntry', '2026-11-19T10:00:00.000Z', ID);

      await repository().update(SUB, ID, 1, { writtenAt: '2026-11-19T10:00:00.000Z', localDay: '2026-11-19' }, NOW.toISOString());

      const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
      expect(input?.Key).toEqual(itemKey(SUB, 'JournalEntry', ID));
      expect(input?.ConditionExpression).toBe('attribute_exists(PK) AND #version = :expected');
      expect(input?.ExpressionAttributeValues).toMatchObject({ ':expected': 1 });
      expect(Object.values(input?.ExpressionAttributeValues ?? {})).toEqual(expect.arrayContaining([moved.GSI1SK, moved.GSI2SK]));
      expect(input?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    });

    it('answers CONFLICT for a stale version and NOT_FOUND for a deleted entry', async () => {
      ddb
        .on(UpdateCommand)
        .rejectsOnce(error('ConditionalCheckFailedException', { Item: stored }))
        .rejectsOnce(error('ConditionalCheckFailedException'));

      await expect(repository().update(SUB, ID, 1, { text: 'x' }, NOW.toISOString())).rejects.toBeInstanceOf(ConflictError);
      await expect(repository().update(SUB, ID, 1, { text: 'x' }, NOW.toISOString())).rejects.toThrow('Journal entry not found');
    });
  });

  describe('delete', () => {
    it('answers NOT_FOUND when the entry is not there', async () => {
      ddb.on(DeleteCommand).rejects(error('ConditionalCheckFailedException'));

      await expect(repository().delete(SUB, ID)).rejects.toBeInstanceOf(NotFoundError);
      expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input).toMatchObject({
        Key: itemKey(SUB, 'JournalEntry', ID),
        ExpressionAttributeValues: { ':entity': 'JournalEntry' },
      });
    });
  });

  describe('page', () => {
    it('reads the journal list only, newest first, in one Query', async () => {
      ddb.on(QueryCommand).resolves({ Items: [stored] });
      const range = timeRange('JournalEntry', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');

      const page = await repository().page(SUB, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, 5);

      expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
      expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
        IndexName: 'GSI2',
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': 'USER#member-sub', ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: 6,
      });
      expect(page).toMatchObject({ items: [entry], hasNextPage: false });
    });
  });
});
