import type { Role } from '../shared/auth/caller';
import type { CircleRole } from '../circles/circle.enums';

/** Where one subscription of a connection is stored: its fan-out partition's owner. */
export type SubscriptionTarget = { field: 'circleActivity'; circleId: string } | { field: 'myNotifications' };

/** An acknowledged connection (written at connection_init, never before). */
export interface LiveConnectionRecord {
  connectionId: string;
  sub: string;
  role: Role;
  groups: string[];
  /** ISO 8601 UTC: the access token's expiry; any use after it ends the connection with 4401. */
  tokenExpiresAt: string;
  connectedAt: string;
  /** subscriptionId -> where it is stored, so ending the connection deletes them without a Query. */
  subscriptions: Record<string, SubscriptionTarget>;
}

/** One subscription, stored in the partition its events fan out from. */
export interface LiveSubscriptionRecord {
  connectionId: string;
  subscriptionId: string;
  sub: string;
  groups: string[];
  role: Role;
  target: SubscriptionTarget;
  /** The subscriber's member id and circle role (circleActivity only): what the feed's rules need per event. */
  memberId?: string;
  circleRole?: CircleRole;
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
  tokenExpiresAt: string;
}
