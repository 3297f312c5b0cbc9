import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AdminListGroupsForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { kit } from '../helpers/kit';
import { cognitoClient, createTestUser, signInTestUser, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm run admin -- therapist …` against a running stack, as an operator
 * runs it: the real command in its own process, pointed at the stack the
 * tests run (the same DynamoDB Local and cognito-local as `npm start`).
 */
describe('npm run admin -- therapist (integration)', () => {
  let api: TestApi;
  let dir: string;
  let therapist: TestUser;
  let client: TestUser;
  let invitee: TestUser;
  let oldCode: string;

  async function admin(...args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'services', 'local', 'admin.ts'), ...args], {
        cwd: ROOT,
        // An operator's shell: none of the variables the tests set for the handler.
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LACRIMA_SILENT_LOGS: 'true', LACRIMA_STATE_FILE: join(dir, 'state.json') },
      });
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? 1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  }

  async function gql<T>(user: { accessToken: string }, document: string, variables: Record<string, unknown> = {}) {
    return api.gql<T>(document, variables, user.accessToken);
  }

  // By sub, the pool's username: cognito-local matches this call's Username against group members literally, not as the email alias.
  const groupsOf = async (user: TestUser) =>
    ((await cognitoClient().send(new AdminListGroupsForUserCommand({ UserPoolId: testStack().userPoolId, Username: user.sub }))).Groups ?? []).map(
      (g) => g.GroupName,
    );

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
    [therapist, client, invitee] = await Promise.all([createTestUser({ group: 'therapists' }), createTestUser(), createTestUser()]);
    oldCode = (await gql<{ myShareCode: string }>(therapist, kit('MyShareCode'))).body.data?.myShareCode as string;
    await gql(client, kit('InviteTherapist'), { input: { shareCode: oldCode, scopes: ['SESSIONS'] } });
    await gql(therapist, kit('AcceptInvitation'), { input: { clientId: client.sub } });
    await gql(invitee, kit('InviteTherapist'), { input: { shareCode: oldCode, scopes: ['SESSIONS'] } });
  }, 60_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  });

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
