// A cloud stage opened to third-party clients (-c trustedDocuments=allowed): any query runs, still hardened.
process.env.STAGE = 'prod';
process.env.CURSOR_SECRET = 'a-unit-test-cursor-secret-of-40-characters';
process.env.TRUSTED_DOCUMENTS = 'allowed';
import '../../helpers/unit-env';
import { handler } from '../../../services/graphql/handler';
import { buildEvent, invoke } from '../../helpers/lambda';

describe('graphql handler in a cloud stage open to any query', () => {
  it('refuses introspection', async () => {
    const res = await invoke(handler, buildEvent({ query: '{ __schema { queryType { name } } }' }));

    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const res = await invoke(handler, buildEvent({ query: '{ me { displayNam } timelin { edges { cursor } } }' }));

    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|displayName|timeline/);
  });

  it('answers a syntax error with a clear 400, never a 500', async () => {
    const res = await invoke(handler, buildEvent({ query: 'mutation { logSession(input: { startedAt: ' }));

    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/Syntax Error/);
  });
});
