import type { DueSource } from '../../shared/db/catalogue/schedule.catalogue';

/** A delivery that failed, waiting for its next attempt. */
export interface DueRetryRecord {
  /** The occurrence (ISO 8601 UTC) that was claimed and not delivered. */
  occurrence: string;
  /** Attempts made so far. */
  attempts: number;
  /** When the sweep tries again (ISO 8601 UTC). */
  at: string;
}

/** The next reminder of one source, as stored at `DUE#...` in the member's partition. */
export interface DueReminderRecord {
  sub: string;
  source: DueSource;
  /** The next occurrence to deliver (ISO 8601 UTC). */
  dueAt: string;
  /** The local day and time it stands for, in `timeZone` (read when it was computed). */
  localDay: string;
  localTime: string;
  timeZone: string;
  /** When the sweep should next look at it: dueAt, or an earlier retry. Its index sort key. */
  lookAt: string;
  /** The latest occurrence claimed for delivery: nothing is ever scheduled at or before it again. */
  lastClaimed: string | null;
  retry: DueRetryRecord | null;
  /** Occurrences given up on after the last attempt (logged with their ids when it happens). */
  undelivered: number;
  /** Every write is conditional on it: the sweep's claim and the stream's recompute cannot both win. */
  version: number;
  updatedAt: string;
}
