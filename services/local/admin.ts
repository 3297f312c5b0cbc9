import 'reflect-metadata';
import './quiet-sdk';
import {
  AdminAddUserToGroupCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersInGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { logger } from '../shared/logger';
import { accountDelete, accountExport, accountStatus } from './admin-account';
import { audit } from './admin-audit';
import { migrate } from './admin-migrate';
import { attribute, findAccount, type Target, target } from './admin-target';
import { LocalStackError } from './errors';
import { runTool } from './running-stack';

const USAGE = `Usage:
  npm run admin -- therapist add <email> --licence <registration checked>
  npm run admin -- therapist remove <email>
  npm run admin -- therapist list
  npm run admin -- account status <email|account id>
  npm run admin -- account export <email|account id> --out <new file>
  npm run admin -- account delete <email|account id> [--yes]
  npm run admin -- migrate [--dry-run] [--restart]
Against the running local stack (npm start), or a deployed stage with --stage <name> (AWS credentials of an operator).
Every action is logged as one JSON line to stderr and to the audit file (LACRIMA_AUDIT_FILE, default .local/admin-audit.log).`;

const THERAPISTS = 'therapists';
const VALUE_OPTIONS = ['stage', 'licence', 'out'];
const FLAGS = ['yes', 'dry-run', 'restart'];

/** Parses `--name value` options and `--flag`s out of the arguments; the rest stay positional. */
function parse(args: string[]): { positional: string[]; options: Record<string, string>; flags: Set<string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.slice(2);
    if (!arg.startsWith('--')) positional.push(arg);
    else if (FLAGS.includes(name)) flags.add(name);
    else if (!VALUE_OPTIONS.includes(name)) throw new LocalStackError(`Unknown option ${arg}\n${USAGE}`);
    else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new LocalStackError(`${arg} needs a value\n${USAGE}`);
      options[name] = value;
      i += 1;
    }
  }
  return { positional, options, flags };
}

async function therapist(t: Target, action: string, email: string | undefined, licence: string | undefined): Promise<void> {
  if (action === 'list') {
    const listed = await t.cognito.send(new ListUsersInGroupCommand({ UserPoolId: t.userPoolId, GroupName: THERAPISTS }));
    for (const user of listed.Users ?? []) {
      const sub = attribute(user.Attributes, 'sub') as string;
      const shares = Object.entries(await t.roster.shares(sub)).map(([status, n]) => `${n} ${status.toLowerCase()}`);
      console.log(`${attribute(user.Attributes, 'email') ?? user.Username}\t${sub}\t${shares.join(', ') || 'no shares'}`);
    }
    return;
  }
  const account = await findAccount(t, email as string);
  if (action === 'add') {
    // Deny by default: the group is given only against a licence the operator checked and names.
    if (!licence?.trim()) throw new LocalStackError(`Check the licence first, then name it: --licence <registration number and register>\n${USAGE}`);
    await t.roster.add(account.sub);
    await t.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: t.userPoolId, Username: email, GroupName: THERAPISTS }));
    // The operator's check is the record of why this account may read clients' data: it goes into the operator log.
    logger.info('operator: therapist added', { therapistSub: account.sub, licenceChecked: licence.trim(), where: t.where });
    audit({ action: 'therapist.add', accountId: account.sub, where: t.where, outcome: 'ok', detail: { licenceChecked: licence.trim() } });
    console.log(`✔ ${email} is a therapist in ${t.where} (licence checked: ${licence.trim()})`);
  } else {
    // The group first: new tokens stop carrying it; sign-out ends the sessions that would renew old ones.
    await t.cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: t.userPoolId, Username: email, GroupName: THERAPISTS }));
    await t.cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: t.userPoolId, Username: email })).catch((error: unknown) => {
      // cognito-local does not implement it; a token it issued lives out its 15 minutes, and the data below holds either way.
      if (!(error instanceof Error && error.name.includes('Unsupported'))) throw error;
    });
    const ended = await t.roster.remove(account.sub);
    logger.info('operator: therapist removed', { therapistSub: account.sub, sharesEnded: ended, where: t.where });
    audit({ action: 'therapist.remove', accountId: account.sub, where: t.where, outcome: 'ok', detail: { sharesEnded: ended } });
    console.log(`✔ ${email} is no longer a therapist in ${t.where}: ${ended} share(s) ended, share code gone`);
  }
}

/** Which command, checked before anything connects: a typo costs nothing. */
function command(positional: string[], options: Record<string, string>, flags: Set<string>): (t: Target) => Promise<void> {
  const [subject, action, who, ...rest] = positional;
  const only = (allowedOptions: string[], allowedFlags: string[]) =>
    rest.length === 0 && Object.keys(options).every((o) => o === 'stage' || allowedOptions.includes(o)) && [...flags].every((f) => allowedFlags.includes(f));
  if (subject === 'therapist' && only(['licence'], [])) {
    if (action === 'list' && !who) return (t) => therapist(t, action, undefined, undefined);
    if ((action === 'add' || action === 'remove') && who) return (t) => therapist(t, action, who, options.licence);
  }
  if (subject === 'account' && who) {
    if (action === 'status' && only([], [])) return (t) => accountStatus(t, who);
    if (action === 'export' && only(['out'], [])) return (t) => accountExport(t, who, options.out);
    if (action === 'delete' && only([], ['yes'])) return (t) => accountDelete(t, who, flags.has('yes'));
  }
  if (subject === 'migrate' && !action && only([], ['dry-run', 'restart']))
    return (t) => migrate(t, { dryRun: flags.has('dry-run'), restart: flags.has('restart') });
  throw new LocalStackError(USAGE);
}

runTool(async () => {
  const { positional, options, flags } = parse(process.argv.slice(2));
  const run = command(positional, options, flags);
  const t = await target(options.stage);
  try {
    await run(t);
  } finally {
    t.close();
  }
});
