import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { accountOpen } from '../../../../services/shared/db/closed-account';
import { itemKey, timelineIndexKeys, timeRange } from '../../../../services/shared/db/keys';
import { MemberItemStore, type MemberRecord } from '../../../../services/shared/db/member-items';
import { rateLimitUpdate } from '../../../../services/shared/db/rate-limit';
import { NotFoundError, RateLimitedError, UnauthenticatedError } from '../../../../services/shared/errors';
import { cancelled, sdkError } from './sdk-errors';

const TABLE = 'lacrima-unit';
const SUB = 'client-sub';
const ID = '01JD5NOTE00000000000000001';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));

interface Note extends MemberRecord {
  occurredAt: string;
  text: string;
}
const note: Note = { id: ID, sub: SUB, version: 1, occurredAt: '2026-11-20T09:00:00.000Z', text: 'seen' };

const unlimited = () => new MemberItemStore<Note>(client, TABLE, 'TherapistNote', 'occurredAt', 'Note');
const limited = () => new MemberItemStore<Note>(client, TABLE, 'TherapistNote', 'occurredAt', 'Note', 'note');

function transactItems() {
  return ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems ?? []);
}

describe('MemberItemStore', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  describe('toItem', () => {
    it('stores the record under its id and indexes it by when it happened', () => {
      expect(unlimited().toItem(note)).toEqual({
        ...note,
        ...itemKey(SUB, 'TherapistNote', ID),
        ...timelineIndexKeys(SUB, 'TherapistNote', note.occurredAt, ID),
        entity: 'TherapistNote',
      });
    });
  });

  describe('create', () => {
    it('writes the item with the caller\u2019s open-account check and returns the record without storage attributes', async () => {
      const result = await unlimited().create(note, null, NOW);

      expect(result).toEqual({ record: note, created: true });
      expect(transactItems()).toEqual([
        [{ Put: { TableName: TABLE, Item: unlimited().toItem(note), ConditionExpression: 'attribute_not_exists(PK)' } }, accountOpen(TABLE, SUB)],
      ]);
    });

    it('counts a rate-limited kind in the same transaction, after the caller\u2019s own parts', async () => {
      const other = accountOpen(TABLE, 'therapist-sub');

      await limited().create(note, null, NOW, [other]);

      const items = transactItems()[0];
      expect(items?.[1]).toEqual(other);
      expect(items?.[2]).toEqual(rateLimitUpdate(TABLE, SUB, 'note', NOW));
      expect(items?.[3]).toEqual(accountOpen(TABLE, SUB));
    });

    it('answers RATE_LIMITED when its counter refused the write', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed', 'None']));

      await expect(limited().create(note, null, NOW, [accountOpen(TABLE, 'therapist-sub')])).rejects.toBeInstanceOf(RateLimitedError);
    });

    it('does not blame the limit for another part\u2019s refusal', async () => {
      const refusal = cancelled(['None', 'ConditionalCheckFailed', 'None', 'None']);
      ddb.on(TransactWriteCommand).rejects(refusal);

      await expect(limited().create(note, null, NOW, [accountOpen(TABLE, 'therapist-sub')])).rejects.toBe(refusal);
    });

    it('answers UNAUTHENTICATED when the owner\u2019s account is being deleted', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'None', 'ConditionalCheckFailed']));

      await expect(limited().create(note, null, NOW)).rejects.toBeInstanceOf(UnauthenticatedError);
    });
  });

  describe('get', () => {
    it('reads the item by its key and strips storage attributes', async () => {
      ddb.on(GetCommand).resolves({ Item: unlimited().toItem(note) });

      await expect(unlimited().get(SUB, ID)).resolves.toEqual(note);
      expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({ TableName: TABLE, Key: itemKey(SUB, 'TherapistNote', ID) });
    });

    it('answers nothing for a missing item or one of another kind', async () => {
      ddb
        .on(GetCommand)
        .resolvesOnce({})
        .resolvesOnce({ Item: { ...unlimited().toItem(note), entity: 'Session' } });

      await expect(unlimited().get(SUB, ID)).resolves.toBeUndefined();
      await expect(unlimited().get(SUB, ID)).resolves.toBeUndefined();
    });
  });

  describe('update', () => {
    beforeEach(() => ddb.on(UpdateCommand).resolves({ Attributes: unlimited().toItem(note) }));

    it('moves the item on the timeline when the time it happened changes', async () => {
      await unlimited().update(SUB, ID, 1, { occurredAt: '2026-11-21T08:00:00.000Z' }, NOW.toISOString());

      const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
      const values = Object.values(input?.ExpressionAttributeValues ?? {});
      expect(values).toEqual(expect.arrayContaining(Object.values(timelineIndexKeys(SUB, 'TherapistNote', '2026-11-21T08:00:00.000Z', ID))));
      expect(input?.Key).toEqual(itemKey(SUB, 'TherapistNote', ID));
    });

    it('leaves the index keys alone when the time does not change', async () => {
      await unlimited().update(SUB, ID, 1, { text: 'new' }, NOW.toISOString());

      const names = Object.values(ddb.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeNames ?? {});
      expect(names).toContain('text');
      expect(names.filter((name) => name.startsWith('GSI'))).toEqual([]);
    });

    it('answers NOT_FOUND, naming the kind, when the item is gone', async () => {
      ddb.on(UpdateCommand).rejects(sdkError('ConditionalCheckFailedException'));

      await expect(unlimited().update(SUB, ID, 1, { text: 'x' }, NOW.toISOString())).rejects.toThrow('Note not found');
    });
  });

  describe('delete', () => {
    it('deletes only an existing item of its own kind', async () => {
      ddb.on(DeleteCommand).resolves({});

      await unlimited().delete(SUB, ID);

      expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input).toEqual({
        TableName: TABLE,
        Key: itemKey(SUB, 'TherapistNote', ID),
        ConditionExpression: 'attribute_exists(PK) AND entity = :entity',
        ExpressionAttributeValues: { ':entity': 'TherapistNote' },
      });
    });

    it('answers NOT_FOUND when there was nothing to delete', async () => {
      ddb.on(DeleteCommand).rejects(sdkError('ConditionalCheckFailedException'));

      await expect(unlimited().delete(SUB, ID)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lets a timeout through: the delete may have happened', async () => {
      const timeout = sdkError('TimeoutError');
      ddb.on(DeleteCommand).rejects(timeout);

      await expect(unlimited().delete(SUB, ID)).rejects.toBe(timeout);
    });
  });

  describe('page and between', () => {
    it('pages its kind\u2019s list newest first and returns plain records', async () => {
      ddb.on(QueryCommand).resolves({ Items: [unlimited().toItem(note)] });

      const page = await unlimited().page(SUB, { from: '2026-11-01T00:00:00.000Z', to: null }, 10);

      const input = ddb.commandCalls(QueryCommand)[0]?.args[0].input;
      const range = timeRange('TherapistNote', '2026-11-01T00:00:00.000Z', null);
      expect(input).toMatchObject({
        IndexName: 'GSI2',
        ScanIndexForward: false,
        Limit: 11,
        ExpressionAttributeValues: { ':pk': 'USER#client-sub', ':from': range.from, ':to': range.to },
      });
      expect(page.items).toEqual([note]);
    });

    it('reads every item in a period across pages', async () => {
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [unlimited().toItem(note)], LastEvaluatedKey: { PK: 'x', SK: 'y' } })
        .resolvesOnce({ Items: [] });

      const result = await unlimited().between(SUB, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');

      expect(result).toEqual({ records: [note], calls: 2 });
      expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.IndexName).toBe('GSI2');
    });
  });
});
