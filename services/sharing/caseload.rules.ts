import { decodeTime } from 'ulid';
import { GrantScope } from './sharing.enums';
import type { GrantRecord } from './sharing.record';
import type { CaseloadSummary, SummaryAlert, SummaryMeasure, SummarySuggestion } from './caseload.record';

/**
 * The caseload summary's attribute names. Each fact is its own top-level
 * attribute (`measure_PHQ9`, `suggestion_<id>`, `alertIds_<therapistSub>`), so
 * a change is one UpdateItem with no read and no parent map to create first.
 * Id sets grow by one short id per session or measure (ten years of daily
 * sessions is about 100 KB), within DynamoDB's 400 KB item.
 */
export const SUMMARY_ATTRIBUTE = {
  sessionIds: 'sessionIds',
  measureIds: 'measureIds',
  signal: (kind: string) => `signal_${kind}`,
  measure: (instrument: string) => `measure_${instrument}`,
  suggestion: (id: string) => `suggestion_${id}`,
  alertIds: (therapistSub: string) => `alertIds_${therapistSub}`,
  latestAlert: (therapistSub: string) => `latestAlert_${therapistSub}`,
} as const;

/** A signal counts as active for this long after it last fired (the window the sessions' safety status uses). */
export const SIGNAL_ACTIVE_DAYS = 14;
/** Answered suggestions stay on the caseload this long; pending ones until answered. */
export const ANSWERED_SUGGESTION_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

const suffix = (name: string, prefix: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : undefined);
const ids = (value: unknown): string[] => (value instanceof Set || Array.isArray(value) ? [...(value as Iterable<string>)] : []);

/** The stored item as a summary (unknown attributes are ignored). */
export function parseSummary(item: Record<string, unknown>): CaseloadSummary {
  const summary: CaseloadSummary = {
    clientSub: String(item.clientSub),
    sessionIds: ids(item.sessionIds),
    measureIds: ids(item.measureIds),
    signals: {},
    measures: [],
    suggestions: [],
    alertIds: {},
    latestAlerts: {},
  };
  for (const [name, value] of Object.entries(item)) {
    const signal = suffix(name, 'signal_');
    if (signal) summary.signals[signal] = String(value);
    if (suffix(name, 'measure_')) summary.measures.push(value as SummaryMeasure);
    if (suffix(name, 'suggestion_')) summary.suggestions.push(value as SummarySuggestion);
    const alerted = suffix(name, 'alertIds_');
    if (alerted) summary.alertIds[alerted] = ids(value);
    const latest = suffix(name, 'latestAlert_');
    if (latest) summary.latestAlerts[latest] = value as SummaryAlert;
  }
  return summary;
}

export const emptySummary = (clientSub: string): CaseloadSummary => parseSummary({ clientSub });

export interface CaseloadView {
  /** Sessions recorded since the therapist last looked (null without SESSIONS). */
  newSessions: number | null;
  /** Measures completed since the therapist last looked (null without MEASURES). */
  newMeasures: number | null;
  /** Alerts to this therapist since they last looked. */
  newAlerts: number;
  latestAlert: SummaryAlert | null;
  activeSignalKinds: string[];
  measures: SummaryMeasure[];
  suggestions: SummarySuggestion[];
}

/**
 * One client's row as the therapist of `grant` may see it: signals only with
 * SAFETY_SIGNALS, scores and their count only with MEASURES, the session count
 * only with SESSIONS; suggestions and alerts only this therapist's own. "New"
 * means recorded (by the id's ULID time) after the therapist's last caseload
 * look at this client, or after the share began when they never looked.
 */
export function caseloadView(grant: GrantRecord, summary: CaseloadSummary, now: Date): CaseloadView {
  const has = (scope: GrantScope) => grant.scopes.includes(scope);
  const since = Date.parse(grant.caseloadViewedAt ?? grant.respondedAt ?? grant.createdAt);
  const newer = (list: string[]) => list.filter((id) => decodeTime(id) > since).length;
  const signalsFrom = new Date(now.getTime() - SIGNAL_ACTIVE_DAYS * DAY_MS).toISOString();
  const answeredFrom = new Date(now.getTime() - ANSWERED_SUGGESTION_DAYS * DAY_MS).toISOString();
  return {
    newSessions: has(GrantScope.SESSIONS) ? newer(summary.sessionIds) : null,
    newMeasures: has(GrantScope.MEASURES) ? newer(summary.measureIds) : null,
    newAlerts: newer(summary.alertIds[grant.therapistSub] ?? []),
    latestAlert: summary.latestAlerts[grant.therapistSub] ?? null,
    activeSignalKinds: has(GrantScope.SAFETY_SIGNALS)
      ? Object.entries(summary.signals)
          .filter(([, at]) => at >= signalsFrom)
          .map(([kind]) => kind)
          .sort()
      : [],
    measures: has(GrantScope.MEASURES) ? [...summary.measures].sort((a, b) => a.instrument.localeCompare(b.instrument)) : [],
    suggestions: summary.suggestions
      .filter((s) => s.therapistSub === grant.therapistSub && (s.status === 'PENDING' || s.updatedAt >= answeredFrom))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  };
}
