import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';
import { userPartition } from './member.catalogue';

/**
 * A completed standard measure (PHQ-9, GAD-7, WHO-5) in its member's partition.
 * The sort key ends in the measure's ULID, so the partition lists every
 * measure by time; GSI2 lists one instrument's, by time, for its trend.
 */
const MEASURE_PREFIX = 'MEASURE#';

export function measureKey(sub: string, id: string): Key {
  return { PK: userPartition(sub), SK: `${MEASURE_PREFIX}${id}` };
}

/** One instrument's measures on GSI2, ordered by id (a ULID: the time it was completed). */
export function measureIndexKeys(sub: string, instrument: string, id: string) {
  return { GSI2PK: userPartition(sub), GSI2SK: `${MEASURE_PREFIX}${instrument}#${id}` };
}

/** Every measure in the member's partition (primary key). */
export function measuresRange(): Range {
  return prefixRange(MEASURE_PREFIX);
}

/** One instrument's measures on GSI2. */
export function instrumentMeasuresRange(instrument: string): Range {
  return prefixRange(`${MEASURE_PREFIX}${instrument}#`);
}

export const MEASURE_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.Measure,
    domain: 'measures',
    about: 'a completed PHQ-9, GAD-7 or WHO-5: the answers and the score',
    key: () => measureKey('<sub>', '<id>'),
    indexKeys: () => measureIndexKeys('<sub>', '<instrument>', '<id>'),
    patterns: [
      { name: 'my measures, newest first', budget: '1 Query' },
      { name: "one instrument's measures, newest first", index: 'GSI2', budget: '1 Query' },
      { name: 'the change since the previous one', index: 'GSI2', budget: '1 Query' },
      { name: 'submit a measure', budget: '1 GetItem (profile) + 1 write (+ 1 grant Query when PHQ-9 item 9 is above 0)' },
    ],
  },
];
