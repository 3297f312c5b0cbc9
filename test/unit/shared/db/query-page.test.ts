import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { justAfter, justBefore, keyNames, queryPage, queryRange } from '../../../../services/shared/db/query-page';
import { BadUserInputError } from '../../../../services/shared/errors';
import { decodeCursor, encodeCursor } from '../../../../services/shared/pagination';
import { sdkError } from './sdk-errors';

const TABLE = 'lacrima-unit';
const PARTITION = 'USER#member';
const RANGE = { from: 'TL#', to: 'TL#\uffff' };
const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));

const item = (n: number) => ({ PK: PARTITION, SK: `JOURNAL#${n}`, GSI1SK: `TL#2026-11-${String(n).padStart(2, '0')}T00:00:00.000Z#${n}`, id: String(n) });

function sentQueries() {
  return ddb.commandCalls(QueryCommand).map((call) => call.args[0].input);
}

describe('query-page', () => {
  beforeEach(() => ddb.reset());

  describe('keyNames', () => {
    it('names the table keys, or an index\u2019s', () => {
      expect(keyNames()).toEqual({ pk: 'PK', sk: 'SK' });
      expect(keyNames('GSI2')).toEqual({ pk: 'GSI2PK', sk: 'GSI2SK' });
    });
  });

  describe('justBefore and justAfter', () => {
    it('bound a range just beside a key, so the key itself falls outside it', () => {
      const key = 'TL#2026-11-22T10:00:00.000Z#01JD5';

      expect(justBefore(key) < key && key < justAfter(key)).toBe(true);
      // Nothing that sorts before the key sorts after its "just before" bound, and vice versa.
      expect(justBefore(key) > 'TL#2026-11-22T10:00:00.000Z#01JD4ZZZZ').toBe(true);
      expect(justAfter(key) < `${key}0`).toBe(true);
    });
  });

  describe('queryPage', () => {
    it('reads one more item than asked for, to know whether a page follows, in one Query', async () => {
      ddb.on(QueryCommand).resolves({ Items: [item(3), item(2), item(1)] });

      const page = await queryPage({ client, table: TABLE, index: 'GSI1', partition: PARTITION, range: RANGE, first: 2, newestFirst: true });

      expect(sentQueries()).toEqual([
        {
          TableName: TABLE,
          IndexName: 'GSI1',
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#pk': 'GSI1PK', '#sk': 'GSI1SK' },
          ExpressionAttributeValues: { ':pk': PARTITION, ':from': RANGE.from, ':to': RANGE.to },
          ScanIndexForward: false,
          Limit: 3,
        },
      ]);
      expect(page.items).toEqual([item(3), item(2)]);
      expect(page.hasNextPage).toBe(true);
      expect(page.cursors.map((c) => decodeCursor(c))).toEqual([item(3).GSI1SK, item(2).GSI1SK]);
      expect(page.endCursor).toBeUndefined();
    });

    it('says no page follows when the read came back short', async () => {
      ddb.on(QueryCommand).resolves({ Items: [item(1)] });

      const page = await queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2 });

      expect(page.hasNextPage).toBe(false);
      expect(sentQueries()[0]).toMatchObject({ ScanIndexForward: true, IndexName: undefined, ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' } });
      expect(sentQueries()[0]?.ExclusiveStartKey).toBeUndefined();
    });

    it('resumes strictly before the cursor when reading newest first, without ExclusiveStartKey', async () => {
      ddb.on(QueryCommand).resolves({ Items: [] });
      const position = item(5).GSI1SK;

      await queryPage({ client, table: TABLE, index: 'GSI1', partition: PARTITION, range: RANGE, first: 2, after: encodeCursor(position), newestFirst: true });

      const values = sentQueries()[0]?.ExpressionAttributeValues;
      expect(values).toMatchObject({ ':from': RANGE.from, ':to': justBefore(position) });
      expect(sentQueries()[0]?.ExclusiveStartKey).toBeUndefined();
    });

    it('resumes strictly after the cursor when reading oldest first', async () => {
      ddb.on(QueryCommand).resolves({ Items: [] });
      const position = item(5).GSI1SK;

      await queryPage({ client, table: TABLE, index: 'GSI1', partition: PARTITION, range: RANGE, first: 2, after: encodeCursor(position) });

      expect(sentQueries()[0]?.ExpressionAttributeValues).toMatchObject({ ':from': justAfter(position), ':to': RANGE.to });
    });

    it('refuses a cursor from outside the range, naming the field', async () => {
      const elsewhere = encodeCursor('SESSION#2026-11-22');

      const failure = queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2, after: elsewhere, cursorField: 'clientAfter' });

      await expect(failure).rejects.toBeInstanceOf(BadUserInputError);
      await expect(failure).rejects.toMatchObject({ fields: ['clientAfter'] });
      expect(sentQueries()).toHaveLength(0);
    });

    it('refuses a cursor that is not ours', async () => {
      await expect(queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2, after: 'TL#2026' })).rejects.toMatchObject({
        fields: ['after'],
      });
    });

    it('answers an empty last page without a Query when the cursor is at the start of the range', async () => {
      const page = await queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2, after: encodeCursor(RANGE.from), newestFirst: true });

      expect(page).toEqual({ items: [], hasNextPage: false, cursors: [] });
      expect(sentQueries()).toHaveLength(0);
    });

    it('sends a filter with its own names and values next to the key condition', async () => {
      ddb.on(QueryCommand).resolves({ Items: [] });
      const filter = { expression: '#entity IN (:e0)', names: { '#entity': 'entity' }, values: { ':e0': 'Session' } };

      await queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2, filter });

      expect(sentQueries()[0]).toMatchObject({
        FilterExpression: '#entity IN (:e0)',
        ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK', '#entity': 'entity' },
        ExpressionAttributeValues: { ':pk': PARTITION, ':e0': 'Session' },
      });
    });

    it('resumes a filtered page that stopped early after what it read, not after what matched', async () => {
      ddb.on(QueryCommand).resolves({ Items: [item(9)], LastEvaluatedKey: { PK: PARTITION, SK: 'JOURNAL#4', GSI1PK: PARTITION, GSI1SK: item(4).GSI1SK } });
      const filter = { expression: '#entity = :e', names: { '#entity': 'entity' }, values: { ':e': 'JournalEntry' } };

      const page = await queryPage({ client, table: TABLE, index: 'GSI1', partition: PARTITION, range: RANGE, first: 5, filter, newestFirst: true });

      expect(page.hasNextPage).toBe(true);
      expect(page.items).toEqual([item(9)]);
      expect(decodeCursor(page.endCursor as string)).toBe(item(4).GSI1SK);
    });

    it('says a page follows when DynamoDB stopped at its 1 MB limit before the page was full (long entries), resuming after what it read', async () => {
      // Two 600 KB journal entries fill DynamoDB's 1 MB answer: it stops after one, with LastEvaluatedKey.
      ddb.on(QueryCommand).resolves({ Items: [item(9)], LastEvaluatedKey: { PK: PARTITION, SK: 'JOURNAL#9', GSI1PK: PARTITION, GSI1SK: item(9).GSI1SK } });

      const page = await queryPage({ client, table: TABLE, index: 'GSI1', partition: PARTITION, range: RANGE, first: 20, newestFirst: true });

      expect(page.items).toEqual([item(9)]);
      expect(page.hasNextPage).toBe(true);
      expect(decodeCursor(page.endCursor as string)).toBe(item(9).GSI1SK);
    });

    it('lets throttling through unchanged', async () => {
      const throttled = sdkError('ProvisionedThroughputExceededException');
      ddb.on(QueryCommand).rejects(throttled);

      await expect(queryPage({ client, table: TABLE, partition: PARTITION, range: RANGE, first: 2 })).rejects.toBe(throttled);
    });
  });

  describe('queryRange', () => {
    it('follows LastEvaluatedKey page by page and counts the calls', async () => {
      const next = { PK: PARTITION, SK: 'JOURNAL#2', GSI2PK: PARTITION, GSI2SK: 'JOURNAL#2' };
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [item(1), item(2)], LastEvaluatedKey: next })
        .resolvesOnce({ Items: [item(3)] });

      const result = await queryRange({ client, table: TABLE, index: 'GSI2', partition: PARTITION, range: { from: 'JOURNAL#a', to: 'JOURNAL#z' } });

      expect(result).toEqual({ items: [item(1), item(2), item(3)], calls: 2 });
      const [first, second] = sentQueries();
      expect(first).toMatchObject({
        IndexName: 'GSI2',
        ExpressionAttributeValues: { ':pk': PARTITION, ':from': 'JOURNAL#a', ':to': 'JOURNAL#z' },
        ExclusiveStartKey: undefined,
      });
      expect(first?.Limit).toBeUndefined();
      expect(second?.ExclusiveStartKey).toEqual(next);
    });

    it('stops following pages once it holds `max` items', async () => {
      ddb.on(QueryCommand).resolves({ Items: [item(1), item(2)], LastEvaluatedKey: { PK: PARTITION, SK: 'x' } });

      const result = await queryRange({ client, table: TABLE, partition: PARTITION, range: RANGE, max: 3 });

      expect(result.calls).toBe(2);
      expect(result.items).toHaveLength(4);
    });
  });
});
