import type { ReactionKind } from '../circles/circle.enums';
import type { FormerMembershipRecord, MembershipRecord, ReplyRecord } from '../circles/circle.record';
import type { ProfileRecord } from '../users/user.type';
import type { ExportSource, Key } from './account.keys';
import type { ClosedAccountRecord, DeletionProgress } from './account.record';

/**
 * What the account domain needs from storage (its ports), in two halves:
 * the export's reads and the deletion's reads and writes. The DynamoDB
 * implementations live in account-*.repository.ts; the services see only these.
 */
type Item = Record<string, unknown>;

/** A stored item as the account domain handles it: where it is, what it is, and its record. */
export interface StoredItem<T = Item> {
  key: Key;
  entity: string;
  record: T;
}

/** The domain record of a stored item, whose kind the caller checked by `entity`. */
export function recordOf<T>(item: StoredItem): T {
  return item.record as unknown as T;
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

/** The export's reads: every one bounded to one call per page. */
export interface AccountExportRepository {
  /** The profile and, for a therapist, their share code: one BatchGetItem. */
  profile(sub: string): Promise<{ profile?: ProfileRecord; shareCode?: string }>;
  /** One page of one kind of the member's records, oldest first: exactly one Query. */
  sourcePage<T>(sub: string, source: ExportSource, after: string, limit: number): Promise<SourcePage<T>>;
  /** The member's memberships, current and former, oldest joined first (one Query of each per 1 MB). */
  memberships(sub: string): Promise<Array<MembershipRecord | FormerMembershipRecord>>;
  /** What the member wrote or reacted to in a circle (and reports they filed): one Query reading at most `limit` items. */
  circleContentPage(circleId: string, memberId: string, after: string, limit: number): Promise<SourcePage<StoredItem>>;
}

/** The deletion's reads and writes. */
export interface AccountDeletionRepository {
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
}

/** Ends the member's sign-in identity (shared/auth/cognito-users.repository.ts). */
export interface AccountIdentity {
  /** Signs the user out everywhere, then deletes them; a user already gone is fine. */
  deleteCognitoUser(sub: string): Promise<void>;
}

export interface AccountRepository extends AccountExportRepository, AccountDeletionRepository, AccountIdentity {}

/** DynamoDB's limit on items in one TransactWriteItems. */
export const TRANSACTION_LIMIT = 100;
