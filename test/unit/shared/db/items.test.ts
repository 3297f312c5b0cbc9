import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { fromItem, updateItem, updateVersioned } from '../../../../services/shared/db/items';
import { ConflictError, NotFoundError } from '../../../../services/shared/errors';
import { sdkError } from './sdk-errors';

const TABLE = 'lacrima-unit';
const KEY = { PK: 'USER#member', SK: 'JOURNAL#01' };
const UPDATED_AT = '2026-11-22T12:00:00.000Z';
const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));

function sentUpdate() {
  const calls = ddb.commandCalls(UpdateCommand);
  expect(calls).toHaveLength(1);
  return calls[0]?.args[0].input;
}

describe('items', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(UpdateCommand).resolves({ Attributes: { ...KEY, GSI1PK: 'x', entity: 'JournalEntry', expiresAtEpoch: 1, id: '01', version: 2 } });
  });

  describe('fromItem', () => {
    it('strips keys, index keys, entity and TTL but keeps every domain field', () => {
      const record = fromItem({
        PK: 'p',
        SK: 's',
        GSI1PK: 'a',
        GSI1SK: 'b',
        GSI2PK: 'c',
        GSI2SK: 'd',
        entity: 'Session',
        expiresAtEpoch: 9,
        id: '01',
        note: null,
      });

      expect(record).toEqual({ id: '01', note: null });
    });
  });

  describe('updateItem', () => {
    const base = {
      client,
      table: TABLE,
      key: KEY,
      updatedAt: UPDATED_AT,
      condition: { expression: '#x = :x', names: { '#x': 'x' }, values: { ':x': 1 } },
      onConditionFailed: () => new ConflictError(),
    };

    it('bumps the version, sets the given fields by placeholder and returns the new record', async () => {
      const record = await updateItem({ ...base, changes: { text: 'hello', promptId: null, emotions: undefined } });

      expect(sentUpdate()).toEqual({
        TableName: TABLE,
        Key: KEY,
        UpdateExpression: 'SET #version = #version + :one, #updatedAt = :updatedAt, #f1 = :v1, #f2 = :v2',
        ConditionExpression: 'attribute_exists(PK) AND #x = :x',
        ExpressionAttributeNames: { '#version': 'version', '#updatedAt': 'updatedAt', '#x': 'x', '#f1': 'text', '#f2': 'promptId' },
        ExpressionAttributeValues: { ':one': 1, ':updatedAt': UPDATED_AT, ':x': 1, ':v1': 'hello', ':v2': null },
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      expect(record).toEqual({ id: '01', version: 2 });
    });

    it('removes the named attributes in the same call', async () => {
      await updateItem({ ...base, changes: { scopes: ['SESSIONS'] }, remove: ['expiresAt'] });

      const input = sentUpdate();
      expect(input?.UpdateExpression).toBe('SET #version = #version + :one, #updatedAt = :updatedAt, #f1 = :v1 REMOVE #f2');
      expect(input?.ExpressionAttributeNames).toMatchObject({ '#f1': 'scopes', '#f2': 'expiresAt' });
    });

    it('hands the old item to onConditionFailed and throws what it returns', async () => {
      const old = { ...KEY, version: 7 };
      ddb.on(UpdateCommand).rejects(sdkError('ConditionalCheckFailedException', { Item: old }));
      const onConditionFailed = jest.fn(() => new ConflictError('changed'));

      await expect(updateItem({ ...base, changes: {}, onConditionFailed })).rejects.toThrow('changed');
      expect(onConditionFailed).toHaveBeenCalledWith(old);
    });

    it('lets throttling and timeouts through unchanged', async () => {
      const throttled = sdkError('ProvisionedThroughputExceededException');
      ddb.on(UpdateCommand).rejects(throttled);

      await expect(updateItem({ ...base, changes: {} })).rejects.toBe(throttled);

      const timeout = sdkError('TimeoutError');
      ddb.on(UpdateCommand).rejects(timeout);
      await expect(updateItem({ ...base, changes: {} })).rejects.toBe(timeout);
    });
  });

  describe('updateVersioned', () => {
    const update = { client, table: TABLE, key: KEY, changes: { text: 'x' }, updatedAt: UPDATED_AT, expectedVersion: 3, what: 'Journal entry' };

    it('writes only while the stored version is the one read', async () => {
      await updateVersioned(update);

      expect(sentUpdate()).toMatchObject({
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
        ExpressionAttributeValues: expect.objectContaining({ ':expected': 3 }),
      });
    });

    it('answers CONFLICT when someone changed the item first', async () => {
      ddb.on(UpdateCommand).rejects(sdkError('ConditionalCheckFailedException', { Item: { ...KEY, version: 4 } }));

      await expect(updateVersioned(update)).rejects.toBeInstanceOf(ConflictError);
    });

    it('answers NOT_FOUND, naming the item, when it is gone', async () => {
      ddb.on(UpdateCommand).rejects(sdkError('ConditionalCheckFailedException'));

      const failure = updateVersioned(update);
      await expect(failure).rejects.toBeInstanceOf(NotFoundError);
      await expect(failure).rejects.toThrow('Journal entry not found');
    });
  });
});
