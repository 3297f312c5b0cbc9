import { DeleteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { ENTITY, userPartition } from '../shared/db/keys';
import type { TransactItem } from '../shared/db/transaction';
import { NotFoundError } from '../shared/errors';
import type { MeasureRecord } from './measure.record';
import type { MeasureScheduleRecord } from './measure-schedule.record';
import { measureScheduleIndexKeys, measureScheduleKey, measureSchedulesRange, measuresSinceRange, schedulerScheduleRange } from './measure-schedule.keys';

export interface MeasureScheduleRepository {
  /** The new schedule as a transaction part: it is written with the access-log entry that records it (ClientAccess.logRead). */
  createPart(record: MeasureScheduleRecord): TransactItem;
  /** Every schedule in the client's partition, oldest first. One Query (the count is capped when scheduling). */
  forClient(clientSub: string): Promise<MeasureScheduleRecord[]>;
  /** A therapist's schedule by id, wherever it is. One Query on GSI1. */
  ofScheduler(therapistSub: string, id: string): Promise<MeasureScheduleRecord | undefined>;
  /** Deletes it; NOT_FOUND when it is gone (or, with `therapistSub`, is not theirs). */
  remove(clientSub: string, id: string, therapistSub: string | null): Promise<void>;
  /** The member's measures made at or after `since`, newest first, at most `limit`. One Query. */
  measuresSince(sub: string, since: Date, limit: number): Promise<MeasureRecord[]>;
}

export class DynamoMeasureScheduleRepository implements MeasureScheduleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  createPart(record: MeasureScheduleRecord): TransactItem {
    const item = {
      ...record,
      ...measureScheduleKey(record.clientSub, record.id),
      ...measureScheduleIndexKeys(record.therapistSub, record.id),
      entity: ENTITY.MeasureSchedule,
    };
    return { Put: { TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } };
  }

  async forClient(clientSub: string): Promise<MeasureScheduleRecord[]> {
    const range = measureSchedulesRange();
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(clientSub), ':from': range.from, ':to': range.to },
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map((item) => fromItem<MeasureScheduleRecord>(item));
  }

  async ofScheduler(therapistSub: string, id: string): Promise<MeasureScheduleRecord | undefined> {
    const { partition, range } = schedulerScheduleRange(therapistSub, id);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK = :sk',
        ExpressionAttributeValues: { ':pk': partition, ':sk': range.from },
      }),
    );
    const item = result.Items?.[0];
    return item ? fromItem<MeasureScheduleRecord>(item) : undefined;
  }

  async remove(clientSub: string, id: string, therapistSub: string | null): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: measureScheduleKey(clientSub, id),
          ConditionExpression: therapistSub ? 'attribute_exists(PK) AND therapistSub = :therapist' : 'attribute_exists(PK)',
          ...(therapistSub ? { ExpressionAttributeValues: { ':therapist': therapistSub } } : {}),
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new NotFoundError('Measure schedule');
      throw error;
    }
  }

  async measuresSince(sub: string, since: Date, limit: number): Promise<MeasureRecord[]> {
    const range = measuresSinceRange(since);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(sub), ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => fromItem<MeasureRecord>(item));
  }
}
