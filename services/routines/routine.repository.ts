import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { JournalEntryRecord } from '../journal/journal.record';
import type { SessionRecord } from '../sessions/session.record';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed } from '../shared/db/conditions';
import { rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { createOnce } from '../shared/db/create-once';
import type { IdempotentRequest } from '../shared/idempotency';
import { fromItem, updateVersioned } from '../shared/db/items';
import { ENTITY, timeRange, userPartition } from '../shared/db/keys';
import { MemberItemStore } from '../shared/db/member-items';
import { queryPage, queryRange, type Page } from '../shared/db/query-page';
import { NotFoundError } from '../shared/errors';
import { routineKey, routineRange } from './routine.keys';
import type { Activity, RoutineCompletionRecord, RoutineRecord } from './routine.record';

export type RoutineChanges = Partial<Pick<RoutineRecord, 'name' | 'kind' | 'description' | 'status' | 'steps' | 'schedule'>>;

const ROUTINE_ENTITY = ENTITY.Routine;

export interface RoutineRepository {
  create(record: RoutineRecord, idempotency: IdempotentRequest | null, now: Date): Promise<{ record: RoutineRecord; created: boolean }>;
  get(sub: string, id: string): Promise<RoutineRecord | undefined>;
  /** Optimistic locking: NOT_FOUND when gone, CONFLICT when the version moved on. */
  update(sub: string, id: string, expectedVersion: number, changes: RoutineChanges, updatedAt: string): Promise<RoutineRecord>;
  delete(sub: string, id: string): Promise<void>;
  /** One page of a member's routines, oldest first: exactly one Query. */
  page(sub: string, first: number, after?: string | null): Promise<Page<RoutineRecord>>;
  /** Every routine of a member: one Query per 1 MB page (one, for any real member). */
  all(sub: string): Promise<RoutineRecord[]>;
}

export class DynamoRoutineRepository implements RoutineRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async create(record: RoutineRecord, idempotency: IdempotentRequest | null, now: Date) {
    const item = { ...record, ...routineKey(record.sub, record.id), entity: ROUTINE_ENTITY };
    try {
      // No profile read on this path: the account check rides in the write (one transaction).
      const result = await createOnce({
        client: this.client,
        table: this.table,
        sub: record.sub,
        item,
        idempotency,
        now,
        together: [accountOpen(this.table, record.sub), rateLimitUpdate(this.table, record.sub, 'routine', now)],
      });
      return { record: fromItem<RoutineRecord>(result.item), created: result.created };
    } catch (error) {
      refuseIfAccountClosed(error, 1);
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(2)) throw rateLimited('routine', now);
      throw error;
    }
  }

  async get(sub: string, id: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: routineKey(sub, id) }));
    return result.Item?.entity === ROUTINE_ENTITY ? fromItem<RoutineRecord>(result.Item) : undefined;
  }

  update(sub: string, id: string, expectedVersion: number, changes: RoutineChanges, updatedAt: string) {
    return updateVersioned<RoutineRecord>({
      client: this.client,
      table: this.table,
      key: routineKey(sub, id),
      expectedVersion,
      changes,
      updatedAt,
      what: 'Routine',
    });
  }

  async delete(sub: string, id: string) {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: routineKey(sub, id),
          ConditionExpression: 'attribute_exists(PK) AND entity = :entity',
          ExpressionAttributeValues: { ':entity': ROUTINE_ENTITY },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new NotFoundError('Routine');
      throw error;
    }
  }

  async page(sub: string, first: number, after?: string | null) {
    const page = await queryPage({ client: this.client, table: this.table, partition: userPartition(sub), range: routineRange(), first, after });
    return { ...page, items: page.items.map((item) => fromItem<RoutineRecord>(item)) };
  }

  async all(sub: string) {
    const { items } = await queryRange({ client: this.client, table: this.table, partition: userPartition(sub), range: routineRange() });
    return items.map((item) => fromItem<RoutineRecord>(item));
  }
}

/** Completions are plain timeline items: the shared store covers them. */
export type CompletionRepository = Pick<MemberItemStore<RoutineCompletionRecord>, 'create' | 'get' | 'delete' | 'between'>;

export function createCompletionRepository(client: DynamoDBDocumentClient, table: string): CompletionRepository {
  return new MemberItemStore<RoutineCompletionRecord>(client, table, 'RoutineCompletion', 'completedAt', 'Routine completion');
}

/** The one read routines needs from sessions (to link a completion); the sessions repository fits it, wired in the context factory. */
export interface SessionLookup {
  get(sub: string, id: string): Promise<SessionRecord | undefined>;
}

export interface ActivityReader {
  /** Every timeline item that happened in [from, to), all kinds at once: one Query per 1 MB page of them. */
  between(sub: string, from: string, to: string): Promise<Activity & { calls: number }>;
}

export class DynamoActivityReader implements ActivityReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async between(sub: string, from: string, to: string) {
    const { items, calls } = await queryRange({
      client: this.client,
      table: this.table,
      index: 'GSI1',
      partition: userPartition(sub),
      range: timeRange(null, from, to),
    });
    const activity: Activity = { sessions: [], journalEntries: [], completions: [] };
    for (const item of items) {
      if (item.entity === ENTITY.Session) activity.sessions.push(fromItem<SessionRecord>(item));
      else if (item.entity === ENTITY.JournalEntry) activity.journalEntries.push(fromItem<JournalEntryRecord>(item));
      else if (item.entity === ENTITY.RoutineCompletion) activity.completions.push(fromItem<RoutineCompletionRecord>(item));
    }
    return { ...activity, calls };
  }
}
