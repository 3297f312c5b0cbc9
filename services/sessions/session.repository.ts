import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { updateItem } from '../shared/db/items';
import { MemberItemStore } from '../shared/db/member-items';
import type { Page } from '../shared/db/query-page';
import { ConflictError, NotFoundError } from '../shared/errors';
import type { IdempotentRequest } from '../shared/idempotency';
import type { SessionRecord } from './session.record';

export type SessionChanges = Partial<Omit<SessionRecord, 'id' | 'sub' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface SessionRepository {
  create(record: SessionRecord, idempotency: IdempotentRequest | null, now: Date): Promise<{ record: SessionRecord; created: boolean }>;
  get(sub: string, id: string): Promise<SessionRecord | undefined>;
  update(sub: string, id: string, expectedVersion: number, changes: SessionChanges, updatedAt: string): Promise<SessionRecord>;
  /** Ends an in-progress session; CONFLICT if it already ended. */
  end(sub: string, id: string, changes: SessionChanges, updatedAt: string): Promise<SessionRecord>;
  delete(sub: string, id: string): Promise<void>;
  page(sub: string, range: { from?: string | null; to?: string | null }, first: number, after?: string | null): Promise<Page<SessionRecord>>;
  /** All sessions started in [from, to), reading one Query per 1 MB page. */
  between(sub: string, from: string, to: string): Promise<{ records: SessionRecord[]; calls: number }>;
}

export class DynamoSessionRepository implements SessionRepository {
  private readonly store: MemberItemStore<SessionRecord>;

  constructor(client: DynamoDBDocumentClient, table: string) {
    this.store = new MemberItemStore<SessionRecord>(client, table, 'Session', 'startedAt', 'Session');
  }

  create(record: SessionRecord, idempotency: IdempotentRequest | null, now: Date) {
    return this.store.create(record, idempotency, now);
  }

  get(sub: string, id: string) {
    return this.store.get(sub, id);
  }

  update(sub: string, id: string, expectedVersion: number, changes: SessionChanges, updatedAt: string) {
    return this.store.update(sub, id, expectedVersion, changes, updatedAt);
  }

  end(sub: string, id: string, changes: SessionChanges, updatedAt: string) {
    return updateItem<SessionRecord>({
      client: this.store.client,
      table: this.store.table,
      key: this.store.key(sub, id),
      changes,
      updatedAt,
      condition: { expression: '#status = :open', names: { '#status': 'status' }, values: { ':open': 'IN_PROGRESS' } },
      onConditionFailed: (old) => (old ? new ConflictError('This session has already ended') : new NotFoundError('Session')),
    });
  }

  delete(sub: string, id: string) {
    return this.store.delete(sub, id);
  }

  page(sub: string, range: { from?: string | null; to?: string | null }, first: number, after?: string | null) {
    return this.store.page(sub, range, first, after);
  }

  between(sub: string, from: string, to: string) {
    return this.store.between(sub, from, to);
  }
}
