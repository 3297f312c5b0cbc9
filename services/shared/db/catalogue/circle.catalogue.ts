import { userPartition } from './member.catalogue';
import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';

/**
 * Support circles. Everything of a circle lives in its own partition,
 * `CIRCLE#<circleId>` (circles hold at most 50 members, so it never runs hot);
 * one item, the former membership, lives in the member's partition instead.
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
const CIRCLE_PREFIX = 'CIRCLE#';

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

const CIRCLE = '<circleId>';
const SUB = '<sub>';
const MEMBER = '<memberId>';

export const CIRCLE_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.Circle,
    domain: 'circles',
    about: "a circle's name, description, topic, counts and roster version",
    key: () => circleKey(CIRCLE),
    patterns: [
      { name: 'circle feed page: membership and circle together', budget: '1 BatchGetItem + 1 Query' },
      { name: 'my circles with live counts', budget: '1 Query + 1 BatchGetItem' },
    ],
  },
  {
    entity: ENTITY.CircleMembership,
    domain: 'circles',
    about: "a member's place in a circle: pseudonym, role, what they have seen",
    key: () => membershipKey(CIRCLE, SUB),
    indexKeys: () => membershipIndexKeys(CIRCLE, SUB, MEMBER),
    patterns: [
      { name: 'the membership check on every circle request', budget: "1 GetItem (consistent), or in the feed's BatchGetItem" },
      { name: 'my circles, newest joined first', index: 'GSI1', budget: '1 Query' },
      { name: "a circle's members, or one by member id", index: 'GSI2', budget: '1 Query' },
    ],
  },
  {
    entity: ENTITY.FormerMembership,
    domain: 'circles',
    about: 'a circle the member left or was removed from, so export and deletion find what they wrote',
    key: () => formerMembershipKey(SUB, MEMBER),
    patterns: [{ name: 'my former memberships (export, deletion)', budget: '1 Query' }],
  },
  {
    entity: ENTITY.CircleInvite,
    domain: 'circles',
    about: 'an invitation code to a circle',
    key: () => inviteKey(CIRCLE, '<inviteId>'),
    indexKeys: () => inviteCodeIndexKeys('<code>'),
    expires: true,
    patterns: [
      { name: "a circle's invitations", budget: '1 Query' },
      { name: 'join by code', index: 'GSI1', budget: '1 Query + 1 BatchGetItem + 1 transaction' },
    ],
  },
  {
    entity: ENTITY.CheckIn,
    domain: 'circles',
    about: 'a check-in posted to a circle, with its reaction and reply counts',
    key: () => checkInKey(CIRCLE, '<checkInId>'),
    patterns: [
      { name: 'circle feed page, newest first', budget: '1 Query' },
      { name: 'one check-in', budget: '1 GetItem' },
    ],
  },
  {
    entity: ENTITY.CheckInReply,
    domain: 'circles',
    about: 'a reply to a check-in',
    key: () => replyKey(CIRCLE, '<checkInId>', '<replyId>'),
    patterns: [{ name: "a check-in's thread", budget: '1 Query' }],
  },
  {
    entity: ENTITY.CircleReport,
    domain: 'circles',
    about: "a member's report of a check-in or reply, for the circle's moderators",
    key: () => reportKey(CIRCLE, '<reportId>'),
    indexKeys: () => openReportIndexKeys(CIRCLE, '<reportId>'),
    patterns: [{ name: "a circle's open reports (sparse: only while open)", index: 'GSI2', budget: '1 Query' }],
  },
];
