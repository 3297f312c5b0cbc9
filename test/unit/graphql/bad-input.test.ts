import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { concise } from '../../../services/graphql/format-error';
import { handler } from '../../../services/graphql/handler';
import { illFormedTextAt } from '../../../services/graphql/well-formed-text';
import { buildEvent, invoke } from '../../helpers/lambda';
import { kit } from '../../helpers/kit';

const ddb = mockClient(lib.DynamoDBDocumentClient);

// Cases the bad-input property (test/integration/bad-input.property.test.ts) found.
describe('graphql handler, bad input', () => {
  beforeEach(() => {
    ddb.reset();
  });

  it('answers BAD_USER_INPUT, not INTERNAL_SERVER_ERROR, past graphql-js limit of 50 variable errors', async () => {
    const catalysts = Array.from({ length: 60 }, () => ({ kind: 'UNKNOWN' }));

    const res = await invoke(handler, buildEvent({ query: kit('UpdateSession'), variables: { input: { id: 'x', version: 1, catalysts } } }));

    expect(res.status).toBe(400);
    expect(new Set(res.body.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(ddb.calls()).toHaveLength(0);
  });

  it('refuses text with an unpaired surrogate, naming where, before any read or write', async () => {
    const res = await invoke(handler, buildEvent({ query: kit('CreateJournalEntry'), variables: { input: { text: 'tears \uD83D' } } }));

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: '$input.text is not valid Unicode text (it holds an unpaired surrogate)', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('does not echo a huge wrongly typed value back: quoted values are cut to their start', async () => {
    const huge = 'tears '.repeat(40_000);

    const res = await invoke(
      handler,
      buildEvent({ query: kit('LogSession'), variables: { input: { startedAt: '2026-11-22T10:00:00Z', durationMinutes: huge } } }),
    );

    expect(res.status).toBe(400);
    const message = res.body.errors?.[0]?.message ?? '';
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(message).toContain('durationMinutes');
    expect(message).toContain('(240000 characters)');
    expect(message.length).toBeLessThan(400);
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('variables the operation does not declare', () => {
  it('are not read: a deeply nested extra variable is ignored as graphql-js ignores it', async () => {
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    const rawBody = `{"query":"{ journalPrompts { id } }","variables":{"extra":${deep}}}`;

    const res = await invoke(handler, buildEvent(null, { rawBody }));

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('concise', () => {
  it('keeps short messages as they are', () => {
    expect(concise('Variable "$id" got invalid value 3; ID cannot represent value: 3')).toBe(
      'Variable "$id" got invalid value 3; ID cannot represent value: 3',
    );
  });

  it('never ends a cut value in half an emoji, and caps the whole message', () => {
    const cutValue = concise(`got "${'a'.repeat(58)}😢${'b'.repeat(100)}"`);
    expect(cutValue).toBe(`got "${'a'.repeat(58)}…" (160 characters)`);
    expect(concise('x'.repeat(5000))).toHaveLength(1001);
  });
});

describe('illFormedTextAt', () => {
  it.each([
    ['a lone high surrogate', { a: 'x\uD800' }, '$v.a'],
    ['a lone low surrogate in a list', { steps: [{ title: 'ok' }, { title: '\uDC00' }] }, '$v.steps[1].title'],
  ])('finds %s', (_name, value, path) => {
    expect(illFormedTextAt(value, '$v')).toBe(path);
  });

  it('finds the first in document order, and walks a value nested 100,000 deep without overflowing', () => {
    expect(illFormedTextAt({ a: ['ok', '\uD800'], b: '\uDC00' }, '$v')).toBe('$v.a[1]');
    let deep: unknown = '\uD800';
    for (let n = 0; n < 100_000; n += 1) deep = [deep];
    expect(illFormedTextAt(deep, '$v')).toMatch(/^\$v(\[0\]){100000}$/);
  });

  it('accepts emoji, NUL and every other code point', () => {
    expect(illFormedTextAt({ text: '😢\uFE0F a\u0000b \uFFFF 👩🏽‍🤝‍👩🏻', n: 1, list: [null, true] }, '$v')).toBeUndefined();
  });
});
