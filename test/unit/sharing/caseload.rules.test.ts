import { GrantScope } from '../../../services/sharing/sharing.enums';
import { caseloadView, emptySummary, parseSummary, SUMMARY_ATTRIBUTE as A } from '../../../services/sharing/caseload.rules';
import { summaryUpdateOf } from '../../../services/sharing/caseload.stream';
import { newId } from '../../../services/shared/ids';
import { buildGrant, CLIENT, NOW, THERAPIST } from './sharing.fakes';

const OTHER_THERAPIST = '1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d';
const at = (iso: string) => newId(new Date(iso));

function storedSummary() {
  return parseSummary({
    clientSub: CLIENT,
    [A.sessionIds]: new Set([at('2026-11-10T10:00:00Z'), at('2026-11-20T10:00:00Z'), at('2026-11-21T10:00:00Z')]),
    [A.measureIds]: new Set([at('2026-11-21T11:00:00Z')]),
    [A.signal('SELF_HARM_THOUGHTS')]: '2026-11-21T10:00:00.000Z',
    [A.signal('FREQUENT_FLOODING')]: '2026-10-01T10:00:00.000Z',
    [A.measure('PHQ9')]: { instrument: 'PHQ9', id: 'm1', score: 12, band: 'MODERATE', completedAt: '2026-11-21T11:00:00.000Z' },
    [A.suggestion('s1')]: { id: 's1', therapistSub: THERAPIST, name: 'Aftercare', status: 'PENDING', updatedAt: '2026-11-02T00:00:00.000Z' },
    [A.suggestion('s2')]: { id: 's2', therapistSub: THERAPIST, name: 'Breath', status: 'DECLINED', updatedAt: '2026-09-01T00:00:00.000Z' },
    [A.suggestion('s3')]: { id: 's3', therapistSub: OTHER_THERAPIST, name: 'Theirs', status: 'PENDING', updatedAt: '2026-11-20T00:00:00.000Z' },
    [A.alertIds(THERAPIST)]: new Set([at('2026-11-21T10:00:01Z')]),
    [A.latestAlert(THERAPIST)]: { id: 'a1', reason: 'SAFETY_SIGNAL', signalKinds: ['SELF_HARM_THOUGHTS'], at: '2026-11-21T10:00:01.000Z' },
    [A.alertIds(OTHER_THERAPIST)]: new Set([at('2026-11-21T12:00:00Z')]),
  });
}

describe('caseload rules', () => {
  describe('caseloadView', () => {
    it('counts what was recorded after the last look, and shows only what each scope opens', () => {
      const grant = buildGrant({ scopes: [GrantScope.SESSIONS, GrantScope.SAFETY_SIGNALS, GrantScope.MEASURES], caseloadViewedAt: '2026-11-15T00:00:00.000Z' });

      const view = caseloadView(grant, storedSummary(), NOW);

      expect(view).toMatchObject({ newSessions: 2, newMeasures: 1, newAlerts: 1, activeSignalKinds: ['SELF_HARM_THOUGHTS'] });
      expect(view.measures.map((m) => m.score)).toEqual([12]);
      expect(view.latestAlert?.id).toBe('a1');
    });

    it('hides signals without SAFETY_SIGNALS and scores without MEASURES', () => {
      const view = caseloadView(buildGrant({ scopes: [GrantScope.SESSIONS] }), storedSummary(), NOW);

      expect(view).toMatchObject({ newMeasures: null, activeSignalKinds: [], measures: [] });
      expect(view.newSessions).toBe(3);
    });

    it('gives no session count without SESSIONS', () => {
      expect(caseloadView(buildGrant({ scopes: [GrantScope.MEASURES] }), storedSummary(), NOW).newSessions).toBeNull();
    });

    it('keeps signals older than 14 days off the row', () => {
      const view = caseloadView(buildGrant({ scopes: [GrantScope.SAFETY_SIGNALS] }), storedSummary(), NOW);

      expect(view.activeSignalKinds).not.toContain('FREQUENT_FLOODING');
    });

    it("shows only this therapist's suggestions: pending ones, and answered ones of the last 30 days", () => {
      const view = caseloadView(buildGrant(), storedSummary(), NOW);

      expect(view.suggestions.map((s) => s.id)).toEqual(['s1']);
    });

    it("never shows another therapist's alerts", () => {
      const view = caseloadView(buildGrant({ therapistSub: OTHER_THERAPIST }), storedSummary(), NOW);

      expect(view.latestAlert).toBeNull();
      expect(view.newAlerts).toBe(1);
    });

    it('shows an empty row for a client with no summary yet', () => {
      const view = caseloadView(buildGrant({ scopes: [GrantScope.SESSIONS] }), emptySummary(CLIENT), NOW);

      expect(view).toEqual({ newSessions: 0, newMeasures: null, newAlerts: 0, latestAlert: null, activeSignalKinds: [], measures: [], suggestions: [] });
    });
  });

  describe('summaryUpdateOf', () => {
    const sessionItem = (status: string) => ({ entity: 'Session', id: 'S1', sub: CLIENT, status, reflection: 'private words' });

    it('adds a session id once the session is complete, and never copies what the member wrote', () => {
      const update = summaryUpdateOf({ name: 'MODIFY', entity: 'Session', oldItem: sessionItem('IN_PROGRESS'), newItem: sessionItem('COMPLETED') });

      expect(update).toEqual({ clientSub: CLIENT, set: {}, add: { sessionIds: 'S1' } });
    });

    it('ignores a session still in progress, or edited after it was complete', () => {
      expect(summaryUpdateOf({ name: 'INSERT', entity: 'Session', newItem: sessionItem('IN_PROGRESS') })).toBeUndefined();
      expect(summaryUpdateOf({ name: 'MODIFY', entity: 'Session', oldItem: sessionItem('COMPLETED'), newItem: sessionItem('COMPLETED') })).toBeUndefined();
    });

    it('keeps a new measure as its instrument’s latest, scored and banded', () => {
      const newItem = {
        entity: 'Measure',
        id: 'M1',
        sub: CLIENT,
        instrument: 'PHQ9',
        answers: [3, 3, 3, 1, 0, 0, 0, 0, 0],
        score: 10,
        completedAt: '2026-11-22T10:00:00.000Z',
      };

      const update = summaryUpdateOf({ name: 'INSERT', entity: 'Measure', newItem });

      expect(update?.set).toEqual({ measure_PHQ9: { instrument: 'PHQ9', id: 'M1', score: 10, band: 'MODERATE', completedAt: '2026-11-22T10:00:00.000Z' } });
      expect(update?.add).toEqual({ measureIds: 'M1' });
    });

    it("counts an alert against its therapist's set", () => {
      const newItem = {
        entity: 'Alert',
        id: 'A1',
        clientSub: CLIENT,
        therapistSub: THERAPIST,
        grantId: 'g',
        reason: 'CLIENT_ASKED',
        signalKinds: [],
        sourceId: null,
        at: 'x',
      };

      expect(summaryUpdateOf({ name: 'INSERT', entity: 'Alert', newItem })?.add).toEqual({ [`alertIds_${THERAPIST}`]: 'A1' });
    });

    it('ignores entities the caseload does not show', () => {
      expect(summaryUpdateOf({ name: 'INSERT', entity: 'JournalEntry', newItem: { entity: 'JournalEntry', sub: CLIENT } })).toBeUndefined();
    });
  });
});
