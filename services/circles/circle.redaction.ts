/**
 * What of a session may go into a circle: how long it lasted, how it felt
 * afterwards and which kinds of catalyst were chosen. Nothing else: not the
 * reflection, intention, setting, catalyst references (a song title can say a
 * lot), emotions, distress scores or the private flags. A member who wants to
 * say more types it into the check-in text themselves.
 */
import { BadUserInputError } from '../shared/errors';
import type { AfterState, CatalystKind } from '../sessions/session.enums';
import type { SessionRecord } from '../sessions/session.record';

export interface SessionSummaryRecord {
  durationMinutes: number | null;
  afterState: AfterState | null;
  catalysts: CatalystKind[];
}

const MINUTE_MS = 60_000;

/** The redacted summary of a completed session; BAD_USER_INPUT naming `field` for one still in progress. */
export function redactSession(session: SessionRecord, field = 'fromSession.sessionId'): SessionSummaryRecord {
  if (session.status !== 'COMPLETED' || !session.endedAt) {
    throw new BadUserInputError(field, 'End the session before sharing it with a circle');
  }
  const ms = Date.parse(session.endedAt) - Date.parse(session.startedAt);
  return {
    durationMinutes: Number.isFinite(ms) && ms >= 0 ? Math.round(ms / MINUTE_MS) : null,
    afterState: session.afterState ?? null,
    catalysts: [...new Set((session.catalysts ?? []).map((catalyst) => catalyst.kind))],
  };
}
