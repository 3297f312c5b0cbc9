import type { AfterState, BodySensation, CatalystKind, Emotion } from './session.enums';

export interface CatalystRecord {
  kind: CatalystKind;
  /** A song, a film, a poem: free text, optional. */
  reference?: string | null;
}

/** A release session as stored (times are ISO 8601 UTC strings). */
export interface SessionRecord {
  id: string;
  sub: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  startedAt: string;
  endedAt?: string | null;
  /** Day of startedAt in the member's time zone when written (YYYY-MM-DD). */
  localDay: string;
  intention?: string | null;
  setting?: string | null;
  distressBefore?: number | null;
  catalysts: CatalystRecord[];
  tearsCame?: boolean | null;
  /** The member wanted to cry (used with tearsCame=false for the "could not cry" signal). */
  wantedToCry?: boolean | null;
  bodySensations: BodySensation[];
  emotions: Emotion[];
  peakIntensity?: number | null;
  distressAfter?: number | null;
  afterState?: AfterState | null;
  reflection?: string | null;
  selfHarmThoughts: boolean;
  feltUnsafe: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
