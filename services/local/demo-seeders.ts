import { MeDocument, UpdateProfileDocument } from '../../schema/generated/graphql';
import { demoCirclesSeeder } from './demo-circles';
import type { DemoAccountKey, DemoSeeder } from './demo-context';
import { demoHistorySeeder } from './demo-history';
import { sendKit } from './demo-kit';
import { demoRoutinesSeeder } from './demo-routines';
import { demoSharingSeeder } from './demo-sharing';

// Seeders import these types from demo-context (not from here, which imports them back); callers keep this one entry point.
export type { DemoAccount, DemoAccountKey, DemoSeedContext, DemoSeeder } from './demo-context';

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
