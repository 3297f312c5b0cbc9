import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../services/graphql/handler';
import { buildEvent, invoke, TEST_SUB } from '../../helpers/lambda';
import { kit } from '../../helpers/kit';
import { captureOutput, directives, type Captured, type EmfLine } from './output-capture';

const ddb = mockClient(lib.DynamoDBDocumentClient);

const profile = {
  PK: `USER#${TEST_SUB}`,
  SK: 'PROFILE',
  sub: TEST_SUB,
  displayName: 'River',
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  preferences: {},
  version: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
  name: 'ProvisionedThroughputExceededException',
  $retryable: { throttling: true },
});

describe('graphql handler metrics (embedded metric format)', () => {
  let output: Captured;

  beforeEach(() => {
    ddb.reset();
    ddb.on(lib.GetCommand).resolves({ Item: profile });
    ddb.on(lib.QueryCommand).resolves({ Items: [] });
    output = captureOutput();
  });

  afterEach(() => output.restore());

  /** The one metric line the request wrote. */
  function onlyLine(): EmfLine {
    const lines = output.metricLines();
    expect(lines).toHaveLength(1);
    return lines[0] as EmfLine;
  }

  it('counts a masked unexpected error as INTERNAL_SERVER_ERROR under its operation, in one line', async () => {
    ddb
      .on(lib.TransactWriteCommand)
      .rejects(Object.assign(new Error('One or more parameter values were invalid: table lacrima-unit'), { name: 'ValidationException' }));

    const res = await invoke(handler, buildEvent({ query: kit('StartSession') }));

    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const line = onlyLine();
    expect(line._aws.CloudWatchMetrics.every((d) => d.Namespace === 'Lacrima')).toBe(true);
    expect(typeof line._aws.Timestamp).toBe('number');
    expect(directives(line)).toEqual({
      Requests: { namespace: 'Lacrima', dimensions: [['service'], ['service', 'operation']], unit: 'Count' },
      ColdStart: { namespace: 'Lacrima', dimensions: [['service']], unit: 'Count' },
      Latency: { namespace: 'Lacrima', dimensions: [['service', 'family']], unit: 'Milliseconds' },
      Errors: {
        namespace: 'Lacrima',
        dimensions: [
          ['service', 'code'],
          ['service', 'code', 'operation'],
        ],
        unit: 'Count',
      },
    });
    expect(line).toMatchObject({
      service: 'graphql',
      operation: 'StartSession',
      family: 'write',
      code: 'INTERNAL_SERVER_ERROR',
      codes: 'INTERNAL_SERVER_ERROR',
      Requests: 1,
      Errors: 1,
    });
    expect(line.Latency).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toMatch(/lacrima-unit|ValidationException|invalid/);
  });

  it('counts a DynamoDB throttle as SERVICE_UNAVAILABLE', async () => {
    ddb.on(lib.PutCommand).rejects(throttled);
    ddb.on(lib.UpdateCommand).rejects(throttled);

    const res = await invoke(handler, buildEvent({ query: kit('UpdateProfile'), variables: { input: { version: 2, displayName: 'Sky' } } }));

    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const line = onlyLine();
    expect(line).toMatchObject({ service: 'graphql', operation: 'UpdateProfile', family: 'write', code: 'SERVICE_UNAVAILABLE', Requests: 1, Errors: 1 });
    expect(Object.keys(directives(line))).toContain('Errors');
    // Display names are member text: the line carries none of the input.
    expect(JSON.stringify(line)).not.toContain('Sky');
  });

  it('counts a request without errors, with no Errors metric and no code', async () => {
    const res = await invoke(handler, buildEvent({ query: kit('Me') }));

    expect(res.body.errors).toBeUndefined();
    const line = onlyLine();
    expect(line).toMatchObject({ operation: 'Me', family: 'read', Requests: 1 });
    expect(line).not.toHaveProperty('Errors');
    expect(line).not.toHaveProperty('code');
    expect(Object.keys(directives(line)).sort()).toEqual(['ColdStart', 'Latency', 'Requests']);
  });

  it('files an operation under the family of its root field', async () => {
    await invoke(handler, buildEvent({ query: kit('MyCircles'), variables: {} }));

    expect(onlyLine()).toMatchObject({ operation: 'MyCircles', family: 'circle' });
  });

  it('counts a body that is not JSON as BAD_REQUEST, refused before any operation', async () => {
    const res = await invoke(handler, buildEvent(undefined, { rawBody: '{not json' }));

    expect(res.status).toBe(400);
    const line = onlyLine();
    expect(line).toMatchObject({ operation: 'none', code: 'BAD_REQUEST', Requests: 1, Errors: 1 });
    // No operation ran: no latency to skew a family's percentiles.
    expect(line).not.toHaveProperty('family');
    expect(line).not.toHaveProperty('Latency');
  });

  it('counts a request without a valid token as UNAUTHENTICATED (answered by Apollo without its plugins)', async () => {
    const res = await invoke(handler, buildEvent({ query: kit('Me') }, { claims: null }));

    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyLine()).toMatchObject({ operation: 'none', code: 'UNAUTHENTICATED', Errors: 1 });
  });

  it('names an operation outside the client kit "other", whatever the client called it', async () => {
    await invoke(handler, buildEvent({ query: 'query MyOwnName { journalPrompts { id } }' }));

    expect(onlyLine()).toMatchObject({ operation: 'other', family: 'read', Requests: 1 });
  });

  it('counts a document that does not parse under its final code', async () => {
    const res = await invoke(handler, buildEvent({ query: '{ me { ' }));

    const code = res.body.errors?.[0]?.extensions?.code;
    expect(code).toBe('GRAPHQL_PARSE_FAILED');
    expect(onlyLine()).toMatchObject({ operation: 'other', code, Errors: 1 });
  });
});
