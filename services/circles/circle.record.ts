import type { CircleMood, CircleRole, ReactionKind, ReportOutcome, ReportReason, ReportStatus } from './circle.enums';
import type { SessionSummaryRecord } from './circle.redaction';

/** What of a circle never changes after creation: copied onto memberships so `myCircles` needs no second read. */
export interface CircleProfile {
  name: string;
  description: string | null;
  topic: string | null;
}

/** A circle's metadata item (times are ISO 8601 UTC strings). */
export interface CircleRecord extends CircleProfile {
  id: string;
  memberCap: number;
  memberCount: number;
  /** Every check-in ever posted (hidden ones included): the basis of unread counts. */
  checkInCount: number;
  lastCheckInAt: string | null;
  /** Set when the last member (the owner) left; nothing can join or be read after. */
  archivedAt?: string | null;
  /**
   * Counts the changes to who goes by which name (joins, new pseudonyms): a
   * name is checked against the members' names at one count and written only
   * if it still holds, so two look-alike names cannot arrive together.
   * Absent on circles from before it: read as 0.
   */
  rosterVersion?: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type MembershipStatus = 'ACTIVE' | 'REMOVED';

/** A member of a circle, in the circle's partition; `sub` never leaves the server. */
export interface MembershipRecord {
  circleId: string;
  sub: string;
  /** What other members see instead of the account: a ULID, one per membership. */
  memberId: string;
  role: CircleRole;
  /** REMOVED stays as a tombstone so a removed member cannot rejoin with an old code. */
  status: MembershipStatus;
  pseudonym: string;
  circle: CircleProfile;
  joinedAt: string;
  lastVisitedAt: string | null;
  /** The circle's checkInCount when the member last visited, plus their own posts since. */
  seenCheckInCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A membership that ended (see `formerMembershipKey`): the record as it was, and how and when it ended. */
export interface FormerMembershipRecord extends Omit<MembershipRecord, 'status'> {
  status: 'LEFT' | 'REMOVED';
  endedAt: string;
}

export interface InviteRecord {
  circleId: string;
  id: string;
  code: string;
  maxUses: number;
  uses: number;
  expiresAt: string;
  revokedAt: string | null;
  createdByMemberId: string;
  circle: CircleProfile;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Who wrote something, as other members see them (their pseudonym when they wrote it). */
export interface AuthorRecord {
  memberId: string;
  pseudonym: string;
}

export interface Moderated {
  hiddenAt?: string | null;
  hiddenByMemberId?: string | null;
  /** Member ids who reported it (one report each). */
  reportedBy?: Set<string>;
}

/** Reaction sets are top-level attributes (DynamoDB only ADDs to and DELETEs from top-level sets). */
export type ReactionSets = Partial<Record<`reactions_${ReactionKind}`, Set<string>>>;

export interface CheckInRecord extends Moderated, ReactionSets {
  circleId: string;
  id: string;
  author: AuthorRecord;
  mood: CircleMood | null;
  intensity: number | null;
  text: string | null;
  /** The redacted summary, when the check-in was made from a session. */
  session: SessionSummaryRecord | null;
  postedAt: string;
  /** Visible replies (hiding one takes it off). */
  replyCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReplyRecord extends Moderated {
  circleId: string;
  checkInId: string;
  id: string;
  author: AuthorRecord;
  text: string;
  postedAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReportRecord {
  circleId: string;
  id: string;
  reason: ReportReason;
  note: string | null;
  status: ReportStatus;
  checkInId: string;
  replyId: string | null;
  /** What was reported, as it read then, for the moderators. */
  contentText: string | null;
  contentAuthor: AuthorRecord;
  /** Kept for the record; never shown (reports are anonymous to moderators too). */
  reporterMemberId: string;
  resolvedAt: string | null;
  resolvedByMemberId: string | null;
  outcome: ReportOutcome | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
