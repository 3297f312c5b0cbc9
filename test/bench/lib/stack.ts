import { localCognitoClient, localDynamoDbClient, localRegion } from '../../../services/local/aws-clients';
import { ensureConfirmedUser, signIn } from '../../../services/local/cognito-users';
import { startCognitoLocal } from '../../../services/local/cognito-local';
import { startDynamoDbLocal } from '../../../services/local/dynamodb-local';
import { provisionTable, provisionUserPool } from '../../../services/local/provision';
import { onCleanup } from './cleanup';

export const BENCH_TABLE = 'lacrima-bench';
const PASSWORD = 'Bench-password-2026!';

export interface BenchStack {
  readonly dynamoDbEndpoint: string;
  readonly cognitoEndpoint: string;
  readonly tableName: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly region: string;
}

/**
 * DynamoDB Local (in memory) and cognito-local on free ports, provisioned with
 * the same functions as `npm start`; both stop through the cleanup registry.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const [dynamoDb, cognito] = await Promise.allSettled([startDynamoDbLocal(), startCognitoLocal()]);
  if (dynamoDb.status === 'fulfilled') onCleanup('DynamoDB Local', dynamoDb.value.stop);
  if (cognito.status === 'fulfilled') onCleanup('cognito-local', cognito.value.stop);
  if (dynamoDb.status === 'rejected') throw dynamoDb.reason;
  if (cognito.status === 'rejected') throw cognito.reason;

  const ddb = localDynamoDbClient(dynamoDb.value.endpoint);
  const idp = localCognitoClient(cognito.value.endpoint);
  try {
    const [, pool] = await Promise.all([provisionTable(ddb, BENCH_TABLE), provisionUserPool(idp)]);
    return {
      dynamoDbEndpoint: dynamoDb.value.endpoint,
      cognitoEndpoint: cognito.value.endpoint,
      tableName: BENCH_TABLE,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      region: localRegion(),
    };
  } finally {
    ddb.destroy();
    idp.destroy();
  }
}

/** The env the handlers read at module scope, pointed at the bench stack (cloud stage settings). */
export function handlerEnv(stack: BenchStack): Record<string, string> {
  return {
    STAGE: 'prod',
    // A cloud stage open to any query (-c trustedDocuments=allowed): the plain baseline knows no kit, so both
    // handlers get the same text; the DynamoDB-calls table sends the kit's documents, as the apps do.
    TRUSTED_DOCUMENTS: 'allowed',
    CURSOR_SECRET: 'a-bench-cursor-secret-of-at-least-32-characters',
    // The cloud's delivery settings (pushPublicKey needs the VAPID key).
    VAPID_SECRET: 'a-bench-vapid-secret-of-at-least-32-characters',
    PUSH_CONTACT: 'mailto:bench@lacrima.test',
    TABLE_NAME: stack.tableName,
    USER_POOL_ID: stack.userPoolId,
    USER_POOL_CLIENT_ID: stack.userPoolClientId,
    DYNAMODB_ENDPOINT: stack.dynamoDbEndpoint,
    // Always a local endpoint: nothing the bench runs may reach real AWS (account deletion calls Cognito).
    COGNITO_ENDPOINT: stack.cognitoEndpoint || 'http://127.0.0.1:9',
    AWS_REGION: stack.region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LACRIMA_SILENT_LOGS: 'true',
  };
}

export interface BenchUser {
  readonly email: string;
  readonly sub: string;
  readonly accessToken: string;
}

/** Members signed up and signed in through cognito-local (real JWTs for the adapter's verifier). */
export async function createUsers(stack: BenchStack, prefix: string, count: number): Promise<BenchUser[]> {
  const client = localCognitoClient(stack.cognitoEndpoint);
  try {
    const users: BenchUser[] = [];
    for (let i = 0; i < count; i++) {
      const email = `${prefix}-${i}-${Date.now().toString(36)}@bench.lacrima.test`;
      const { sub } = await ensureConfirmedUser(client, stack, { email, password: PASSWORD });
      const { accessToken } = await signIn(client, stack.userPoolClientId, email, PASSWORD);
      users.push({ email, sub, accessToken });
    }
    return users;
  } finally {
    client.destroy();
  }
}
