import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as account from '../../../services/account/account.keys';
import * as circles from '../../../services/circles/circle.keys';
import * as routines from '../../../services/routines/routine.keys';
import * as sharing from '../../../services/sharing/sharing.keys';
import * as users from '../../../services/users/user.keys';
import * as db from '../../../services/shared/db/keys';

/**
 * Every key builder, frozen: stored items are found by these exact strings,
 * so moving the builders (issue #15's item catalogue) must leave each one
 * byte-identical. test/fixtures/golden-keys.json was written from the
 * builders as they were before any move; never regenerate it to make this pass.
 */
const SUB = '6f1c2a9e-0b7d-4c3e-9a51-2d8f4e6b7c10';
const OTHER = '0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d';
const ID = '01JD5NV1TE0000000000000000';
const ID2 = '01JD5NV1TE0000000000000001';
const AT = '2026-11-22T10:00:00.000Z';
const ENTITIES = ['Session', 'JournalEntry', 'RoutineCompletion', 'TherapistNote'] as const;

function keysNow(): Record<string, unknown> {
  return {
    'db.userPartition': db.userPartition(SUB),
    ...Object.fromEntries(ENTITIES.map((e) => [`db.itemKey ${e}`, db.itemKey(SUB, e, ID)])),
    ...Object.fromEntries(ENTITIES.map((e) => [`db.timelineIndexKeys ${e}`, db.timelineIndexKeys(SUB, e, AT, ID)])),
    ...Object.fromEntries(ENTITIES.map((e) => [`db.timeRange ${e}`, db.timeRange(e, AT, '2026-11-29T10:00:00.000Z')])),
    'db.timeRange all': db.timeRange(null),
    'db.idempotencyKey': db.idempotencyKey(SUB, 'retry-key-0001'),
    'db.digestOf': db.digestOf(SUB),
    'db.closedAccountKey': db.closedAccountKey(SUB),
    'users.profileKey': users.profileKey(SUB),
    'routines.routineKey': routines.routineKey(SUB, ID),
    'routines.routineRange': routines.routineRange(),
    'sharing.grantKey': sharing.grantKey(SUB, OTHER),
    'sharing.grantIndexKeys': sharing.grantIndexKeys(OTHER, SUB),
    'sharing.therapistClientsRange': sharing.therapistClientsRange(OTHER),
    'sharing.CLIENT_GRANTS_RANGE': sharing.CLIENT_GRANTS_RANGE,
    'sharing.therapistRemovedKey': sharing.therapistRemovedKey(OTHER),
    'sharing.shareCodeOwnerKey': sharing.shareCodeOwnerKey(OTHER),
    'sharing.shareCodeLookupKey': sharing.shareCodeLookupKey('7KQ2MXW9RD'),
    'sharing.accessLogKey': sharing.accessLogKey(SUB, AT, ID),
    'sharing.ACCESS_LOG_RANGE': sharing.ACCESS_LOG_RANGE,
    'sharing.suggestionKey': sharing.suggestionKey(SUB, ID),
    'sharing.SUGGESTIONS_RANGE': sharing.SUGGESTIONS_RANGE,
    'circles.circlePartition': circles.circlePartition(ID),
    'circles.circleKey': circles.circleKey(ID),
    'circles.membershipKey': circles.membershipKey(ID, SUB),
    'circles.membershipIndexKeys': circles.membershipIndexKeys(ID, SUB, ID2),
    'circles.myCirclesRange': circles.myCirclesRange(),
    'circles.membersRange': circles.membersRange(),
    'circles.membersRange one': circles.membersRange(ID2),
    'circles.formerMembershipKey': circles.formerMembershipKey(SUB, ID2),
    'circles.formerMembershipsRange': circles.formerMembershipsRange(),
    'circles.inviteKey': circles.inviteKey(ID, ID2),
    'circles.invitesRange': circles.invitesRange(),
    'circles.inviteCodeIndexKeys': circles.inviteCodeIndexKeys('7KQ2MXW9RD'),
    'circles.inviteCodePartition': circles.inviteCodePartition('7KQ2MXW9RD'),
    'circles.inviteCodeRange': circles.inviteCodeRange(),
    'circles.checkInKey': circles.checkInKey(ID, ID2),
    'circles.checkInsRange': circles.checkInsRange(),
    'circles.replyKey': circles.replyKey(ID, ID2, '01JD5NV1TE0000000000000002'),
    'circles.repliesRange': circles.repliesRange(ID2),
    'circles.reportKey': circles.reportKey(ID, ID2),
    'circles.openReportIndexKeys': circles.openReportIndexKeys(ID, ID2),
    'circles.openReportsRange': circles.openReportsRange(),
    ...Object.fromEntries(account.EXPORT_SOURCES.map((s) => [`account.exportSource ${s}`, account.exportSource(SUB, s)])),
    'account.membershipsSource': account.membershipsSource(SUB),
    'account.formerMembershipsSource': account.formerMembershipsSource(SUB),
  };
}

describe('key builders (golden)', () => {
  it('build every key, index key and range byte for byte as stored items expect', () => {
    const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'golden-keys.json'), 'utf8')) as Record<string, unknown>;

    expect(JSON.parse(JSON.stringify(keysNow()))).toEqual(golden);
  });
});
