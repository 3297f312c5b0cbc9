import { createHash } from 'node:crypto';
import { userPartition } from './member.catalogue';
import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';

/**
 * The reminder schedule's due index: one item per thing that reminds (a
 * routine with reminder times, the weekly reflection) in the member's own
 * partition, so an account's deletion takes it along and a member's items are
 * re-read in one Query. GSI2 lists them by when the sweep should next look,
 * across members, in DUE_SHARDS partitions: one partition would take every
 * write of every member at the top of each minute. Not in the data export:
 * derived from the routines and preferences it exports, and the export reads
 * named ranges (`ROUTINE#` does not match `DUE#ROUTINE#`).
 */
export const DUE_SHARDS = 8;

const DUE_PREFIX = 'DUE#';
const ROUTINE_DUE = `${DUE_PREFIX}ROUTINE#`;
const WEEKLY_REFLECTION_DUE = `${DUE_PREFIX}WEEKLY_REFLECTION`;
const MEASURE_DUE = `${DUE_PREFIX}MEASURE#`;

/**
 * What a due item reminds of: one routine, the member's weekly reflection, or
 * a measure a therapist scheduled (its scheduler is kept so the grant is read
 * in the same BatchGetItem as the schedule).
 */
export type DueSource = { kind: 'ROUTINE'; routineId: string } | { kind: 'WEEKLY_REFLECTION' } | { kind: 'MEASURE'; scheduleId: string; therapistSub: string };

function dueSortKey(source: DueSource): string {
  if (source.kind === 'ROUTINE') return `${ROUTINE_DUE}${source.routineId}`;
  return source.kind === 'MEASURE' ? `${MEASURE_DUE}${source.scheduleId}` : WEEKLY_REFLECTION_DUE;
}

/** One string per source of a member, for matching stored items to what should exist. */
export function dueSourceId(source: DueSource): string {
  return dueSortKey(source);
}

export function dueKey(sub: string, source: DueSource): Key {
  return { PK: userPartition(sub), SK: dueSortKey(source) };
}

/** Every due item of one member. */
export function dueRange(): Range {
  return prefixRange(DUE_PREFIX);
}

/** Which of the DUE_SHARDS index partitions a member's items go to: stable, and spread by a digest. */
export function dueShard(sub: string): number {
  return createHash('sha256').update(sub, 'utf8').digest().readUInt32BE(0) % DUE_SHARDS;
}

export function dueShardPartition(shard: number): string {
  return `${DUE_PREFIX}${shard}`;
}

/**
 * GSI2 keys of a due item: `lookAt` (ISO 8601 UTC, one format) first, so the
 * index orders by it as a string; the sub and source after it keep keys unique.
 */
export function dueIndexKeys(sub: string, source: DueSource, lookAt: string) {
  return { GSI2PK: dueShardPartition(dueShard(sub)), GSI2SK: `${lookAt}#${sub}#${dueSortKey(source)}` };
}

/** The highest GSI2 sort key of an item to look at no later than `now` (inclusive): `\uffff` sorts after every sub. */
export function dueUpTo(now: string): string {
  return `${now}#\uffff`;
}

export const SCHEDULE_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.DueReminder,
    domain: 'notifications',
    about:
      'when a routine reminder (SK `DUE#ROUTINE#<routineId>`), the weekly reflection (SK `DUE#WEEKLY_REFLECTION`) or a scheduled measure (SK `DUE#MEASURE#<scheduleId>`) is next due, kept from the stream; a failed delivery waits here for its retry',
    key: () => dueKey('<sub>', { kind: 'ROUTINE', routineId: '<routineId>' }),
    indexKeys: () => ({ GSI2PK: `${DUE_PREFIX}<shard 0..${DUE_SHARDS - 1}>`, GSI2SK: '<lookAt>#<sub>#<SK>' }),
    patterns: [
      { name: 'the sweep: due by now, per shard', index: 'GSI2', budget: `${DUE_SHARDS} Query a sweep; per due item 1 BatchGetItem + 1 UpdateItem` },
      { name: "a member's due items, recomputed on a routine or profile change", budget: '1 Query (+ 1 Query of routines) + 1 write per change' },
      {
        name: "a scheduled measure's reminder, recomputed on its schedule's change and at each sweep",
        budget: '1 BatchGetItem (profile, item, schedule, grant) + 1 Query of recent measures, together',
      },
    ],
  },
];
