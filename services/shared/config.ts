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
  };
}

let cached: Config | undefined;
/** The process's configuration, read on first use and kept for the life of the container. */
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
