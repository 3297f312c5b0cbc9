/** Where an account deletion goes next; phases run in this order. */
export const DELETION_PHASES = ['shareCode', 'therapist', 'circles', 'partition', 'verify', 'cognito'] as const;

export type DeletionPhase = (typeof DELETION_PHASES)[number];

/**
 * A hint to resume a deletion where the last call stopped. Every step is
 * idempotent and finds its remaining work from the data, so a lost or stale
 * hint only costs reads. Never holds a sub: targets are digests and positions
 * are sort keys of content items.
 */
export interface DeletionProgress {
  phase: DeletionPhase;
  /** Digest of the client (therapist phase) or circle (circles phase) being worked on. */
  target?: string | null;
  step?: string | null;
  /** Sort-key position within the step's range. */
  after?: string | null;
  /**
   * The circles the deletion has swept so far (with the member's id there),
   * for its last check. Never a sub: a client's partition is not listed (a
   * therapist's writes there are refused by the marker itself). Kept only
   * while the deletion runs; the finished marker drops it.
   */
  touched?: Touched | null;
}

export interface Touched {
  circles: Array<{ circleId: string; memberId: string }>;
}

/** The closed-account marker (see account.keys.ts). */
export interface ClosedAccountRecord {
  status: 'DELETING' | 'DELETED';
  startedAt: string;
  updatedAt: string;
  /** Until then no profile is created for this sub (a still-valid access token cannot bring the account back). */
  refuseUntil: string;
  progress?: DeletionProgress | null;
}
