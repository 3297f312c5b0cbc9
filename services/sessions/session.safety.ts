/**
 * Safety signals: the signs to seek professional help, as far as they show in what was
 * logged (hours of crying without relief, frequent flooding, numbness or tears that would
 * not come, self-harm thoughts). A signal answers with support resources and, where the
 * member has one, an invitation to involve their therapist. It never judges and never blocks.
 */
import { AfterState, FLOODING_STATES } from './session.enums';
import type { SessionRecord } from './session.record';
import { type SafetySignal, SafetySignalKind, type SafetyStatus, type SupportResources } from './session.safety.type';
import { supportResourcesFor } from './support-resources';

export const SAFETY_THRESHOLDS = {
  /** A session strictly longer than this (120 minutes exactly is not) counts as long. */
  longSessionMinutes: 120,
  /** Sessions that started within this many days before now (exactly this old still counts). */
  windowDays: 14,
  /** This many sessions ending FLOODED in the window. */
  floodedSessionsInWindow: 3,
  /** This many sessions in the window ending NUMB, or where tears did not come although wanted. */
  numbOrNoTearsSessionsInWindow: 3,
} as const;

export interface SafetyInput {
  /** The member's sessions; the caller loads at least the window. */
  sessions: readonly SessionRecord[];
  now: Date;
  hasTherapist: boolean;
  /** BCP 47; its region picks the crisis resources. */
  locale: string;
  /** The session just logged or ended: only the signals it takes part in are returned. */
  trigger?: SessionRecord;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const MESSAGES: Readonly<Record<SafetySignalKind, string>> = {
  [SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]:
    "That was a long session and it didn't seem to bring relief. You don't have to carry this alone.",
  [SafetySignalKind.FREQUENT_FLOODING]:
    'Several recent sessions left you feeling flooded. Waves this strong can feel safer with someone beside you, like a therapist or counsellor. You deserve that support.',
  [SafetySignalKind.NUMBNESS_OR_NO_TEARS]:
    "Lately you've felt numb, or the tears haven't come when you wanted them to. That happens, and it can be a sign of carrying a lot. Talking it through with someone you trust can help.",
  [SafetySignalKind.SELF_HARM_THOUGHTS]:
    "You mentioned thoughts of harming yourself. Thank you for noting it. You don't have to face this alone: the people below are there to listen, any time.",
};

const THERAPIST_PROMPTS: Readonly<Record<SafetySignalKind, string>> = {
  [SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]:
    'If it feels right, you could share this session with your therapist and look at it together.',
  [SafetySignalKind.FREQUENT_FLOODING]:
    'If it feels right, you could bring these sessions to your therapist; they can help make the waves feel safer.',
  [SafetySignalKind.NUMBNESS_OR_NO_TEARS]:
    'If it feels right, you could tell your therapist about the numbness or the tears that did not come.',
  [SafetySignalKind.SELF_HARM_THOUGHTS]:
    'If you can, let your therapist know about these thoughts soon; you can share this session with them.',
};

interface Detector {
  kind: SafetySignalKind;
  /** The sessions that make up the signal, or null when it is not active. */
  detect(recent: readonly SessionRecord[]): SessionRecord[] | null;
}

const DETECTORS: readonly Detector[] = [
  {
    kind: SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF,
    detect: (recent) => nonEmpty(recent.filter((session) => session.status === 'COMPLETED' && isLong(session) && endedWithoutRelief(session))),
  },
  {
    kind: SafetySignalKind.FREQUENT_FLOODING,
    detect: (recent) =>
      atLeast(
        recent.filter((session) => session.status === 'COMPLETED' && session.afterState === AfterState.FLOODED),
        SAFETY_THRESHOLDS.floodedSessionsInWindow,
      ),
  },
  {
    kind: SafetySignalKind.NUMBNESS_OR_NO_TEARS,
    detect: (recent) =>
      atLeast(
        recent.filter((session) => session.status === 'COMPLETED' && isNumbOrNoTears(session)),
        SAFETY_THRESHOLDS.numbOrNoTearsSessionsInWindow,
      ),
  },
  {
    // Any status: thoughts of self-harm noted during a session still in progress are not left waiting.
    kind: SafetySignalKind.SELF_HARM_THOUGHTS,
    detect: (recent) => nonEmpty(recent.filter((session) => session.selfHarmThoughts)),
  },
];

/**
 * Signals over the sessions that started within `windowDays` x 24 hours before `now` (a session
 * exactly that old still counts; one a millisecond older does not; there is no upper bound, so a
 * session stamped slightly ahead of the server clock still counts). With `trigger`, only the
 * signals that session takes part in; the trigger itself always counts even if logged late.
 */
export function evaluateSafetySignals({ sessions, now, hasTherapist, locale, trigger }: SafetyInput): SafetySignal[] {
  const recent = recentSessions(sessions, now, trigger);
  let resources: SupportResources | undefined;
  const signals: SafetySignal[] = [];
  for (const detector of DETECTORS) {
    const involved = detector.detect(recent);
    if (!involved) continue;
    if (trigger && !involved.some((session) => session.id === trigger.id)) continue;
    resources ??= supportResourcesFor(locale);
    signals.push({
      kind: detector.kind,
      message: MESSAGES[detector.kind],
      sessionIds: involved.map((session) => session.id),
      resources,
      involveTherapistPrompt: hasTherapist ? THERAPIST_PROMPTS[detector.kind] : null,
    });
  }
  return signals;
}

/** Every active signal, with resources at hand whether or not any signal is active. */
export function evaluateSafetyStatus(input: Omit<SafetyInput, 'trigger'>): SafetyStatus {
  return {
    signals: evaluateSafetySignals(input),
    resources: supportResourcesFor(input.locale),
    checkedAt: new Date(input.now.getTime()),
  };
}

/** Sessions in the window, with the trigger in place of its stored copy (and counted even if older). */
function recentSessions(sessions: readonly SessionRecord[], now: Date, trigger: SessionRecord | undefined): SessionRecord[] {
  const windowStart = now.getTime() - SAFETY_THRESHOLDS.windowDays * DAY_MS;
  const recent = sessions.filter((session) => session.id !== trigger?.id && Date.parse(session.startedAt) >= windowStart);
  return trigger ? [...recent, trigger] : recent;
}

function isLong(session: SessionRecord): boolean {
  if (!session.endedAt) return false;
  return Date.parse(session.endedAt) - Date.parse(session.startedAt) > SAFETY_THRESHOLDS.longSessionMinutes * MINUTE_MS;
}

/** Ended worse, flooded, numb or the same, or with distress no lower than before. */
function endedWithoutRelief(session: SessionRecord): boolean {
  if (session.afterState && (FLOODING_STATES.has(session.afterState) || session.afterState === AfterState.SAME)) return true;
  const { distressBefore, distressAfter } = session;
  return typeof distressBefore === 'number' && typeof distressAfter === 'number' && distressAfter >= distressBefore;
}

function isNumbOrNoTears(session: SessionRecord): boolean {
  return session.afterState === AfterState.NUMB || (session.tearsCame === false && session.wantedToCry !== false);
}

function nonEmpty(sessions: SessionRecord[]): SessionRecord[] | null {
  return sessions.length > 0 ? sessions : null;
}

function atLeast(sessions: SessionRecord[], threshold: number): SessionRecord[] | null {
  return sessions.length >= threshold ? sessions : null;
}
