import { AfterState } from '../../../services/sessions/session.enums';
import type { SessionRecord } from '../../../services/sessions/session.record';
import {
  describeForTherapist,
  detectSafetySignals,
  evaluateSafetySignals,
  evaluateSafetyStatus,
  SAFETY_THRESHOLDS,
  type SafetyInput,
} from '../../../services/sessions/session.safety';
import { SafetySignalKind } from '../../../services/sessions/session.safety.type';
import { buildSession, type SessionOverrides } from '../../fixtures/sessions';

const NOW = new Date('2026-04-15T12:00:00.000Z');
const DAY_MS = 86_400_000;
const WINDOW_START_MS = NOW.getTime() - 14 * DAY_MS;

/** A session that started `daysAgo` days before NOW. */
function daysAgo(days: number, overrides: SessionOverrides = {}): SessionRecord {
  return buildSession({ startedAt: new Date(NOW.getTime() - days * DAY_MS).toISOString(), ...overrides });
}

function evaluate(sessions: SessionRecord[], extra: Partial<SafetyInput> = {}) {
  return evaluateSafetySignals({ sessions, now: NOW, hasTherapist: false, country: 'GB', ...extra });
}

function kinds(signals: { kind: SafetySignalKind }[]): SafetySignalKind[] {
  return signals.map((signal) => signal.kind);
}

const flooded: SessionOverrides = { afterState: AfterState.FLOODED, distressBefore: 5, distressAfter: 8 };
const numb: SessionOverrides = { afterState: AfterState.NUMB, tearsCame: false };

describe('session.safety', () => {
  describe('SAFETY_THRESHOLDS', () => {
    it('keeps the agreed thresholds in one place', () => {
      expect(SAFETY_THRESHOLDS).toEqual({
        longSessionMinutes: 120,
        eveningGapMinutes: 90,
        windowDays: 14,
        floodedSessionsInWindow: 3,
        numbOrNoTearsSessionsInWindow: 3,
      });
    });
  });

  describe('evaluateSafetySignals', () => {
    describe('LONG_SESSION_WITHOUT_RELIEF', () => {
      it.each([
        ['exactly 120 minutes', 120, false],
        ['120 minutes and 1 ms', 120 + 1 / 60_000, true],
        ['121 minutes', 121, true],
        ['119 minutes', 119, false],
      ])('signals a session of %s without relief: %p', (_name, minutes, expected) => {
        // Arrange
        const session = daysAgo(1, { durationMinutes: minutes, afterState: AfterState.WORSE });

        // Act
        const signals = evaluate([session]);

        // Assert
        expect(kinds(signals).includes(SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF)).toBe(expected);
      });

      it.each([
        ['WORSE', { afterState: AfterState.WORSE, distressBefore: null, distressAfter: null }, true],
        ['FLOODED', { afterState: AfterState.FLOODED, distressBefore: null, distressAfter: null }, true],
        ['NUMB', { afterState: AfterState.NUMB, distressBefore: null, distressAfter: null }, true],
        ['SAME', { afterState: AfterState.SAME, distressBefore: null, distressAfter: null }, true],
        ['LIGHTER, distress 6 -> 3', { afterState: AfterState.LIGHTER, distressBefore: 6, distressAfter: 3 }, false],
        ['LIGHTER, distress 6 -> 6', { afterState: AfterState.LIGHTER, distressBefore: 6, distressAfter: 6 }, true],
        ['no after-state, distress 6 -> 7', { afterState: null, distressBefore: 6, distressAfter: 7 }, true],
        ['no after-state, distress only before', { afterState: null, distressBefore: 6, distressAfter: null }, false],
      ])('treats a 3-hour session ending %s as without relief: %p', (_name, overrides, expected) => {
        // Arrange
        const session = daysAgo(1, { durationMinutes: 180, ...overrides });

        // Act
        const signals = evaluate([session]);

        // Assert
        expect(kinds(signals).includes(SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF)).toBe(expected);
      });

      it('never calls a session without an end time "without relief": it is still in progress', () => {
        const session = daysAgo(1, { endedAt: null, status: 'IN_PROGRESS', afterState: AfterState.WORSE });

        expect(kinds(evaluate([session]))).toEqual([SafetySignalKind.LONG_SESSION_IN_PROGRESS]);
      });
    });

    describe('one evening of sessions (LONG_SESSION_WITHOUT_RELIEF)', () => {
      const GAP = SAFETY_THRESHOLDS.eveningGapMinutes;

      /** Two sessions of `first` and `second` minutes, `gap` minutes apart, the second ending `endsAgo` before NOW. */
      function evening(first: number, gap: number, second: number, overrides: [SessionOverrides, SessionOverrides] = [{}, {}]): SessionRecord[] {
        const secondStart = NOW.getTime() - 3 * 3_600_000 - second * 60_000;
        const firstStart = secondStart - gap * 60_000 - first * 60_000;
        return [
          buildSession({ startedAt: new Date(firstStart).toISOString(), durationMinutes: first, afterState: AfterState.WORSE, ...overrides[0] }),
          buildSession({ startedAt: new Date(secondStart).toISOString(), durationMinutes: second, afterState: AfterState.SAME, ...overrides[1] }),
        ];
      }

      it.each([
        ['at the gap, 121 minutes in all', GAP, 61, true],
        ['1 ms past the gap', GAP + 1 / 60_000, 61, false],
        ['well past the gap', GAP + 30, 61, false],
        ['at the gap, exactly 120 minutes in all', GAP, 60, false],
        ['at the gap, 120 minutes and 1 ms in all', GAP, 60 + 1 / 60_000, true],
      ])('adds up two sessions %s: %p', (_name, gap, second, expected) => {
        // Arrange
        const sessions = evening(60, gap, second);

        // Act
        const signal = evaluate(sessions).find((candidate) => candidate.kind === SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF);

        // Assert
        expect(signal?.sessionIds ?? null).toEqual(expected ? sessions.map((session) => session.id) : null);
      });

      it('counts overlapping minutes once', () => {
        const start = NOW.getTime() - 6 * 3_600_000;
        const sessions = [
          buildSession({ startedAt: new Date(start).toISOString(), durationMinutes: 100, afterState: AfterState.WORSE }),
          buildSession({ startedAt: new Date(start + 30 * 60_000).toISOString(), durationMinutes: 80, afterState: AfterState.WORSE }),
        ];

        // 110 minutes covered, though the durations add up to 180.
        expect(kinds(evaluate(sessions))).not.toContain(SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF);
      });

      it('needs at least one session of the evening to end without relief', () => {
        const relieved = evening(70, 30, 70, [{ afterState: AfterState.CLEANSED }, { afterState: AfterState.SLEEPY, distressAfter: 2 }]);
        const oneWorse = evening(70, 30, 70, [{ afterState: AfterState.CLEANSED }, { afterState: AfterState.WORSE }]);

        expect(kinds(evaluate(relieved))).toEqual([]);
        expect(kinds(evaluate(oneWorse))).toEqual([SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]);
      });

      it('joins an evening across local midnight (Europe/Berlin 23:10-00:20, then 00:50-01:50)', () => {
        // 2026-04-14 23:10 CEST is 21:10 UTC; 70 + 60 = 130 minutes with a 30-minute pause.
        const sessions = [
          buildSession({ startedAt: '2026-04-14T21:10:00.000Z', durationMinutes: 70, afterState: AfterState.WORSE, localDay: '2026-04-14' }),
          buildSession({ startedAt: '2026-04-14T22:50:00.000Z', durationMinutes: 60, afterState: AfterState.SAME, localDay: '2026-04-15' }),
        ];

        expect(evaluate(sessions).map((signal) => [signal.kind, signal.sessionIds.length])).toEqual([[SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF, 2]]);
      });

      it.each([
        // Clocks go back at 03:00 CEST on 2026-10-25: 01:30 CEST to 02:30 CET reads as one hour on the wall and is two real hours.
        ['the autumn change, 121 real minutes over 61 on the wall', '2026-10-24T23:30:00.000Z', 121, true],
        // Clocks go forward at 02:00 CET on 2026-03-29: 01:00 CET to 04:00 CEST reads as three hours on the wall and is two real hours.
        ['the spring change, 120 real minutes over 180 on the wall', '2026-03-29T00:00:00.000Z', 120, false],
      ])('measures real minutes across %s', (_name, startedAt, minutes, expected) => {
        const now = new Date(Date.parse(startedAt) + 24 * 3_600_000);
        const session = buildSession({ startedAt, durationMinutes: minutes, afterState: AfterState.WORSE });

        expect(kinds(evaluate([session], { now })).includes(SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF)).toBe(expected);
      });
    });

    describe('LONG_SESSION_IN_PROGRESS', () => {
      /** A live session that started `minutes` before NOW. */
      function live(minutes: number, overrides: SessionOverrides = {}): SessionRecord {
        return buildSession({
          startedAt: new Date(NOW.getTime() - minutes * 60_000).toISOString(),
          endedAt: null,
          status: 'IN_PROGRESS',
          afterState: null,
          distressAfter: null,
          ...overrides,
        });
      }

      it.each([
        [119, false],
        [120, false],
        [120 + 1 / 60_000, true],
        [180, true],
      ])('signals a session open for %p minutes: %p', (minutes, expected) => {
        expect(kinds(evaluate([live(minutes)]))).toEqual(expected ? [SafetySignalKind.LONG_SESSION_IN_PROGRESS] : []);
      });

      it('adds the evening’s earlier sessions to the live one', () => {
        // 80 minutes, a 30-minute pause, then 50 minutes open so far: 130.
        const earlier = buildSession({ startedAt: new Date(NOW.getTime() - 160 * 60_000).toISOString(), durationMinutes: 80, afterState: AfterState.LIGHTER });
        const open = live(50);

        const [signal] = evaluate([earlier, open]);

        expect([signal?.kind, signal?.sessionIds]).toEqual([SafetySignalKind.LONG_SESSION_IN_PROGRESS, [earlier.id, open.id]]);
      });

      it('takes a session open for more than 24 hours as left open: no live signal, and later sessions stay their own', () => {
        const forgotten = live(7 * 24 * 60);
        const calm = daysAgo(1, { afterState: AfterState.CLEANSED });

        expect(evaluate([forgotten, calm])).toEqual([]);
        expect(kinds(evaluate([live(24 * 60)]))).toEqual([SafetySignalKind.LONG_SESSION_IN_PROGRESS]);
        expect(kinds(evaluate([live(24 * 60 + 1 / 60_000)]))).toEqual([]);
      });

      it('measures real minutes across the autumn DST change', () => {
        // Opened 01:30 CEST on 2026-10-25; at 02:31 CET the wall shows 61 minutes, 121 have passed.
        const now = new Date('2026-10-25T01:31:00.000Z');
        const session = buildSession({ startedAt: '2026-10-24T23:30:00.000Z', endedAt: null, status: 'IN_PROGRESS' });

        expect(kinds(evaluate([session], { now }))).toEqual([SafetySignalKind.LONG_SESSION_IN_PROGRESS]);
      });

      it('reports the ended session as without relief when it ended without relief, and nothing when it brought relief', () => {
        const open = live(180);
        const endedWorse = { ...open, status: 'COMPLETED' as const, endedAt: NOW.toISOString(), afterState: AfterState.WORSE };
        const endedCalmer = { ...open, status: 'COMPLETED' as const, endedAt: NOW.toISOString(), afterState: AfterState.CALMER, distressAfter: 2 };

        expect(kinds(evaluate([open], { trigger: endedWorse }))).toEqual([SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]);
        expect(kinds(evaluate([open], { trigger: endedCalmer }))).toEqual([]);
      });
    });

    describe('FELT_UNSAFE', () => {
      it.each([
        ['in a completed session', {}],
        ['in a session still in progress', { status: 'IN_PROGRESS' as const, endedAt: null }],
      ])('signals feeling unsafe noted %s', (_name, overrides) => {
        const session = daysAgo(1, { feltUnsafe: true, ...overrides });

        const signal = evaluate([session]).find((candidate) => candidate.kind === SafetySignalKind.FELT_UNSAFE);

        expect(signal?.sessionIds).toEqual([session.id]);
      });

      it.each([
        ['exactly 14 days old', 0, true],
        ['1 ms older than 14 days', 1, false],
      ])('counts a session %s: %p', (_name, olderMs, expected) => {
        const session = buildSession({ startedAt: new Date(WINDOW_START_MS - olderMs).toISOString(), feltUnsafe: true });

        expect(kinds(evaluate([session])).includes(SafetySignalKind.FELT_UNSAFE)).toBe(expected);
      });

      it('does not signal when feeling unsafe was not noted', () => {
        expect(evaluate([daysAgo(1, { feltUnsafe: false })])).toEqual([]);
      });
    });

    describe('FREQUENT_FLOODING', () => {
      it.each([
        [2, false],
        [3, true],
        [4, true],
      ])('with %i flooded sessions in the window signals: %p', (count, expected) => {
        // Arrange
        const sessions = Array.from({ length: count }, (_, index) => daysAgo(index + 1, flooded));

        // Act
        const signal = evaluate(sessions).find((candidate) => candidate.kind === SafetySignalKind.FREQUENT_FLOODING);

        // Assert
        expect(signal !== undefined).toBe(expected);
        if (expected) expect(signal?.sessionIds).toEqual(sessions.map((session) => session.id));
      });

      it('does not count WORSE or NUMB sessions as flooded', () => {
        const sessions = [daysAgo(1, flooded), daysAgo(2, flooded), daysAgo(3, { afterState: AfterState.WORSE })];

        expect(kinds(evaluate(sessions))).not.toContain(SafetySignalKind.FREQUENT_FLOODING);
      });

      it('ignores sessions that are not completed', () => {
        const sessions = [daysAgo(1, flooded), daysAgo(2, flooded), daysAgo(3, { ...flooded, status: 'IN_PROGRESS' })];

        expect(kinds(evaluate(sessions))).not.toContain(SafetySignalKind.FREQUENT_FLOODING);
      });
    });

    describe('NUMBNESS_OR_NO_TEARS', () => {
      it.each([
        [2, false],
        [3, true],
      ])('with %i numb or tearless sessions in the window signals: %p', (count, expected) => {
        // Arrange: alternate NUMB and "tears did not come although wanted"
        const sessions = Array.from({ length: count }, (_, index) =>
          daysAgo(index + 1, index % 2 === 0 ? numb : { afterState: AfterState.SAME, tearsCame: false, wantedToCry: true }),
        );

        // Act
        const signals = evaluate(sessions);

        // Assert
        expect(kinds(signals).includes(SafetySignalKind.NUMBNESS_OR_NO_TEARS)).toBe(expected);
      });

      it('counts no tears when the member did not say whether they wanted to cry', () => {
        const sessions = [daysAgo(1, numb), daysAgo(2, numb), daysAgo(3, { afterState: AfterState.CALMER, tearsCame: false, wantedToCry: null })];

        expect(kinds(evaluate(sessions))).toContain(SafetySignalKind.NUMBNESS_OR_NO_TEARS);
      });

      it('does not count no tears when the member did not want to cry', () => {
        const sessions = [daysAgo(1, numb), daysAgo(2, numb), daysAgo(3, { afterState: AfterState.CALMER, tearsCame: false, wantedToCry: false })];

        expect(kinds(evaluate(sessions))).not.toContain(SafetySignalKind.NUMBNESS_OR_NO_TEARS);
      });
    });

    describe('SELF_HARM_THOUGHTS', () => {
      it('signals one session with self-harm thoughts', () => {
        // Arrange
        const session = daysAgo(2, { selfHarmThoughts: true });

        // Act
        const signals = evaluate([session, daysAgo(3)]);

        // Assert
        expect(signals).toEqual([expect.objectContaining({ kind: SafetySignalKind.SELF_HARM_THOUGHTS, sessionIds: [session.id] })]);
      });

      it('signals self-harm thoughts noted in a session still in progress', () => {
        const session = daysAgo(0, { status: 'IN_PROGRESS', endedAt: null, selfHarmThoughts: true });

        expect(kinds(evaluate([session]))).toEqual([SafetySignalKind.SELF_HARM_THOUGHTS]);
      });

      it('gives nothing when no session has a signal', () => {
        expect(evaluate([daysAgo(1), daysAgo(2), daysAgo(3)])).toEqual([]);
      });
    });

    describe('window', () => {
      it.each([
        ['exactly 14 days old', 0, true],
        ['14 days and 1 ms old', -1, false],
        ['14 days less 1 ms old', 1, true],
      ])('counts a session %s: %p', (_name, offsetMs, expected) => {
        // Arrange
        const session = buildSession({ startedAt: new Date(WINDOW_START_MS + offsetMs).toISOString(), selfHarmThoughts: true });

        // Act
        const signals = evaluate([session]);

        // Assert
        expect(signals.length === 1).toBe(expected);
      });

      it('counts exactly-14-days-old flooding towards the threshold but not 1 ms older', () => {
        // Arrange
        const recent = [daysAgo(1, flooded), daysAgo(2, flooded)];
        const atEdge = buildSession({ ...flooded, startedAt: new Date(WINDOW_START_MS).toISOString() });
        const beyond = buildSession({ ...flooded, startedAt: new Date(WINDOW_START_MS - 1).toISOString() });

        // Act
        const withEdge = evaluate([...recent, atEdge]);
        const withBeyond = evaluate([...recent, beyond]);

        // Assert
        expect(kinds(withEdge)).toContain(SafetySignalKind.FREQUENT_FLOODING);
        expect(kinds(withBeyond)).not.toContain(SafetySignalKind.FREQUENT_FLOODING);
      });
    });

    describe('trigger', () => {
      it('returns only the signals the trigger takes part in', () => {
        // Arrange: flooding is active from earlier sessions; the trigger brought self-harm thoughts
        const earlier = [daysAgo(3, flooded), daysAgo(4, flooded), daysAgo(5, flooded)];
        const trigger = daysAgo(0, { selfHarmThoughts: true });

        // Act
        const withTrigger = evaluate([...earlier, trigger], { trigger });
        const withoutTrigger = evaluate([...earlier, trigger]);

        // Assert
        expect(kinds(withTrigger)).toEqual([SafetySignalKind.SELF_HARM_THOUGHTS]);
        expect(kinds(withoutTrigger)).toEqual([SafetySignalKind.FREQUENT_FLOODING, SafetySignalKind.SELF_HARM_THOUGHTS]);
      });

      it('returns nothing for a calm trigger while older signals stay active', () => {
        const earlier = [daysAgo(3, flooded), daysAgo(4, flooded), daysAgo(5, flooded)];
        const trigger = daysAgo(0);

        expect(evaluate([...earlier, trigger], { trigger })).toEqual([]);
      });

      it('returns a count-based signal when the trigger is the session that reaches the threshold', () => {
        // Arrange: the trigger is not in the loaded list yet
        const earlier = [daysAgo(3, flooded), daysAgo(4, flooded)];
        const trigger = daysAgo(0, flooded);

        // Act
        const signals = evaluate(earlier, { trigger });

        // Assert
        expect(signals).toEqual([
          expect.objectContaining({ kind: SafetySignalKind.FREQUENT_FLOODING, sessionIds: [earlier[0]!.id, earlier[1]!.id, trigger.id] }),
        ]);
      });

      it('uses the trigger in place of its stored copy so it is counted once, as it is now', () => {
        // Arrange: the stored copy was calm; the ended session is flooded
        const earlier = [daysAgo(3, flooded), daysAgo(4, flooded)];
        const stored = daysAgo(0, { id: 'just-ended', status: 'IN_PROGRESS', endedAt: null, afterState: null });
        const trigger = { ...stored, ...flooded, status: 'COMPLETED' as const, endedAt: NOW.toISOString() };

        // Act
        const signals = evaluate([...earlier, stored], { trigger });

        // Assert
        expect(signals.map((signal) => signal.sessionIds)).toEqual([[earlier[0]!.id, earlier[1]!.id, 'just-ended']]);
      });

      it('answers self-harm thoughts in a trigger logged after the window', () => {
        const trigger = daysAgo(20, { selfHarmThoughts: true });

        expect(kinds(evaluate([], { trigger }))).toEqual([SafetySignalKind.SELF_HARM_THOUGHTS]);
      });
    });

    describe('answer', () => {
      /** Every kind: 3 hours flooded with self-harm thoughts and feeling unsafe, two more flooded and numb, one open for 3 hours. */
      function everySignal(): SessionRecord[] {
        return [
          daysAgo(0.125, { status: 'IN_PROGRESS', endedAt: null, afterState: null }),
          daysAgo(1, { ...flooded, tearsCame: false, durationMinutes: 180, selfHarmThoughts: true, feltUnsafe: true }),
          daysAgo(2, { ...flooded, tearsCame: false }),
          daysAgo(3, { ...flooded, tearsCame: false }),
        ];
      }

      it('raises every kind of signal from a history that shows them all', () => {
        expect(kinds(evaluate(everySignal()))).toEqual([
          SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF,
          SafetySignalKind.LONG_SESSION_IN_PROGRESS,
          SafetySignalKind.FREQUENT_FLOODING,
          SafetySignalKind.NUMBNESS_OR_NO_TEARS,
          SafetySignalKind.SELF_HARM_THOUGHTS,
          SafetySignalKind.FELT_UNSAFE,
        ]);
      });

      it('speaks gently: never "should", "weak", "fail" or "wrong"', () => {
        const signals = evaluate(everySignal(), { hasTherapist: true });

        for (const signal of signals) {
          expect(signal.message).not.toMatch(/\b(should|weak|fail\w*|wrong)\b/i);
          expect(signal.involveTherapistPrompt).not.toMatch(/\b(should|weak|fail\w*|wrong)\b/i);
        }
      });

      it('invites involving the therapist when the member has one', () => {
        const signals = evaluate(everySignal(), { hasTherapist: true });

        expect(signals.every((signal) => typeof signal.involveTherapistPrompt === 'string' && signal.involveTherapistPrompt.includes('therapist'))).toBe(true);
      });

      it('gives no therapist prompt when the member has none', () => {
        const signals = evaluate(everySignal(), { hasTherapist: false });

        expect(signals.map((signal) => signal.involveTherapistPrompt)).toEqual([null, null, null, null, null, null]);
      });

      it('attaches the resources of the member’s country', () => {
        const [signal] = evaluate(everySignal(), { country: 'AU' });

        expect(signal?.resources).toMatchObject({ country: 'AU', crisisLine: { name: 'Lifeline', phone: '13 11 14' } });
      });
    });
  });

  describe('evaluateSafetyStatus', () => {
    it('returns resources and the check time even without any signal', () => {
      // Act
      const status = evaluateSafetyStatus({ sessions: [daysAgo(1)], now: NOW, hasTherapist: false, country: 'DE' });

      // Assert
      expect(status.signals).toEqual([]);
      expect(status.resources).toMatchObject({ country: 'DE', crisisLine: { name: 'TelefonSeelsorge' } });
      expect(status.checkedAt).toEqual(NOW);
    });

    it('returns every active signal', () => {
      const sessions = [daysAgo(1, flooded), daysAgo(2, flooded), daysAgo(3, { ...flooded, selfHarmThoughts: true })];

      const status = evaluateSafetyStatus({ sessions, now: NOW, hasTherapist: false, country: 'US' });

      expect(kinds(status.signals)).toEqual([SafetySignalKind.FREQUENT_FLOODING, SafetySignalKind.SELF_HARM_THOUGHTS]);
    });
  });

  describe('describeForTherapist', () => {
    /** The history of every kind, as in 'answer' above. */
    const history = (): SessionRecord[] => [
      daysAgo(0.125, { status: 'IN_PROGRESS', endedAt: null, afterState: null }),
      daysAgo(1, { ...flooded, tearsCame: false, durationMinutes: 180, selfHarmThoughts: true, feltUnsafe: true }),
      daysAgo(2, { ...flooded, tearsCame: false }),
      daysAgo(3, { ...flooded, tearsCame: false }),
    ];

    it('says what was logged and when, in the third person, without advice or the member’s words', () => {
      // Act
      const status = describeForTherapist(detectSafetySignals(history(), NOW), NOW, 'UTC');

      // Assert
      expect(status.signals.map((signal) => signal.kind)).toHaveLength(6);
      for (const signal of status.signals) {
        expect(signal.summary).not.toMatch(/\b(you|your|yours|should|weak|fail\w*|wrong|let your therapist)\b/i);
        expect(signal.summary).toMatch(/\d{4}-\d\d-\d\d/);
      }
      expect(status.checkedAt).toEqual(NOW);
    });

    it('dates signals on the client’s local day and orders their sessions', () => {
      // 2026-04-14 23:30 in New York is 03:30 UTC on the 15th.
      const late = buildSession({ startedAt: '2026-04-15T03:30:00.000Z', selfHarmThoughts: true });
      const earlier = buildSession({ startedAt: '2026-04-10T18:00:00.000Z', selfHarmThoughts: true });

      const [signal] = describeForTherapist(detectSafetySignals([late, earlier], NOW), NOW, 'America/New_York').signals;

      expect(signal).toEqual({
        kind: SafetySignalKind.SELF_HARM_THOUGHTS,
        summary: 'Noted thoughts of self-harm in 2 sessions; the latest on 2026-04-14.',
        sessionCount: 2,
        sessionIds: [earlier.id, late.id],
        firstStartedAt: new Date(earlier.startedAt),
        lastStartedAt: new Date(late.startedAt),
      });
    });
  });
});
