/** Why an alert went to a therapist. */
export type AlertReason = 'CLIENT_ASKED' | 'SAFETY_SIGNAL';

/** One alert to one therapist, in the client's partition; written once, never edited. */
export interface AlertRecord {
  id: string;
  clientSub: string;
  therapistSub: string;
  grantId: string;
  reason: AlertReason;
  /** SAFETY_SIGNAL: the kinds that fired, and the session or measure that raised them; empty when the client asked. */
  signalKinds: string[];
  sourceId: string | null;
  at: string;
}
