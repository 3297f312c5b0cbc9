import {
  checkInKey,
  checkInsRange,
  circleKey,
  inviteCodeIndexKeys,
  inviteKey,
  membersRange,
  membershipIndexKeys,
  membershipKey,
  myCirclesRange,
  openReportIndexKeys,
  openReportsRange,
  repliesRange,
  replyKey,
  reportKey,
} from '../../../services/circles/circle.keys';
import { timeRange, userPartition, type TimelineEntity } from '../../../services/shared/db/keys';

const CIRCLE = '01JD5CRC1E0000000000000000';
const MEMBER = '01JD5MEMBER000000000000000';
const within = (key: string, range: { from: string; to: string }) => key >= range.from && key <= range.to;

describe('circle keys', () => {
  it("keeps everything of a circle in the circle's partition", () => {
    const keys = [
      circleKey(CIRCLE),
      membershipKey(CIRCLE, 'sub-1'),
      inviteKey(CIRCLE, 'I1'),
      checkInKey(CIRCLE, 'C1'),
      replyKey(CIRCLE, 'C1', 'R1'),
      reportKey(CIRCLE, 'P1'),
    ];

    expect(new Set(keys.map((k) => k.PK))).toEqual(new Set([`CIRCLE#${CIRCLE}`]));
    expect(keys.map((k) => k.SK)).toEqual(['META', 'MEMBER#sub-1', 'INVITE#I1', 'CHECKIN#C1', 'REPLY#C1#R1', 'REPORT#P1']);
  });

  it("places a membership in the member's index partition, in a range the timeline never reads", () => {
    const index = membershipIndexKeys(CIRCLE, 'sub-1', MEMBER);

    expect(index.GSI1PK).toBe(userPartition('sub-1'));
    expect(within(index.GSI1SK, myCirclesRange())).toBe(true);
    const kinds: Array<TimelineEntity | null> = [null, 'Session', 'JournalEntry', 'RoutineCompletion', 'TherapistNote'];
    for (const kind of kinds) expect(within(index.GSI1SK, timeRange(kind))).toBe(false);
  });

  it('finds a member by member id, and only that member', () => {
    const index = membershipIndexKeys(CIRCLE, 'sub-1', MEMBER);

    expect(within(index.GSI2SK, membersRange())).toBe(true);
    expect(within(index.GSI2SK, membersRange(MEMBER))).toBe(true);
    expect(within(index.GSI2SK, membersRange('01JD5MEMBER000000000000001'))).toBe(false);
    expect(within(openReportIndexKeys(CIRCLE, 'P1').GSI2SK, membersRange())).toBe(false);
  });

  it('keeps check-ins, replies and open reports in ranges of their own', () => {
    expect(within(checkInKey(CIRCLE, 'C1').SK, checkInsRange())).toBe(true);
    expect(within(replyKey(CIRCLE, 'C1', 'R1').SK, checkInsRange())).toBe(false);
    expect(within(replyKey(CIRCLE, 'C1', 'R1').SK, repliesRange('C1'))).toBe(true);
    expect(within(replyKey(CIRCLE, 'C10', 'R1').SK, repliesRange('C1'))).toBe(false);
    expect(within(openReportIndexKeys(CIRCLE, 'P1').GSI2SK, openReportsRange())).toBe(true);
  });

  it('indexes an invite by its code, apart from any member partition', () => {
    expect(inviteCodeIndexKeys('7KQ2MXW9RD').GSI1PK).toBe('CIRCLEINVITE#7KQ2MXW9RD');
    expect(inviteCodeIndexKeys('7KQ2MXW9RD').GSI1PK.startsWith(userPartition(''))).toBe(false);
  });
});
