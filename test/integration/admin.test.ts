import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AdminListGroupsForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { kit } from '../helpers/kit';
import { cognitoClient, createTestUser, signInTestUser, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

const ROOT = join(__dirname, '..', '..');

let api: TestApi;
let dir: string;

/** The admin tool in its own process, as an operator runs it, pointed at the stack the tests run. */
async function admin(...args: string[]): Promise<{ code: number; out: string; stdout: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'services', 'local', 'admin.ts'), ...args], {
      cwd: ROOT,
      // An operator's shell: none of the variables the tests set for the handler.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LACRIMA_SILENT_LOGS: 'true',
        LACRIMA_STATE_FILE: join(dir, 'state.json'),
        LACRIMA_AUDIT_FILE: join(dir, 'audit.log'),
      },
    });
    return { code: 0, out: stdout + stderr, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}`, stdout: failed.stdout ?? '' };
  }
}

async function gql<T>(user: { accessToken: string }, document: string, variables: Record<string, unknown> = {}) {
  return api.gql<T>(document, variables, user.accessToken);
}

/** The audit trail's lines so far, parsed. */
function auditLines(): Array<Record<string, unknown>> {
  return readFileSync(join(dir, 'audit.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  api = await startTestApi();
  const stack = testStack();
  dir = mkdtempSync(join(tmpdir(), 'lacrima-admin-'));
  writeFileSync(
    join(dir, 'state.json'),
    JSON.stringify({
      ...stack,
      dynamoDbPort: Number(new URL(stack.dynamoDbEndpoint).port),
      cognitoPort: Number(new URL(stack.cognitoEndpoint).port),
      apiUrl: api.url,
      seeded: false,
      pid: process.pid,
    }),
  );
}, 60_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await api.close();
});

/**
 * `npm run admin -- therapist …` against a running stack, as an operator
 * runs it: the real command in its own process, pointed at the stack the
 * tests run (the same DynamoDB Local and cognito-local as `npm start`).
 */
describe('npm run admin -- therapist (integration)', () => {
  let therapist: TestUser;
  let client: TestUser;
  let invitee: TestUser;
  let oldCode: string;

  // By sub, the pool's username: cognito-local matches this call's Username against group members literally, not as the email alias.
  const groupsOf = async (user: TestUser) =>
    ((await cognitoClient().send(new AdminListGroupsForUserCommand({ UserPoolId: testStack().userPoolId, Username: user.sub }))).Groups ?? []).map(
      (g) => g.GroupName,
    );

  beforeAll(async () => {
    [therapist, client, invitee] = await Promise.all([createTestUser({ group: 'therapists' }), createTestUser(), createTestUser()]);
    oldCode = (await gql<{ myShareCode: string }>(therapist, kit('MyShareCode'))).body.data?.myShareCode as string;
    await gql(client, kit('InviteTherapist'), { input: { shareCode: oldCode, scopes: ['SESSIONS'] } });
    await gql(therapist, kit('AcceptInvitation'), { input: { clientId: client.sub } });
    await gql(invitee, kit('InviteTherapist'), { input: { shareCode: oldCode, scopes: ['SESSIONS'] } });
  }, 60_000);

  it('refuses to add a therapist without the licence the operator checked', async () => {
    const outsider = await createTestUser();

    const { code, out } = await admin('therapist', 'add', outsider.email);

    expect(code).not.toBe(0);
    expect(out).toMatch(/--licence/);
    expect(await groupsOf(outsider)).toEqual([]);
  });

  it('removes a therapist: out of the group, every share ended (the clients see why), the share code gone for good', async () => {
    const { code, out } = await admin('therapist', 'remove', therapist.email);

    expect([code, out]).toEqual([0, expect.stringMatching(/2 share\(s\) ended/)]);
    expect(await groupsOf(therapist)).toEqual([]);
    const grants = await gql<{ myGrants: Array<{ status: string }> }>(client, kit('MyGrants'));
    const pending = await gql<{ myGrants: Array<{ status: string }> }>(invitee, kit('MyGrants'));
    expect(grants.body.data?.myGrants.map((g) => g.status)).toEqual(['ENDED']);
    expect(pending.body.data?.myGrants.map((g) => g.status)).toEqual(['ENDED']);
    // Members can no longer invite them with the code they were given.
    const again = await gql(client, kit('InviteTherapist'), { input: { shareCode: oldCode, scopes: ['SESSIONS'] } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Their token still says "therapist" until it expires, and opens nothing: no client, no new code.
    const read = await gql(therapist, kit('ClientTimeline'), { clientId: client.sub, first: 5 });
    const newCode = await gql(therapist, kit('MyShareCode'));
    expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(newCode.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists therapists with where their shares stand', async () => {
    const other = await createTestUser({ group: 'therapists' });

    const { code, out } = await admin('therapist', 'list');

    expect(code).toBe(0);
    expect(out).toContain(other.email);
    expect(out).not.toContain(therapist.email);
  });

  it('adds them again from nothing: a new code, the ended shares stay ended', async () => {
    const { code } = await admin('therapist', 'add', therapist.email, '--licence', 'HCPC PYL012345 (checked on the register)');
    const fresh = await signInTestUser(therapist.email);

    const issued = await gql<{ myShareCode: string }>(fresh, kit('MyShareCode'));
    const grants = await gql<{ myGrants: Array<{ status: string }> }>(client, kit('MyGrants'));

    expect(code).toBe(0);
    expect(await groupsOf(therapist)).toEqual(['therapists']);
    expect(issued.body.data?.myShareCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(issued.body.data?.myShareCode).not.toBe(oldCode);
    expect(grants.body.data?.myGrants.map((g) => g.status)).toEqual(['ENDED']);
  });
});

/**
 * `npm run admin -- account …` and `migrate` for data-subject requests and
 * data changes: the account domain's own services, acting for the member named.
 */
describe('npm run admin -- account and migrate (integration)', () => {
  const SECRET = 'Words only the member should ever see';
  let member: TestUser;
  let therapist: TestUser;

  beforeAll(async () => {
    [member, therapist] = await Promise.all([createTestUser(), createTestUser({ group: 'therapists' })]);
    await gql(member, kit('Me'));
    await gql(member, kit('UpdateProfile'), { input: { version: 1, displayName: 'Marisol' } });
    await gql(member, kit('CreateJournalEntry'), { input: { text: SECRET } });
  }, 60_000);

  it('looks an account up by email: who and what it is, and nothing the member wrote', async () => {
    const { code, stdout } = await admin('account', 'status', member.email);
    const other = await admin('account', 'status', therapist.email);

    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^account +${member.sub}$`, 'm'));
    expect(stdout).toMatch(/^sign-in +CONFIRMED, enabled/m);
    expect(stdout).toMatch(/^groups +none$/m);
    expect(stdout).toMatch(/^profile +present \(created \d{4}-/m);
    expect(stdout).toMatch(/^deletion +none$/m);
    expect(stdout).not.toContain('Marisol');
    expect(stdout).not.toContain(SECRET);
    expect(other.stdout).toMatch(/^therapist +yes$/m);
    expect(other.stdout).toMatch(/^profile +absent$/m);
    expect(
      auditLines()
        .filter((line) => line.action === 'account.status')
        .slice(-2),
    ).toEqual([
      expect.objectContaining({ accountId: member.sub, outcome: 'ok', where: 'the local stack', at: expect.any(String) }),
      expect.objectContaining({ accountId: therapist.sub, outcome: 'ok' }),
    ]);
  });

  it('answers an unknown email with one line, and audits the lookup without the email', async () => {
    const { code, out } = await admin('account', 'status', 'nobody-here@example.com');

    expect(code).not.toBe(0);
    expect(out).toMatch(/No account for nobody-here@example.com/);
    expect(auditLines().at(-1)).toEqual(expect.objectContaining({ action: 'account.status', accountId: null, outcome: 'not-found' }));
  });

  it('writes the export of a data-subject request to the file the operator names, and never over another', async () => {
    const file = join(dir, 'export.json');

    const { code, out } = await admin('account', 'export', member.email, '--out', file);
    const again = await admin('account', 'export', member.email, '--out', file);

    expect([code, out]).toEqual([0, expect.stringContaining(`The export of account ${member.sub}`)]);
    const document = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      member: { id: string };
      profile: { displayName: string };
      journalEntries: Array<{ text: string }>;
    };
    expect(document.format).toBe('lacrima-export/1');
    expect(document.member.id).toBe(member.sub);
    expect(document.profile.displayName).toBe('Marisol');
    expect(document.journalEntries.map((entry) => entry.text)).toEqual([SECRET]);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(again.code).not.toBe(0);
    expect(again.out).toMatch(/exists already/);
    expect(
      auditLines()
        .filter((line) => line.action === 'account.export')
        .map((line) => [line.accountId, line.outcome]),
    ).toEqual([
      [member.sub, 'ok'],
      [member.sub, 'failed'],
    ]);
  });

  it('deletes nothing without a confirmation', async () => {
    const { code, out } = await admin('account', 'delete', member.email);

    expect(code).not.toBe(0);
    expect(out).toMatch(/--yes/);
    expect((await admin('account', 'status', member.email)).stdout).toMatch(/^deletion +none$/m);
  });

  it('deletes the account for a data-subject request: its data and sign-in gone, its status found by id afterwards', async () => {
    const { code, out } = await admin('account', 'delete', member.email, '--yes');
    const status = await admin('account', 'status', member.sub);

    expect([code, out]).toEqual([0, expect.stringContaining(`Account ${member.sub} is deleted`)]);
    await expect(signInTestUser(member.email)).rejects.toThrow();
    expect(status.stdout).toMatch(/^sign-in +none \(no Cognito user\)$/m);
    expect(status.stdout).toMatch(/^profile +absent$/m);
    expect(status.stdout).toMatch(/^deletion +DELETED at /m);
    expect(
      auditLines()
        .filter((line) => line.action === 'account.delete')
        .at(-1),
    ).toEqual(expect.objectContaining({ accountId: member.sub, outcome: 'ok', detail: expect.objectContaining({ deletedItems: expect.any(Number) }) }));
  });

  it('runs the registered migrations, dry or not, and audits each run', async () => {
    const dry = await admin('migrate', '--dry-run');
    const real = await admin('migrate');

    expect([dry.code, real.code]).toEqual([0, 0]);
    expect(real.stdout).toMatch(/No migrations are registered/);
    expect(
      auditLines()
        .filter((line) => line.action === 'migrate')
        .map((line) => [line.outcome, (line.detail as { dryRun: boolean }).dryRun]),
    ).toEqual([
      ['ok', true],
      ['ok', false],
    ]);
  });

  it('keeps emails out of the audit trail', () => {
    const trail = readFileSync(join(dir, 'audit.log'), 'utf8');

    expect(trail).not.toMatch(/@/);
    expect(trail).not.toContain('Marisol');
  });
});
