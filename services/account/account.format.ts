/**
 * The export format "lacrima-export/1", documented for people in
 * schema/EXPORT.md. Every record is mapped field by field (never dumped as
 * stored), so the format changes only when this file and that page do.
 */
import { ReactionKind } from '../circles/circle.enums';
import type { CheckInRecord, FormerMembershipRecord, MembershipRecord, ReplyRecord, ReportRecord } from '../circles/circle.record';
import type { JournalEntryRecord } from '../journal/journal.record';
import type { MeasureRecord } from '../measures/measure.record';
import { scoreAnswers } from '../measures/measure.scoring';
import { formatCode } from '../shared/codes';
import type { RoutineCompletionRecord, RoutineRecord } from '../routines/routine.record';
import type { SessionRecord } from '../sessions/session.record';
import { effectiveStatus } from '../sharing/sharing.rules';
import type { AccessLogRecord, GrantRecord, NoteRecord, SuggestionRecord } from '../sharing/sharing.record';
import type { ProfileRecord } from '../users/user.type';
import { EXPORT_SOURCES, type ExportSource } from './account.keys';

export const EXPORT_FORMAT = 'lacrima-export/1';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type ExportRecord = { [key: string]: Json };

/** The sections holding lists (one per export source, then the circles'); each page carries all of them, empty when it has none. */
export const LIST_SECTIONS = [...EXPORT_SOURCES, 'circleMemberships', 'checkIns', 'replies', 'reactions', 'reports'] as const;

export type ListSection = (typeof LIST_SECTIONS)[number];

export type ExportDocument = {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  member: { id: string };
  /** On the first page only (null on the others). */
  profile: ExportRecord | null;
} & Record<ListSection, ExportRecord[]>;

export function emptyDocument(sub: string, now: Date): ExportDocument {
  const lists = Object.fromEntries(LIST_SECTIONS.map((section) => [section, []])) as unknown as Record<ListSection, ExportRecord[]>;
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), member: { id: sub }, profile: null, ...lists };
}

const MINUTE_MS = 60_000;

function person(id: string, displayName: string | null | undefined): ExportRecord {
  return { id, displayName: displayName ?? null };
}

export function profileEntry(p: ProfileRecord, shareCode: string | null): ExportRecord {
  return {
    id: p.sub,
    displayName: p.displayName ?? null,
    pronouns: p.pronouns ?? null,
    timeZone: p.timeZone,
    locale: p.locale,
    country: p.country ?? null,
    preferences: { ...p.preferences },
    shareCode: shareCode ? formatCode(shareCode) : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function sessionEntry(s: SessionRecord): ExportRecord {
  return {
    id: s.id,
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt ?? null,
    durationMinutes: s.endedAt ? Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / MINUTE_MS) : null,
    day: s.localDay,
    intention: s.intention ?? null,
    setting: s.setting ?? null,
    distressBefore: s.distressBefore ?? null,
    catalysts: (s.catalysts ?? []).map((c) => ({ kind: c.kind, reference: c.reference ?? null })),
    tearsCame: s.tearsCame ?? null,
    wantedToCry: s.wantedToCry ?? null,
    bodySensations: [...(s.bodySensations ?? [])],
    emotions: [...(s.emotions ?? [])],
    peakIntensity: s.peakIntensity ?? null,
    distressAfter: s.distressAfter ?? null,
    afterState: s.afterState ?? null,
    reflection: s.reflection ?? null,
    selfHarmThoughts: s.selfHarmThoughts,
    feltUnsafe: s.feltUnsafe,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function journalEntry(j: JournalEntryRecord): ExportRecord {
  return {
    id: j.id,
    writtenAt: j.writtenAt,
    day: j.localDay,
    text: j.text,
    emotions: [...(j.emotions ?? [])],
    promptId: j.promptId ?? null,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
  };
}

export function routineEntry(r: RoutineRecord): ExportRecord {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description ?? null,
    status: r.status,
    steps: r.steps.map((step) => ({
      id: step.id,
      title: step.title,
      minutes: step.minutes ?? null,
      notes: step.notes ?? null,
      products: [...(step.products ?? [])],
      target: step.target ? { daysPerWeek: step.target.daysPerWeek, measure: step.target.measure, catalysts: [...step.target.catalysts] } : null,
    })),
    schedule: { days: [...r.schedule.days], daysPerWeek: r.schedule.daysPerWeek ?? null, reminderTimes: [...r.schedule.reminderTimes] },
    templateId: r.templateId ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function completionEntry(c: RoutineCompletionRecord): ExportRecord {
  return {
    id: c.id,
    routineId: c.routineId,
    routineName: c.routineName,
    routineKind: c.routineKind,
    completedAt: c.completedAt,
    day: c.localDay,
    steps: c.steps.map((step) => ({ id: step.id, title: step.title })),
    sessionId: c.sessionId ?? null,
    note: c.note ?? null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function therapistNoteEntry(n: NoteRecord): ExportRecord {
  return {
    id: n.id,
    author: person(n.authorSub, n.authorName),
    text: n.text,
    pinnedItemId: n.pinnedItemId ?? null,
    pinnedDay: n.pinnedDay ?? null,
    occurredAt: n.occurredAt,
    day: n.localDay,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

export function suggestionEntry(s: SuggestionRecord): ExportRecord {
  return {
    id: s.id,
    therapist: person(s.therapistSub, s.therapistName),
    name: s.name,
    message: s.message ?? null,
    templateId: s.templateId ?? null,
    routine: (s.routine as ExportRecord | null | undefined) ?? null,
    status: s.status,
    routineId: s.routineId ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function grantDates(g: GrantRecord, now: Date) {
  return {
    status: effectiveStatus(g, now),
    scopes: [...g.scopes],
    expiresAt: g.expiresAt ?? null,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    respondedAt: g.respondedAt ?? null,
    revokedAt: g.revokedAt ?? null,
  };
}

export function grantEntry(g: GrantRecord, now: Date): ExportRecord {
  return { id: g.id, therapist: person(g.therapistSub, g.therapistName), ...grantDates(g, now) };
}

export function grantAsTherapistEntry(g: GrantRecord, now: Date): ExportRecord {
  return { id: g.id, client: person(g.clientSub, g.clientName), ...grantDates(g, now) };
}

export function accessLogEntry(a: AccessLogRecord): ExportRecord {
  return {
    id: a.id,
    therapist: person(a.therapistSub, a.therapistName),
    operation: a.operation,
    itemIds: [...a.itemIds],
    from: a.from ?? null,
    to: a.to ?? null,
    at: a.at,
  };
}

/** The caller's own membership, current or ended: their member id and pseudonym in that circle, never anyone else's. */
export function membershipEntry(m: MembershipRecord | FormerMembershipRecord): ExportRecord {
  return {
    circleId: m.circleId,
    circleName: m.circle.name,
    description: m.circle.description ?? null,
    topic: m.circle.topic ?? null,
    memberId: m.memberId,
    pseudonym: m.pseudonym,
    role: m.role,
    joinedAt: m.joinedAt,
    lastVisitedAt: m.lastVisitedAt ?? null,
    status: m.status,
    endedAt: 'endedAt' in m ? m.endedAt : null,
  };
}

/** The caller's own check-in; others' reactions only as counts per kind. */
export function checkInEntry(c: CheckInRecord): ExportRecord {
  const reactionCounts: ExportRecord = {};
  for (const kind of Object.values(ReactionKind)) reactionCounts[kind] = c[`reactions_${kind}`]?.size ?? 0;
  return {
    circleId: c.circleId,
    id: c.id,
    pseudonym: c.author.pseudonym,
    mood: c.mood ?? null,
    intensity: c.intensity ?? null,
    text: c.text ?? null,
    session: c.session
      ? { durationMinutes: c.session.durationMinutes ?? null, afterState: c.session.afterState ?? null, catalysts: [...c.session.catalysts] }
      : null,
    postedAt: c.postedAt,
    hidden: Boolean(c.hiddenAt),
    replyCount: Math.max(0, c.replyCount ?? 0),
    reactionCounts,
  };
}

export function replyEntry(r: ReplyRecord): ExportRecord {
  return {
    circleId: r.circleId,
    checkInId: r.checkInId,
    id: r.id,
    pseudonym: r.author.pseudonym,
    text: r.text,
    postedAt: r.postedAt,
    hidden: Boolean(r.hiddenAt),
  };
}

/** The caller's reactions on one check-in (theirs or another member's): which kinds, never who else reacted. */
export function reactionEntries(c: CheckInRecord, memberId: string): ExportRecord[] {
  return Object.values(ReactionKind)
    .filter((kind) => c[`reactions_${kind}`]?.has(memberId))
    .map((kind) => ({ circleId: c.circleId, checkInId: c.id, kind }));
}

/** A report the caller filed: their reason and note; not the reported text or its author. */
export function reportEntry(r: ReportRecord): ExportRecord {
  return {
    circleId: r.circleId,
    id: r.id,
    reason: r.reason,
    note: r.note ?? null,
    status: r.status,
    checkInId: r.checkInId,
    replyId: r.replyId ?? null,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt ?? null,
    outcome: r.outcome ?? null,
  };
}

/** A completed measure: the answers as given, the score and band as scored today. */
export function measureEntry(m: MeasureRecord): ExportRecord {
  const { score, percentage, band } = scoreAnswers(m.instrument, m.answers);
  return { id: m.id, instrument: m.instrument, answers: [...m.answers], score, percentage, band, completedAt: m.completedAt, day: m.localDay };
}

type Mapper = (record: never, now: Date) => ExportRecord;

/** Which section each source fills and how its records are written. */
export const SOURCE_FORMAT: Record<ExportSource, { section: ListSection; map: Mapper }> = {
  sessions: { section: 'sessions', map: sessionEntry },
  journalEntries: { section: 'journalEntries', map: journalEntry },
  routines: { section: 'routines', map: routineEntry },
  routineCompletions: { section: 'routineCompletions', map: completionEntry },
  therapistNotes: { section: 'therapistNotes', map: therapistNoteEntry },
  practiceSuggestions: { section: 'practiceSuggestions', map: suggestionEntry },
  grants: { section: 'grants', map: grantEntry },
  accessLog: { section: 'accessLog', map: accessLogEntry },
  grantsAsTherapist: { section: 'grantsAsTherapist', map: grantAsTherapistEntry },
  measures: { section: 'measures', map: measureEntry },
};
