/**
 * Runtime configuration, read once at module scope and failing fast with a
 * clear message (never read per request).
 */
export type Stage = 'local' | 'test' | 'prod';

export interface Config {
  readonly stage: Stage;
  readonly tableName: string;
  readonly userPoolClientId: string;
  readonly region: string;
  /** Only set for DynamoDB Local; the cloud uses the regional endpoint. */
  readonly dynamoDbEndpoint?: string;
  /** Only set for cognito-local; the cloud uses the regional endpoint. */
  readonly cognitoEndpoint?: string;
  readonly userPoolId?: string;
  /** Multiplies every per-member rate limit; 1 in the cloud. Tests that drive one member hard raise it. */
  readonly rateLimitScale: number;
  /** `required`: only the client kit's operations run, by hash (the cloud's default); `allowed`: any query runs too. */
  readonly trustedDocuments: 'required' | 'allowed';
  /** Encrypts page cursors (at least 32 characters). The cloud's comes from a generated secret; locally a fixed one will do. */
  readonly cursorSecret: string;
  /**
   * Set in the cloud, where CloudFront adds it to every request it passes on
   * (services/shared/edge.ts): requests without it are refused. Unset locally,
   * where nothing stands in front of the API.
   */
  readonly originSecret?: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

function rateLimitScale(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`RATE_LIMIT_SCALE must be a whole number of at least 1, got ${value}`);
  return scale;
}

function trustedDocuments(value: string | undefined, stage: Stage): Config['trustedDocuments'] {
  if (value === undefined || value === '') return stage === 'prod' ? 'required' : 'allowed';
  if (value !== 'required' && value !== 'allowed') throw new Error(`TRUSTED_DOCUMENTS must be "required" or "allowed", got ${value}`);
  return value;
}

// Local and test stacks hold no one's real data: a fixed secret keeps their cursors valid across restarts.
const LOCAL_CURSOR_SECRET = 'lacrima-local-cursor-secret-not-for-the-cloud';

function cursorSecret(value: string | undefined, stage: Stage): string {
  if (value === undefined || value === '') {
    if (stage === 'prod') throw new Error('Missing required environment variable CURSOR_SECRET');
    return LOCAL_CURSOR_SECRET;
  }
  if (value.length < 32) throw new Error('CURSOR_SECRET must be at least 32 characters');
  return value;
}

function originSecret(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new Error('ORIGIN_SECRET must be at least 32 characters');
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const stage = (env.STAGE ?? 'prod') as Stage;
  if (!['local', 'test', 'prod'].includes(stage)) throw new Error(`Unknown STAGE ${stage}`);
  return {
    stage,
    tableName: required(env, 'TABLE_NAME'),
    userPoolClientId: required(env, 'USER_POOL_CLIENT_ID'),
    region: env.AWS_REGION ?? 'us-east-1',
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    cognitoEndpoint: env.COGNITO_ENDPOINT || undefined,
    userPoolId: env.USER_POOL_ID || undefined,
    rateLimitScale: rateLimitScale(env.RATE_LIMIT_SCALE),
    trustedDocuments: trustedDocuments(env.TRUSTED_DOCUMENTS, stage),
    cursorSecret: cursorSecret(env.CURSOR_SECRET, stage),
    originSecret: originSecret(env.ORIGIN_SECRET),
  };
}

let cached: Config | undefined;
/** The process's configuration, read on first use and kept for the life of the container. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
