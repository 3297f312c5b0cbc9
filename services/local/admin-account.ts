import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DELETE_CONFIRMATION, EXPORT_PAGE_MAX } from '../account/account.input';
import type { ExportDocument } from '../account/account.format';
import { closedAccountKey } from '../shared/db/keys';
import { profileKey } from '../users/user.keys';
import { audit } from './admin-audit';
import { callerFor, findAccount, type Account, type Target } from './admin-target';
import { LocalStackError } from './errors';

/** The account's standing, from Cognito and the table's bookkeeping attributes only: never what the member wrote. */
export async function accountStatus(t: Target, who: string): Promise<void> {
  const account = await findAccount(t, who).catch((error: unknown) => {
    if (error instanceof LocalStackError) audit({ action: 'account.status', accountId: null, where: t.where, outcome: 'not-found' });
    throw error;
  });
  const get = (Key: Record<string, string>, ProjectionExpression: string, names: Record<string, string>) =>
    t.documents.send(new GetCommand({ TableName: t.tableName, Key, ConsistentRead: true, ProjectionExpression, ExpressionAttributeNames: names }));
  const [profile, closed] = await Promise.all([
    get(profileKey(account.sub), '#pk, #created', { '#pk': 'PK', '#created': 'createdAt' }),
    get(closedAccountKey(account.sub), '#status, #started, #updated, #refuse', {
      '#status': 'status',
      '#started': 'startedAt',
      '#updated': 'updatedAt',
      '#refuse': 'refuseUntil',
    }),
  ]);
  const marker = closed.Item as { status?: string; startedAt?: string; updatedAt?: string; refuseUntil?: string } | undefined;
  const user = account.user;
  const rows: Array<[string, string]> = [
    ['account', account.sub],
    [
      'sign-in',
      user
        ? `${user.status ?? 'unknown'}, ${user.enabled === false ? 'disabled' : 'enabled'}, email ${user.emailVerified ? 'verified' : 'not verified'}`
        : 'none (no Cognito user)',
    ],
    ['created', user?.created?.toISOString() ?? '-'],
    ['groups', user ? user.groups.join(', ') || 'none' : '-'],
    ['therapist', user?.groups.includes('therapists') ? 'yes' : 'no'],
    ['profile', profile.Item ? `present (created ${String(profile.Item.createdAt ?? '?')})` : 'absent'],
    [
      'deletion',
      !marker
        ? 'none'
        : marker.status === 'DELETED'
          ? `DELETED at ${marker.updatedAt} (profile refused until ${marker.refuseUntil})`
          : `${marker.status} since ${marker.startedAt}, last step ${marker.updatedAt}: run \`account delete ${account.sub}\` to finish`,
    ],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(10)}${value}`);
  audit({
    action: 'account.status',
    accountId: account.sub,
    where: t.where,
    outcome: 'ok',
    detail: { cognitoUser: !!user, profile: !!profile.Item, deletion: marker?.status ?? null },
  });
}

/** Every page of the member's export, through the account domain's own service, as one document. */
export async function accountExport(t: Target, who: string, file: string | undefined): Promise<void> {
  if (!file?.trim()) throw new LocalStackError('Name the file the export goes to: --out <file> (it must not exist yet)');
  const account = await findAccount(t, who);
  const caller = callerFor(account);
  let document: ExportDocument | undefined;
  let after: string | undefined;
  let pages = 0;
  try {
    for (;;) {
      const page = await t.accounts.exportMyData(caller, { first: EXPORT_PAGE_MAX, after });
      pages += 1;
      document = document ? appendPage(document, page.document) : page.document;
      if (!page.hasMore || !page.endCursor) break;
      after = page.endCursor;
    }
    // 'wx': never over another file; 0600: it is a member's data.
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    audit({ action: 'account.export', accountId: account.sub, where: t.where, outcome: 'failed', detail: { error: errorName(error) } });
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new LocalStackError(`${file} exists already: name a new file`);
    throw error;
  }
  audit({ action: 'account.export', accountId: account.sub, where: t.where, outcome: 'ok', detail: { pages } });
  console.log(`✔ The export of account ${account.sub} (${pages} page(s)) is in ${file}: hand it over securely, then delete it`);
}

/** Lists append page after page (schema/EXPORT.md); the rest is the first page's. */
function appendPage(whole: ExportDocument, page: ExportDocument): ExportDocument {
  const merged: Record<string, unknown> = { ...whole };
  for (const [name, value] of Object.entries(page)) if (Array.isArray(value)) merged[name] = [...((merged[name] as unknown[]) ?? []), ...value];
  return merged as ExportDocument;
}

/** The member's deletion, exactly as deleteMyAccount runs it, called until complete. */
export async function accountDelete(t: Target, who: string, yes: boolean): Promise<void> {
  const account = await findAccount(t, who);
  if (!(await confirmed(account, who, t.where, yes))) {
    audit({ action: 'account.delete', accountId: account.sub, where: t.where, outcome: 'refused' });
    throw new LocalStackError('Not confirmed: nothing was deleted');
  }
  const caller = callerFor(account);
  let deleted = 0;
  let calls = 0;
  try {
    for (;;) {
      const step = await t.accounts.deleteMyAccount(caller, { confirm: DELETE_CONFIRMATION });
      deleted += step.deletedItems;
      calls += 1;
      if (step.complete) break;
    }
  } catch (error) {
    audit({ action: 'account.delete', accountId: account.sub, where: t.where, outcome: 'failed', detail: { deletedItems: deleted, error: errorName(error) } });
    throw error;
  }
  audit({ action: 'account.delete', accountId: account.sub, where: t.where, outcome: 'ok', detail: { deletedItems: deleted, calls } });
  console.log(`✔ Account ${account.sub} is deleted from ${t.where}: ${deleted} item(s) removed, sign-in gone. Keep the id for the request's record.`);
}

async function confirmed(account: Account, who: string, where: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) throw new LocalStackError('Deleting needs a confirmation: run it in a terminal, or pass --yes from a script');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`Delete account ${account.sub} and all its data from ${where}, for good? Type ${who} to confirm: `);
    return answer.trim() === who;
  } finally {
    prompt.close();
  }
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');
