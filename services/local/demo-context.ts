import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type UserPoolGroup } from '../shared/auth/user-pool.definition';

export type DemoAccountKey = 'river' | 'sky' | 'rowan';

export interface DemoAccount {
  readonly key: DemoAccountKey;
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly groups: readonly UserPoolGroup[];
  /** The Cognito sub: the member's partition is USER#<sub>. */
  readonly sub: string;
}

/** What a demo seeder gets: the confirmed demo accounts and two ways to write data. */
export interface DemoSeedContext {
  readonly accounts: Readonly<Record<DemoAccountKey, DemoAccount>>;
  /**
   * Runs a GraphQL operation through the running local API as `account` (the
   * path a client takes; preferred, so seeded data obeys the service rules).
   * Throws if the response carries errors.
   */
  graphql<T = Record<string, unknown>>(account: DemoAccount, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Direct table access, for history the API cannot back-date. */
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  /** When the seed runs; back-date history relative to it. */
  readonly now: Date;
  log(line: string): void;
}

export type DemoSeeder = (ctx: DemoSeedContext) => Promise<void>;
