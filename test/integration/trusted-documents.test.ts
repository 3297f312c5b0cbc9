// The cloud's default, here behind the local adapter: only the client kit's operations run, sent by hash.
process.env.TRUSTED_DOCUMENTS = 'required';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { LogSessionDocument, TimelineDocument, type LogSessionMutation, type TimelineQuery } from '../../schema/generated/graphql';
import { kit } from '../helpers/kit';
import { createTestUser, startTestApi, type TestApi, type TestUser } from '../helpers/local-stack';

/** The hash `npm run codegen` put on each typed document: what an app sends instead of the text. */
const kitHash = (document: DocumentNode) => (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;

describe('trusted documents, as an app using the kit meets them (integration)', () => {
  let api: TestApi;
  let member: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    member = await createTestUser();
  });

  afterAll(() => api.close());

  it('answers Apollo Client sending the kit’s typed documents by hash, and its cache holds the answers', async () => {
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: ApolloLink.from([
        new PersistedQueryLink({ generateHash: kitHash }),
        new HttpLink({ uri: api.url, headers: { authorization: `Bearer ${member.accessToken}` } }),
      ]),
    });
    const startedAt = new Date(Date.now() - 3_600_000).toISOString();

    const logged = await client.mutate<LogSessionMutation>({
      mutation: LogSessionDocument,
      variables: { input: { startedAt, durationMinutes: 15, afterState: 'LIGHTER' } },
    });
    const page = await client.query<TimelineQuery>({ query: TimelineDocument, variables: { first: 5 } });

    const id = logged.data?.logSession.session.id;
    expect(id).toBeDefined();
    expect(page.data?.timeline.edges.map((edge) => edge.node.id)).toEqual([id]);
    expect((client.cache.extract() as Record<string, unknown>)[`Session:${id}`]).toMatchObject({ durationMinutes: 15, afterState: 'LIGHTER' });
  });

  it('refuses a query outside the kit, and the kit’s own text without its hash, with 400 TRUSTED_DOCUMENT_REQUIRED', async () => {
    const outside = await api.gql('{ me { id displayName } }', {}, member.accessToken);
    const asText = await api.gql(kit('Me'), {}, member.accessToken);

    for (const res of [outside, asText]) {
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    }
  });

  it('answers an unknown hash with 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.accessToken}` },
      body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
    });

    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
