/**
 * Support circles in the single table. Everything of a circle lives in its
 * own partition, `CIRCLE#<circleId>` (circles hold at most 50 members, so it
 * never runs hot):
 *
 * | item        | SK                                   | index keys                                                        |
 * |-------------|--------------------------------------|-------------------------------------------------------------------|
 * | metadata    | `META`                               |                                                                   |
 * | membership  | `MEMBER#<sub>`                       | GSI1 `USER#<sub>` / `CIRCLE#<memberId>` (my circles, newest joined first); GSI2 `CIRCLE#<id>` / `MEMBER#<memberId>` (members by join; a member by id) |
 * | invite      | `INVITE#<inviteId>`                  | GSI1 `CIRCLEINVITE#<code>` / `CIRCLEINVITE` (join by code)        |
 * | check-in    | `CHECKIN#<checkInId>`                |                                                                   |
 * | reply       | `REPLY#<checkInId>#<replyId>`        |                                                                   |
 * | report      | `REPORT#<reportId>`                  | GSI2 `CIRCLE#<id>` / `OPENREPORT#<reportId>` while open (sparse)  |

 *
 * One item of a circle lives in the member's partition instead:
 *
 * | item              | PK / SK                                  |
 * |-------------------|------------------------------------------|
 * | former membership | `USER#<sub>` / `FORMERCIRCLE#<memberId>` |
 *
 * Leaving deletes the membership (so the member may rejoin, with a new member
 * id) and removal keeps it only as an unindexed tombstone; the former
 * membership, written in the same transaction, is how the member's export and
 * account deletion still find what they wrote under that member id.
 *
 * - The membership check on every request is one consistent GetItem of
 *   `MEMBER#<caller sub>`: removal takes effect on the next request. The
 *   sub is only ever a key; members see each other's `memberId` and pseudonym.
 * - Membership GSI1 keys sit in the member's own index partition beside the
 *   timeline's (`TL#...`) but in a range of their own (`CIRCLE#...`).
 *   Removed memberships drop their index keys (a sparse index).
 * - Reaction counts, each member's reactions (sets of member ids) and the
 *   reply count live on the check-in item, so a feed page is one Query.
 * - Unread counts: the metadata counts every check-in ever posted
 *   (`checkInCount`, bumped in the posting transaction); a membership keeps
 *   `seenCheckInCount` (set to that count by `markCircleVisited`, bumped with
 *   the member's own posts). Unread = checkInCount - seenCheckInCount. A
 *   per-member counter updated by everyone's posts would make each post write
 *   up to 50 items, so `myCircles` reads the page's memberships in one Query
 *   and, only when live figures are asked for, their circles' metadata in one
 *   BatchGetItem.
 * - All ids are ULIDs, so `CHECKIN#`, `MEMBER#<memberId>` and `REPORT#` ranges
 *   sort by time.
 */
import { userPartition } from '../shared/db/keys';

export type Key = { PK: string; SK: string };
export type Range = { from: string; to: string };

const CIRCLE_PREFIX = 'CIRCLE#';
const HIGHEST = '\uffff';

function prefixRange(prefix: string): Range {
  return { from: prefix, to: `${prefix}${HIGHEST}` };
}

export function circlePartition(circleId: string): string {
  return `${CIRCLE_PREFIX}${circleId}`;
}

export function circleKey(circleId: string): Key {
  return { PK: circlePartition(circleId), SK: 'META' };
}

export function membershipKey(circleId: string, sub: string): Key {
  return { PK: circlePartition(circleId), SK: `MEMBER#${sub}` };
}

const MY_CIRCLE_PREFIX = 'CIRCLE#';
const MEMBER_ID_PREFIX = 'MEMBER#';

export function membershipIndexKeys(circleId: string, sub: string, memberId: string) {
  return {
    GSI1PK: userPartition(sub),
    GSI1SK: `${MY_CIRCLE_PREFIX}${memberId}`,
    GSI2PK: circlePartition(circleId),
    GSI2SK: `${MEMBER_ID_PREFIX}${memberId}`,
  };
}

/** A member's circles on GSI1 (partition `USER#<sub>`). */
export function myCirclesRange(): Range {
  return prefixRange(MY_CIRCLE_PREFIX);
}

/** A circle's members on GSI2 (partition `CIRCLE#<id>`), or exactly one of them. */
export function membersRange(memberId?: string): Range {
  return memberId ? { from: `${MEMBER_ID_PREFIX}${memberId}`, to: `${MEMBER_ID_PREFIX}${memberId}` } : prefixRange(MEMBER_ID_PREFIX);
}

const FORMER_PREFIX = 'FORMERCIRCLE#';

/** A circle the member left or was removed from, in their own partition. */
export function formerMembershipKey(sub: string, memberId: string): Key {
  return { PK: userPartition(sub), SK: `${FORMER_PREFIX}${memberId}` };
}

/** A member's former memberships in their partition, oldest first. */
export function formerMembershipsRange(): Range {
  return prefixRange(FORMER_PREFIX);
}

const INVITE_PREFIX = 'INVITE#';

export function inviteKey(circleId: string, inviteId: string): Key {
  return { PK: circlePartition(circleId), SK: `${INVITE_PREFIX}${inviteId}` };
}

export function invitesRange(): Range {
  return prefixRange(INVITE_PREFIX);
}

const INVITE_CODE_SK = 'CIRCLEINVITE';

export function inviteCodeIndexKeys(code: string) {
  return { GSI1PK: inviteCodePartition(code), GSI1SK: INVITE_CODE_SK };
}

export function inviteCodePartition(code: string): string {
  return `CIRCLEINVITE#${code}`;
}

export function inviteCodeRange(): Range {
  return { from: INVITE_CODE_SK, to: INVITE_CODE_SK };
}

const CHECK_IN_PREFIX = 'CHECKIN#';

export function checkInKey(circleId: string, checkInId: string): Key {
  return { PK: circlePartition(circleId), SK: `${CHECK_IN_PREFIX}${checkInId}` };
}

export function checkInsRange(): Range {
  return prefixRange(CHECK_IN_PREFIX);
}

const REPLY_PREFIX = 'REPLY#';

export function replyKey(circleId: string, checkInId: string, replyId: string): Key {
  return { PK: circlePartition(circleId), SK: `${REPLY_PREFIX}${checkInId}#${replyId}` };
}

export function repliesRange(checkInId: string): Range {
  return prefixRange(`${REPLY_PREFIX}${checkInId}#`);
}

const REPORT_PREFIX = 'REPORT#';
const OPEN_REPORT_PREFIX = 'OPENREPORT#';

export function reportKey(circleId: string, reportId: string): Key {
  return { PK: circlePartition(circleId), SK: `${REPORT_PREFIX}${reportId}` };
}

export function openReportIndexKeys(circleId: string, reportId: string) {
  return { GSI2PK: circlePartition(circleId), GSI2SK: `${OPEN_REPORT_PREFIX}${reportId}` };
}

export function openReportsRange(): Range {
  return prefixRange(OPEN_REPORT_PREFIX);
}
