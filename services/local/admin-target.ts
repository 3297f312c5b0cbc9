import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoAccountRepository } from '../account/account.repository';
import { AccountService } from '../account/account.service';
import type { Caller } from '../shared/auth/caller';
import { USER_POOL_GROUPS } from '../shared/auth/user-pool.definition';
import { systemClock } from '../shared/clock';
import { stampSchemaVersions } from '../shared/db/schema-version';
import { DynamoSharingRepository } from '../sharing/sharing.repository';
import { TherapistRoster } from '../sharing/therapist-roster';
import { stageConfig } from '../../infra/stages';
import { localDocumentClient } from './aws-clients';
import { LocalStackError } from './errors';
import { runningLocalCognito } from './running-stack';

/** Where the operator acts: the running local stack or a deployed stage, with the clients and services for it. */
export interface Target {
  readonly where: string;
  readonly userPoolId: string;
  readonly tableName: string;
  readonly cognito: CognitoIdentityProviderClient;
  readonly documents: DynamoDBDocumentClient;
  readonly roster: TherapistRoster;
  /** The account domain's own services, acting for the member an operator names. */
  readonly accounts: AccountService;
  close(): void;
}

/** The running local stack, or a deployed stage found by its stack's outputs. */
export async function target(stage: string | undefined): Promise<Target> {
  let userPoolId: string;
  let tableName: string;
  let cognito: CognitoIdentityProviderClient;
  let documents: DynamoDBDocumentClient;
  if (stage === undefined) {
    const { state, client } = await runningLocalCognito();
    ({ userPoolId, tableName } = state);
    cognito = client;
    documents = localDocumentClient(`http://127.0.0.1:${state.dynamoDbPort}`);
  } else {
    // The stage's region from its config (a deploy with -c region=... is found with AWS_REGION set to it).
    const region = process.env.AWS_REGION ?? stageConfig(stage).region;
    const cloudFormation = new CloudFormationClient({ region });
    const stack = (await cloudFormation.send(new DescribeStacksCommand({ StackName: `Lacrima-${stage}` }))).Stacks?.[0];
    cloudFormation.destroy();
    const output = (key: string) => stack?.Outputs?.find((o) => o.OutputKey === key)?.OutputValue;
    const [pool, table] = [output('UserPoolId'), output('TableName')];
    if (!pool || !table) throw new LocalStackError(`Stack Lacrima-${stage} has no UserPoolId and TableName outputs: is it deployed?`);
    [userPoolId, tableName] = [pool, table];
    cognito = new CognitoIdentityProviderClient({ region });
    // Stamped like the handler's client: what the tool writes, the handler reads.
    documents = stampSchemaVersions(DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } }));
  }
  // The repositories read the process's config: point it at the target. The cursors this tool pages with never
  // leave it, so the local cursor secret serves for a cloud stage too.
  Object.assign(process.env, { STAGE: 'local', TABLE_NAME: tableName, USER_POOL_CLIENT_ID: 'admin-tool', CURSOR_SECRET: '' });
  return {
    where: stage === undefined ? 'the local stack' : `stage ${stage}`,
    userPoolId,
    tableName,
    cognito,
    documents,
    roster: new TherapistRoster(new DynamoSharingRepository(documents, tableName), systemClock),
    accounts: new AccountService(new DynamoAccountRepository(documents, tableName, cognito, userPoolId), systemClock),
    close: () => {
      cognito.destroy();
      documents.destroy();
    },
  };
}

export const attribute = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((a) => a.Name === name)?.Value;

/** An account's sign-in identity as Cognito holds it; `undefined` fields when the user is gone (deleted). */
export interface Account {
  readonly sub: string;
  readonly user?: { status?: string; enabled?: boolean; created?: Date; emailVerified: boolean; groups: string[] };
}

const isNotFound = (error: unknown) => error instanceof Error && error.name === 'UserNotFoundException';

/**
 * By email, or by sub (what the audit log and a deletion leave behind: the
 * pool's username is the sub, and a deleted account has no email any more).
 */
export async function findAccount(t: Target, who: string): Promise<Account> {
  const byEmail = who.includes('@');
  try {
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: t.userPoolId, Username: who }));
    const sub = attribute(user.UserAttributes, 'sub');
    if (!sub) throw new LocalStackError(`The account ${who} has no sub`);
    // By sub: cognito-local matches group members' usernames literally, not as the email alias.
    const groups = await t.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: t.userPoolId, Username: sub }));
    return {
      sub,
      user: {
        status: user.UserStatus,
        enabled: user.Enabled,
        created: user.UserCreateDate,
        emailVerified: attribute(user.UserAttributes, 'email_verified') === 'true',
        groups: (groups.Groups ?? []).map((g) => g.GroupName as string),
      },
    };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    if (byEmail) throw new LocalStackError(`No account for ${who} in ${t.where} (a deleted account is found by its id)`);
    return { sub: who };
  }
}

/** The member as the account services see a signed-in caller. */
export function callerFor(account: Account): Caller {
  const groups = account.user?.groups ?? [];
  return {
    sub: account.sub,
    groups,
    role: groups.includes(USER_POOL_GROUPS.therapists) ? 'THERAPIST' : 'MEMBER',
    isAdmin: groups.includes(USER_POOL_GROUPS.admins),
  };
}
