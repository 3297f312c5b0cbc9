import { type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MeDocument, UpdateProfileDocument } from '../../schema/generated/graphql';
import { type UserPoolGroup } from '../shared/auth/user-pool.definition';
import { demoCirclesSeeder } from './demo-circles';
import { demoHistorySeeder } from './demo-history';
import { sendKit } from './demo-kit';
import { demoRoutinesSeeder } from './demo-routines';
import { demoSharingSeeder } from './demo-sharing';

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
  graphql<T = Record<string, unknown>>(
    account: DemoAccount,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Direct table access, for history the API cannot back-date. */
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  /** When the seed runs; back-date history relative to it. */
  readonly now: Date;
  log(line: string): void;
}

export type DemoSeeder = (ctx: DemoSeedContext) => Promise<void>;

/**
 * Where the demo people live. River has stated no country: she sees the
 * international crisis resources and a suggestion (DE, from her time zone) for
 * the app to offer; Sky and Rowan have stated GB.
 */
export const DEMO_PROFILES: Readonly<Record<DemoAccountKey, { timeZone: string; country: string | null }>> = {
  river: { timeZone: 'Europe/Berlin', country: null },
  sky: { timeZone: 'Europe/London', country: 'GB' },
  rowan: { timeZone: 'Europe/London', country: 'GB' },
};

/** Gives the demo profiles their display names, zones and countries (`me` creates the profile on first call). */
export const demoProfilesSeeder: DemoSeeder = async (ctx) => {
  for (const account of Object.values(ctx.accounts)) {
    const { me } = await sendKit(ctx, account, MeDocument);
    await sendKit(ctx, account, UpdateProfileDocument, { input: { version: me.version, displayName: account.displayName, ...DEMO_PROFILES[account.key] } });
  }
};

/**
 * THE HOOK for demo history: append a seeder per domain (sessions, journal,
 * routines, circles, sharing). They run in this order, once, on the first
 * `npm start` or with `--fresh`, after the demo accounts exist and the API is up.
 */
export const demoSeeders: DemoSeeder[] = [demoProfilesSeeder, demoHistorySeeder, demoRoutinesSeeder, demoCirclesSeeder, demoSharingSeeder];
