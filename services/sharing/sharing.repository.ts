import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isTransactionConditionFailed } from '../shared/db/conditions';
import { fromItem, updateItem } from '../shared/db/items';
import { ENTITY, itemKey, TIMELINE_PREFIX, userPartition, type TimelineEntity } from '../shared/db/keys';
import { MemberItemStore } from '../shared/db/member-items';
import { queryPage, type Page } from '../shared/db/query-page';
import { codeGuesses, rateLimited, rateLimitUpdate } from '../shared/db/rate-limit';
import type { TransactItem } from '../shared/db/transaction';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import type { AccessLogRecord, GrantRecord, NoteRecord, SuggestionRecord } from './sharing.record';
import {
  ACCESS_LOG_RANGE,
  accessLogKey,
  CLIENT_GRANTS_RANGE,
  grantIndexKeys,
  grantKey,
  shareCodeLookupKey,
  shareCodeOwnerKey,
  therapistRemovedKey,
  SUGGESTIONS_RANGE,
  suggestionKey,
  therapistClientsRange,
} from './sharing.keys';

export interface SharingRepository {
  shareCodeOf(therapistSub: string): Promise<string | undefined>;
  therapistByCode(code: string): Promise<string | undefined>;
  /** Points `code` at the therapist and retires their previous code, atomically. */
  setShareCode(therapistSub: string, code: string, previous: string | undefined, now: string): Promise<void>;
  /** A strongly consistent read: a revoke that has returned is always seen. */
  grant(clientSub: string, therapistSub: string): Promise<GrantRecord | undefined>;
  /** Writes a new invitation unless the pair has a live (pending or active, unexpired) grant; rate limited. */
  putInvitation(grant: GrantRecord, now: string): Promise<void>;
  /** Optimistic update (same version); `remove` drops attributes such as expiresAt. */
  updateGrant(grant: GrantRecord, changes: Partial<GrantRecord>, now: string, remove?: string[]): Promise<GrantRecord>;
  /** Revoke wins over any concurrent change: only the grant's identity is checked. */
  revokeGrant(grant: GrantRecord, now: string): Promise<GrantRecord>;
  /** When an item of the client's timeline happened, and its local day; undefined if absent. */
  timelineItemTime(clientSub: string, entity: TimelineEntity, id: string): Promise<{ occurredAt: string; localDay: string } | undefined>;
  clientGrants(clientSub: string): Promise<GrantRecord[]>;
  therapistGrants(therapistSub: string, first: number, after?: string | null): Promise<Page<GrantRecord>>;
  /**
   * Appends an access-log entry if, and only if, the grant is still as it was
   * read (same version, active, unexpired): a revoke or narrowing that lands
   * mid-request makes the read fail instead of leaking.
   */
  /** The entry, in a transaction that re-checks the grant and both accounts; `alongside`: a change that lands only with its entry. */
  logAccess(entry: AccessLogRecord, grant: GrantRecord, now: string, alongside?: readonly TransactItem[]): Promise<void>;
  accessLog(clientSub: string, first: number, after?: string | null): Promise<Page<AccessLogRecord>>;
  /** A suggestion in the client's partition, counted against the therapist; refused once either account is being deleted. */
  putSuggestion(suggestion: SuggestionRecord, now: Date): Promise<void>;
  /** RATE_LIMITED while the member has tried too many wrong codes this hour (one read). */
  refuseCodeGuessing(sub: string, now: Date): Promise<void>;
  /** Counts a wrong code against the member. */
  countWrongCode(sub: string, now: Date): Promise<void>;
  /** A note in the client's partition, while the grant stands, counted against its author; refused once either account is being deleted. `read`: the access-log entry of what the note read, written with it. */
  createNote(note: NoteRecord, grant: GrantRecord, now: Date, read?: AccessLogRecord): Promise<NoteRecord>;
  suggestion(clientSub: string, id: string): Promise<SuggestionRecord | undefined>;
  suggestions(clientSub: string, first: number, after?: string | null): Promise<Page<SuggestionRecord>>;
  /** Settles a pending suggestion; CONFLICT if it was settled meanwhile. */
  settleSuggestion(suggestion: SuggestionRecord, changes: Partial<SuggestionRecord>, now: string): Promise<SuggestionRecord>;
  notes: MemberItemStore<NoteRecord>;
  /** Marks a therapist removed and drops their share code, in one transaction; safe to repeat. */
  markTherapistRemoved(therapistSub: string, now: string): Promise<void>;
  /** Clears the removal mark: the therapist starts from nothing (a new code on first ask). */
  clearTherapistRemoved(therapistSub: string): Promise<void>;
  /** Ends one live share because its therapist was removed; false when it changed meanwhile (read it again). */
  endGrant(grant: GrantRecord, now: string): Promise<boolean>;
}

export class DynamoSharingRepository implements SharingRepository {
  readonly notes: MemberItemStore<NoteRecord>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.notes = new MemberItemStore<NoteRecord>(client, table, 'TherapistNote', 'occurredAt', 'Note');
  }

  async shareCodeOf(therapistSub: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: shareCodeOwnerKey(therapistSub) }));
    return result.Item?.code as string | undefined;
  }

  async therapistByCode(code: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: shareCodeLookupKey(code) }));
    return result.Item?.therapistSub as string | undefined;
  }

  async setShareCode(therapistSub: string, code: string, previous: string | undefined, now: string) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            accountOpen(this.table, therapistSub),
            // An operator removed this therapist: no code until they are added again.
            { ConditionCheck: { TableName: this.table, Key: therapistRemovedKey(therapistSub), ConditionExpression: 'attribute_not_exists(PK)' } },
            {
              Put: {
                TableName: this.table,
                Item: { ...shareCodeLookupKey(code), entity: ENTITY.ShareCodeLookup, therapistSub, createdAt: now },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: { ...shareCodeOwnerKey(therapistSub), entity: ENTITY.ShareCode, code, createdAt: now },
                ...(previous
                  ? { ConditionExpression: 'code = :previous', ExpressionAttributeValues: { ':previous': previous } }
                  : { ConditionExpression: 'attribute_not_exists(PK)' }),
              },
            },
            ...(previous ? [{ Delete: { TableName: this.table, Key: shareCodeLookupKey(previous) } }] : []),
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 0);
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(1))
        throw new ForbiddenError('Your therapist account is not active; contact support');
      if (isTransactionConditionFailed(error)) throw new ConflictError('The share code changed meanwhile; try again');
      throw error;
    }
  }

  async grant(clientSub: string, therapistSub: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: grantKey(clientSub, therapistSub), ConsistentRead: true }));
    return result.Item ? fromItem<GrantRecord>(result.Item) : undefined;
  }

  async putInvitation(grant: GrantRecord, now: string) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...grantKey(grant.clientSub, grant.therapistSub),
                  ...grantIndexKeys(grant.therapistSub, grant.clientSub),
                  entity: ENTITY.Grant,
                  ...grant,
                },
                // A new invitation may replace only a grant that no longer gives or awaits access.
                ConditionExpression: 'attribute_not_exists(PK) OR #status IN (:declined, :revoked) OR (attribute_exists(expiresAt) AND expiresAt <= :now)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':declined': 'DECLINED', ':revoked': 'REVOKED', ':now': now },
              },
            },
            rateLimitUpdate(this.table, grant.clientSub, 'therapistInvite', new Date(now)),
            accountOpen(this.table, grant.clientSub),
            // A therapist whose deletion has begun can be invited no more.
            accountOpen(this.table, grant.therapistSub),
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 2);
      if (!isTransactionConditionFailed(error)) throw error;
      if (failedIndexes(error).includes(0)) throw new ConflictError('You already share with this therapist, or an invitation is waiting for them');
      if (failedIndexes(error).includes(3)) throw new NotFoundError('Therapist with that share code');
      throw rateLimited('therapistInvite', new Date(now));
    }
  }

  updateGrant(grant: GrantRecord, changes: Partial<GrantRecord>, now: string, remove?: string[]) {
    return updateItem<GrantRecord>({
      client: this.client,
      table: this.table,
      key: grantKey(grant.clientSub, grant.therapistSub),
      changes,
      remove,
      updatedAt: now,
      condition: { expression: '#version = :expected AND #id = :id', names: { '#id': 'id' }, values: { ':expected': grant.version, ':id': grant.id } },
      onConditionFailed: (old) => (old ? new ConflictError('The share changed meanwhile; reload and try again') : new NotFoundError('Share')),
    });
  }

  async markTherapistRemoved(therapistSub: string, now: string) {
    const code = await this.shareCodeOf(therapistSub);
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.table, Item: { ...therapistRemovedKey(therapistSub), entity: ENTITY.TherapistRemoved, removedAt: now } } },
          ...(code
            ? [
                { Delete: { TableName: this.table, Key: shareCodeOwnerKey(therapistSub) } },
                { Delete: { TableName: this.table, Key: shareCodeLookupKey(code) } },
              ]
            : []),
        ],
      }),
    );
  }

  async clearTherapistRemoved(therapistSub: string) {
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: therapistRemovedKey(therapistSub) }));
  }

  async endGrant(grant: GrantRecord, now: string) {
    try {
      await updateItem<GrantRecord>({
        client: this.client,
        table: this.table,
        key: grantKey(grant.clientSub, grant.therapistSub),
        changes: { status: 'ENDED', endedAt: now },
        updatedAt: now,
        condition: { expression: '#version = :expected AND #id = :id', names: { '#id': 'id' }, values: { ':expected': grant.version, ':id': grant.id } },
        onConditionFailed: () => new ConflictError(),
      });
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  revokeGrant(grant: GrantRecord, now: string) {
    return updateItem<GrantRecord>({
      client: this.client,
      table: this.table,
      key: grantKey(grant.clientSub, grant.therapistSub),
      changes: { status: 'REVOKED', revokedAt: now },
      updatedAt: now,
      condition: { expression: '#id = :id', names: { '#id': 'id' }, values: { ':id': grant.id } },
      onConditionFailed: () => new NotFoundError('Share'),
    });
  }

  async timelineItemTime(clientSub: string, entity: TimelineEntity, id: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: itemKey(clientSub, entity, id) }));
    const item = result.Item;
    if (!item || item.entity !== entity) return undefined;
    // GSI1SK is `TL#<occurredAt>#<id>`: the one place every kind keeps its time.
    const occurredAt = String(item.GSI1SK).slice(TIMELINE_PREFIX.length, -(id.length + 1));
    return { occurredAt, localDay: item.localDay as string };
  }

  async clientGrants(clientSub: string) {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(clientSub), ':from': CLIENT_GRANTS_RANGE.from, ':to': CLIENT_GRANTS_RANGE.to },
        ConsistentRead: true,
      }),
    );
    return (result.Items ?? []).map((item) => fromItem<GrantRecord>(item));
  }

  async therapistGrants(therapistSub: string, first: number, after?: string | null) {
    const { partition, range } = therapistClientsRange(therapistSub);
    const page = await queryPage({ client: this.client, table: this.table, index: 'GSI1', partition, range, first, after });
    return { ...page, items: page.items.map((item) => fromItem<GrantRecord>(item)) };
  }

  async logAccess(entry: AccessLogRecord, grant: GrantRecord, now: string, alongside: readonly TransactItem[] = []) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.grantStillActive(grant, now),
            this.accessLogPut(entry),
            // A therapist whose deletion has begun reads nothing more (their name would stay in the client's log).
            accountOpen(this.table, grant.therapistSub),
            accountOpen(this.table, grant.clientSub),
            ...alongside,
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 2);
      if (isTransactionConditionFailed(error)) throw new NotFoundError('Client');
      throw error;
    }
  }

  async accessLog(clientSub: string, first: number, after?: string | null) {
    const page = await queryPage({
      client: this.client,
      table: this.table,
      partition: userPartition(clientSub),
      range: ACCESS_LOG_RANGE,
      first,
      after,
      newestFirst: true,
    });
    return { ...page, items: page.items.map((item) => fromItem<AccessLogRecord>(item)) };
  }

  refuseCodeGuessing(sub: string, now: Date) {
    return codeGuesses.refuseGuessing(this.client, this.table, sub, now);
  }

  countWrongCode(sub: string, now: Date) {
    return codeGuesses.countWrongCode(this.client, this.table, sub, now);
  }

  async putSuggestion(suggestion: SuggestionRecord, now: Date) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...suggestionKey(suggestion.clientSub, suggestion.id), entity: ENTITY.PracticeSuggestion, ...suggestion },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            accountOpen(this.table, suggestion.therapistSub),
            accountOpen(this.table, suggestion.clientSub),
            rateLimitUpdate(this.table, suggestion.therapistSub, 'practiceSuggestion', now),
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 1);
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(2)) throw new NotFoundError('Client');
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(3)) throw rateLimited('practiceSuggestion', now);
      throw error;
    }
  }

  async createNote(note: NoteRecord, grant: GrantRecord, now: Date, read?: AccessLogRecord) {
    const together: TransactItem[] = [
      accountOpen(this.table, note.authorSub),
      this.grantStillActive(grant, now.toISOString()),
      rateLimitUpdate(this.table, note.authorSub, 'note', now),
      // The client's too: a note must not land in a partition being deleted.
      accountOpen(this.table, note.sub),
      ...(read ? [this.accessLogPut(read)] : []),
    ];
    try {
      return (await this.notes.create(note, null, now, together)).record;
    } catch (error) {
      refuseIfAccountClosed(error, 1);
      if (isTransactionConditionFailed(error) && failedIndexes(error).some((i) => i === 2 || i === 4)) throw new NotFoundError('Client');
      if (isTransactionConditionFailed(error) && failedIndexes(error).includes(3)) throw rateLimited('note', now);
      throw error;
    }
  }

  private accessLogPut(entry: AccessLogRecord): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...accessLogKey(entry.clientSub, entry.at, entry.id), entity: ENTITY.AccessLogEntry, ...entry },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /** Holds while the grant is the one read, active and unexpired: a revoke, a narrowing or an expiry meanwhile refuses the write. */
  private grantStillActive(grant: GrantRecord, now: string) {
    return {
      ConditionCheck: {
        TableName: this.table,
        Key: grantKey(grant.clientSub, grant.therapistSub),
        ConditionExpression: '#version = :version AND #status = :active AND (attribute_not_exists(expiresAt) OR expiresAt > :now)',
        ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
        ExpressionAttributeValues: { ':version': grant.version, ':active': 'ACTIVE', ':now': now },
      },
    };
  }

  async suggestion(clientSub: string, id: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: suggestionKey(clientSub, id) }));
    return result.Item ? fromItem<SuggestionRecord>(result.Item) : undefined;
  }

  async suggestions(clientSub: string, first: number, after?: string | null) {
    const page = await queryPage({
      client: this.client,
      table: this.table,
      partition: userPartition(clientSub),
      range: SUGGESTIONS_RANGE,
      first,
      after,
      newestFirst: true,
    });
    return { ...page, items: page.items.map((item) => fromItem<SuggestionRecord>(item)) };
  }

  settleSuggestion(suggestion: SuggestionRecord, changes: Partial<SuggestionRecord>, now: string) {
    return updateItem<SuggestionRecord>({
      client: this.client,
      table: this.table,
      key: suggestionKey(suggestion.clientSub, suggestion.id),
      changes,
      updatedAt: now,
      condition: { expression: '#status = :pending', names: { '#status': 'status' }, values: { ':pending': 'PENDING' } },
      onConditionFailed: (old) => (old ? new ConflictError('This suggestion was already answered') : new NotFoundError('Suggestion')),
    });
  }
}
