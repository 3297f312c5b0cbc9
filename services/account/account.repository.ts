import { AdminDeleteUserCommand, AdminUserGlobalSignOutCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ReactionKind } from '../circles/circle.enums';
import { checkInKey, circleKey, circlePartition, membershipKey, repliesRange } from '../circles/circle.keys';
import type { CircleRecord, FormerMembershipRecord, MembershipRecord, ReplyRecord } from '../circles/circle.record';
import { config } from '../shared/config';
import { failedIndexes, isConditionalCheckFailed, isTransactionConditionFailed, retryingConflicts } from '../shared/db/conditions';
import { fromItem } from '../shared/db/items';
import { closedAccountKey, timeRange, userPartition } from '../shared/db/keys';
import { justAfter, justBefore, keyNames } from '../shared/db/query-page';
import { TTL_ATTRIBUTE, type IndexName } from '../shared/db/table.definition';
import { ConflictError } from '../shared/errors';
import { logger } from '../shared/logger';
import { ACCESS_LOG_RANGE, grantKey, shareCodeLookupKey, shareCodeOwnerKey, SUGGESTIONS_RANGE, therapistClientsRange } from '../sharing/sharing.keys';
import { profileKey } from '../users/user.keys';
import type { ProfileRecord } from '../users/user.type';
import { exportSource, formerMembershipsSource, membershipsSource, type ExportSource, type Key, type Range } from './account.keys';
import type { ClosedAccountRecord, DeletionProgress } from './account.record';

type Item = Record<string, unknown>;
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A stored item as the account domain handles it: where it is, what it is, and its record. */
export interface StoredItem<T = Item> {
  key: Key;
  entity: string;
  record: T;
}

/** One page of a source; `next` is where the following page starts (null: nothing left). */
export interface SourcePage<T> {
  items: T[];
  next: string | null;
}

/** The neutral identity left where a deleted account's id was part of someone else's record. */
export const DELETED_ACCOUNT = { id: 'deleted-account', name: 'Deleted account' } as const;

/** Who-did-it fields in a circle that hold a member id; a deleted member's become the placeholder. */
export type MemberField = 'hiddenByMemberId' | 'reporterMemberId' | 'resolvedByMemberId' | 'createdByMemberId';

/** What deletion writes, described by intent; the repository turns it into DynamoDB operations. */
export type AccountWrite =
  /** Removes an item (a no-op when it is gone already). */
  | { op: 'delete'; key: Key }
  /** A therapist's share code and the lookup from code to therapist. */
  | { op: 'deleteShareCode'; sub: string; code: string }
  /** A reply; `countOff` also takes it off its check-in's reply count (a visible reply on a check-in that stays). */
  | { op: 'deleteReply'; key: Key; circleId: string; checkInId: string; countOff: boolean }
  /** Takes a member id out of reaction and report sets and replaces it in who-did-it fields. */
  | { op: 'forgetMember'; key: Key; memberId: string; reactions: ReactionKind[]; reportedBy: boolean; fields: MemberField[] }
  /** The tombstone a removal left in a circle (it holds the sub); a no-op unless it is that removed membership. */
  | { op: 'deleteTombstone'; circleId: string; sub: string; memberId: string }
  /** Replaces a therapist's id and name in a client's record with the placeholder. */
  | { op: 'forgetTherapist'; key: Key; therapistSub: string };

/** Leaving a circle for good: the membership goes, the count drops; an owner hands over or archives. */
export interface LeavePlan {
  membership: MembershipRecord;
  /** Becomes the owner in the same transaction (an owner leaving with others remaining). */
  successor: MembershipRecord | null;
  /** The last member leaves: the circle is archived with them (the circles domain's rule). */
  archive: boolean;
  /**
   * An owner's account deleted with others remaining: the description and topic
   * they wrote go from the circle and from every remaining member's copy, in the
   * same transaction (the name stays: members know the circle by it). Any join
   * since `rosterSeen`, read before the members, fails it: that member's copy
   * would be missed.
   */
  clearOwnerWords: { remaining: MembershipRecord[]; rosterSeen: number } | null;
}

export type TherapistTrace = 'notes' | 'suggestions' | 'accessLog';

export interface AccountRepository {
  // Export
  /** The profile and, for a therapist, their share code: one BatchGetItem. */
  profile(sub: string): Promise<{ profile?: ProfileRecord; shareCode?: string }>;
  /** One page of one kind of the member's records, oldest first: exactly one Query. */
  sourcePage<T>(sub: string, source: ExportSource, after: string, limit: number): Promise<SourcePage<T>>;
  /** The member's memberships, current and former, oldest joined first (one Query of each per 1 MB). */
  memberships(sub: string): Promise<Array<MembershipRecord | FormerMembershipRecord>>;
  /** What the member wrote or reacted to in a circle (and reports they filed): one Query reading at most `limit` items. */
  circleContentPage(circleId: string, memberId: string, after: string, limit: number): Promise<SourcePage<StoredItem>>;

  // Deletion: the marker and its progress
  closedAccount(sub: string): Promise<ClosedAccountRecord | undefined>;
  openDeletion(sub: string, now: Date, refuseUntil: Date): Promise<ClosedAccountRecord>;
  saveProgress(sub: string, progress: DeletionProgress, now: Date): Promise<void>;
  finishDeletion(sub: string, now: Date, refuseUntil: Date): Promise<void>;

  // Deletion: finding what is left
  shareCode(sub: string): Promise<string | undefined>;
  /** A client the member has a grant from as therapist (confirmed against the table, not just the index). */
  firstTherapistClient(sub: string): Promise<{ clientSub: string; grant: Key } | undefined>;
  /** The therapist's notes, suggestions or access-log entries in one client's partition: one Query reading at most `limit`. */
  therapistTraces(kind: TherapistTrace, clientSub: string, therapistSub: string, after: string, limit: number): Promise<SourcePage<StoredItem>>;
  /** An active membership of the member (confirmed with a consistent read). */
  firstMembership(sub: string): Promise<MembershipRecord | undefined>;
  /** A circle the member left or was removed from: one consistent Query. */
  firstFormerMembership(sub: string): Promise<StoredItem<FormerMembershipRecord> | undefined>;
  /** Every item of a circle that names the member id: one Query reading at most `limit` items. */
  circleTraces(circleId: string, memberId: string, after: string, limit: number): Promise<SourcePage<StoredItem>>;
  /** Replies under one check-in: one consistent Query. */
  threadReplies(circleId: string, checkInId: string, limit: number): Promise<StoredItem<ReplyRecord>[]>;
  /** The circle's active members: consistent Queries of its partition, so a join just made is among them. */
  activeMembers(circleId: string): Promise<MembershipRecord[]>;
  /** The circle's roster version (0 when it has none): one consistent GetItem. */
  rosterVersion(circleId: string): Promise<number>;
  /** One transaction; CONFLICT when the circle changed since it was read. */
  leaveCircle(plan: LeavePlan, now: Date): Promise<void>;
  /** Items still in the member's partition: one consistent Query. */
  partitionItems(sub: string, limit: number): Promise<StoredItem[]>;

  // Deletion: writing
  /** Runs the writes in transactions of at most 100 items; answers how many items were deleted. */
  apply(writes: AccountWrite[], now: Date): Promise<number>;
  /** Signs the user out everywhere, then deletes them; a user already gone is fine. */
  deleteCognitoUser(sub: string): Promise<void>;
}

/** DynamoDB's limit on items in one TransactWriteItems. */
export const TRANSACTION_LIMIT = 100;
const LIST_GUARD = 25;

let identityProvider: CognitoIdentityProviderClient | undefined;

/** The module-scope Cognito client: cognito-local's endpoint when configured, the regional one otherwise. */
function cognito(): CognitoIdentityProviderClient {
  if (!identityProvider) {
    const { region, cognitoEndpoint } = config();
    identityProvider = new CognitoIdentityProviderClient({ region, ...(cognitoEndpoint ? { endpoint: cognitoEndpoint } : {}) });
  }
  return identityProvider;
}

function keyOf(item: Item): Key {
  return { PK: item.PK as string, SK: item.SK as string };
}

function stored<T = Item>(item: Item): StoredItem<T> {
  return { key: keyOf(item), entity: String(item.entity), record: fromItem<T>(item) };
}

function keyString(key: Key): string {
  return `${key.PK}\u0000${key.SK}`;
}

function hasName(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

/** One DynamoDB operation of a write, and what happens to it when its condition fails. */
interface Op {
  item: TransactItem;
  key: Key;
  deletes: boolean;
  /** A failed primary drops its whole write; a failed secondary only itself. */
  primary: boolean;
  write: number;
}

export class DynamoAccountRepository implements AccountRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly identity: CognitoIdentityProviderClient,
    private readonly userPoolId: string | undefined,
  ) {}

  // ---- reads ----

  /** One Query of a sort-key range after `after`, in key order. */
  private async query(q: {
    index?: IndexName;
    partition: string;
    range?: Range;
    after: string;
    limit: number;
    filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
    consistent?: boolean;
  }) {
    const { pk, sk } = keyNames(q.index);
    const names: Record<string, string> = { '#pk': pk, ...q.filter?.names };
    const values: Record<string, unknown> = { ':pk': q.partition, ...q.filter?.values };
    let condition = '#pk = :pk';
    if (q.range) {
      condition += ' AND #sk BETWEEN :from AND :to';
      names['#sk'] = sk;
      values[':from'] = q.after ? justAfter(q.after) : q.range.from;
      values[':to'] = q.range.to;
    } else if (q.after) {
      condition += ' AND #sk > :after';
      names['#sk'] = sk;
      values[':after'] = q.after;
    }
    const input: QueryCommandInput = {
      TableName: this.table,
      IndexName: q.index,
      KeyConditionExpression: condition,
      FilterExpression: q.filter?.expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: q.limit,
      ConsistentRead: q.consistent && !q.index ? true : undefined,
    };
    const result = await this.client.send(new QueryCommand(input));
    const last = result.LastEvaluatedKey?.[sk];
    return { items: result.Items ?? [], sk, last: typeof last === 'string' ? last : null };
  }

  async profile(sub: string) {
    const keys = [profileKey(sub), shareCodeOwnerKey(sub)];
    const found: Item[] = [];
    let pending: Item[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...(result.Responses?.[this.table] ?? []));
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    const profile = found.find((item) => item.entity === 'Profile');
    const code = found.find((item) => item.entity === 'ShareCode');
    return { profile: profile ? fromItem<ProfileRecord>(profile) : undefined, shareCode: code ? String(code.code) : undefined };
  }

  async sourcePage<T>(sub: string, source: ExportSource, after: string, limit: number): Promise<SourcePage<T>> {
    const { items, sk, last } = await this.query({ ...exportSource(sub, source), after, limit: limit + 1 });
    const kept = items.slice(0, limit);
    const more = items.length > limit || last !== null;
    const next = more && kept.length > 0 ? (kept[kept.length - 1]?.[sk] as string) : null;
    return { items: kept.map((item) => fromItem<T>(item)), next };
  }

  async memberships(sub: string) {
    const all: Array<MembershipRecord | FormerMembershipRecord> = [];
    for (const source of [membershipsSource(sub), formerMembershipsSource(sub)]) {
      let after = '';
      do {
        const page = await this.sourceLocationPage(source, after, 1000);
        all.push(...page.items.map((item) => fromItem<MembershipRecord | FormerMembershipRecord>(item)));
        after = page.next ?? '';
      } while (after);
    }
    // Right after a leave the index may still list the membership its former record replaced: the record wins.
    const byMemberId = new Map<string, MembershipRecord | FormerMembershipRecord>();
    for (const m of all) if (!byMemberId.has(m.memberId) || m.status !== 'ACTIVE') byMemberId.set(m.memberId, m);
    // Member ids are ULIDs minted at joining: their order is the order of joining.
    return [...byMemberId.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  }

  private async sourceLocationPage(location: { index?: IndexName; partition: string; range: Range }, after: string, limit: number) {
    const { items, last } = await this.query({ ...location, after, limit });
    return { items, next: last };
  }

  /**
   * A filtered sweep of a circle's partition. Memberships never match (they
   * are handled from the member's own list), and a page that stops among them
   * resumes after the last one, so no position ever names a member's sub.
   */
  private async circleSweep(circleId: string, filter: { expression: string; names: Record<string, string>; values: Record<string, unknown> }, after: string, limit: number) {
    const { items, last } = await this.query({ partition: circlePartition(circleId), after, limit, filter, consistent: true });
    const membershipPrefix = membershipKey(circleId, '').SK;
    const next = last?.startsWith(membershipPrefix) ? justBefore(circleKey(circleId).SK) : last;
    return { items: items.map((item) => stored(item)), next };
  }

  private reactionFilter(names: Record<string, string>): string[] {
    return Object.values(ReactionKind).map((kind, i) => {
      names[`#r${i}`] = `reactions_${kind}`;
      return `contains(#r${i}, :m)`;
    });
  }

  circleContentPage(circleId: string, memberId: string, after: string, limit: number) {
    const names: Record<string, string> = { '#author': 'author', '#memberId': 'memberId', '#reporter': 'reporterMemberId' };
    const terms = ['#author.#memberId = :m', '#reporter = :m', ...this.reactionFilter(names)];
    return this.circleSweep(circleId, { expression: terms.join(' OR '), names, values: { ':m': memberId } }, after, limit);
  }

  circleTraces(circleId: string, memberId: string, after: string, limit: number) {
    const names: Record<string, string> = {
      '#author': 'author',
      '#memberId': 'memberId',
      '#contentAuthor': 'contentAuthor',
      '#reporter': 'reporterMemberId',
      '#resolver': 'resolvedByMemberId',
      '#hiddenBy': 'hiddenByMemberId',
      '#createdBy': 'createdByMemberId',
      '#reportedBy': 'reportedBy',
    };
    const terms = [
      '#author.#memberId = :m',
      '#contentAuthor.#memberId = :m',
      '#reporter = :m',
      '#resolver = :m',
      '#hiddenBy = :m',
      '#createdBy = :m',
      'contains(#reportedBy, :m)',
      ...this.reactionFilter(names),
    ];
    return this.circleSweep(circleId, { expression: terms.join(' OR '), names, values: { ':m': memberId } }, after, limit);
  }

  async threadReplies(circleId: string, checkInId: string, limit: number) {
    const { items } = await this.query({ partition: circlePartition(circleId), range: repliesRange(checkInId), after: '', limit, consistent: true });
    return items.map((item) => stored<ReplyRecord>(item));
  }

  async activeMembers(circleId: string): Promise<MembershipRecord[]> {
    // The table, not the index: a member the index does not list yet would keep a deleted owner's words.
    const prefix = membershipKey(circleId, '').SK;
    const members: MembershipRecord[] = [];
    let after = '';
    do {
      const { items, last } = await this.query({ partition: circlePartition(circleId), range: { from: prefix, to: `${prefix}\uffff` }, after, limit: 100, consistent: true });
      members.push(...items.map((item) => fromItem<MembershipRecord>(item)));
      after = last ?? '';
    } while (after);
    return members.filter((m) => m.status === 'ACTIVE');
  }

  async rosterVersion(circleId: string): Promise<number> {
    const circle = await this.getConsistent(circleKey(circleId));
    return circle?.entity === 'Circle' ? (fromItem<CircleRecord>(circle).rosterVersion ?? 0) : 0;
  }

  async shareCode(sub: string) {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: shareCodeOwnerKey(sub), ConsistentRead: true }));
    return result.Item?.entity === 'ShareCode' ? String(result.Item.code) : undefined;
  }

  private async getConsistent(key: Key): Promise<Item | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return result.Item;
  }

  async firstTherapistClient(sub: string) {
    const { partition, range } = therapistClientsRange(sub);
    const { items } = await this.query({ index: 'GSI1', partition, range, after: '', limit: LIST_GUARD });
    // The index may still list a grant deleted a moment ago: the table decides.
    for (const item of items) {
      const key = grantKey(String(item.clientSub), sub);
      if (await this.getConsistent(key)) return { clientSub: String(item.clientSub), grant: key };
    }
    return undefined;
  }

  async therapistTraces(kind: TherapistTrace, clientSub: string, therapistSub: string, after: string, limit: number) {
    const where: { index?: IndexName; range: Range; field: string } =
      kind === 'notes'
        ? { index: 'GSI2', range: timeRange('TherapistNote'), field: 'authorSub' }
        : { range: kind === 'suggestions' ? SUGGESTIONS_RANGE : ACCESS_LOG_RANGE, field: 'therapistSub' };
    const { items, last } = await this.query({
      index: where.index,
      partition: userPartition(clientSub),
      range: where.range,
      after,
      limit,
      filter: { expression: '#who = :who', names: { '#who': where.field }, values: { ':who': therapistSub } },
      consistent: true,
    });
    return { items: items.map((item) => stored(item)), next: last };
  }

  async firstMembership(sub: string) {
    const { items } = await this.query({ ...membershipsSource(sub), after: '', limit: LIST_GUARD });
    for (const item of items) {
      const current = await this.getConsistent(membershipKey(String(item.circleId), sub));
      if (current?.entity === 'CircleMembership' && current.status === 'ACTIVE') return fromItem<MembershipRecord>(current);
    }
    return undefined;
  }

  async firstFormerMembership(sub: string) {
    const { items } = await this.query({ ...formerMembershipsSource(sub), after: '', limit: 1, consistent: true });
    return items[0]?.entity === 'FormerMembership' ? stored<FormerMembershipRecord>(items[0]) : undefined;
  }

  async partitionItems(sub: string, limit: number) {
    const { items } = await this.query({ partition: userPartition(sub), after: '', limit, consistent: true });
    return items.map((item) => stored(item));
  }

  // ---- the closed-account marker ----

  async closedAccount(sub: string) {
    const item = await this.getConsistent(closedAccountKey(sub));
    return item ? fromItem<ClosedAccountRecord>(item) : undefined;
  }

  async openDeletion(sub: string, now: Date, refuseUntil: Date) {
    const record: ClosedAccountRecord = { status: 'DELETING', startedAt: now.toISOString(), updatedAt: now.toISOString(), refuseUntil: refuseUntil.toISOString(), progress: null };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...closedAccountKey(sub), entity: 'ClosedAccount', ...record, [TTL_ATTRIBUTE]: ttl(refuseUntil) },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return record;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // A parallel first call opened it.
      const existing = await this.closedAccount(sub);
      if (!existing) throw error;
      return existing;
    }
  }

  async saveProgress(sub: string, progress: DeletionProgress, now: Date) {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: closedAccountKey(sub),
          UpdateExpression: 'SET #progress = :progress, #updatedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND #status = :deleting',
          ExpressionAttributeNames: { '#progress': 'progress', '#updatedAt': 'updatedAt', '#status': 'status' },
          ExpressionAttributeValues: { ':progress': progress, ':now': now.toISOString(), ':deleting': 'DELETING' },
        }),
      );
    } catch (error) {
      // A parallel call finished the deletion: there is no progress left to keep.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async finishDeletion(sub: string, now: Date, refuseUntil: Date) {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: closedAccountKey(sub),
        UpdateExpression: 'SET #status = :deleted, #updatedAt = :now, #refuseUntil = :until, #ttl = :ttl REMOVE #progress',
        ExpressionAttributeNames: { '#status': 'status', '#updatedAt': 'updatedAt', '#refuseUntil': 'refuseUntil', '#ttl': TTL_ATTRIBUTE, '#progress': 'progress' },
        ExpressionAttributeValues: { ':deleted': 'DELETED', ':now': now.toISOString(), ':until': refuseUntil.toISOString(), ':ttl': ttl(refuseUntil) },
      }),
    );
  }

  // ---- writes ----

  async leaveCircle(plan: LeavePlan, now: Date) {
    const m = plan.membership;
    const at = now.toISOString();
    const items: TransactItem[] = [
      {
        Delete: {
          TableName: this.table,
          Key: membershipKey(m.circleId, m.sub),
          ConditionExpression: '#status = :active AND #role = :role AND #memberId = :memberId',
          ExpressionAttributeNames: { '#status': 'status', '#role': 'role', '#memberId': 'memberId' },
          ExpressionAttributeValues: { ':active': 'ACTIVE', ':role': m.role, ':memberId': m.memberId },
        },
      },
    ];
    const clear = plan.clearOwnerWords;
    // Each remaining member's copy of the circle profile, the successor's with its new role.
    const copyNames = { '#circle': 'circle', '#description': 'description', '#topic': 'topic' };
    const clearCopy = clear ? ', #circle.#description = :null, #circle.#topic = :null' : '';
    if (plan.successor) {
      items.push({
        Update: {
          TableName: this.table,
          Key: membershipKey(m.circleId, plan.successor.sub),
          UpdateExpression: `SET #role = :owner, #updatedAt = :now, #version = #version + :one${clearCopy}`,
          ConditionExpression: '#status = :active AND #role = :from',
          ExpressionAttributeNames: { '#role': 'role', '#status': 'status', '#updatedAt': 'updatedAt', '#version': 'version', ...(clear ? copyNames : {}) },
          ExpressionAttributeValues: { ':owner': 'OWNER', ':from': plan.successor.role, ':active': 'ACTIVE', ':now': at, ':one': 1, ...(clear ? { ':null': null } : {}) },
        },
      });
    }
    for (const other of clear?.remaining ?? []) {
      if (other.sub === plan.successor?.sub || other.sub === m.sub) continue;
      items.push({
        Update: {
          TableName: this.table,
          Key: membershipKey(m.circleId, other.sub),
          UpdateExpression: 'SET #circle.#description = :null, #circle.#topic = :null, #updatedAt = :now, #version = #version + :one',
          // The same membership still active: one that left or was removed meanwhile makes this a conflict, and the next try reads again.
          ConditionExpression: '#status = :active AND #memberId = :memberId',
          ExpressionAttributeNames: { ...copyNames, '#status': 'status', '#memberId': 'memberId', '#updatedAt': 'updatedAt', '#version': 'version' },
          ExpressionAttributeValues: { ':null': null, ':active': 'ACTIVE', ':memberId': other.memberId, ':now': at, ':one': 1 },
        },
      });
    }
    // Moving the roster on makes a join that read the old words retry with the cleared ones (the circles domain's roster check).
    const roster: { set: string; condition: string; names: Record<string, string>; values: Record<string, unknown> } = clear
      ? {
          set: ', #description = :null, #topic = :null, #rosterVersion = :rosterNext',
          condition: clear.rosterSeen === 0 ? ' AND attribute_not_exists(#rosterVersion)' : ' AND #rosterVersion = :rosterSeen',
          names: { '#description': 'description', '#topic': 'topic', '#rosterVersion': 'rosterVersion' },
          values: { ':null': null, ':rosterNext': clear.rosterSeen + 1, ...(clear.rosterSeen === 0 ? {} : { ':rosterSeen': clear.rosterSeen }) },
        }
      : { set: '', condition: '', names: {}, values: {} };
    items.push({
      Update: {
        TableName: this.table,
        Key: circleKey(m.circleId),
        UpdateExpression: `SET #memberCount = #memberCount - :one, #updatedAt = :now, #version = #version + :one${plan.archive ? ', #archivedAt = :now' : ''}${roster.set}`,
        // Archiving needs what the circles domain needs: nobody joined meanwhile (a count of 0 from an old drift must not block a deletion).
        ConditionExpression: `attribute_exists(PK) AND attribute_not_exists(#archivedAt)${plan.archive ? ' AND #memberCount <= :one' : ''}${roster.condition}`,
        ExpressionAttributeNames: { '#memberCount': 'memberCount', '#updatedAt': 'updatedAt', '#version': 'version', '#archivedAt': 'archivedAt', ...roster.names },
        ExpressionAttributeValues: { ':one': 1, ':now': at, ...roster.values },
      },
    });
    // At most 50 members: the leaving one, the circle and 49 copies fit one transaction.
    if (items.length > TRANSACTION_LIMIT) throw new Error(`Leaving a circle would write ${items.length} items, more than one transaction holds`);
    try {
      await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('The circle changed meanwhile; try again');
      throw error;
    }
  }

  async apply(writes: AccountWrite[], now: Date): Promise<number> {
    // A share code is two items, either of which may be gone already: two independent deletes.
    const plain = writes.flatMap((write): AccountWrite[] =>
      write.op === 'deleteShareCode' ? [{ op: 'delete', key: shareCodeLookupKey(write.code) }, { op: 'delete', key: shareCodeOwnerKey(write.sub) }] : [write],
    );
    const ops = plain.flatMap((write, i) => this.opsOf(write, i, now));
    let deleted = 0;
    for (const batch of batches(ops)) deleted += await this.transact(batch);
    return deleted;
  }

  private deleteOp(key: Key, write: number): Op {
    return { key, write, primary: true, deletes: true, item: { Delete: { TableName: this.table, Key: key, ConditionExpression: 'attribute_exists(PK)' } } };
  }

  private opsOf(write: AccountWrite, i: number, now: Date): Op[] {
    const at = now.toISOString();
    switch (write.op) {
      case 'delete':
        return [this.deleteOp(write.key, i)];
      case 'deleteShareCode':
        return [this.deleteOp(shareCodeLookupKey(write.code), i), this.deleteOp(shareCodeOwnerKey(write.sub), i)];
      case 'deleteReply': {
        const ops = [this.deleteOp(write.key, i)];
        if (write.countOff) {
          const key = checkInKey(write.circleId, write.checkInId);
          ops.push({
            key,
            write: i,
            primary: false,
            deletes: false,
            item: {
              Update: {
                TableName: this.table,
                Key: key,
                UpdateExpression: 'SET #replyCount = #replyCount - :one, #updatedAt = :now',
                ConditionExpression: 'attribute_exists(PK) AND #entity = :checkIn',
                ExpressionAttributeNames: { '#replyCount': 'replyCount', '#updatedAt': 'updatedAt', '#entity': 'entity' },
                ExpressionAttributeValues: { ':one': 1, ':now': at, ':checkIn': 'CheckIn' },
              },
            },
          });
        }
        return ops;
      }
      case 'forgetMember': {
        const names: Record<string, string> = { '#updatedAt': 'updatedAt' };
        const values: Record<string, unknown> = { ':now': at };
        const deletes: string[] = [];
        const sets = ['#updatedAt = :now'];
        const conditions = ['attribute_exists(PK)'];
        const setNames = [...write.reactions.map((kind) => `reactions_${kind}`), ...(write.reportedBy ? ['reportedBy'] : [])];
        setNames.forEach((name, n) => {
          names[`#s${n}`] = name;
          deletes.push(`#s${n} :member`);
        });
        if (deletes.length) values[':member'] = new Set([write.memberId]);
        write.fields.forEach((field, n) => {
          names[`#f${n}`] = field;
          sets.push(`#f${n} = :placeholder`);
          conditions.push(`#f${n} = :memberId`);
        });
        if (write.fields.length) Object.assign(values, { ':placeholder': DELETED_ACCOUNT.id, ':memberId': write.memberId });
        if (!deletes.length && !write.fields.length) return [];
        return [
          {
            key: write.key,
            write: i,
            primary: true,
            deletes: false,
            item: {
              Update: {
                TableName: this.table,
                Key: write.key,
                UpdateExpression: `SET ${sets.join(', ')}${deletes.length ? ` DELETE ${deletes.join(', ')}` : ''}`,
                ConditionExpression: conditions.join(' AND '),
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
          },
        ];
      }
      case 'deleteTombstone': {
        const key = membershipKey(write.circleId, write.sub);
        const condition = { ConditionExpression: '#status = :removed AND #memberId = :memberId', ExpressionAttributeNames: { '#status': 'status', '#memberId': 'memberId' } };
        const values = { ExpressionAttributeValues: { ':removed': 'REMOVED', ':memberId': write.memberId } };
        return [{ key, write: i, primary: true, deletes: true, item: { Delete: { TableName: this.table, Key: key, ...condition, ...values } } }];
      }
      case 'forgetTherapist':
        return [
          {
            key: write.key,
            write: i,
            primary: true,
            deletes: false,
            item: {
              Update: {
                TableName: this.table,
                Key: write.key,
                UpdateExpression: 'SET #therapistSub = :placeholder, #therapistName = :name',
                ConditionExpression: 'attribute_exists(PK) AND #therapistSub = :sub',
                ExpressionAttributeNames: { '#therapistSub': 'therapistSub', '#therapistName': 'therapistName' },
                ExpressionAttributeValues: { ':placeholder': DELETED_ACCOUNT.id, ':name': DELETED_ACCOUNT.name, ':sub': write.therapistSub },
              },
            },
          },
        ];
    }
  }

  /**
   * One transaction. A condition that no longer holds means that part is done
   * already (or its item went away): drop it (with its write, if it was the
   * write's primary part) and send the rest again. Answers the items deleted.
   */
  private async transact(ops: Op[]): Promise<number> {
    let pending = ops;
    while (pending.length > 0) {
      try {
        await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: pending.map((op) => op.item) })));
        return pending.filter((op) => op.deletes).length;
      } catch (error) {
        if (!isTransactionConditionFailed(error)) throw error;
        const failed = new Set(failedIndexes(error));
        const droppedWrites = new Set(pending.filter((op, i) => failed.has(i) && op.primary).map((op) => op.write));
        pending = pending.filter((op, i) => !failed.has(i) && !droppedWrites.has(op.write));
      }
    }
    return 0;
  }

  async deleteCognitoUser(sub: string) {
    if (!this.userPoolId) throw new Error('USER_POOL_ID is not configured: cannot delete the Cognito user');
    // With email sign-in the pool's username is the sub.
    const user = { UserPoolId: this.userPoolId, Username: sub };
    try {
      await this.identity.send(new AdminUserGlobalSignOutCommand(user));
    } catch (error) {
      // Deleting the user revokes its refresh tokens anyway, so signing out is a courtesy:
      // a user already gone is fine, and cognito-local does not implement this call.
      if (hasName(error, 'Unsupported')) logger.warn('global sign-out not supported by this Cognito endpoint');
      else if (!hasName(error, 'UserNotFoundException')) throw error;
    }
    try {
      await this.identity.send(new AdminDeleteUserCommand(user));
    } catch (error) {
      if (!hasName(error, 'UserNotFoundException')) throw error;
    }
  }
}

function ttl(until: Date): number {
  // TTL only cleans up, a day after the code stops honouring the marker.
  return Math.floor(until.getTime() / 1000) + 24 * 3600;
}

/** Splits ops into transactions: at most 100 items, no item twice, a write's ops together. */
function batches(ops: Op[]): Op[][] {
  const result: Op[][] = [];
  let current: Op[] = [];
  let keys = new Set<string>();
  const byWrite = new Map<number, Op[]>();
  for (const op of ops) byWrite.set(op.write, [...(byWrite.get(op.write) ?? []), op]);
  for (const group of byWrite.values()) {
    const clash = group.some((op) => keys.has(keyString(op.key)));
    if (current.length > 0 && (clash || current.length + group.length > TRANSACTION_LIMIT)) {
      result.push(current);
      current = [];
      keys = new Set();
    }
    for (const op of group) {
      // The same item twice within one write (cannot happen with the writes above) would be refused by DynamoDB.
      keys.add(keyString(op.key));
      current.push(op);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** The repository with the module-scope Cognito client and the configured pool. */
export function createAccountRepository(client: DynamoDBDocumentClient, table: string): DynamoAccountRepository {
  return new DynamoAccountRepository(client, table, cognito(), config().userPoolId);
}
