/**
 * What the account domain reads and writes, in terms of the other domains'
 * key builders (its one item of its own, the marker, is keyed in shared/db/keys,
 * because writes of other domains check it):
 *
 * | item / source         | where                                                               |
 * |-----------------------|---------------------------------------------------------------------|
 * | closed-account marker | `CLOSEDACCOUNT#<sha256(sub)>` / `CLOSEDACCOUNT` (never the sub)    |
 * | the member's items    | partition `USER#<sub>` (every sort key)                             |
 * | export sources        | see `exportSource`: per-kind ranges of the member's partition and indexes |
 * | memberships           | GSI1 `USER#<sub>` / `CIRCLE#<memberId>` (circles domain)            |
 * | former memberships    | `USER#<sub>` / `FORMERCIRCLE#<memberId>` (circles domain)           |
 * | grants as therapist   | GSI1 `THERAPIST#<sub>` / `CLIENT#<clientSub>` (sharing domain)      |
 *
 * The marker records that an account is being (or was just) deleted and holds
 * the deletion's progress; it is keyed by a one-way digest so the table never
 * keeps the sub of a deleted account.
 */
import { formerMembershipsRange, myCirclesRange } from '../circles/circle.keys';
import { measuresRange } from '../measures/measure.keys';
import { routineRange } from '../routines/routine.keys';
import { timeRange, userPartition, type Range } from '../shared/db/keys';
import type { IndexName } from '../shared/db/table.definition';
import { ACCESS_LOG_RANGE, CLIENT_GRANTS_RANGE, SUGGESTIONS_RANGE, therapistClientsRange } from '../sharing/sharing.keys';

export type { Key, Range } from '../shared/db/keys';

/** The kinds of record the export reads with one Query per page, in export order. */
export const EXPORT_SOURCES = [
  'sessions',
  'journalEntries',
  'routines',
  'routineCompletions',
  'therapistNotes',
  'practiceSuggestions',
  'grants',
  'accessLog',
  'grantsAsTherapist',
  'measures',
] as const;

export type ExportSource = (typeof EXPORT_SOURCES)[number];

export interface SourceLocation {
  /** Absent: the table's primary key. */
  index?: IndexName;
  partition: string;
  range: Range;
}

/** Where one kind of the member's records lives: always in a partition named by the caller's own sub. */
export function exportSource(sub: string, source: ExportSource): SourceLocation {
  switch (source) {
    case 'sessions':
      return { index: 'GSI2', partition: userPartition(sub), range: timeRange('Session') };
    case 'journalEntries':
      return { index: 'GSI2', partition: userPartition(sub), range: timeRange('JournalEntry') };
    case 'routines':
      return { partition: userPartition(sub), range: routineRange() };
    case 'routineCompletions':
      return { index: 'GSI2', partition: userPartition(sub), range: timeRange('RoutineCompletion') };
    case 'therapistNotes':
      return { index: 'GSI2', partition: userPartition(sub), range: timeRange('TherapistNote') };
    case 'practiceSuggestions':
      return { partition: userPartition(sub), range: SUGGESTIONS_RANGE };
    case 'grants':
      return { partition: userPartition(sub), range: CLIENT_GRANTS_RANGE };
    case 'accessLog':
      return { partition: userPartition(sub), range: ACCESS_LOG_RANGE };
    case 'grantsAsTherapist': {
      const { partition, range } = therapistClientsRange(sub);
      return { index: 'GSI1', partition, range };
    }
    case 'measures':
      return { partition: userPartition(sub), range: measuresRange() };
  }
}

/** A member's circle memberships on GSI1, oldest joined first. */
export function membershipsSource(sub: string): SourceLocation {
  return { index: 'GSI1', partition: userPartition(sub), range: myCirclesRange() };
}

/** Circles the member left or was removed from, in their partition, oldest joined first. */
export function formerMembershipsSource(sub: string): SourceLocation {
  return { partition: userPartition(sub), range: formerMembershipsRange() };
}
