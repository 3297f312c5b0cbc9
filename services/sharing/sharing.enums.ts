import { registerEnumType } from 'type-graphql';

/** What a client shares with a therapist; each scope opens one kind of data. */
export enum GrantScope {
  /** Session times, catalysts, emotions and scores (SUDS, intensity, after-state). */
  SESSIONS = 'SESSIONS',
  /** Free text: session reflections and intentions, journal entries. */
  REFLECTIONS = 'REFLECTIONS',
  /** Routines, completions and weekly adherence. */
  ROUTINES = 'ROUTINES',
  /** Insights over a period. */
  INSIGHTS = 'INSIGHTS',
  /** Safety signals and the private flags behind them. */
  SAFETY_SIGNALS = 'SAFETY_SIGNALS',
}

export enum GrantStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(GrantScope, { name: 'GrantScope', description: 'What a client shares with a therapist' });
registerEnumType(GrantStatus, { name: 'GrantStatus', description: 'EXPIRED is derived from expiresAt and the clock' });
