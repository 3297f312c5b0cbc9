import 'reflect-metadata';
import './quiet-sdk';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  AdminAddUserToGroupCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../shared/clock';
import { logger } from '../shared/logger';
import { DynamoSharingRepository } from '../sharing/sharing.repository';
import { TherapistRoster } from '../sharing/therapist-roster';
import { localDocumentClient } from './aws-clients';
import { LocalStackError } from './errors';
import { runningLocalCognito, runTool } from './running-stack';
import { stageConfig } from '../../infra/stages';

const USAGE = `Usage:
  npm run admin -- therapist add <email> --licence <registration checked>
  npm run admin -- therapist remove <email>
  npm run admin -- therapist list
Against the running local stack (npm start), or a deployed stage with --stage <name> (AWS credentials of an operator).`;

const THERAPISTS = 'therapists';

interface Target {
  readonly where: string;
  readonly userPoolId: string;
  readonly cognito: CognitoIdentityProviderClient;
  readonly roster: TherapistRoster;
  close(): void;
}

/** The running local stack, or a deployed stage found by its stack's outputs. */
async function target(stage: string | undefined): Promise<Target> {
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
    documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } });
  }
  // The repositories read the process's config: point it at the target. The cursors this tool pages with never
  // leave it, so the local cursor secret serves for a cloud stage too.
  Object.assign(process.env, { STAGE: 'local', TABLE_NAME: tableName, USER_POOL_CLIENT_ID: 'admin-tool', CURSOR_SECRET: '' });
  return {
    where: stage === undefined ? 'the local stack' : `stage ${stage}`,
    userPoolId,
    cognito,
    roster: new TherapistRoster(new DynamoSharingRepository(documents, tableName), systemClock),
    close: () => {
      cognito.destroy();
      documents.destroy();
    },
  };
}

const attribute = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((a) => a.Name === name)?.Value;

/** The account's sub; Cognito's admin calls take the email itself (the pool signs in by email). */
async function accountOf(t: Target, email: string): Promise<{ sub: string }> {
  try {
    const user = await t.cognito.send(new AdminGetUserCommand({ UserPoolId: t.userPoolId, Username: email }));
    const sub = attribute(user.UserAttributes, 'sub');
    if (!sub) throw new LocalStackError(`The account ${email} has no sub`);
    return { sub };
  } catch (error) {
    if (error instanceof Error && error.name === 'UserNotFoundException') throw new LocalStackError(`No account for ${email} in ${t.where}`);
    throw error;
  }
}

/** Parses `--name value` options out of the arguments; the rest stay positional. */
function parse(args: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) positional.push(arg);
    else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new LocalStackError(`${arg} needs a value\n${USAGE}`);
      options[arg.slice(2)] = value;
      i += 1;
    }
  }
  return { positional, options };
}

runTool(async () => {
  const { positional, options } = parse(process.argv.slice(2));
  const [subject, action, email, ...rest] = positional;
  const unknown = Object.keys(options).filter((name) => !['stage', 'licence'].includes(name));
  if (subject !== 'therapist' || !action || rest.length > 0 || unknown.length > 0) throw new LocalStackError(USAGE);
  if ((action === 'add' || action === 'remove') && !email) throw new LocalStackError(USAGE);

  const t = await target(options.stage);
  try {
    if (action === 'list') {
      const listed = await t.cognito.send(new ListUsersInGroupCommand({ UserPoolId: t.userPoolId, GroupName: THERAPISTS }));
      for (const user of listed.Users ?? []) {
        const sub = attribute(user.Attributes, 'sub') as string;
        const shares = Object.entries(await t.roster.shares(sub)).map(([status, n]) => `${n} ${status.toLowerCase()}`);
        console.log(`${attribute(user.Attributes, 'email') ?? user.Username}\t${sub}\t${shares.join(', ') || 'no shares'}`);
      }
      return;
    }
    const account = await accountOf(t, email as string);
    if (action === 'add') {
      // Deny by default: the group is given only against a licence the operator checked and names.
      if (!options.licence?.trim()) throw new LocalStackError(`Check the licence first, then name it: --licence <registration number and register>\n${USAGE}`);
      await t.roster.add(account.sub);
      await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: t.userPoolId, Username: email, GroupName: THERAPISTS }));
      // The operator's check is the record of why this account may read clients' data: it goes into the operator log.
      logger.info('operator: therapist added', { therapistSub: account.sub, licenceChecked: options.licence.trim(), where: t.where });
      console.log(`✔ ${email} is a therapist in ${t.where} (licence checked: ${options.licence.trim()})`);
    } else if (action === 'remove') {
      // The group first: new tokens stop carrying it; sign-out ends the sessions that would renew old ones.
      await t.cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: t.userPoolId, Username: email, GroupName: THERAPISTS }));
      await t.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: t.userPoolId, Username: email })).catch((error: unknown) => {
        // cognito-local does not implement it; a token it issued lives out its 15 minutes, and the data below holds either way.
        if (!(error instanceof Error && error.name.includes('Unsupported'))) throw error;
      });
      const ended = await t.roster.remove(account.sub);
      logger.info('operator: therapist removed', { therapistSub: account.sub, sharesEnded: ended, where: t.where });
      console.log(`✔ ${email} is no longer a therapist in ${t.where}: ${ended} share(s) ended, share code gone`);
    } else {
      throw new LocalStackError(USAGE);
    }
  } finally {
    t.close();
  }
});
