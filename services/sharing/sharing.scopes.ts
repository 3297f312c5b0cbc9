import type { TimelineEntity } from '../shared/db/keys';
import { TimelineKind, type TimelineItem } from '../shared/timeline-item';
import type { RoutineCompletion } from '../routines/routine.type';
import type { Session } from '../sessions/session.type';
import { GrantScope } from './sharing.enums';

/** Which timeline kinds each scope opens; notes are always the note author's own. */
export function visibleEntities(scopes: readonly GrantScope[]): TimelineEntity[] {
  const entities: TimelineEntity[] = ['TherapistNote'];
  if (scopes.includes(GrantScope.SESSIONS)) entities.push('Session');
  if (scopes.includes(GrantScope.REFLECTIONS)) entities.push('JournalEntry');
  if (scopes.includes(GrantScope.ROUTINES)) entities.push('RoutineCompletion');
  return entities;
}

/**
 * What a therapist may see of one timeline item under the granted scopes:
 * without REFLECTIONS a session keeps its scores but loses every word the
 * client wrote, and a routine completion its note; without SESSIONS a
 * completion loses its link to a session; without SAFETY_SIGNALS a session's
 * private flags are hidden.
 */
export function redactForTherapist(node: TimelineItem, scopes: readonly GrantScope[], therapistSub: string): TimelineItem | null {
  if (node.kind === TimelineKind.THERAPIST_NOTE) {
    return (node as TimelineItem & { author: { personId: string } }).author.personId === therapistSub ? node : null;
  }
  if (node.kind === TimelineKind.ROUTINE_COMPLETION) {
    // Under ROUTINES: what was done and when. The member's note is free text (REFLECTIONS); the link to a session needs SESSIONS.
    const completion = { ...(node as RoutineCompletion) };
    if (!scopes.includes(GrantScope.REFLECTIONS)) completion.note = null;
    if (!scopes.includes(GrantScope.SESSIONS)) completion.sessionId = null;
    return completion;
  }
  if (node.kind !== TimelineKind.SESSION) return node;
  const session = { ...(node as Session) };
  if (!scopes.includes(GrantScope.REFLECTIONS)) {
    session.intention = null;
    session.setting = null;
    session.reflection = null;
    session.catalysts = session.catalysts.map((c) => ({ kind: c.kind, reference: null }));
  }
  if (!scopes.includes(GrantScope.SAFETY_SIGNALS)) {
    session.selfHarmThoughts = null;
    session.feltUnsafe = null;
  }
  return session;
}
