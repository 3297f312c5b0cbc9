import { BatchGetCommand, DeleteCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RoutineRecord } from '../../routines/routine.record';
import { routineKey, routineRange } from '../../routines/routine.keys';
import { dueIndexKeys, dueKey, dueRange, dueShardPartition, dueUpTo, type DueSource } from '../../shared/db/catalogue/schedule.catalogue';
import { isConditionalCheckFailed } from '../../shared/db/conditions';
import { fromItem } from '../../shared/db/items';
import { ENTITY, userPartition, type Key } from '../../shared/db/keys';
import { queryRange } from '../../shared/db/query-page';
import { profileKey } from '../../users/user.keys';
import type { ProfileRecord } from '../../users/user.type';
import type { DueReminderRecord } from './schedule.record';

type Item = Record<string, unknown>;

/** What deciding one source needs, read together. */
export interface SourceState {
  profile?: ProfileRecord;
  routine?: RoutineRecord;
  due?: DueReminderRecord;
}

export interface MemberState {
  profile?: ProfileRecord;
  routines: RoutineRecord[];
  dues: DueReminderRecord[];
}

export interface DueRepository {
  /** Profile, routine (for a routine's source) and due item, strongly consistent: 1 BatchGetItem. */
  source(sub: string, source: DueSource): Promise<SourceState>;
  /** Profile, routines and due items of a member: 1 GetItem + 2 Query, together. */
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

  async source(sub: string, source: DueSource): Promise<SourceState> {
    const keys: Key[] = [profileKey(sub), dueKey(sub, source)];
    if (source.kind === 'ROUTINE') keys.push(routineKey(sub, source.routineId));
    const found = new Map<string, Item>();
    let pending: Item[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      for (const item of result.Responses?.[this.table] ?? []) found.set(keyOf(item), item);
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    const [profile, due, routine] = keys.map((key) => found.get(keyOf(key)));
    return {
      profile: profile?.entity === ENTITY.Profile ? fromItem<ProfileRecord>(profile) : undefined,
      due: due?.entity === DUE_ENTITY ? fromItem<DueReminderRecord>(due) : undefined,
      routine: routine?.entity === ENTITY.Routine ? fromItem<RoutineRecord>(routine) : undefined,
    };
  }

  async member(sub: string): Promise<MemberState> {
    const partition = userPartition(sub);
    const [profile, routines, dues] = await Promise.all([
      this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: [profileKey(sub)], ConsistentRead: true } } })),
      queryRange({ client: this.client, table: this.table, partition, range: routineRange() }),
      queryRange({ client: this.client, table: this.table, partition, range: dueRange() }),
    ]);
    const profileItem = profile.Responses?.[this.table]?.[0];
    return {
      profile: profileItem?.entity === ENTITY.Profile ? fromItem<ProfileRecord>(profileItem) : undefined,
      routines: routines.items.filter((item) => item.entity === ENTITY.Routine).map((item) => fromItem<RoutineRecord>(item)),
      dues: dues.items.filter((item) => item.entity === DUE_ENTITY).map((item) => fromItem<DueReminderRecord>(item)),
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
