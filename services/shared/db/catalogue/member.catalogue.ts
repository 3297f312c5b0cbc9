import { createHash } from 'node:crypto';
import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';

/**
 * Items in a member's own partition, `USER#<sub>`, and the two generic
 * indexes that order them: GSI1 (every timeline kind, by time) and GSI2 (one
 * kind, by time). Also the two items keyed outside it that guard a member's
 * writes: the idempotency marker (in the partition) and the closed-account marker.
 */
export const USER_PREFIX = 'USER#';

export function userPartition(sub: string): string {
  return `${USER_PREFIX}${sub}`;
}

/** The kinds of item on a member's timeline, as stored in `entity`. */
export type TimelineEntity = typeof ENTITY.Session | typeof ENTITY.JournalEntry | typeof ENTITY.RoutineCompletion | typeof ENTITY.TherapistNote;

const KIND_PREFIX: Record<TimelineEntity, string> = {
  Session: 'SESSION#',
  JournalEntry: 'JOURNAL#',
  RoutineCompletion: 'COMPLETION#',
  TherapistNote: 'NOTE#',
};

export const TIMELINE_PREFIX = 'TL#';

/** Primary key of a timeline item: stable under edits of its time. */
export function itemKey(sub: string, entity: TimelineEntity, id: string): Key {
  return { PK: userPartition(sub), SK: `${KIND_PREFIX[entity]}${id}` };
}

/** Index keys that place an item on the timeline and in its kind's list, ordered by when it happened. */
export function timelineIndexKeys(sub: string, entity: TimelineEntity, occurredAt: string, id: string) {
  return {
    GSI1PK: userPartition(sub),
    GSI1SK: `${TIMELINE_PREFIX}${occurredAt}#${id}`,
    GSI2PK: userPartition(sub),
    GSI2SK: `${KIND_PREFIX[entity]}${occurredAt}#${id}`,
  };
}

/**
 * Inclusive sort-key range of items that happened in [from, to) on GSI1 (all
 * kinds) or GSI2 (one kind). ISO timestamps of one format sort as strings.
 */
export function timeRange(entity: TimelineEntity | null, from?: string | null, to?: string | null): Range {
  const prefix = entity ? KIND_PREFIX[entity] : TIMELINE_PREFIX;
  return {
    from: `${prefix}${from ?? ''}`,
    // '#' < every id character, so `${to}#` sorts before any item at `to` itself: the end is exclusive.
    to: to ? `${prefix}${to}` : `${prefix}\uffff`,
  };
}

export const PROFILE_SK = 'PROFILE';

export function profileKey(sub: string): Key {
  return { PK: userPartition(sub), SK: PROFILE_SK };
}

const ROUTINE_PREFIX = 'ROUTINE#';

/** A routine lives in its member's partition. */
export function routineKey(sub: string, id: string): Key {
  return { PK: userPartition(sub), SK: `${ROUTINE_PREFIX}${id}` };
}

/** Inclusive sort-key range of every routine in a member's partition, oldest first by id (ULID). */
export function routineRange(): Range {
  return prefixRange(ROUTINE_PREFIX);
}

export function idempotencyKey(sub: string, key: string): Key {
  return { PK: userPartition(sub), SK: `IDEMPOTENCY#${key}` };
}

/** One counter per member, action and window, in the member's partition (gone with the account; TTL cleans up). */
export function rateCounterKey(sub: string, action: string, windowStart: number | string): Key {
  return { PK: userPartition(sub), SK: `RATE#${action}#${windowStart}` };
}

/** A one-way SHA-256 digest (hex): recognises a value again without storing it. */
export function digestOf(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

const CLOSED_ACCOUNT = 'CLOSEDACCOUNT';

/** The marker of an account being (or just) deleted: keyed by a digest, so the table never keeps a deleted account's sub. */
export function closedAccountKey(sub: string): Key {
  return { PK: `${CLOSED_ACCOUNT}#${digestOf(sub)}`, SK: CLOSED_ACCOUNT };
}

const SUB = '<sub>';
const ID = '<id>';
const AT = '<occurredAt>';

const timelineItem = (entity: TimelineEntity, domain: string, about: string, patterns: ItemType['patterns']): ItemType => ({
  entity,
  domain,
  about,
  key: () => itemKey(SUB, entity, ID),
  indexKeys: () => timelineIndexKeys(SUB, entity, AT, ID),
  patterns: [
    { name: 'one of mine by id', budget: '1 GetItem' },
    { name: 'my timeline page (every kind, newest first)', index: 'GSI1', budget: '1 Query' },
    { name: `my ${entity} list or a period of them`, index: 'GSI2', budget: '1 Query' },
    ...patterns,
  ],
});

export const MEMBER_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.Profile,
    domain: 'users',
    about: 'display name, time zone, locale, preferences',
    key: () => profileKey(SUB),
    patterns: [{ name: 'my profile', budget: '1 GetItem' }],
  },
  timelineItem(ENTITY.Session, 'sessions', 'a release session, its states and safety signals', [
    {
      name: 'log a session: safety window and aftercare',
      index: 'GSI2',
      budget: 'GetItem (profile) + 1 write + 2 Query: the Queries overlap the profile read, 2 round trips',
    },
    { name: 'my insights for a period', index: 'GSI2', budget: '1 GetItem + 1 Query' },
  ]),
  timelineItem(ENTITY.JournalEntry, 'journal', "a journal entry (the member's words)", []),
  timelineItem(ENTITY.RoutineCompletion, 'routines', 'a routine done, with an optional note', []),
  timelineItem(ENTITY.TherapistNote, 'sharing', "a note a therapist with a grant wrote into the client's timeline", [
    { name: "a therapist reads a client's shared timeline page", index: 'GSI1', budget: '1 grant check + 1 Query + 1 audit transaction' },
  ]),
  {
    entity: ENTITY.Routine,
    domain: 'routines',
    about: 'an aftercare or wellness routine and its steps',
    key: () => routineKey(SUB, ID),
    patterns: [
      { name: 'one routine', budget: '1 GetItem' },
      { name: 'my routines', budget: '1 Query' },
    ],
  },
  {
    entity: ENTITY.IdempotencyMarker,
    domain: 'shared/db',
    about: 'the answer to a create sent with an idempotencyKey, so a retry never saves twice',
    key: () => idempotencyKey(SUB, '<idempotencyKey>'),
    expires: true,
    patterns: [{ name: "written in the create's transaction; read on a retry", budget: 'in the write' }],
  },
  {
    entity: ENTITY.RateCounter,
    domain: 'shared/db',
    about: 'a per-member counter of one rate-limited action in one window',
    key: () => rateCounterKey(SUB, '<action>', '<windowStart>'),
    expires: true,
    patterns: [{ name: "bumped in the limited write's own transaction", budget: 'in the write' }],
  },
  {
    entity: ENTITY.ClosedAccount,
    domain: 'account',
    about: "an account being (or just) deleted, with the deletion's progress; keyed by a digest, never the sub",
    key: () => {
      const key = closedAccountKey(SUB);
      return { ...key, PK: key.PK.replace(digestOf(SUB), '<sha256(sub)>') };
    },
    expires: true,
    patterns: [
      { name: "checked in every write's transaction", budget: 'in the write' },
      { name: 'deleteMyAccount resumes from it', budget: '1 GetItem' },
    ],
  },
];
