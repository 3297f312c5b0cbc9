import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../../services/graphql/handler';
import { illFormedTextAt } from '../../../services/graphql/well-formed-text';
import { buildEvent, invoke } from '../../helpers/lambda';

const ddb = mockClient(lib.DynamoDBDocumentClient);

// Cases the bad-input property (test/integration/bad-input.property.test.ts) found.
describe('graphql handler, bad input', () => {
  beforeEach(() => {
    ddb.reset();
  });

  it('answers BAD_USER_INPUT, not INTERNAL_SERVER_ERROR, past graphql-js limit of 50 variable errors', async () => {
    const catalysts = Array.from({ length: 60 }, () => ({ kind: 'UNKNOWN' }));

    const res = await invoke(
      handler,
      buildEvent({ query: 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }', variables: { input: { id: 'x', version: 1, catalysts } } }),
    );

    expect(res.status).toBe(400);
    expect(new Set(res.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(ddb.calls()).toHaveLength(0);
  });

  it('refuses text with an unpaired surrogate, naming where, before any read or write', async () => {
    const res = await invoke(
      handler,
      buildEvent({ query: 'mutation($input: CreateJournalEntryInput!) { createJournalEntry(input: $input) { id } }', variables: { input: { text: 'tears \uD83D' } } }),
    );

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: '$input.text is not valid Unicode text (it holds an unpaired surrogate)', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('illFormedTextAt', () => {
  it.each([
    ['a lone high surrogate', { a: 'x\uD800' }, '$v.a'],
    ['a lone low surrogate in a list', { steps: [{ title: 'ok' }, { title: '\uDC00' }] }, '$v.steps[1].title'],
  ])('finds %s', (_name, value, path) => {
    expect(illFormedTextAt(value, '$v')).toBe(path);
  });

  it('accepts emoji, NUL and every other code point', () => {
    expect(illFormedTextAt({ text: '😢\uFE0F a\u0000b \uFFFF 👩🏽‍🤝‍👩🏻', n: 1, list: [null, true] }, '$v')).toBeUndefined();
  });
});
