import type { MeasureCadence, MeasureInstrument } from './measure.enums';

/** A measure a therapist scheduled for a client, in the client's partition. */
export interface MeasureScheduleRecord {
  id: string;
  clientSub: string;
  therapistSub: string;
  instrument: MeasureInstrument;
  cadence: MeasureCadence;
  /** Weeks between occurrences: 1 for WEEKLY, 2-12 for EVERY_N_WEEKS, absent for ONCE. */
  everyWeeks: number | null;
  /** The client's local day of the first occurrence (YYYY-MM-DD). */
  startsOn: string;
  /** Local days each occurrence stays open, its own day included (1-7). */
  windowDays: number;
  version: number;
  createdAt: string;
}
