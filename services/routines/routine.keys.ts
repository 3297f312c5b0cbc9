import { userPartition } from '../shared/db/keys';

const ROUTINE_PREFIX = 'ROUTINE#';

/** A routine lives in its member's partition. */
export function routineKey(sub: string, id: string): { PK: string; SK: string } {
  return { PK: userPartition(sub), SK: `${ROUTINE_PREFIX}${id}` };
}

/** Inclusive sort-key range of every routine in a member's partition, oldest first by id (ULID). */
export function routineRange(): { from: string; to: string } {
  return { from: ROUTINE_PREFIX, to: `${ROUTINE_PREFIX}\uffff` };
}
