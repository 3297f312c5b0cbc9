import '../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { timeRange } from '../../../services/shared/db/keys';
import { DynamoTimelineRepository } from '../../../services/timeline/timeline.repository';

const TABLE = 'lacrima-unit';
const FROM = '2026-11-01T00:00:00.000Z';
const TO = '2026-12-01T00:00:00.000Z';
const ddb = mockClient(DynamoDBDocumentClient);
const repository = () => new DynamoTimelineRepository(DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), TABLE);

function sentQuery() {
  const calls = ddb.commandCalls(QueryCommand);
  expect(calls).toHaveLength(1);
  return calls[0]?.args[0].input;
}

describe('DynamoTimelineRepository', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(QueryCommand).resolves({ Items: [] });
  });

  it('reads the whole timeline index newest first, unfiltered, when every kind is wanted', async () => {
    await repository().page('member-sub', { entities: null, from: FROM, to: TO, first: 10 });

    const range = timeRange(null, FROM, TO);
    expect(sentQuery()).toEqual({
      TableName: TABLE,
      IndexName: 'GSI1',
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': 'GSI1PK', '#sk': 'GSI1SK' },
      ExpressionAttributeValues: { ':pk': 'USER#member-sub', ':from': range.from, ':to': range.to },
      ScanIndexForward: false,
      Limit: 11,
    });
  });

  it('reads one kind from its own list, with no filter', async () => {
    await repository().page('member-sub', { entities: ['JournalEntry'], from: FROM, first: 10 });

    const input = sentQuery();
    expect(input).toMatchObject({ IndexName: 'GSI2', ExpressionAttributeValues: { ':from': timeRange('JournalEntry', FROM).from } });
    expect(input?.FilterExpression).toBeUndefined();
  });

  it('filters the timeline index by entity for several kinds', async () => {
    await repository().page('member-sub', { entities: ['Session', 'TherapistNote'], first: 10 });

    expect(sentQuery()).toMatchObject({
      IndexName: 'GSI1',
      FilterExpression: '#entity IN (:e0, :e1)',
      ExpressionAttributeNames: { '#entity': 'entity' },
      ExpressionAttributeValues: { ':e0': 'Session', ':e1': 'TherapistNote' },
    });
  });
});
