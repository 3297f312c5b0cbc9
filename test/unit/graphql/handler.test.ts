import '../../helpers/unit-env';
import * as lib from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { parse, print, visit } from 'graphql';
import { handler } from '../../../services/graphql/handler';
import { logger } from '../../../services/shared/logger';
import { buildEvent, invoke, lambdaContext, TEST_SUB } from '../../helpers/lambda';
import { kit, kitOperation } from '../../helpers/kit';

const ddb = mockClient(lib.DynamoDBDocumentClient);

const profileItem = {
  PK: `USER#${TEST_SUB}`,
  SK: 'PROFILE',
  entity: 'Profile',
  sub: TEST_SUB,
  displayName: 'River',
  pronouns: null,
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  preferences: { routineReminders: true, weeklyReflection: false, circleActivity: false },
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

describe('graphql handler', () => {
  beforeEach(() => {
    ddb.reset();
  });

  describe('me', () => {
    it('answers an existing profile with exactly one GetItem', async () => {
      ddb.on(lib.GetCommand).resolves({ Item: profileItem });

      const res = await invoke(handler, buildEvent({ query: '{ me { id displayName role timeZone version } }' }));

      expect(res.status).toBe(200);
      expect(res.body.data?.me).toEqual({ id: TEST_SUB, displayName: 'River', role: 'MEMBER', timeZone: 'Europe/Berlin', version: 3 });
      expect(ddb.calls()).toHaveLength(1);
      expect(ddb.commandCalls(lib.GetCommand)[0]?.args[0].input).toEqual({ TableName: 'lacrima-unit', Key: { PK: `USER#${TEST_SUB}`, SK: 'PROFILE' } });
    });

    it('derives THERAPIST from the verified groups claim as API Gateway passes it', async () => {
      ddb.on(lib.GetCommand).resolves({ Item: profileItem });

      const res = await invoke(handler, buildEvent({ query: '{ me { role } }' }, { claims: { 'cognito:groups': '[therapists]' } }));

      expect(res.body.data?.me).toEqual({ role: 'THERAPIST' });
    });

    it('creates the profile on the first call with a conditional put', async () => {
      ddb.on(lib.GetCommand).resolves({});
      ddb.on(lib.PutCommand).resolves({});

      const res = await invoke(handler, buildEvent({ query: '{ me { id displayName timeZone locale version } }' }));

      expect(res.body.data?.me).toEqual({ id: TEST_SUB, displayName: null, timeZone: 'UTC', locale: 'en-US', version: 1 });
      const put = ddb.commandCalls(lib.PutCommand)[0]?.args[0].input;
      expect(put?.ConditionExpression).toBe('attribute_not_exists(PK)');
    });
  });

  describe('authentication', () => {
    it.each([
      ['no authorizer context', null],
      ['an id token', { token_use: 'id' }],
      ['another app client', { client_id: 'someone-else' }],
      ['no subject', { sub: '' }],
    ])('answers UNAUTHENTICATED with %s and touches no data', async (_name, claims) => {
      const res = await invoke(handler, buildEvent({ query: '{ me { id } }' }, { claims }));

      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('updateProfile', () => {
    const mutation = kit('UpdateProfile');

    it('rejects an unknown time zone naming the field, writing nothing', async () => {
      ddb.on(lib.GetCommand).resolves({ Item: profileItem });

      const res = await invoke(handler, buildEvent({ query: mutation, variables: { input: { version: 3, timeZone: 'Mars/Olympus' } } }));

      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['timeZone'] });
      expect(ddb.commandCalls(lib.UpdateCommand)).toHaveLength(0);
      expect(ddb.commandCalls(lib.PutCommand)).toHaveLength(0);
    });

    it('rejects an over-long display name naming the field', async () => {
      const res = await invoke(handler, buildEvent({ query: mutation, variables: { input: { version: 3, displayName: 'x'.repeat(61) } } }));

      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['displayName'] });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('rejects an unknown input field naming it', async () => {
      const res = await invoke(handler, buildEvent({ query: mutation, variables: { input: { version: 3, role: 'THERAPIST' } } }));

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain('"role"');
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers CONFLICT for a stale version', async () => {
      ddb.on(lib.GetCommand).resolves({ Item: profileItem });
      const failure = Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException', Item: profileItem });
      ddb.on(lib.UpdateCommand).rejects(failure);

      const res = await invoke(handler, buildEvent({ query: mutation, variables: { input: { version: 2, timeZone: 'Asia/Tokyo' } } }));

      expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const update = ddb.commandCalls(lib.UpdateCommand)[0]?.args[0].input;
      expect(update?.ConditionExpression).toBe('attribute_exists(PK) AND #version = :expected');
      expect(update?.ExpressionAttributeValues?.[':expected']).toBe(2);
    });
  });

  describe('hardening', () => {
    it('masks an unexpected database error without naming the table', async () => {
      ddb
        .on(lib.GetCommand)
        .rejects(Object.assign(new Error('Requested resource not found: Table: lacrima-unit not found'), { name: 'ResourceNotFoundException' }));

      const res = await invoke(handler, buildEvent({ query: '{ me { id } }' }));

      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(res.body)).not.toContain('lacrima-unit');
      expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.ts/);
    });

    it('answers a syntax error with 400', async () => {
      const res = await invoke(handler, buildEvent({ query: '{ me { id ' }));

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('gives no field suggestions', async () => {
      const res = await invoke(handler, buildEvent({ query: '{ me { displayNam } }' }));

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).not.toContain('Did you mean');
    });

    it('refuses batched requests', async () => {
      const res = await invoke(handler, buildEvent([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('refuses too many aliases, including __typename aliases', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');

      const res = await invoke(handler, buildEvent({ query: `{ ${aliases} }` }));

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('accepts aliases up to the limit', async () => {
      const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: __typename`).join(' ');

      const res = await invoke(handler, buildEvent({ query: `{ ${aliases} }` }));

      expect(res.status).toBe(200);
    });

    it('refuses a query over the token limit with 400', async () => {
      const fields = Array.from({ length: 1100 }, () => 'id').join(' ');

      const res = await invoke(handler, buildEvent({ query: `{ me { ${fields} } }` }));

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('refuses a query nested deeper than the depth limit with 400, but allows the standard introspection query', async () => {
      const ofTypes = (n: number): string => (n === 0 ? 'name' : `ofType { ${ofTypes(n - 1)} }`);
      const standard = `{ __schema { types { fields { type { ${ofTypes(7)} } } } } }`; // 12 levels, as GraphiQL sends
      const tooDeep = `{ __schema { types { fields { type { ${ofTypes(11)} } } } } }`; // 16 levels

      const ok = await invoke(handler, buildEvent({ query: standard }));
      const res = await invoke(handler, buildEvent({ query: tooDeep }));

      expect(ok.status).toBe(200);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(/depth/i);
    });

    it('refuses a query over the cost limit with 400, QUERY_TOO_COMPLEX, the cost and the limit, pricing page sizes passed as variables', async () => {
      const lists =
        'checkIns(first: $n) { edges { node { id } } } members(first: $n) { edges { node { pseudonym } } } invites(first: $n) { edges { node { id } } } openReports(first: $n) { edges { node { id } } }';
      const heavy = `query($n: Int) { ${Array.from({ length: 15 }, (_, i) => `c${i}: circle(id: "01JD5CRC1E0000000000000000") { ${lists} }`).join(' ')} }`;

      const res = await invoke(handler, buildEvent({ query: heavy, variables: { n: 100 } }));

      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 6015, limit: 2000 });
      expect(res.body.errors?.[0]?.message).not.toMatch(/syntax/i);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('accepts fifteen aliased timelines of 100 (1,515 items) with __typename everywhere', async () => {
      const pages = Array.from(
        { length: 15 },
        (_, i) => `t${i}: timeline(first: $n) { __typename edges { __typename cursor node { __typename id kind } } pageInfo { __typename hasNextPage } }`,
      ).join(' ');

      ddb.on(lib.QueryCommand).resolves({ Items: [] });

      const res = await invoke(handler, buildEvent({ query: `query($n: Int) { ${pages} }`, variables: { n: 100 } }));

      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(ddb.commandCalls(lib.QueryCommand)).toHaveLength(15);
    });

    it.each([
      ['a hash alone', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'PERSISTED_QUERY_NOT_FOUND'],
      [
        'a query with a hash the kit does not hold',
        { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
        'PERSISTED_QUERY_NOT_FOUND',
      ],
      ['a query with the hash of another kit document', { query: '{ me { id } }', documentId: kitOperation('Me').hash }, 'BAD_REQUEST'],
    ])('stores no queries sent with a hash (automatic persisted queries are off): %s is a coded 400, never an internal error', async (_name, body, code) => {
      const res = await invoke(handler, buildEvent(body));

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('runs a kit document sent beside its hash in another layout and order, as Apollo’s GraphQLWsLink prints an app’s document', async () => {
      const { hash, document } = kitOperation('JournalPrompts');
      const reordered = print(visit(parse(document), { SelectionSet: { leave: (node) => ({ ...node, selections: [...node.selections].reverse() }) } }));
      expect(reordered).not.toBe(document);

      const res = await invoke(handler, buildEvent({ query: reordered, documentId: hash }));

      expect([res.status, res.body.errors]).toEqual([200, undefined]);
    });

    it('refuses too many directives with 400', async () => {
      const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');

      const res = await invoke(handler, buildEvent({ query: `{ me { id ${directives} } }` }));

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('refuses exponential field duplication through fragments (recursive selections) with 400', async () => {
      const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Profile { ${i === 11 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join(' ');

      const res = await invoke(handler, buildEvent({ query: `{ me { ...F0 } } ${fragments}` }));

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('refuses a simple cross-site request (CSRF prevention)', async () => {
      const event = buildEvent({ query: '{ me { id } }' }, { headers: { 'content-type': 'text/plain' } });
      event.requestContext.http.method = 'GET';
      event.rawQueryString = 'query=%7B%20me%20%7B%20id%20%7D%20%7D';
      event.queryStringParameters = { query: '{ me { id } }' };
      event.body = undefined;

      const res = await invoke(handler, event);

      expect(res.status).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('allows introspection in the test stage', async () => {
      const res = await invoke(handler, buildEvent({ query: '{ __schema { queryType { name } } }' }));

      expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  describe('a body that is not JSON', () => {
    const malformed = '{"query": "{ me { id } }", "variables": {"secret": "journal text"';

    it("answers 400 BAD_REQUEST as a JSON GraphQL error, never the parser's message", async () => {
      const result = await handler(buildEvent(null, { rawBody: malformed }), lambdaContext());

      expect(result.statusCode).toBe(400);
      expect(result.headers?.['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(result.body ?? '')).toEqual({
        errors: [{ message: 'The request body must be JSON: { "query": ..., "variables": ... }', extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(result.body).not.toMatch(/Unexpected|JSON at position|journal text|SyntaxError/);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers the same for a base64-encoded body that is not JSON', async () => {
      const event = buildEvent(null, { rawBody: Buffer.from('not json at all').toString('base64') });
      event.isBase64Encoded = true;

      const res = await invoke(handler, event);

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
      expect(JSON.stringify(res.body)).not.toContain('Unexpected token');
    });

    it('masks anything else that fails at this layer as a 500, logging its name only', async () => {
      const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
      const event = buildEvent(null, { rawBody: '{"query":"{ me { id } }","variables":{"note":"journal text"}}' });
      (event.requestContext as { http?: unknown }).http = undefined;

      try {
        const res = await invoke(handler, event);

        expect(res.status).toBe(500);
        expect(res.body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
        expect(JSON.stringify(res.body)).not.toMatch(/TypeError|Cannot read|method|journal text/);
        expect(logged).toHaveBeenCalledWith('unexpected handler error', { requestId: 'req-test-1', name: 'TypeError' });
        expect(JSON.stringify(logged.mock.calls)).not.toContain('journal text');
      } finally {
        logged.mockRestore();
      }
    });
  });
});
