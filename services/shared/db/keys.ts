import { createHash } from 'node:crypto';

/**
 * Key shapes shared by every domain, built here and nowhere else. A member's
 * own data lives in their partition; two generic indexes serve the timeline
 * (GSI1: every kind, by time) and per-kind lists (GSI2: one kind, by time).
 */
export const USER_PREFIX = 'USER#';

export function userPartition(sub: string): string {
  return `${USER_PREFIX}${sub}`;
}

/** The kinds of item on a member's timeline, as stored in `entity`. */
export type TimelineEntity = 'Session' | 'JournalEntry' | 'RoutineCompletion' | 'TherapistNote';

const KIND_PREFIX: Record<TimelineEntity, string> = {
  Session: 'SESSION#',
  JournalEntry: 'JOURNAL#',
  RoutineCompletion: 'COMPLETION#',
  TherapistNote: 'NOTE#',
};

export const TIMELINE_PREFIX = 'TL#';

/** Primary key of a timeline item: stable under edits of its time. */
export function itemKey(sub: string, entity: TimelineEntity, id: string): { PK: string; SK: string } {
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
export function timeRange(entity: TimelineEntity | null, from?: string | null, to?: string | null): { from: string; to: string } {
  const prefix = entity ? KIND_PREFIX[entity] : TIMELINE_PREFIX;
  return {
    from: `${prefix}${from ?? ''}`,
    // '#' < every id character, so `${to}#` sorts before any item at `to` itself: the end is exclusive.
    to: to ? `${prefix}${to}` : `${prefix}\uffff`,
  };
}

export function idempotencyKey(sub: string, key: string): { PK: string; SK: string } {
  return { PK: userPartition(sub), SK: `IDEMPOTENCY#${key}` };
}

/** A one-way SHA-256 digest (hex): recognises a value again without storing it. */
export function digestOf(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

const CLOSED_ACCOUNT = 'CLOSEDACCOUNT';

/** The marker of an account being (or just) deleted: keyed by a digest, so the table never keeps a deleted account's sub. */
export function closedAccountKey(sub: string): { PK: string; SK: string } {
  return { PK: `${CLOSED_ACCOUNT}#${digestOf(sub)}`, SK: CLOSED_ACCOUNT };
}
