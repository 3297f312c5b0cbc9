import { CatalystKind } from '../../../services/sessions/session.enums';
import type { Session } from '../../../services/sessions/session.type';
import type { RoutineCompletion } from '../../../services/routines/routine.type';
import { TimelineKind, type TimelineItem } from '../../../services/shared/timeline-item';
import { GrantScope, GrantStatus } from '../../../services/sharing/sharing.enums';
import type { GrantRecord } from '../../../services/sharing/sharing.record';
import { effectiveStatus } from '../../../services/sharing/sharing.rules';
import { redactForTherapist, visibleEntities } from '../../../services/sharing/sharing.scopes';

const EXPIRES = '2026-12-01T00:00:00.000Z';
const THERAPIST = 'therapist-sub';

function grant(overrides: Partial<GrantRecord> = {}): GrantRecord {
  return {
    id: 'g',
    clientSub: 'client',
    therapistSub: THERAPIST,
    clientName: null,
    therapistName: null,
    scopes: [],
    status: 'ACTIVE',
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

const session = (): Session =>
  ({
    id: 's1',
    kind: TimelineKind.SESSION,
    occurredAt: new Date('2026-11-22T10:00:00Z'),
    day: '2026-11-22',
    intention: 'let it out',
    setting: 'the car',
    reflection: 'it helped',
    catalysts: [{ kind: CatalystKind.MUSIC, reference: 'that song' }],
    distressBefore: 7,
    distressAfter: 3,
    selfHarmThoughts: true,
    feltUnsafe: false,
  }) as unknown as Session;

const completion = (): RoutineCompletion =>
  ({ id: 'r1', kind: TimelineKind.ROUTINE_COMPLETION, note: 'felt good', sessionId: 's1' }) as unknown as RoutineCompletion;
const note = (author: string) => ({ id: 'n1', kind: TimelineKind.THERAPIST_NOTE, author: { personId: author } }) as unknown as TimelineItem;

describe('sharing rules', () => {
  describe('effectiveStatus', () => {
    it.each(['PENDING', 'ACTIVE'] as const)('keeps a grant in %s as it is until its expiry', (status) => {
      expect(effectiveStatus(grant({ status, expiresAt: EXPIRES }), new Date('2026-11-30T23:59:59.999Z'))).toBe(status);
    });

    it.each(['PENDING', 'ACTIVE'] as const)('expires a grant in %s at the very instant of its expiry (the end is exclusive)', (status) => {
      expect(effectiveStatus(grant({ status, expiresAt: EXPIRES }), new Date(EXPIRES))).toBe(GrantStatus.EXPIRED);
      expect(effectiveStatus(grant({ status, expiresAt: EXPIRES }), new Date('2027-01-01T00:00:00Z'))).toBe(GrantStatus.EXPIRED);
    });

    it.each(['DECLINED', 'REVOKED', 'ENDED'] as const)('leaves a %s grant as it is after its expiry: it ended for another reason first', (status) => {
      expect(effectiveStatus(grant({ status, expiresAt: EXPIRES }), new Date('2027-01-01T00:00:00Z'))).toBe(status);
    });

    it('never expires a grant without an expiry', () => {
      expect(effectiveStatus(grant(), new Date('2099-01-01T00:00:00Z'))).toBe(GrantStatus.ACTIVE);
    });
  });

  describe('visibleEntities', () => {
    it('always shows notes, and nothing else without a scope', () => {
      expect(visibleEntities([])).toEqual(['TherapistNote']);
    });

    it('opens one timeline kind per data scope', () => {
      expect(visibleEntities([GrantScope.SESSIONS])).toEqual(['TherapistNote', 'Session']);
      expect(visibleEntities([GrantScope.REFLECTIONS])).toEqual(['TherapistNote', 'JournalEntry']);
      expect(visibleEntities([GrantScope.ROUTINES])).toEqual(['TherapistNote', 'RoutineCompletion']);
    });

    it('opens no timeline kind for insights or safety signals', () => {
      expect(visibleEntities([GrantScope.INSIGHTS, GrantScope.SAFETY_SIGNALS])).toEqual(['TherapistNote']);
    });
  });

  describe('redactForTherapist', () => {
    const ALL = Object.values(GrantScope);

    it('shows a therapist their own notes only', () => {
      expect(redactForTherapist(note(THERAPIST), ALL, THERAPIST)).not.toBeNull();
      expect(redactForTherapist(note('another-therapist'), ALL, THERAPIST)).toBeNull();
    });

    it('shows a session whole under every scope', () => {
      expect(redactForTherapist(session(), ALL, THERAPIST)).toEqual(session());
    });

    it('takes every word the client wrote out of a session without REFLECTIONS, keeping the scores', () => {
      const seen = redactForTherapist(session(), [GrantScope.SESSIONS, GrantScope.SAFETY_SIGNALS], THERAPIST) as Session;

      expect(seen).toMatchObject({ intention: null, setting: null, reflection: null, distressBefore: 7, distressAfter: 3, selfHarmThoughts: true });
      expect(seen.catalysts).toEqual([{ kind: CatalystKind.MUSIC, reference: null }]);
    });

    it('hides a session\u2019s private flags without SAFETY_SIGNALS', () => {
      const seen = redactForTherapist(session(), [GrantScope.SESSIONS, GrantScope.REFLECTIONS], THERAPIST) as Session;

      expect(seen).toMatchObject({ selfHarmThoughts: null, feltUnsafe: null, reflection: 'it helped' });
    });

    it('never changes the item it was given', () => {
      const original = session();

      redactForTherapist(original, [GrantScope.SESSIONS], THERAPIST);

      expect(original).toEqual(session());
    });

    it('drops a completion\u2019s note without REFLECTIONS and its session link without SESSIONS', () => {
      expect(redactForTherapist(completion(), [GrantScope.ROUTINES], THERAPIST)).toMatchObject({ note: null, sessionId: null });
      expect(redactForTherapist(completion(), [GrantScope.ROUTINES, GrantScope.REFLECTIONS, GrantScope.SESSIONS], THERAPIST)).toMatchObject({
        note: 'felt good',
        sessionId: 's1',
      });
    });

    it('passes a journal entry through: its scope already decided whether it is read at all', () => {
      const entry = { id: 'j1', kind: TimelineKind.JOURNAL_ENTRY, text: 'words' } as unknown as TimelineItem;

      expect(redactForTherapist(entry, [GrantScope.REFLECTIONS], THERAPIST)).toBe(entry);
    });
  });
});
