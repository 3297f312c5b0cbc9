/**
 * Safety signals: the signs to seek professional help, as far as they show in what was
 * logged (hours of crying without relief, frequent flooding, numbness or tears that would
 * not come, self-harm thoughts, feeling unsafe). A signal answers the member with support
 * resources and, where they have one, an invitation to involve their therapist; a therapist
 * with the SAFETY_SIGNALS scope reads the same signal as a brief third-person fact. It never
 * judges and never blocks.
 */
import { localDay } from '../shared/time';
import { AfterState, FLOODING_STATES, MAX_SESSION_HOURS } from './session.enums';
import type { SessionRecord } from './session.record';
import {
  type ClientSafetySignal,
  type ClientSafetyStatus,
  type SafetySignal,
  SafetySignalKind,
  type SafetyStatus,
  type SupportResources,
} from './session.safety.type';
import { supportResourcesFor } from './support-resources';

export const SAFETY_THRESHOLDS = {
  /** A session, or one evening's sessions together, strictly longer than this (120 minutes exactly is not) counts as long. */
  longSessionMinutes: 120,
  /**
   * Sessions at most this far apart (end of one to start of the next; 90 minutes exactly still
   * joins) are one evening: their minutes add up toward "crying for hours". Measured in real
   * time, so local midnight and a DST change split nothing.
   */
  eveningGapMinutes: 90,
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
  /** The member's stated country (ISO 3166-1 alpha-2); null gives the international resources. */
  country: string | null;
  /** The session just logged or ended: only the signals it takes part in are returned. */
  trigger?: SessionRecord;
}

/** A signal found in the sessions, before it is put in words for a reader. */
export interface DetectedSignal {
  kind: SafetySignalKind;
  /** The sessions that make up the signal. */
  sessions: SessionRecord[];
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const MESSAGES: Readonly<Record<SafetySignalKind, string>> = {
  [SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]:
    "That was a long time with heavy feelings, and it didn't seem to bring relief. You don't have to carry this alone.",
  [SafetySignalKind.LONG_SESSION_IN_PROGRESS]:
    "Your session has been open for more than two hours. If it still feels heavy, you don't have to stay with it alone: the people below are there to listen, any time. If you have finished, you can end the session whenever you like.",
  [SafetySignalKind.FREQUENT_FLOODING]:
    'Several recent sessions left you feeling flooded. Waves this strong can feel safer with someone beside you, like a therapist or counsellor. You deserve that support.',
  [SafetySignalKind.NUMBNESS_OR_NO_TEARS]:
    "Lately you've felt numb, or the tears haven't come when you wanted them to. That happens, and it can be a sign of carrying a lot. Talking it through with someone you trust can help.",
  [SafetySignalKind.SELF_HARM_THOUGHTS]:
    "You mentioned thoughts of harming yourself. Thank you for noting it. You don't have to face this alone: the people below are there to listen, any time.",
  [SafetySignalKind.FELT_UNSAFE]:
    'You noted that you felt unsafe. Thank you for noting it. If you are in danger now, emergency services can help at once; the people below are there to listen, any time.',
};

const THERAPIST_PROMPTS: Readonly<Record<SafetySignalKind, string>> = {
  [SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]: 'If it feels right, you could share this session with your therapist and look at it together.',
  [SafetySignalKind.LONG_SESSION_IN_PROGRESS]: 'If it feels right, you could reach out to your therapist, or share this session with them afterwards.',
  [SafetySignalKind.FREQUENT_FLOODING]: 'If it feels right, you could bring these sessions to your therapist; they can help make the waves feel safer.',
  [SafetySignalKind.NUMBNESS_OR_NO_TEARS]: 'If it feels right, you could tell your therapist about the numbness or the tears that did not come.',
  [SafetySignalKind.SELF_HARM_THOUGHTS]: 'If you can, let your therapist know about these thoughts soon; you can share this session with them.',
  [SafetySignalKind.FELT_UNSAFE]: 'If it feels right, you could tell your therapist what felt unsafe; you can share this session with them.',
};

/** For a therapist: what was logged, in the third person, without advice. `n` sessions, the latest on `day`. */
const THERAPIST_SUMMARIES: Readonly<Record<SafetySignalKind, (n: string, day: string) => string>> = {
  [SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF]: (n, day) =>
    `Logged ${n} running past two hours (alone or with others the same evening) and ending without relief; the latest on ${day}.`,
  [SafetySignalKind.LONG_SESSION_IN_PROGRESS]: (n, day) =>
    `Has a session open since ${day}, running past two hours alone or with the same evening's earlier sessions (${n} in all).`,
  [SafetySignalKind.FREQUENT_FLOODING]: (n, day) => `Logged ${n} ending flooded in the last ${SAFETY_THRESHOLDS.windowDays} days; the latest on ${day}.`,
  [SafetySignalKind.NUMBNESS_OR_NO_TEARS]: (n, day) =>
    `Logged ${n} in the last ${SAFETY_THRESHOLDS.windowDays} days ending numb or without the tears that were wanted; the latest on ${day}.`,
  [SafetySignalKind.SELF_HARM_THOUGHTS]: (n, day) => `Noted thoughts of self-harm in ${n}; the latest on ${day}.`,
  [SafetySignalKind.FELT_UNSAFE]: (n, day) => `Noted feeling unsafe in ${n}; the latest on ${day}.`,
};

interface Detector {
  kind: SafetySignalKind;
  /** The sessions that make up the signal, or null when it is not active. */
  detect(recent: readonly SessionRecord[], now: Date): SessionRecord[] | null;
}

const DETECTORS: readonly Detector[] = [
  {
    kind: SafetySignalKind.LONG_SESSION_WITHOUT_RELIEF,
    detect: (recent, now) =>
      nonEmpty(
        evenings(recent.filter(isCompleted), now)
          .filter((evening) => isLong(evening) && evening.sessions.some(endedWithoutRelief))
          .flatMap((evening) => evening.sessions),
      ),
  },
  {
    // The live session with the evening's earlier ones: relief is not known yet, the hours are.
    kind: SafetySignalKind.LONG_SESSION_IN_PROGRESS,
    detect: (recent, now) =>
      nonEmpty(
        evenings(
          recent.filter((session) => isCompleted(session) || isLive(session, now)),
          now,
        )
          .filter((evening) => isLong(evening) && evening.sessions.some((session) => isLive(session, now)))
          .flatMap((evening) => evening.sessions),
      ),
  },
  {
    kind: SafetySignalKind.FREQUENT_FLOODING,
    detect: (recent) =>
      atLeast(
        recent.filter((session) => isCompleted(session) && session.afterState === AfterState.FLOODED),
        SAFETY_THRESHOLDS.floodedSessionsInWindow,
      ),
  },
  {
    kind: SafetySignalKind.NUMBNESS_OR_NO_TEARS,
    detect: (recent) =>
      atLeast(
        recent.filter((session) => isCompleted(session) && isNumbOrNoTears(session)),
        SAFETY_THRESHOLDS.numbOrNoTearsSessionsInWindow,
      ),
  },
  {
    // Any status: thoughts of self-harm noted during a session still in progress are not left waiting.
    kind: SafetySignalKind.SELF_HARM_THOUGHTS,
    detect: (recent) => nonEmpty(recent.filter((session) => session.selfHarmThoughts)),
  },
  {
    kind: SafetySignalKind.FELT_UNSAFE,
    detect: (recent) => nonEmpty(recent.filter((session) => session.feltUnsafe)),
  },
];

/**
 * Signals over the sessions that started within `windowDays` x 24 hours before `now` (a session
 * exactly that old still counts; one a millisecond older does not; there is no upper bound, so a
 * session stamped slightly ahead of the server clock still counts). With `trigger`, only the
 * signals that session takes part in; the trigger itself always counts even if logged late.
 */
export function detectSafetySignals(sessions: readonly SessionRecord[], now: Date, trigger?: SessionRecord): DetectedSignal[] {
  const recent = recentSessions(sessions, now, trigger);
  const found: DetectedSignal[] = [];
  for (const detector of DETECTORS) {
    const involved = detector.detect(recent, now);
    if (!involved) continue;
    if (trigger && !involved.some((session) => session.id === trigger.id)) continue;
    found.push({ kind: detector.kind, sessions: involved });
  }
  return found;
}

/** The member's signals, in words for them, with the resources of their country. */
export function evaluateSafetySignals({ sessions, now, hasTherapist, country, trigger }: SafetyInput): SafetySignal[] {
  let resources: SupportResources | undefined;
  return detectSafetySignals(sessions, now, trigger).map(({ kind, sessions: involved }) => {
    resources ??= supportResourcesFor(country);
    return {
      kind,
      message: MESSAGES[kind],
      sessionIds: involved.map((session) => session.id),
      resources,
      involveTherapistPrompt: hasTherapist ? THERAPIST_PROMPTS[kind] : null,
    };
  });
}

/** Every active signal, with resources at hand whether or not any signal is active. */
export function evaluateSafetyStatus(input: Omit<SafetyInput, 'trigger'>): SafetyStatus {
  return {
    signals: evaluateSafetySignals(input),
    resources: supportResourcesFor(input.country),
    checkedAt: new Date(input.now.getTime()),
  };
}

/** The same signals for the client's therapist: what was logged and when, on the client's local days. */
export function describeForTherapist(signals: readonly DetectedSignal[], now: Date, timeZone: string): ClientSafetyStatus {
  return {
    signals: signals.map(({ kind, sessions: involved }): ClientSafetySignal => {
      const sessions = [...involved].sort(byStart);
      const first = sessions[0] as SessionRecord;
      // The open session dates a live signal, whatever else the evening holds.
      const last =
        (kind === SafetySignalKind.LONG_SESSION_IN_PROGRESS ? sessions.find((session) => session.status === 'IN_PROGRESS') : undefined) ??
        (sessions[sessions.length - 1] as SessionRecord);
      const count = sessions.length === 1 ? '1 session' : `${sessions.length} sessions`;
      return {
        kind,
        summary: THERAPIST_SUMMARIES[kind](count, localDay(last.startedAt, timeZone)),
        sessionCount: sessions.length,
        sessionIds: sessions.map((session) => session.id),
        firstStartedAt: new Date(first.startedAt),
        lastStartedAt: new Date(last.startedAt),
      };
    }),
    checkedAt: new Date(now.getTime()),
  };
}

/** Sessions in the window, with the trigger in place of its stored copy (and counted even if older). */
function recentSessions(sessions: readonly SessionRecord[], now: Date, trigger: SessionRecord | undefined): SessionRecord[] {
  const windowStart = now.getTime() - SAFETY_THRESHOLDS.windowDays * DAY_MS;
  const recent = sessions.filter((session) => session.id !== trigger?.id && Date.parse(session.startedAt) >= windowStart);
  return trigger ? [...recent, trigger] : recent;
}

interface Evening {
  sessions: SessionRecord[];
  /** Milliseconds covered by at least one of its sessions (overlaps count once). */
  covered: number;
}

/**
 * Sessions grouped into evenings: each joins the one before when it starts at most
 * `eveningGapMinutes` after the evening's latest end. A live session runs until `now`.
 */
function evenings(sessions: readonly SessionRecord[], now: Date): Evening[] {
  const spans = sessions
    .map((session) => {
      const start = Date.parse(session.startedAt);
      const end = session.endedAt ? Date.parse(session.endedAt) : Math.max(start, now.getTime());
      return { session, start, end: Math.max(start, end) };
    })
    .sort((a, b) => a.start - b.start);
  const found: Evening[] = [];
  let current: (Evening & { end: number }) | null = null;
  for (const { session, start, end } of spans) {
    if (current && start - current.end <= SAFETY_THRESHOLDS.eveningGapMinutes * MINUTE_MS) {
      current.covered += Math.max(0, end - Math.max(start, current.end));
      current.end = Math.max(current.end, end);
      current.sessions.push(session);
    } else {
      current = { sessions: [session], covered: end - start, end };
      found.push(current);
    }
  }
  return found;
}

function isCompleted(session: SessionRecord): boolean {
  return session.status === 'COMPLETED';
}

/** Open, and not longer than a session can last: one open for days was left open, and says nothing of tonight. */
function isLive(session: SessionRecord, now: Date): boolean {
  return session.status === 'IN_PROGRESS' && now.getTime() - Date.parse(session.startedAt) <= MAX_SESSION_HOURS * HOUR_MS;
}

function isLong(evening: Evening): boolean {
  return evening.covered > SAFETY_THRESHOLDS.longSessionMinutes * MINUTE_MS;
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

function byStart(a: SessionRecord, b: SessionRecord): number {
  return Date.parse(a.startedAt) - Date.parse(b.startedAt);
}

function nonEmpty(sessions: SessionRecord[]): SessionRecord[] | null {
  return sessions.length > 0 ? sessions : null;
}

function atLeast(sessions: SessionRecord[], threshold: number): SessionRecord[] | null {
  return sessions.length >= threshold ? sessions : null;
}
