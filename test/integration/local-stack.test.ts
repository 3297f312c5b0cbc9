import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CreateUserPoolClientCommand, InitiateAuthCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type APIGatewayProxyEventV2WithJWTAuthorizer, type APIGatewayProxyStructuredResultV2, type Context } from 'aws-lambda';
import { localDynamoDbClient } from '../../services/local/aws-clients';
import { confirmUser, signIn } from '../../services/local/cognito-users';
import { CORS_HEADERS } from '../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../services/local/jwt-verifier';
import { provisionLocalStack } from '../../services/local/provision';
import { TTL_ATTRIBUTE } from '../../services/shared/db/table.definition';
import fixture from '../fixtures/events/graphql-post.json';
import { cognitoClient, createTestUser, documentClient, startTestApi, TEST_PASSWORD, testStack, type TestApi, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

const UNAUTHENTICATED = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };
// The client kit's document (schema/operations/), as the apps send it.
const ME = kit('Me');

type Claims = Record<string, unknown>;

function decodePayload(token: string): Claims {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Claims;
}

function signJwt(payload: Claims, key: KeyObject): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${encode(payload)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

/** cognito-local signs every token with this published key; tests use it to mint tokens it would not issue. */
function cognitoLocalKey(): KeyObject {
  const file = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
  const { jwk } = JSON.parse(readFileSync(file, 'utf8')) as { jwk: Record<string, string> };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

/** The keys of an object tree, to compare the event's shape with a real API Gateway event. */
function shape(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => shape(child, prefix ? `${prefix}.${key}` : key));
}

describe('local stack', () => {
  const okResult: APIGatewayProxyStructuredResultV2 = {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: { ok: true } }),
  };
  const handler = jest.fn(async (_event: APIGatewayProxyEventV2WithJWTAuthorizer, _context: Context): Promise<APIGatewayProxyStructuredResultV2> => okResult);
  let api: TestApi;
  let member: TestUser;
  let therapist: TestUser;

  const post = (headers: Record<string, string>, body = JSON.stringify({ query: ME }), path = '') =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const lastEvent = () => {
    const call = handler.mock.calls.at(-1);
    if (!call) throw new Error('handler was not called');
    return call[0];
  };

  beforeAll(async () => {
    [member, therapist] = await Promise.all([createTestUser(), createTestUser({ groups: ['therapists', 'admins'] })]);
    api = await startTestApi({ handler });
  });

  afterAll(async () => {
    await api?.close();
  });

  beforeEach(() => {
    handler.mockReset();
    handler.mockResolvedValue(okResult);
  });

  describe('http adapter', () => {
    it('hands a request with a valid access token to the handler as an API Gateway v2 event', async () => {
      // Arrange
      const body = JSON.stringify({ query: ME, variables: { a: 1 } });

      // Act
      const response = await post({ authorization: `Bearer ${member.accessToken}`, 'X-Custom': 'yes' }, body);

      // Assert
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { ok: true } });
      expect(handler).toHaveBeenCalledTimes(1);
      const event = lastEvent();
      expect(event).toMatchObject({
        version: '2.0',
        routeKey: 'POST /graphql',
        rawPath: '/graphql',
        rawQueryString: '',
        body,
        isBase64Encoded: false,
        headers: { 'content-type': 'application/json', 'x-custom': 'yes' },
        requestContext: {
          routeKey: 'POST /graphql',
          stage: '$default',
          http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
          authorizer: { jwt: { scopes: null } },
        },
      });
      expect(event.requestContext.requestId).toMatch(/^[A-Za-z0-9+/=]{8,}$/);
      expect(handler.mock.calls[0]?.[1].awsRequestId).toEqual(expect.any(String));
      // Same shape as a recorded API Gateway event, claims aside (they differ per token).
      const withoutClaims = (path: string) => !path.startsWith('requestContext.authorizer.jwt.claims');
      expect(shape(event).filter(withoutClaims).sort()).toEqual(expect.arrayContaining(shape(fixture).filter(withoutClaims).sort()));
    });

    it('passes the claims as API Gateway renders them: strings, with groups as "[a b]"', async () => {
      // Act
      await post({ authorization: `Bearer ${therapist.accessToken}` });

      // Assert
      const claims = lastEvent().requestContext.authorizer.jwt.claims;
      const raw = decodePayload(therapist.accessToken);
      expect(claims).toMatchObject({
        sub: therapist.sub,
        token_use: 'access',
        client_id: testStack().userPoolClientId,
        iss: `${testStack().cognitoEndpoint}/${testStack().userPoolId}`,
        exp: String(raw.exp),
        iat: String(raw.iat),
      });
      expect(Object.values(claims).every((value) => typeof value === 'string')).toBe(true);
      const groups = claims['cognito:groups'];
      expect(groups).toMatch(/^\[[a-z]+ [a-z]+\]$/);
      expect(String(groups).slice(1, -1).split(' ').sort()).toEqual(['admins', 'therapists']);
    });

    it('passes no cognito:groups claim for a member without groups', async () => {
      await post({ authorization: `Bearer ${member.accessToken}` });

      expect(lastEvent().requestContext.authorizer.jwt.claims).not.toHaveProperty('cognito:groups');
    });

    const now = () => Math.floor(Date.now() / 1000);
    it.each<[string, () => Promise<Record<string, string>>]>([
      ['no Authorization header', async () => ({})],
      ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
      ['a malformed token', async () => ({ authorization: 'Bearer not-a-jwt' })],
      ['another scheme', async () => ({ authorization: `Basic ${Buffer.from('river:pw').toString('base64')}` })],
      [
        'an expired token',
        async () => {
          const payload = { ...decodePayload(member.accessToken), iat: now() - 3600, exp: now() - 1800 };
          return { authorization: `Bearer ${signJwt(payload, cognitoLocalKey())}` };
        },
      ],
      [
        'a token signed with another key',
        async () => {
          const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
          return { authorization: `Bearer ${signJwt(decodePayload(member.accessToken), privateKey)}` };
        },
      ],
      [
        'a token with a tampered payload',
        async () => {
          const [header, , signature] = member.accessToken.split('.');
          const payload = Buffer.from(JSON.stringify({ ...decodePayload(member.accessToken), 'cognito:groups': ['admins'] }));
          return { authorization: `Bearer ${header}.${payload.toString('base64url')}.${signature}` };
        },
      ],
      [
        'a token from another user pool',
        async () => {
          const payload = { ...decodePayload(member.accessToken), iss: `${testStack().cognitoEndpoint}/local_other` };
          return { authorization: `Bearer ${signJwt(payload, cognitoLocalKey())}` };
        },
      ],
      [
        "another app client's access token",
        async () => {
          const { UserPoolClient } = await cognitoClient().send(
            new CreateUserPoolClientCommand({
              UserPoolId: testStack().userPoolId,
              ClientName: 'another-app',
              ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
            }),
          );
          const tokens = await signIn(cognitoClient(), UserPoolClient?.ClientId ?? '', member.email, member.password);
          return { authorization: `Bearer ${tokens.accessToken}` };
        },
      ],
      ['an id token', async () => ({ authorization: `Bearer ${member.idToken}` })],
      ['a refresh token', async () => ({ authorization: `Bearer ${member.refreshToken}` })],
    ])('answers 401 UNAUTHENTICATED without calling the handler for %s', async (_case, headers) => {
      // Arrange
      const requestHeaders = await headers();

      // Act
      const response = await post(requestHeaders);

      // Assert
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(UNAUTHENTICATED);
      expect(handler).not.toHaveBeenCalled();
    });

    it('answers 413 for a body over 1 MB without calling the handler', async () => {
      const body = JSON.stringify({ query: ME, variables: { pad: 'x'.repeat(1024 * 1024) } });

      const response = await post({ authorization: `Bearer ${member.accessToken}` }, body);

      expect(response.status).toBe(413);
      expect(handler).not.toHaveBeenCalled();
    });

    it('answers 404 outside /graphql', async () => {
      const response = await post({ authorization: `Bearer ${member.accessToken}` }, '{}', '/other');

      expect(response.status).toBe(404);
      expect(handler).not.toHaveBeenCalled();
    });

    it("writes the handler's status, headers, cookies and base64 body back", async () => {
      handler.mockResolvedValueOnce({
        statusCode: 202,
        headers: { 'X-Answer': 42, 'content-type': 'text/plain' },
        cookies: ['a=1; Path=/'],
        body: Buffer.from('hello').toString('base64'),
        isBase64Encoded: true,
      });

      const response = await post({ authorization: `Bearer ${member.accessToken}` });

      expect(response.status).toBe(202);
      expect(response.headers.get('x-answer')).toBe('42');
      expect(response.headers.get('set-cookie')).toBe('a=1; Path=/');
      expect(await response.text()).toBe('hello');
    });

    it('answers 500 like API Gateway when the handler throws', async () => {
      handler.mockRejectedValueOnce(new Error('table lacrima-test exploded'));

      const response = await post({ authorization: `Bearer ${member.accessToken}` });

      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    });

    it('answers every API response with the CORS origin header, a 401 included, and preflights like the cloud API', async () => {
      const ok = await post({ authorization: `Bearer ${member.accessToken}`, origin: 'http://localhost:5173' });
      const refused = await post({ origin: 'http://localhost:5173' });
      const preflight = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });

      expect([ok.status, ok.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
      expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([401, '*']);
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toBe(CORS_HEADERS['access-control-allow-headers']);
    });

    it('serves the sandbox to a browser without a token, offline (every script and style from this server), while the API still needs one', async () => {
      const sandbox = await startTestApi({ handler, sandbox: true });
      try {
        const page = await fetch(sandbox.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
        const html = await page.text();
        const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
        const loaded = await Promise.all(
          assets.map(async (asset) => {
            const res = await fetch(new URL(asset, sandbox.url));
            return [res.status, (await res.text()).length > 1000];
          }),
        );
        const api = await fetch(sandbox.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });

        expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
        expect(html).toContain('GraphiQL');
        expect(assets.length).toBe(4);
        expect(assets.every((asset) => asset.startsWith('/graphql/sandbox/'))).toBe(true);
        expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
        expect(loaded).toEqual([
          [200, true],
          [200, true],
          [200, true],
          [200, true],
        ]);
        expect(api.status).toBe(401);
        expect(handler).not.toHaveBeenCalled();
      } finally {
        await sandbox.close();
      }
    });

    it('serves no sandbox where it is not switched on (the cloud has none)', async () => {
      const page = await fetch(api.url, { headers: { accept: 'text/html' } });

      expect(page.status).toBe(401);
    });

    it('passes GET query strings through', async () => {
      const response = await fetch(`${api.url}?query=${encodeURIComponent(ME)}&x=1&x=2`, {
        headers: { authorization: `Bearer ${member.accessToken}` },
      });

      expect(response.status).toBe(200);
      expect(lastEvent()).toMatchObject({
        routeKey: 'GET /graphql',
        queryStringParameters: { query: ME, x: '1,2' },
      });
      expect(lastEvent().body).toBeUndefined();
    });
  });

  describe('cognito-local', () => {
    it('signs a user up through the public SignUp API; they sign in once confirmed', async () => {
      // Arrange
      const email = `signup-${Date.now()}@lacrima.test`;
      const { userPoolClientId } = testStack();

      // Act
      const signUp = await cognitoClient().send(
        new SignUpCommand({ ClientId: userPoolClientId, Username: email, Password: TEST_PASSWORD, UserAttributes: [{ Name: 'email', Value: email }] }),
      );
      const beforeConfirmation = cognitoClient().send(
        new InitiateAuthCommand({
          ClientId: userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: TEST_PASSWORD },
        }),
      );
      await expect(beforeConfirmation).rejects.toMatchObject({ name: 'UserNotConfirmedException' });
      // What `npm run confirm -- EMAIL` does against the running stack.
      await confirmUser(cognitoClient(), testStack(), email);
      const user = await createTestUser({ email });

      // Assert
      expect(signUp.UserConfirmed).toBe(false);
      expect(signUp.UserSub).toBe(user.sub);
      const verifier = await createCognitoLocalVerifier(testStack());
      await expect(verifier.verify(user.accessToken)).resolves.toMatchObject({ sub: user.sub, token_use: 'access' });
    });
  });

  describe('provisioning', () => {
    it('is idempotent: same pool and client, TTL on, group members kept', async () => {
      // Arrange
      const stack = testStack();
      const endpoints = { dynamoDbEndpoint: stack.dynamoDbEndpoint, cognitoEndpoint: stack.cognitoEndpoint, tableName: stack.tableName };

      // Act
      const byIds = await provisionLocalStack({ ...endpoints, known: stack });
      const byName = await provisionLocalStack(endpoints);

      // Assert
      for (const again of [byIds, byName]) {
        expect(again).toMatchObject({
          userPoolId: stack.userPoolId,
          userPoolClientId: stack.userPoolClientId,
          tableCreated: false,
          userPoolCreated: false,
        });
      }
      const dynamoDb = localDynamoDbClient(stack.dynamoDbEndpoint);
      const ttl = await dynamoDb.send(new DescribeTimeToLiveCommand({ TableName: stack.tableName }));
      dynamoDb.destroy();
      expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: TTL_ATTRIBUTE });
      // A new sign-in shows the memberships (cognito-local's AdminListGroupsForUser misses email usernames).
      const tokens = await signIn(cognitoClient(), stack.userPoolClientId, therapist.email, therapist.password);
      expect(decodePayload(tokens.accessToken)['cognito:groups']).toEqual(['admins', 'therapists']);
    });
  });

  describe('with the real GraphQL handler', () => {
    let realApi: TestApi;
    beforeAll(async () => {
      realApi = await startTestApi();
    });
    afterAll(async () => {
      await realApi?.close();
    });

    it('answers me with the role taken from the stringified groups claim', async () => {
      const asMember = await realApi.gql<{ me: { id: string; role: string } }>(ME, undefined, member.accessToken);
      const asTherapist = await realApi.gql<{ me: { id: string; role: string } }>(ME, undefined, therapist.accessToken);

      expect(asMember).toMatchObject({ status: 200, body: { data: { me: { role: 'MEMBER' } } } });
      expect(asTherapist).toMatchObject({ status: 200, body: { data: { me: { role: 'THERAPIST' } } } });
      // The handler wrote to the same table the helpers read: the member's partition now exists.
      const { Count } = await documentClient().send(
        new QueryCommand({
          TableName: testStack().tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': `USER#${member.sub}` },
        }),
      );
      expect(Count).toBeGreaterThan(0);
    });

    it('rejects a request without a token before the handler', async () => {
      const response = await realApi.gql(ME);

      expect(response).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    });
  });
});
