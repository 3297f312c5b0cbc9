import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { transience } from '../../../services/shared/db/transience';
import { handler } from '../../../services/graphql/handler';
import { buildEvent, invoke, TEST_SUB } from '../../helpers/lambda';
import { kit } from '../../helpers/kit';

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

const faults: Array<[string, Error]> = [
  [
    'throttling',
    Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
      name: 'ProvisionedThroughputExceededException',
      $retryable: { throttling: true },
    }),
  ],
  ['a timeout', Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' })],
  [
    'a transaction cancelled by a conflicting one',
    Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
    }),
  ],
];

const startedAt = new Date(Date.now() - 3 * 3600 * 1000).toISOString();

/** Each write path, with the reads before its write answered as DynamoDB would. */
const writePaths: Array<[string, string, Record<string, unknown>]> = [
  ['updateProfile', kit('UpdateProfile'), { input: { version: 2, displayName: 'Sky' } }],
  ['logSession', kit('LogSession'), { input: { startedAt, durationMinutes: 20, idempotencyKey: 'fault-key-0001' } }],
  ['startSession', kit('StartSession'), {}],
  ['createJournalEntry', kit('CreateJournalEntry'), { input: { text: 'words', idempotencyKey: 'fault-key-0002' } }],
];

describe('faults on write paths', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(lib.GetCommand).resolves({ Item: profile });
    ddb.on(lib.QueryCommand).resolves({ Items: [] });
  });

  describe.each(faults)('with %s', (_fault, error) => {
    it.each(writePaths)('%s answers a clear, retryable error', async (_name, query, variables) => {
      ddb.on(lib.PutCommand).rejects(error);
      ddb.on(lib.UpdateCommand).rejects(error);
      ddb.on(lib.TransactWriteCommand).rejects(error);

      const res = await invoke(handler, buildEvent({ query, variables }));

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      // Throttling and conflicts are refusals; a timeout leaves it open whether the write landed.
      expect(res.body.errors?.[0]?.message).toMatch(
        error.name === 'TimeoutError' ? /may or may not have been saved.*same idempotencyKey/ : /nothing was saved/,
      );
      expect((res.body.errors?.[0]?.extensions as { maybeSaved?: boolean } | undefined)?.maybeSaved).toBe(error.name === 'TimeoutError' ? true : undefined);
      expect(JSON.stringify(res.body)).not.toMatch(/lacrima-unit|Exception|cancellation/);
    });
  });

  it('completes once when a logSession is retried with the same idempotency key after a throttle', async () => {
    const variables = { input: { startedAt, durationMinutes: 20, idempotencyKey: 'retry-after-throttle' } };
    const query = kit('LogSession');
    ddb
      .on(lib.TransactWriteCommand)
      .rejectsOnce(faults[0]?.[1] as Error)
      .resolves({});

    const first = await invoke(handler, buildEvent({ query, variables }));
    const retry = await invoke(handler, buildEvent({ query, variables }));

    expect(first.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(retry.body.errors).toBeUndefined();
    const writes = ddb.commandCalls(lib.TransactWriteCommand);
    expect(writes).toHaveLength(2);
    // Both attempts carry the same marker (after the item and the open-account check), so at most one of them can ever land.
    const markers = writes.map((w) => w.args[0].input.TransactItems?.[2]?.Put?.Item?.SK);
    expect(markers).toEqual(['IDEMPOTENCY#retry-after-throttle', 'IDEMPOTENCY#retry-after-throttle']);
  });

  it('still masks an unexpected error as internal', async () => {
    ddb
      .on(lib.TransactWriteCommand)
      .rejects(Object.assign(new Error('One or more parameter values were invalid: table lacrima-unit'), { name: 'ValidationException' }));

    const res = await invoke(handler, buildEvent({ query: kit('StartSession') }));

    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(res.body)).not.toContain('lacrima-unit');
  });
});

describe('transience', () => {
  const cancelled = (...codes: string[]) =>
    Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons: codes.map((Code) => ({ Code })) });

  it.each([
    ['throttling', Object.assign(new Error('slow down'), { name: 'ThrottlingException' }), 'refused'],
    ['a single write meeting a transaction', Object.assign(new Error('ongoing'), { name: 'TransactionConflictException' }), 'refused'],
    ['a transaction cancelled by a conflict', cancelled('None', 'TransactionConflict'), 'refused'],
    ['a transaction cancelled by throttling', cancelled('ThrottlingError', 'None'), 'refused'],
    ['a timeout', Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'uncertain'],
    ['an error on DynamoDB\u2019s side', Object.assign(new Error('oops'), { name: 'InternalServerError' }), 'uncertain'],
    ['one of our conditions', cancelled('ConditionalCheckFailed', 'TransactionConflict'), null],
    ['a malformed item', cancelled('None', 'ValidationError'), null],
    ['an item collection over its size', cancelled('ItemCollectionSizeLimitExceeded'), null],
    ['a cancellation without reasons', cancelled(), null],
    ['a validation error', Object.assign(new Error('bad'), { name: 'ValidationException' }), null],
  ])('%s: %s', (_name, error, expected) => {
    expect(transience(error)).toBe(expected);
  });
});
