import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  APP_CLIENT_NAME,
  GROUP_DESCRIPTIONS,
  LOCAL_USER_POOL_NAME,
  PASSWORD_POLICY,
  TOKEN_VALIDITY,
  USER_POOL_GROUPS,
} from '../shared/auth/user-pool.definition';
import { createTableInput, TTL_ATTRIBUTE } from '../shared/db/table.definition';
import { localCognitoClient, localDynamoDbClient } from './aws-clients';
import { LocalStackError } from './errors';

export interface UserPoolIds {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

export interface ProvisionedStack extends UserPoolIds {
  readonly tableName: string;
  /** True when this call created the table (a fresh database). */
  readonly tableCreated: boolean;
  /** True when this call created the user pool (no demo users yet). */
  readonly userPoolCreated: boolean;
}

const isNotFound = (error: unknown) => error instanceof Error && error.name === 'ResourceNotFoundException';

/** Creates the single table from the shared declaration, with TTL and its stream on; an existing one keeps its data and gains what it lacks. */
export async function provisionTable(client: DynamoDBClient, tableName: string): Promise<{ created: boolean }> {
  const wanted = createTableInput(tableName);
  let created = false;
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    const missing = wanted.GlobalSecondaryIndexes.map((index) => index.IndexName).filter((name) => !existing.has(name));
    if (missing.length > 0) {
      throw new LocalStackError(`Local table ${tableName} predates index ${missing.join(', ')}: restart with \`npm start -- --fresh\``);
    }
    // Tables from before live updates have no stream; turning it on keeps their data.
    if (!Table?.StreamSpecification?.StreamEnabled) {
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: wanted.StreamSpecification }));
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await client.send(new CreateTableCommand(wanted));
    created = true;
  }
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  }
  return { created };
}

async function findUserPool(client: CognitoIdentityProviderClient, known?: string): Promise<string | undefined> {
  if (known) {
    try {
      await client.send(new DescribeUserPoolCommand({ UserPoolId: known }));
      return known;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  return UserPools?.find((pool) => pool.Name === LOCAL_USER_POOL_NAME)?.Id;
}

async function findAppClient(client: CognitoIdentityProviderClient, userPoolId: string, known?: string): Promise<string | undefined> {
  if (known) {
    try {
      const { UserPoolClient } = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: known }));
      if (UserPoolClient?.UserPoolId === userPoolId) return known;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const { UserPoolClients } = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  return UserPoolClients?.find((appClient) => appClient.ClientName === APP_CLIENT_NAME)?.ClientId;
}

/**
 * Creates (or finds) the user pool, its app client and groups, shaped like the
 * cloud pool: email is the username, and the app client signs in with
 * USER_PASSWORD_AUTH so scripts and tests need no SRP.
 */
export async function provisionUserPool(client: CognitoIdentityProviderClient, known?: Partial<UserPoolIds>): Promise<UserPoolIds & { created: boolean }> {
  let userPoolId = await findUserPool(client, known?.userPoolId);
  const created = userPoolId === undefined;
  if (!userPoolId) {
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({
        PoolName: LOCAL_USER_POOL_NAME,
        UsernameAttributes: ['email'],
        // Without it cognito-local prints no confirmation code on sign-up.
        AutoVerifiedAttributes: ['email'],
        // The cloud pool offers MFA; locally it would only get in the way of scripted sign-in.
        MfaConfiguration: 'OFF',
        Policies: {
          PasswordPolicy: {
            MinimumLength: PASSWORD_POLICY.minLength,
            RequireLowercase: PASSWORD_POLICY.requireLowercase,
            RequireUppercase: PASSWORD_POLICY.requireUppercase,
            RequireNumbers: PASSWORD_POLICY.requireDigits,
            RequireSymbols: PASSWORD_POLICY.requireSymbols,
            TemporaryPasswordValidityDays: PASSWORD_POLICY.tempPasswordValidityDays,
          },
        },
      }),
    );
    userPoolId = UserPool?.Id;
    if (!userPoolId) throw new Error('cognito-local returned no user pool id');
  }

  let userPoolClientId = created ? undefined : await findAppClient(client, userPoolId, known?.userPoolClientId);
  if (!userPoolClientId) {
    const { UserPoolClient } = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: APP_CLIENT_NAME,
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        AccessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
        IdTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
        RefreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      }),
    );
    userPoolClientId = UserPoolClient?.ClientId;
    if (!userPoolClientId) throw new Error('cognito-local returned no app client id');
  }

  // Create only the missing groups: cognito-local's CreateGroup overwrites an existing group and drops its
  // members, and its GetGroup fails with a 500 (not ResourceNotFound) while a pool has no groups at all.
  const { Groups } = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60 }));
  const existingGroups = new Set((Groups ?? []).map((group) => group.GroupName));
  for (const groupName of Object.values(USER_POOL_GROUPS)) {
    if (existingGroups.has(groupName)) continue;
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: groupName, Description: GROUP_DESCRIPTIONS[groupName] }));
  }
  return { userPoolId, userPoolClientId, created };
}

/** Idempotently provisions the table and the user pool; pass the ids of an earlier run to reuse them. */
export async function provisionLocalStack(options: {
  dynamoDbEndpoint: string;
  cognitoEndpoint: string;
  tableName: string;
  known?: Partial<UserPoolIds>;
}): Promise<ProvisionedStack> {
  const dynamoDb = localDynamoDbClient(options.dynamoDbEndpoint);
  const cognito = localCognitoClient(options.cognitoEndpoint);
  try {
    const [table, pool] = await Promise.all([provisionTable(dynamoDb, options.tableName), provisionUserPool(cognito, options.known)]);
    return {
      tableName: options.tableName,
      tableCreated: table.created,
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.userPoolClientId,
      userPoolCreated: pool.created,
    };
  } finally {
    dynamoDb.destroy();
    cognito.destroy();
  }
}
