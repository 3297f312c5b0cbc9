import { USER_POOL_GROUPS } from '../shared/auth/user-pool.definition';
import { localCognitoClient, localDocumentClient } from './aws-clients';
import { ensureConfirmedUser, signIn } from './cognito-users';
import { type DemoAccount, type DemoAccountKey, type DemoSeedContext, demoSeeders } from './demo-seeders';

export const DEMO_PASSWORD = 'Lacrima-demo-2026!';

export const DEMO_ACCOUNTS: ReadonlyArray<Omit<DemoAccount, 'sub'>> = [
  { key: 'river', email: 'river@lacrima.test', password: DEMO_PASSWORD, displayName: 'River', groups: [] },
  { key: 'sky', email: 'sky@lacrima.test', password: DEMO_PASSWORD, displayName: 'Sky', groups: [] },
  {
    key: 'rowan',
    email: 'rowan@lacrima.test',
    password: DEMO_PASSWORD,
    displayName: 'Rowan',
    groups: [USER_POOL_GROUPS.therapists],
  },
];

export interface SeedOptions {
  readonly dynamoDbEndpoint: string;
  readonly cognitoEndpoint: string;
  readonly tableName: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** The running local GraphQL endpoint the seeders' `graphql` calls go to. */
  readonly apiUrl: string;
  readonly log?: (line: string) => void;
}

/** Creates the demo accounts (idempotent), then runs every demo seeder in order. */
export async function seedDemo(options: SeedOptions): Promise<Record<DemoAccountKey, DemoAccount>> {
  const cognito = localCognitoClient(options.cognitoEndpoint);
  const documentClient = localDocumentClient(options.dynamoDbEndpoint);
  const log = options.log ?? (() => undefined);
  try {
    const accounts = {} as Record<DemoAccountKey, DemoAccount>;
    for (const account of DEMO_ACCOUNTS) {
      const { sub } = await ensureConfirmedUser(cognito, options, {
        email: account.email,
        password: account.password,
        name: account.displayName,
        groups: account.groups,
      });
      accounts[account.key] = { ...account, sub };
    }

    const tokens = new Map<string, string>();
    const ctx: DemoSeedContext = {
      accounts,
      documentClient,
      tableName: options.tableName,
      now: new Date(),
      log,
      async graphql<T>(account: DemoAccount, query: string, variables?: Record<string, unknown>): Promise<T> {
        let token = tokens.get(account.email);
        if (!token) {
          token = (await signIn(cognito, options.userPoolClientId, account.email, account.password)).accessToken;
          tokens.set(account.email, token);
        }
        const response = await fetch(options.apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
        if (!response.ok || body.errors?.length || !body.data) {
          const reason = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
          throw new Error(`Demo seed request as ${account.email} failed: ${reason}`);
        }
        return body.data;
      },
    };
    for (const seeder of demoSeeders) await seeder(ctx);
    return accounts;
  } finally {
    cognito.destroy();
    documentClient.destroy();
  }
}
