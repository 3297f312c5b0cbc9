import { BatchGetCommand, DeleteCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MeasureRecord } from '../../measures/measure.record';
import type { MeasureScheduleRecord } from '../../measures/measure-schedule.record';
import type { RoutineRecord } from '../../routines/routine.record';
import { measureScheduleKey, measureSchedulesRange, measuresSinceRange } from '../../shared/db/catalogue/measure.catalogue';
import { grantKey } from '../../shared/db/catalogue/sharing.catalogue';
import type { GrantRecord } from '../../sharing/sharing.record';
import { routineKey, routineRange } from '../../routines/routine.keys';
import { dueIndexKeys, dueKey, dueRange, dueShardPartition, dueUpTo, type DueSource } from '../../shared/db/catalogue/schedule.catalogue';
import { isConditionalCheckFailed } from '../../shared/db/conditions';
import { fromItem } from '../../shared/db/items';
import { ENTITY, userPartition, type Key } from '../../shared/db/keys';
import { queryRange } from '../../shared/db/query-page';
import { profileKey } from '../../users/user.keys';
import type { ProfileRecord } from '../../users/user.type';
import type { DueReminderRecord } from './schedule.record';
import type { MeasureSourceState } from './schedule.measure-due';

type Item = Record<string, unknown>;

/** What deciding one source needs, read together. */
export interface SourceState {
  profile?: ProfileRecord;
  routine?: RoutineRecord;
  due?: DueReminderRecord;
  /** For a measure's source: its schedule, the grant it runs under, the client's recent measures. */
  measure?: MeasureSourceState;
}

export interface MemberState {
  profile?: ProfileRecord;
  routines: RoutineRecord[];
  dues: DueReminderRecord[];
  /** The measure schedules in the member's partition (settled one by one: each needs its grant). */
  schedules: MeasureScheduleRecord[];
}

/** Measures from this far back cover any open window (at most 7 local days, plus zone offsets). */
const RECENT_MEASURES_MS = 9 * 86_400_000;
/** A bounded page of them: nobody completes more in nine days that matter here. */
const RECENT_MEASURES_LIMIT = 100;

export interface DueRepository {
  /**
   * Profile, routine (for a routine's source) and due item, strongly consistent: 1 BatchGetItem.
   * For a measure's source also its schedule and grant (same BatchGetItem) and, beside it, 1 Query of measures since `now` - 9 days.
   */
  source(sub: string, source: DueSource, now: Date): Promise<SourceState>;
  /** Profile, routines, due items and measure schedules of a member: 1 BatchGetItem + 3 Query, together. */
  member(sub: string): Promise<MemberState>;
  /** One shard's items to look at by `now`, earliest first: exactly one Query of at most `limit`. */
  dueBy(shard: number, now: Date, limit: number): Promise<DueReminderRecord[]>;
  /** Writes `record` if the stored version is still `expectedVersion` (null: none stored). False when it moved on. */
  put(record: DueReminderRecord, expectedVersion: number | null): Promise<boolean>;
  /** Removes a source's item if its version is still `expectedVersion` (null: whatever is stored). */
  remove(sub: string, source: DueSource, expectedVersion: number | null): Promise<boolean>;
}

const DUE_ENTITY = ENTITY.DueReminder;
const keyOf = (item: Item) => `${String(item.PK)}\u0000${String(item.SK)}`;

export class DynamoDueRepository implements DueRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async source(sub: string, source: DueSource, now: Date): Promise<SourceState> {
    const keys: Key[] = [profileKey(sub), dueKey(sub, source)];
    if (source.kind === 'ROUTINE') keys.push(routineKey(sub, source.routineId));
    if (source.kind === 'MEASURE') keys.push(measureScheduleKey(sub, source.scheduleId), grantKey(sub, source.therapistSub));
    const [found, recent] = await Promise.all([this.batchGet(keys), source.kind === 'MEASURE' ? this.recentMeasures(sub, now) : Promise.resolve([])]);
    const [profile, due, third, grant] = keys.map((key) => found.get(keyOf(key)));
    const state: SourceState = {
      profile: profile?.entity === ENTITY.Profile ? fromItem<ProfileRecord>(profile) : undefined,
      due: due?.entity === DUE_ENTITY ? fromItem<DueReminderRecord>(due) : undefined,
      routine: third?.entity === ENTITY.Routine ? fromItem<RoutineRecord>(third) : undefined,
    };
    if (source.kind === 'MEASURE') {
      state.measure = {
        schedule: third?.entity === ENTITY.MeasureSchedule ? fromItem<MeasureScheduleRecord>(third) : undefined,
        grant: grant?.entity === ENTITY.Grant ? fromItem<GrantRecord>(grant) : undefined,
        recent,
      };
    }
    return state;
  }

  private async batchGet(keys: Key[]): Promise<Map<string, Item>> {
    const found = new Map<string, Item>();
    let pending: Item[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      for (const item of result.Responses?.[this.table] ?? []) found.set(keyOf(item), item);
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    return found;
  }

  private async recentMeasures(sub: string, now: Date): Promise<MeasureRecord[]> {
    const range = measuresSinceRange(new Date(now.getTime() - RECENT_MEASURES_MS));
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(sub), ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: RECENT_MEASURES_LIMIT,
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).filter((item) => item.entity === ENTITY.Measure).map((item) => fromItem<MeasureRecord>(item));
  }

  async member(sub: string): Promise<MemberState> {
    const partition = userPartition(sub);
    const [profile, routines, dues, schedules] = await Promise.all([
      this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: [profileKey(sub)], ConsistentRead: true } } })),
      queryRange({ client: this.client, table: this.table, partition, range: routineRange() }),
      queryRange({ client: this.client, table: this.table, partition, range: dueRange() }),
      queryRange({ client: this.client, table: this.table, partition, range: measureSchedulesRange() }),
    ]);
    const profileItem = profile.Responses?.[this.table]?.[0];
    return {
      profile: profileItem?.entity === ENTITY.Profile ? fromItem<ProfileRecord>(profileItem) : undefined,
      routines: routines.items.filter((item) => item.entity === ENTITY.Routine).map((item) => fromItem<RoutineRecord>(item)),
      dues: dues.items.filter((item) => item.entity === DUE_ENTITY).map((item) => fromItem<DueReminderRecord>(item)),
      schedules: schedules.items.filter((item) => item.entity === ENTITY.MeasureSchedule).map((item) => fromItem<MeasureScheduleRecord>(item)),
    };
  }

  async dueBy(shard: number, now: Date, limit: number): Promise<DueReminderRecord[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :shard AND GSI2SK <= :upTo',
        ExpressionAttributeValues: { ':shard': dueShardPartition(shard), ':upTo': dueUpTo(now.toISOString()) },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).filter((item) => item.entity === DUE_ENTITY).map((item) => fromItem<DueReminderRecord>(item));
  }

  async put(record: DueReminderRecord, expectedVersion: number | null): Promise<boolean> {
    const item = { ...dueKey(record.sub, record.source), ...dueIndexKeys(record.sub, record.source, record.lookAt), entity: DUE_ENTITY, ...record };
    return this.conditional(() =>
      this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      ),
    );
  }

  async remove(sub: string, source: DueSource, expectedVersion: number | null): Promise<boolean> {
    return this.conditional(() =>
      this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: dueKey(sub, source),
          ...(expectedVersion === null ? {} : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      ),
    );
  }

  private async conditional(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
