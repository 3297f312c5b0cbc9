import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type UserPoolGroup } from '../../services/shared/auth/user-pool.definition';
import { LOCAL_CREDENTIALS } from '../../services/local/aws-clients';
import { ensureConfirmedUser, signIn, type AuthTokens } from '../../services/local/cognito-users';
import { createHttpAdapter, type GraphqlLambdaHandler } from '../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../services/local/jwt-verifier';
import { TEST_STACK_ENV, type TestStack } from './local-stack.config';

export { TEST_STACK_ENV, type TestStack } from './local-stack.config';

/** Meets the pool's password policy (cognito-local does not enforce it; the cloud does). */
export const TEST_PASSWORD = 'Test-password-2026!';

/** The running integration stack; fails clearly outside the integration project. */
export function testStack(): TestStack {
  const raw = process.env[TEST_STACK_ENV];
  if (!raw) {
    throw new Error(`${TEST_STACK_ENV} is not set: run integration tests with \`npx jest --selectProjects integration\``);
  }
  return JSON.parse(raw) as TestStack;
}

/**
 * Sets the env the handler and repositories read (STAGE=test). Call before
 * importing code that reads configuration; startTestApi() calls it for you.
 */
export function applyTestEnv(): TestStack {
  const stack = testStack();
  Object.assign(process.env, {
    STAGE: 'test',
    TABLE_NAME: stack.tableName,
    USER_POOL_ID: stack.userPoolId,
    USER_POOL_CLIENT_ID: stack.userPoolClientId,
    DYNAMODB_ENDPOINT: stack.dynamoDbEndpoint,
    COGNITO_ENDPOINT: stack.cognitoEndpoint,
    AWS_REGION: stack.region,
  });
  return stack;
}

// No keep-alive: idle pooled sockets would keep jest from exiting after the last test.
const requestHandler = { httpAgent: new Agent({ keepAlive: false }) };
let cognito: CognitoIdentityProviderClient | undefined;
let documents: DynamoDBDocumentClient | undefined;

export function cognitoClient(): CognitoIdentityProviderClient {
  const stack = testStack();
  cognito ??= new CognitoIdentityProviderClient({
    endpoint: stack.cognitoEndpoint,
    region: stack.region,
    credentials: LOCAL_CREDENTIALS,
    requestHandler,
  });
  return cognito;
}

/** For direct reads (and setup writes) against the test table: `documentClient().send(new GetCommand(...))`. */
export function documentClient(): DynamoDBDocumentClient {
  const stack = testStack();
  documents ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: stack.dynamoDbEndpoint, region: stack.region, credentials: LOCAL_CREDENTIALS, requestHandler }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documents;
}

export interface TestUser extends AuthTokens {
  readonly email: string;
  readonly password: string;
  readonly sub: string;
}

/** A confirmed user with a unique email (signed up through the public API), signed in. */
export async function createTestUser(
  options: { group?: UserPoolGroup; groups?: readonly UserPoolGroup[]; email?: string; password?: string; name?: string } = {},
): Promise<TestUser> {
  const stack = testStack();
  const email = options.email ?? `user-${randomUUID().slice(0, 13)}@lacrima.test`;
  const password = options.password ?? TEST_PASSWORD;
  const groups = [...(options.groups ?? []), ...(options.group ? [options.group] : [])];
  const { sub } = await ensureConfirmedUser(cognitoClient(), stack, { email, password, name: options.name, groups });
  const tokens = await signIn(cognitoClient(), stack.userPoolClientId, email, password);
  return { email, password, sub, ...tokens };
}

/** A fresh sign-in (e.g. after a group change, which only shows in new tokens). */
export function signInTestUser(email: string, password: string = TEST_PASSWORD): Promise<AuthTokens> {
  return signIn(cognitoClient(), testStack().userPoolClientId, email, password);
}

export interface GraphqlResponseBody<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string } }>;
}

export interface GraphqlResponse<TData = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: GraphqlResponseBody<TData>;
}

export interface TestApi {
  /** e.g. http://127.0.0.1:41234/graphql */
  readonly url: string;
  /** POSTs `{ query, variables }` with `Authorization: Bearer <token>` when a token is given. */
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<TData>>;
  close(): Promise<void>;
}

/**
 * The local API in-process on a free port: the real GraphQL handler (imported
 * after the env is set) behind the same adapter `npm start` uses. Pass
 * `handler` to put a stub behind the adapter instead.
 */
export async function startTestApi(options: { handler?: GraphqlLambdaHandler; maxBodyBytes?: number; sandbox?: boolean } = {}): Promise<TestApi> {
  const stack = applyTestEnv();
  const handler = options.handler ?? (await import('../../services/graphql/handler')).handler;
  const verifier = await createCognitoLocalVerifier(stack);
  const adapter = createHttpAdapter({ handler, verifier, maxBodyBytes: options.maxBodyBytes, sandbox: options.sandbox });
  const { url } = await adapter.listen(0);
  return {
    url,
    async gql<TData>(query: string, variables?: Record<string, unknown>, token?: string) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: GraphqlResponseBody<TData>;
      try {
        body = JSON.parse(text) as GraphqlResponseBody<TData>;
      } catch {
        throw new Error(`Non-JSON response (HTTP ${response.status}): ${text.slice(0, 200)}`);
      }
      return { status: response.status, headers: response.headers, body };
    },
    close: () => adapter.close(),
  };
}
