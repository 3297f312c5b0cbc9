import { registerEnumType } from 'type-graphql';

/** What a client shares with a therapist; each scope opens one kind of data. */
export enum GrantScope {
  /** Session times, catalysts, emotions and scores (SUDS, intensity, after-state). */
  SESSIONS = 'SESSIONS',
  /** Free text: session reflections and intentions, journal entries, routine completion notes. */
  REFLECTIONS = 'REFLECTIONS',
  /** Routines, completions and weekly adherence. */
  ROUTINES = 'ROUTINES',
  /** Insights over a period. */
  INSIGHTS = 'INSIGHTS',
  /** Safety signals and the private flags behind them. */
  SAFETY_SIGNALS = 'SAFETY_SIGNALS',
  /** Standard measures (PHQ-9, GAD-7, WHO-5): results, and scheduling them. */
  MEASURES = 'MEASURES',
}

export enum GrantStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  ENDED = 'ENDED',
}

registerEnumType(GrantScope, {
  name: 'GrantScope',
  description: 'What a client shares with a therapist; each scope opens one kind of data',
  valuesConfig: {
    SESSIONS: { description: 'Session times, catalysts, emotions and scores (SUDS, intensity, after-state); links to sessions anywhere' },
    REFLECTIONS: { description: 'Free text the client wrote: session reflections and intentions, journal entries, routine completion notes' },
    ROUTINES: { description: 'Routines, completions and weekly adherence' },
    INSIGHTS: { description: 'Insights over a period' },
    SAFETY_SIGNALS: { description: 'Safety signals and the private flags behind them' },
    MEASURES: { description: 'Standard measures (PHQ-9, GAD-7, WHO-5): the results over time, and scheduling one for the client to complete' },
  },
});
registerEnumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'Where a share stands; EXPIRED is derived from expiresAt and the clock',
  valuesConfig: {
    PENDING: { description: 'Invited; the therapist has not answered' },
    ACTIVE: { description: 'The therapist reads what the scopes open' },
    DECLINED: { description: 'The therapist declined the invitation' },
    REVOKED: { description: 'The client ended it' },
    EXPIRED: { description: 'Its expiry has passed' },
    ENDED: {
      description: 'The therapist no longer practises on Lacrima (an operator removed them); the share cannot be restored, invite them again if they return',
    },
  },
});
