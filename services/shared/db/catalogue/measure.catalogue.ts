import { encodeTime } from 'ulid';
import { ENTITY, prefixRange, type ItemType, type Key, type PartitionRange, type Range } from './shapes';
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

const RESULT_ITEMS: readonly ItemType[] = [
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

/**
 * A measure a therapist scheduled for a client, in the client's partition (it
 * goes with their account). GSI1 files it under the scheduling therapist too,
 * so they can cancel it by id without knowing whose partition it is in.
 */
const SCHEDULE_PREFIX = 'MEASURE_SCHEDULE#';
const SCHEDULER_PREFIX = 'MEASURE_SCHEDULER#';

export function measureScheduleKey(clientSub: string, id: string): Key {
  return { PK: userPartition(clientSub), SK: `${SCHEDULE_PREFIX}${id}` };
}

export function measureScheduleIndexKeys(therapistSub: string, id: string) {
  return { GSI1PK: `${SCHEDULER_PREFIX}${therapistSub}`, GSI1SK: `${SCHEDULE_PREFIX}${id}` };
}

/** Every schedule in a client's partition. */
export function measureSchedulesRange(): Range {
  return prefixRange(SCHEDULE_PREFIX);
}

/** One schedule of a therapist's, by id, on GSI1. */
export function schedulerScheduleRange(therapistSub: string, id: string): PartitionRange {
  const sk = `${SCHEDULE_PREFIX}${id}`;
  return { partition: `${SCHEDULER_PREFIX}${therapistSub}`, range: { from: sk, to: sk } };
}

/** The member's measures whose id (a ULID) was made at or after `since`: the primary key, oldest first. */
export function measuresSinceRange(since: Date): Range {
  return { from: `${MEASURE_PREFIX}${encodeTime(since.getTime(), 10)}`, to: measuresRange().to };
}

const SCHEDULE_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.MeasureSchedule,
    domain: 'measures',
    about: 'a standard measure a therapist scheduled for a client: instrument, cadence, first day and response window',
    key: () => measureScheduleKey('<clientSub>', '<id>'),
    indexKeys: () => measureScheduleIndexKeys('<therapistSub>', '<id>'),
    patterns: [
      {
        name: 'schedule a measure',
        budget: '1 GetItem (grant) + 1 GetItem (profile) and 1 Query (schedules) together + 1 transaction (the schedule and its audit entry)',
      },
      { name: "a client's schedules (therapist)", budget: '1 GetItem (grant) and 1 GetItem (profile) together + 1 Query + 1 audit transaction' },
      { name: 'my due measures', budget: '1 GetItem (profile) + 3 Query (schedules, grants, recent measures), all together' },
      { name: 'cancel a schedule (client)', budget: '1 conditional Delete' },
      { name: 'cancel a schedule (therapist)', index: 'GSI1', budget: '1 Query + 1 conditional Delete' },
    ],
  },
];

export const MEASURE_ITEMS: readonly ItemType[] = [...RESULT_ITEMS, ...SCHEDULE_ITEMS];
