import { scoreAnswers } from '../measures/measure.scoring';
import type { MeasureRecord } from '../measures/measure.record';
import { ENTITY } from '../shared/db/catalogue/shapes';
import { fromItem } from '../shared/db/items';
import type { SessionRecord } from '../sessions/session.record';
import type { AlertRecord } from './alert.record';
import type { SummaryMeasure, SummarySuggestion } from './caseload.record';
import { SUMMARY_ATTRIBUTE as A } from './caseload.rules';
import type { SuggestionRecord } from './sharing.record';

/** A change read off the table's stream, as services/live/stream-events.ts's TableChange carries it. */
export interface StreamedChange {
  name: 'INSERT' | 'MODIFY' | 'REMOVE';
  entity: string;
  oldItem?: Record<string, unknown>;
  newItem?: Record<string, unknown>;
}

/** One change to a client's caseload summary, in one UpdateItem: attributes to set, and ids to add to string sets (adding one twice changes nothing). */
export interface SummaryUpdate {
  clientSub: string;
  set: Record<string, unknown>;
  add: Record<string, string>;
}

/** The entities whose changes move a caseload summary (all of them on the table's stream: see LIVE_ENTITIES). */
export const CASELOAD_ENTITIES: readonly string[] = [ENTITY.Session, ENTITY.Measure, ENTITY.PracticeSuggestion, ENTITY.Alert];

/**
 * How a change read off the table's stream moves the client's caseload
 * summary. Pure. The summary is kept from the stream rather than by the
 * writes themselves so that a member's session or measure costs no extra
 * call; it trails the write by the stream's delay (about a second).
 */
export function summaryUpdateOf(change: StreamedChange): SummaryUpdate | undefined {
  const { newItem, oldItem } = change;
  if (!newItem) return undefined;
  switch (change.entity) {
    case ENTITY.Session: {
      const session = fromItem<SessionRecord>(newItem);
      const completedNow = session.status === 'COMPLETED' && oldItem?.status !== 'COMPLETED';
      return completedNow ? { clientSub: session.sub, set: {}, add: { [A.sessionIds]: session.id } } : undefined;
    }
    case ENTITY.Measure: {
      if (change.name !== 'INSERT') return undefined;
      const measure = fromItem<MeasureRecord>(newItem);
      const scored = scoreAnswers(measure.instrument, measure.answers);
      const latest: SummaryMeasure = {
        instrument: measure.instrument,
        id: measure.id,
        score: scored.score,
        band: scored.band,
        completedAt: measure.completedAt,
      };
      return { clientSub: measure.sub, set: { [A.measure(measure.instrument)]: latest }, add: { [A.measureIds]: measure.id } };
    }
    case ENTITY.PracticeSuggestion: {
      const suggestion = fromItem<SuggestionRecord>(newItem);
      const entry: SummarySuggestion = {
        id: suggestion.id,
        therapistSub: suggestion.therapistSub,
        name: suggestion.name,
        status: suggestion.status,
        updatedAt: suggestion.updatedAt,
      };
      return { clientSub: suggestion.clientSub, set: { [A.suggestion(suggestion.id)]: entry }, add: {} };
    }
    case ENTITY.Alert: {
      if (change.name !== 'INSERT') return undefined;
      const alert = fromItem<AlertRecord>(newItem);
      const latest = { id: alert.id, reason: alert.reason, signalKinds: alert.signalKinds, at: alert.at };
      return { clientSub: alert.clientSub, set: { [A.latestAlert(alert.therapistSub)]: latest }, add: { [A.alertIds(alert.therapistSub)]: alert.id } };
    }
    default:
      return undefined;
  }
}
