import { TimelineKind } from '../shared/timeline-item';
import type { AccessLogRecord, GrantRecord, NoteRecord, SuggestionRecord } from './sharing.record';
import { effectiveStatus } from './sharing.rules';
import type { AccessLogEntry, Grant, PracticeSuggestion, SuggestionStatus, TherapistNote } from './sharing.type';

/** Stored sharing records as the API's types (ids and names only where the grant's scopes allow, decided by the caller). */
export function toGrant(record: GrantRecord, now: Date): Grant {
  return {
    id: record.id,
    status: effectiveStatus(record, now),
    scopes: record.scopes,
    expiresAt: record.expiresAt ? new Date(record.expiresAt) : null,
    client: { personId: record.clientSub, displayName: record.clientName },
    therapist: { personId: record.therapistSub, displayName: record.therapistName },
    alertOnSafetySignal: record.alertOnSafetySignal === true,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

export function toTherapistNote(record: NoteRecord): TherapistNote {
  return {
    id: record.id,
    kind: TimelineKind.THERAPIST_NOTE,
    occurredAt: new Date(record.occurredAt),
    day: record.localDay,
    text: record.text,
    author: { personId: record.authorSub, displayName: record.authorName },
    pinnedItemId: record.pinnedItemId ?? null,
    pinnedDay: record.pinnedDay ?? null,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

export function toAccessLogEntry(record: AccessLogRecord): AccessLogEntry {
  return {
    id: record.id,
    therapist: { personId: record.therapistSub, displayName: record.therapistName },
    operation: record.operation,
    itemIds: record.itemIds,
    from: record.from ? new Date(record.from) : null,
    to: record.to ? new Date(record.to) : null,
    at: new Date(record.at),
  };
}

export function toSuggestion(record: SuggestionRecord): PracticeSuggestion {
  return {
    id: record.id,
    therapist: { personId: record.therapistSub, displayName: record.therapistName },
    name: record.name,
    message: record.message ?? null,
    templateId: record.templateId ?? null,
    status: record.status as SuggestionStatus,
    routineId: record.routineId ?? null,
    createdAt: new Date(record.createdAt),
  };
}
