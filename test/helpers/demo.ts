import type { DemoAccount, DemoAccountKey, DemoSeedContext } from '../../services/local/demo-seeders';
import { createTestUser, documentClient, testStack, type TestApi, type TestUser } from './local-stack';

/**
 * The demo's three people as fresh test users, and the context the demo
 * seeders run with, sending through the test API as `npm start`'s seed sends
 * through the local one.
 */
export async function demoSeedContext(api: TestApi): Promise<{ users: Record<DemoAccountKey, TestUser>; ctx: DemoSeedContext }> {
  const [river, sky, rowan] = await Promise.all([createTestUser(), createTestUser(), createTestUser({ group: 'therapists' })]);
  const users = { river, sky, rowan } as Record<DemoAccountKey, TestUser>;
  const account = (key: DemoAccountKey, displayName: string): DemoAccount => ({
    key,
    email: users[key].email,
    password: users[key].password,
    displayName,
    groups: [],
    sub: users[key].sub,
  });
  const ctx: DemoSeedContext = {
    accounts: { river: account('river', 'River'), sky: account('sky', 'Sky'), rowan: account('rowan', 'Rowan') },
    documentClient: documentClient(),
    tableName: testStack().tableName,
    now: new Date(),
    log: () => undefined,
    async graphql<T>(who: DemoAccount, query: string, variables?: Record<string, unknown>) {
      const res = await api.gql<T>(query, variables, users[who.key].accessToken);
      if (res.body.errors?.length) throw new Error(res.body.errors.map((e) => e.message).join('; '));
      return res.body.data as T;
    },
  };
  return { users, ctx };
}
