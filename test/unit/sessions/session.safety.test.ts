import { AfterState } from '../../../services/sessions/session.enums';
import type { SessionRecord } from '../../../services/sessions/session.record';
import { evaluateSafetySignals, evaluateSafetyStatus, SAFETY_THRESHOLDS, type SafetyInput } from '../../../services/sessions/session.safety';
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
  return evaluateSafetySignals({ sessions, now: NOW, hasTherapist: false, locale: 'en-GB', ...extra });
}

function kinds(signals: { kind: SafetySignalKind }[]): SafetySignalKind[] {
  return signals.map((signal) => signal.kind);
}

const flooded: SessionOverrides = { afterState: AfterState.FLOODED, distressBefore: 5, distressAfter: 8 };
const numb: SessionOverrides = { afterState: AfterState.NUMB, tearsCame: false };

describe('session.safety', () => {
  describe('SAFETY_THRESHOLDS', () => {
    it('keeps the agreed thresholds in one place', () => {
      expect(SAFETY_THRESHOLDS).toEqual({ longSessionMinutes: 120, windowDays: 14, floodedSessionsInWindow: 3, numbOrNoTearsSessionsInWindow: 3 });
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

      it('does not signal a session without an end time', () => {
        const session = daysAgo(1, { endedAt: null, status: 'IN_PROGRESS', afterState: AfterState.WORSE });

        expect(evaluate([session])).toEqual([]);
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
      /** One session of every kind: 3 hours flooded with self-harm thoughts, plus two more flooded and numb. */
      function everySignal(): SessionRecord[] {
        return [
          daysAgo(1, { ...flooded, tearsCame: false, durationMinutes: 180, selfHarmThoughts: true }),
          daysAgo(2, { ...flooded, tearsCame: false }),
          daysAgo(3, { ...flooded, tearsCame: false }),
        ];
      }

      it('raises every kind of signal from a history that shows them all', () => {
        expect(kinds(evaluate(everySignal()))).toEqual([
          SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF,
          SafetySignalKind.FREQUENT_FLOODING,
          SafetySignalKind.NUMBNESS_OR_NO_TEARS,
          SafetySignalKind.SELF_HARM_THOUGHTS,
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

        expect(signals.map((signal) => signal.involveTherapistPrompt)).toEqual([null, null, null, null]);
      });

      it('attaches the resources of the member’s country', () => {
        const [signal] = evaluate(everySignal(), { locale: 'en-AU' });

        expect(signal?.resources).toMatchObject({ region: 'AU', crisisLine: { name: 'Lifeline', phone: '13 11 14' } });
      });
    });
  });

  describe('evaluateSafetyStatus', () => {
    it('returns resources and the check time even without any signal', () => {
      // Act
      const status = evaluateSafetyStatus({ sessions: [daysAgo(1)], now: NOW, hasTherapist: false, locale: 'de-DE' });

      // Assert
      expect(status.signals).toEqual([]);
      expect(status.resources).toMatchObject({ region: 'DE', crisisLine: { name: 'TelefonSeelsorge' } });
      expect(status.checkedAt).toEqual(NOW);
    });

    it('returns every active signal', () => {
      const sessions = [daysAgo(1, flooded), daysAgo(2, flooded), daysAgo(3, { ...flooded, selfHarmThoughts: true })];

      const status = evaluateSafetyStatus({ sessions, now: NOW, hasTherapist: false, locale: 'en-US' });

      expect(kinds(status.signals)).toEqual([SafetySignalKind.FREQUENT_FLOODING, SafetySignalKind.SELF_HARM_THOUGHTS]);
    });
  });
});
