process.env.STAGE = 'prod';
process.env.CURSOR_SECRET = 'a-unit-test-cursor-secret-of-40-characters';
import '../../helpers/unit-env';
import { handler } from '../../../services/graphql/handler';
import { kitOperation } from '../../helpers/kit';
import { buildEvent, invoke } from '../../helpers/lambda';

/** The cloud's default: only the client kit's operations run, sent by hash. */
describe('graphql handler in the cloud stage (trusted documents)', () => {
  // Built-in prompts: an answer without a table.
  const prompts = kitOperation('JournalPrompts');

  it('answers a kit operation sent by its documentId', async () => {
    const res = await invoke(handler, buildEvent({ documentId: prompts.hash }));

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data as { journalPrompts: unknown[] }).journalPrompts.length).toBeGreaterThan(0);
  });

  it('answers a kit operation sent as Apollo’s persisted query link sends it (hash in extensions, hex only)', async () => {
    const sha256Hash = prompts.hash.replace(/^sha256:/, '');

    const res = await invoke(handler, buildEvent({ extensions: { persistedQuery: { version: 1, sha256Hash } } }));

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('accepts the document sent along with its own hash', async () => {
    const res = await invoke(handler, buildEvent({ query: prompts.document, documentId: prompts.hash }));

    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it.each([
    ['a query outside the kit', { query: '{ journalPrompts { id text } }' }],
    ['the kit’s own text without its hash', { query: prompts.document }],
    ['introspection', { query: '{ __schema { queryType { name } } }' }],
  ])('refuses %s with 400 TRUSTED_DOCUMENT_REQUIRED', async (_name, body) => {
    const res = await invoke(handler, buildEvent(body));

    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it.each([
    ['an unknown hash', { documentId: `sha256:${'a'.repeat(64)}` }, 'PERSISTED_QUERY_NOT_FOUND'],
    ['a forged id', { documentId: 'sha256:../../etc/passwd' }, 'PERSISTED_QUERY_NOT_FOUND'],
    ['a hash that is not a string', { documentId: 42 }, 'BAD_REQUEST'],
    ['a query that is not the document its hash names', { query: '{ me { id } }', documentId: prompts.hash }, 'BAD_REQUEST'],
  ])('refuses %s with a coded 400, never an internal error', async (_name, body, code) => {
    const res = await invoke(handler, buildEvent(body));

    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR|stack/i);
  });
});
