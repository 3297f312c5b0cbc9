import type { SuggestionRecord } from './sharing.record';

/** The latest result of one instrument. */
export interface SummaryMeasure {
  instrument: string;
  id: string;
  score: number;
  band: string;
  completedAt: string;
}

/** A practice one therapist suggested, as it stands. */
export interface SummarySuggestion {
  id: string;
  therapistSub: string;
  name: string;
  status: SuggestionRecord['status'];
  updatedAt: string;
}

/** The latest alert to one therapist. */
export interface SummaryAlert {
  id: string;
  reason: string;
  signalKinds: string[];
  at: string;
}

/**
 * One client's caseload summary as read: counters, scores, kinds, ids and
 * times, never a word the client wrote. Stored as top-level attributes (see
 * caseload.rules.ts) so that each change is one UpdateItem that needs no
 * read; ids are kept as string sets, so a change applied twice (a retried
 * stream batch, a second poller) counts once.
 */
export interface CaseloadSummary {
  clientSub: string;
  /** Ids (ULIDs, so they carry their time) of the completed sessions and submitted measures. */
  sessionIds: string[];
  measureIds: string[];
  /** The last time each safety signal kind fired. */
  signals: Record<string, string>;
  /** The latest result per instrument. */
  measures: SummaryMeasure[];
  suggestions: SummarySuggestion[];
  /** Per therapist: the ids of their alerts and the latest one. */
  alertIds: Record<string, string[]>;
  latestAlerts: Record<string, SummaryAlert>;
}
