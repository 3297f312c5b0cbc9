/**
 * Circles' keys, from the item catalogue (services/shared/db/item-catalogue.ts,
 * where catalogue/circle.catalogue.ts also says how a circle's partition is laid out).
 */
export {
  checkInKey,
  checkInsRange,
  circleKey,
  circlePartition,
  formerMembershipKey,
  formerMembershipsRange,
  inviteCodeIndexKeys,
  inviteCodePartition,
  inviteCodeRange,
  inviteKey,
  invitesRange,
  membersRange,
  membershipIndexKeys,
  membershipKey,
  myCirclesRange,
  openReportIndexKeys,
  openReportsRange,
  repliesRange,
  replyKey,
  reportKey,
} from '../shared/db/catalogue/circle.catalogue';
export type { Key, Range } from '../shared/db/catalogue/shapes';
