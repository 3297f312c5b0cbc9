import { length } from 'class-validator';
import { isEnumType, type GraphQLSchema } from 'graphql';
import { CIRCLE_LIMITS } from '../../services/circles/circle.input';
import { INVITE_LIMITS } from '../../services/circles/circle.invite-code';
import { LOCAL_TIME_PATTERN, ROUTINE_LIMITS } from '../../services/routines/routine.input';
import { GrantScope } from '../../services/sharing/sharing.enums';
import { TEXT_LIMITS, WHEN_LIMITS } from '../../services/shared/inputs';
import { isLocale, isTimeZone } from '../../services/shared/validation';

/**
 * What every stored item of an entity must satisfy, whatever was sent: one
 * table per entity, built from the same limits the input classes use.
 * Attributes a table does not name are not checked.
 */
export type Rule = (value: unknown, item: Item) => boolean;
export type Item = Record<string, unknown>;

const DAY_MS = 24 * 3600 * 1000;
const ISO_INSTANT = /^(\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const absent = (value: unknown) => value === undefined || value === null;
const optional =
  (rule: Rule): Rule =>
  (value, item) =>
    absent(value) || rule(value, item);
const bool: Rule = (value) => typeof value === 'boolean';
const string: Rule = (value) => typeof value === 'string' && value.length > 0;
/** Unicode text: no unpaired surrogate (a u-regex sees a valid pair as one astral code point). */
const wellFormed = (value: string) => !/\p{Cs}/u.test(value);
/** Counted as the input validation counts (class-validator's length), and never blank when required. */
const text =
  (max: number): Rule =>
  (value) =>
    typeof value === 'string' && length(value, 1, max) && value.trim().length > 0 && wellFormed(value);
const optionalText = (max: number): Rule => optional((value) => typeof value === 'string' && length(value, 0, max) && wellFormed(value));
const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): Rule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const oneOf =
  (...values: string[]): Rule =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const list =
  (max: number, each: Rule, min = 0): Rule =>
  (value, item) =>
    Array.isArray(value) && value.length >= min && value.length <= max && value.every((v) => each(v, item));
const shape =
  (rules: Record<string, Rule>): Rule =>
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && violations(rules, value as Item).length === 0;
const instant: Rule = (value) => typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
const day: Rule = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const localTime: Rule = (value) => typeof value === 'string' && LOCAL_TIME_PATTERN.test(value);

function violations(rules: Record<string, Rule>, item: Item): string[] {
  return Object.entries(rules).flatMap(([field, rule]) => (rule(item[field], item) ? [] : [field]));
}

/** The rules of every entity; `when` bounds times a member may give (the test's run, widened by the skew allowed). */
export function entityRules(schema: GraphQLSchema, window: { from: Date; to: Date }): Record<string, Record<string, Rule>> {
  const enumOf = (name: string): Rule => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
    return oneOf(...type.getValues().map((v) => v.value as string));
  };
  const when: Rule = (value) =>
    instant(value, {}) &&
    Date.parse(value as string) >= window.from.getTime() - WHEN_LIMITS.backdateDays * DAY_MS - DAY_MS &&
    Date.parse(value as string) <= window.to.getTime() + WHEN_LIMITS.futureSkewMs + 60_000;
  const versioned = { version: int(1), createdAt: instant, updatedAt: instant };
  const author = shape({ memberId: string, pseudonym: text(CIRCLE_LIMITS.pseudonym) });
  const circleProfile = shape({
    name: text(CIRCLE_LIMITS.name),
    description: optionalText(CIRCLE_LIMITS.description),
    topic: optionalText(CIRCLE_LIMITS.topic),
  });
  const step = shape({
    id: string,
    title: text(TEXT_LIMITS.short),
    minutes: optional(int(ROUTINE_LIMITS.minStepMinutes, ROUTINE_LIMITS.maxStepMinutes)),
    notes: optionalText(TEXT_LIMITS.note),
    products: list(ROUTINE_LIMITS.maxProducts, text(TEXT_LIMITS.short)),
    target: optional(
      shape({
        daysPerWeek: int(1, 7),
        measure: enumOf('TargetMeasure'),
        // Catalysts only narrow a SESSIONS target.
        catalysts: (value, target) => list(11, enumOf('CatalystKind'))(value, target) && ((value as unknown[]).length === 0 || target.measure === 'SESSIONS'),
      }),
    ),
  });
  const span: Rule = (endedAt, item) =>
    absent(endedAt) ||
    (when(endedAt, item) &&
      Date.parse(endedAt as string) >= Date.parse(item.startedAt as string) &&
      Date.parse(endedAt as string) - Date.parse(item.startedAt as string) <= DAY_MS);
  const suds = optional(int(0, 10));

  return {
    Profile: {
      ...versioned,
      displayName: optionalText(60),
      pronouns: optionalText(40),
      timeZone: isTimeZone,
      locale: isLocale,
      preferences: shape({ routineReminders: optional(bool), weeklyReflection: optional(bool), circleActivity: optional(bool) }),
    },
    Session: {
      ...versioned,
      status: oneOf('IN_PROGRESS', 'COMPLETED'),
      startedAt: when,
      endedAt: span,
      localDay: day,
      intention: optionalText(TEXT_LIMITS.intention),
      setting: optionalText(TEXT_LIMITS.short),
      reflection: optionalText(TEXT_LIMITS.reflection),
      distressBefore: suds,
      distressAfter: suds,
      peakIntensity: suds,
      catalysts: list(20, shape({ kind: enumOf('CatalystKind'), reference: optionalText(TEXT_LIMITS.short) })),
      bodySensations: list(8, enumOf('BodySensation')),
      emotions: list(11, enumOf('Emotion')),
      afterState: optional(enumOf('AfterState')),
      tearsCame: optional(bool),
      wantedToCry: optional(bool),
      selfHarmThoughts: bool,
      feltUnsafe: bool,
    },
    JournalEntry: {
      ...versioned,
      writtenAt: when,
      localDay: day,
      text: text(TEXT_LIMITS.journal),
      emotions: list(11, enumOf('Emotion')),
      promptId: optionalText(64),
    },
    Routine: {
      ...versioned,
      name: text(TEXT_LIMITS.short),
      kind: enumOf('RoutineKind'),
      description: optionalText(TEXT_LIMITS.note),
      status: enumOf('RoutineStatus'),
      steps: list(ROUTINE_LIMITS.maxSteps, step, ROUTINE_LIMITS.minSteps),
      schedule: shape({ days: list(7, enumOf('Weekday')), daysPerWeek: optional(int(1, 7)), reminderTimes: list(ROUTINE_LIMITS.maxReminderTimes, localTime) }),
      templateId: optionalText(64),
    },
    RoutineCompletion: {
      ...versioned,
      routineName: text(TEXT_LIMITS.short),
      routineKind: enumOf('RoutineKind'),
      completedAt: when,
      localDay: day,
      steps: list(ROUTINE_LIMITS.maxSteps, shape({ id: string, title: text(TEXT_LIMITS.short) })),
      sessionId: optional(string),
      note: optionalText(TEXT_LIMITS.note),
    },
    TherapistNote: {
      ...versioned,
      text: text(TEXT_LIMITS.note),
      pinnedItemId: optionalText(64),
      pinnedDay: optional(day),
      occurredAt: instant,
      localDay: day,
    },
    Grant: {
      ...versioned,
      // As many as there are scopes, each at most once (sharing.input.ts).
      scopes: list(Object.keys(GrantScope).length, enumOf('GrantScope'), 1),
      status: oneOf('PENDING', 'ACTIVE', 'DECLINED', 'REVOKED'),
      expiresAt: optional(instant),
    },
    PracticeSuggestion: {
      ...versioned,
      name: text(TEXT_LIMITS.short),
      // Kept as the therapist sent it and created when the client accepts: it must be a routine that can be created.
      routine: optional(
        shape({
          name: text(TEXT_LIMITS.short),
          kind: enumOf('RoutineKind'),
          steps: list(
            ROUTINE_LIMITS.maxSteps,
            shape({ title: text(TEXT_LIMITS.short), products: optional(list(ROUTINE_LIMITS.maxProducts, text(TEXT_LIMITS.short))) }),
            ROUTINE_LIMITS.minSteps,
          ),
        }),
      ),
      message: optionalText(TEXT_LIMITS.note),
      templateId: optionalText(64),
      status: oneOf('PENDING', 'ACCEPTED', 'DECLINED'),
    },
    Circle: {
      ...versioned,
      name: text(CIRCLE_LIMITS.name),
      description: optionalText(CIRCLE_LIMITS.description),
      topic: optionalText(CIRCLE_LIMITS.topic),
      memberCap: int(CIRCLE_LIMITS.minMemberCap, CIRCLE_LIMITS.maxMemberCap),
      memberCount: int(0, CIRCLE_LIMITS.maxMemberCap),
      checkInCount: int(0),
    },
    CircleMembership: {
      ...versioned,
      role: enumOf('CircleRole'),
      status: oneOf('ACTIVE', 'REMOVED'),
      pseudonym: text(CIRCLE_LIMITS.pseudonym),
      circle: circleProfile,
      seenCheckInCount: int(0),
    },
    FormerMembership: {
      ...versioned,
      role: enumOf('CircleRole'),
      status: oneOf('LEFT', 'REMOVED'),
      pseudonym: text(CIRCLE_LIMITS.pseudonym),
      circle: circleProfile,
      endedAt: instant,
    },
    CircleInvite: {
      ...versioned,
      code: (value) => typeof value === 'string' && /^[0-9A-HJKMNP-TV-Z]{10}$/.test(value),
      maxUses: int(1, INVITE_LIMITS.maxUses),
      uses: (value, item) => int(0, item.maxUses as number)(value, item),
      expiresAt: instant,
    },
    CheckIn: {
      ...versioned,
      author,
      mood: optional(enumOf('CircleMood')),
      intensity: optional(int(0, 10)),
      text: optionalText(CIRCLE_LIMITS.checkInText),
      replyCount: int(0),
      postedAt: instant,
    },
    CheckInReply: { ...versioned, author, text: text(CIRCLE_LIMITS.replyText), postedAt: instant },
    CircleReport: {
      ...versioned,
      reason: enumOf('ReportReason'),
      note: optionalText(CIRCLE_LIMITS.reportNote),
      status: enumOf('ReportStatus'),
      outcome: optional(enumOf('ReportOutcome')),
      contentAuthor: author,
    },
  };
}

/** The fields of an item that break its entity's rules (none for entities without a table). */
export function invalidFields(rules: Record<string, Record<string, Rule>>, item: Item): string[] {
  const table = typeof item.entity === 'string' ? rules[item.entity] : undefined;
  return table ? violations(table, item) : [];
}
