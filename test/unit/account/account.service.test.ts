import '../../helpers/unit-env';
import { AdminDeleteUserCommand, AdminUserGlobalSignOutCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { closedAccountKey, digestOf } from '../../../services/shared/db/keys';
import type { ClosedAccountRecord, DeletionProgress } from '../../../services/account/account.record';
import { DynamoAccountRepository, type AccountRepository, type StoredItem } from '../../../services/account/account.repository';
import { AccountService, circleWrite, ClosedAccountGuard, successorOf } from '../../../services/account/account.service';
import { CircleRole, ReactionKind } from '../../../services/circles/circle.enums';
import { checkInKey, circleKey, formerMembershipKey, membershipKey, replyKey } from '../../../services/circles/circle.keys';
import type { MembershipRecord } from '../../../services/circles/circle.record';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import type { UserRepository } from '../../../services/users/user.repository';
import type { ProfileRecord } from '../../../services/users/user.type';

const TABLE = 'lacrima-unit';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const SUB = '7c1e4f2a-9b3d-4e6f-8a1c-2d3e4f5a6b7c';
const CIRCLE = '01JD5CRC1E0000000000000000';
const MEMBER = '01JD5MEMBER000000000000001';
const CONFIRM = { confirm: 'DELETE MY ACCOUNT' };
const caller: Caller = { sub: SUB, groups: [], role: 'MEMBER', isAdmin: false };
const ddb = mockClient(DynamoDBDocumentClient);
const idp = mockClient(CognitoIdentityProviderClient);
const LARGE = { maxItems: 10_000, maxMillis: 60_000 };

type Item = Record<string, unknown>;

function service(clock = new FixedClock(NOW)) {
  const repo = new DynamoAccountRepository(
    DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
    TABLE,
    new CognitoIdentityProviderClient({ region: 'us-east-1' }),
    'us-east-1_pool',
  );
  return new AccountService(repo, clock);
}

function marker(progress: DeletionProgress | null, status: ClosedAccountRecord['status'] = 'DELETING'): Item {
  return {
    ...closedAccountKey(SUB),
    entity: 'ClosedAccount',
    status,
    startedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    refuseUntil: '2026-12-22T12:00:00.000Z',
    progress,
  };
}

function membership(overrides: Partial<MembershipRecord> = {}): MembershipRecord {
  return {
    circleId: CIRCLE,
    sub: SUB,
    memberId: MEMBER,
    role: CircleRole.MEMBER,
    status: 'ACTIVE',
    pseudonym: 'River',
    circle: { name: 'Evening tears', description: null, topic: null },
    joinedAt: '2026-11-01T10:00:00.000Z',
    lastVisitedAt: null,
    seenCheckInCount: 0,
    version: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** DynamoDB commands in the order sent, by name (e.g. ['GetCommand', 'QueryCommand']). */
function commands(): string[] {
  return ddb.calls().map((call) => call.args[0].constructor.name);
}

/** A member's partition holding `count` items, answering Queries and deletes as DynamoDB would. */
function partitionOf(count: number) {
  const remaining: Item[] = Array.from({ length: count }, (_, n) => ({ PK: `USER#${SUB}`, SK: `SESSION#${String(n).padStart(4, '0')}`, entity: 'Session' }));
  ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => (input.IndexName ? { Items: [] } : { Items: remaining.slice(0, input.Limit) }));
  ddb.on(TransactWriteCommand).callsFake((input: TransactWriteCommandInput) => {
    for (const item of input.TransactItems ?? []) {
      const at = remaining.findIndex((r) => r.SK === item.Delete?.Key?.SK);
      if (at >= 0) remaining.splice(at, 1);
    }
    return {};
  });
  return remaining;
}

describe('AccountService', () => {
  beforeEach(() => {
    ddb.reset();
    idp.reset();
    idp.resolves({});
    ddb.on(UpdateCommand).resolves({});
  });

  describe('deleteMyAccount', () => {
    it('refuses without the confirmation phrase, naming confirm, before reading anything', async () => {
      await expect(service().deleteMyAccount(caller, { confirm: 'yes' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: ['confirm'] });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers complete without writing once the account is deleted', async () => {
      ddb.on(GetCommand).resolves({ Item: marker(null, 'DELETED') });

      await expect(service().deleteMyAccount(caller, CONFIRM)).resolves.toEqual({ complete: true, deletedItems: 0 });
      expect(commands()).toEqual(['GetCommand']);
      expect(idp.calls()).toHaveLength(0);
    });

    it('stops at its item budget in chunks of at most 100, and says there is more', async () => {
      ddb.on(GetCommand).resolves({ Item: marker({ phase: 'partition' }) });
      const remaining = partitionOf(250);

      const result = await service().deleteMyAccount(caller, CONFIRM, { maxItems: 150, maxMillis: 60_000 });

      expect(result).toEqual({ complete: false, deletedItems: 150 });
      expect(commands()).toEqual(['GetCommand', 'QueryCommand', 'TransactWriteCommand', 'QueryCommand', 'TransactWriteCommand']);
      expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.Limit)).toEqual([100, 50]);
      expect(ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems?.length)).toEqual([100, 50]);
      expect(remaining).toHaveLength(100);
      expect(idp.calls()).toHaveLength(0);
    });

    it('stops at its time budget after the chunk in hand', async () => {
      ddb.on(GetCommand).resolves({ Item: marker({ phase: 'partition' }) });
      partitionOf(250);
      let ms = 0;
      // Every look at the clock is six seconds later: the first chunk already spends the budget.
      const timed = new AccountService((service() as unknown as { repo: AccountRepository }).repo, new FixedClock(NOW), () => (ms += 6000));

      const result = await timed.deleteMyAccount(caller, CONFIRM, { maxItems: 10_000, maxMillis: 5000 });

      expect(result).toEqual({ complete: false, deletedItems: 100 });
    });

    it('finishes on the next call: the rest of the data, a last check, and only then the Cognito user', async () => {
      ddb.on(GetCommand).resolves({ Item: marker({ phase: 'partition' }) });
      partitionOf(100);

      const result = await service().deleteMyAccount(caller, CONFIRM, LARGE);

      expect(result).toEqual({ complete: true, deletedItems: 100 });
      expect(commands()).toEqual([
        'GetCommand',
        // The partition: one chunk, then empty.
        'QueryCommand',
        'TransactWriteCommand',
        'QueryCommand',
        // The last check: grants as therapist, memberships, former memberships, the partition.
        'QueryCommand',
        'QueryCommand',
        'QueryCommand',
        'QueryCommand',
        // The marker records the deletion, after the Cognito user is gone.
        'UpdateCommand',
      ]);
      expect(idp.calls().map((c) => c.args[0].constructor.name)).toEqual(['AdminUserGlobalSignOutCommand', 'AdminDeleteUserCommand']);
      const finish = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
      expect(finish?.ExpressionAttributeValues).toMatchObject({ ':deleted': 'DELETED', ':until': '2026-11-22T13:00:00.000Z' });
    });

    it('never deletes the Cognito user while the last check finds data', async () => {
      ddb.on(GetCommand).resolves({ Item: marker({ phase: 'verify' }) });
      const remaining = [{ PK: `USER#${SUB}`, SK: 'PROFILE', entity: 'Profile' }];
      ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => (input.IndexName ? { Items: [] } : { Items: remaining.slice(0, input.Limit) }));
      ddb.on(TransactWriteCommand).rejects(Object.assign(new Error('Connection timed out'), { name: 'TimeoutError' }));

      await expect(service().deleteMyAccount(caller, CONFIRM, LARGE)).rejects.toThrow('Connection timed out');
      expect(idp.calls()).toHaveLength(0);
    });

    it('leaves the marker in progress when Cognito fails, so the next call tries again', async () => {
      ddb.on(GetCommand).resolves({ Item: marker({ phase: 'cognito' }) });
      idp.on(AdminUserGlobalSignOutCommand).resolves({});
      idp.on(AdminDeleteUserCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));

      await expect(service().deleteMyAccount(caller, CONFIRM, LARGE)).rejects.toThrow('Rate exceeded');
      expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    });

    it('opens the marker on the first call, keyed by a digest of the sub, and starts with the share code', async () => {
      ddb.on(GetCommand).resolves({});
      ddb.on(QueryCommand).resolves({ Items: [] });

      await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 0 });

      const put = ddb.calls().find((c) => c.args[0].constructor.name === 'PutCommand')?.args[0].input as { Item: Item; ConditionExpression: string };
      expect(put.Item).toMatchObject({ PK: `CLOSEDACCOUNT#${digestOf(SUB)}`, status: 'DELETING', refuseUntil: '2026-12-22T12:00:00.000Z' });
      expect(JSON.stringify(put.Item)).not.toContain(SUB);
      expect(put.ConditionExpression).toBe('attribute_not_exists(PK)');
      expect((ddb.commandCalls(GetCommand)[1]?.args[0].input.Key as Item).SK).toBe('SHARECODE');
    });

    describe('in a circle', () => {
      const target = digestOf(MEMBER).slice(0, 16);
      const mine = membership();

      function circleWithTraces(traces: Item[], next?: string, replies: Item[] = []) {
        ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
          const pk = input.ExpressionAttributeValues?.[':pk'];
          if (input.ExpressionAttributeValues?.[':from'] === 'REPLY#C1#') return { Items: replies.slice(0, input.Limit) };
          if (input.IndexName === 'GSI1' && pk === `USER#${SUB}`) return { Items: [{ ...mine, GSI1PK: `USER#${SUB}` }] };
          if (input.IndexName) return { Items: [] };
          if (pk === `CIRCLE#${CIRCLE}` && input.FilterExpression) return { Items: traces, ...(next ? { LastEvaluatedKey: { PK: pk, SK: next } } : {}) };
          return { Items: [] };
        });
        ddb
          .on(GetCommand)
          .callsFake((input: { Key: { PK: string; SK: string } }) =>
            input.Key.SK === membershipKey(CIRCLE, SUB).SK ? { Item: { ...mine, ...membershipKey(CIRCLE, SUB), entity: 'CircleMembership' } } : {},
          );
        ddb.on(TransactWriteCommand).resolves({});
      }

      it('resumes its sweep at the saved position', async () => {
        circleWithTraces([], 'CHECKIN#09');
        ddb.on(GetCommand, { Key: closedAccountKey(SUB) }).resolves({ Item: marker({ phase: 'circles', target, step: 'sweep', after: 'CHECKIN#05' }) });

        const result = await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 0 });

        const sweep = ddb.commandCalls(QueryCommand).find((c) => c.args[0].input.FilterExpression)?.args[0].input;
        expect(sweep?.ExpressionAttributeValues?.[':after']).toBe('CHECKIN#05');
        expect(result.complete).toBe(false);
      });

      it('saves where it stopped: the membership as a digest and a sort-key position, never a sub', async () => {
        circleWithTraces([], 'CHECKIN#09');
        ddb.on(GetCommand, { Key: closedAccountKey(SUB) }).resolves({ Item: marker({ phase: 'circles' }) });

        await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 0 });

        const saved = ddb.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues?.[':progress'];
        // The circle's id and the member's id there, for the last check; no sub.
        expect(saved).toEqual({ phase: 'circles', target, step: 'sweep', after: 'CHECKIN#09', touched: { circles: [{ circleId: CIRCLE, memberId: MEMBER }] } });
        expect(JSON.stringify(saved)).not.toContain(caller.sub);
      });

      it('deletes the replies under a check-in before the check-in; out of budget mid-thread, it stays before the root', async () => {
        const root = { ...checkInKey(CIRCLE, 'C1'), entity: 'CheckIn', circleId: CIRCLE, id: 'C1', author: { memberId: MEMBER, pseudonym: 'River' } };
        const replies = [1, 2, 3].map((n) => ({
          ...replyKey(CIRCLE, 'C1', `R${n}`),
          entity: 'CheckInReply',
          circleId: CIRCLE,
          checkInId: 'C1',
          id: `R${n}`,
          author: { memberId: 'someone-else', pseudonym: 'Sky' },
        }));
        circleWithTraces([root], undefined, replies);
        ddb.on(GetCommand, { Key: closedAccountKey(SUB) }).resolves({ Item: marker({ phase: 'circles', target, step: 'sweep', after: 'CHECKIN#00' }) });

        const result = await service().deleteMyAccount(caller, CONFIRM, { maxItems: 2, maxMillis: 60_000 });

        const deleted = ddb
          .commandCalls(TransactWriteCommand)
          .flatMap((c) => c.args[0].input.TransactItems ?? [])
          .map((i) => i.Delete?.Key?.SK);
        expect(deleted).toEqual(['REPLY#C1#R1', 'REPLY#C1#R2']);
        expect(result).toEqual({ complete: false, deletedItems: 2 });
        // Unchanged progress: the next call reads the root again and finishes its thread.
        expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
      });

      it('after sweeping a circle the member was removed from, deletes the tombstone (only if it is still that removal) and then the former membership', async () => {
        const former = {
          ...membership({ memberId: 'OLDMEMBER' }),
          status: 'REMOVED',
          endedAt: '2026-11-10T10:00:00.000Z',
          ...formerMembershipKey(SUB, 'OLDMEMBER'),
          entity: 'FormerMembership',
        };
        ddb
          .on(QueryCommand)
          .callsFake((input: QueryCommandInput) =>
            !input.IndexName && input.ExpressionAttributeValues?.[':from'] === 'FORMERCIRCLE#' ? { Items: [former] } : { Items: [] },
          );
        ddb.on(GetCommand).resolves({ Item: marker({ phase: 'circles', target: digestOf('OLDMEMBER').slice(0, 16), step: 'leave' }) });
        ddb.on(TransactWriteCommand).resolves({});

        const result = await service().deleteMyAccount(caller, CONFIRM, { maxItems: 2, maxMillis: 60_000 });

        const deletes = ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems?.map((i) => i.Delete));
        expect(deletes).toEqual([
          [
            expect.objectContaining({
              Key: membershipKey(CIRCLE, SUB),
              ConditionExpression: '#status = :removed AND #memberId = :memberId',
              ExpressionAttributeValues: { ':removed': 'REMOVED', ':memberId': 'OLDMEMBER' },
            }),
          ],
          [expect.objectContaining({ Key: formerMembershipKey(SUB, 'OLDMEMBER') })],
        ]);
        expect(result).toEqual({ complete: false, deletedItems: 2 });
      });

      it('sweeps a circle the member left under the member id they had there', async () => {
        const former = {
          ...membership({ memberId: 'OLDMEMBER' }),
          status: 'LEFT',
          endedAt: '2026-11-10T10:00:00.000Z',
          ...formerMembershipKey(SUB, 'OLDMEMBER'),
          entity: 'FormerMembership',
        };
        ddb
          .on(QueryCommand)
          .callsFake((input: QueryCommandInput) =>
            !input.IndexName && input.ExpressionAttributeValues?.[':from'] === 'FORMERCIRCLE#' ? { Items: [former] } : { Items: [] },
          );
        ddb.on(GetCommand).resolves({ Item: marker({ phase: 'circles' }) });

        await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 0 });

        const sweep = ddb.commandCalls(QueryCommand).find((c) => c.args[0].input.FilterExpression)?.args[0].input;
        expect(sweep?.ExpressionAttributeValues).toMatchObject({ ':pk': `CIRCLE#${CIRCLE}`, ':m': 'OLDMEMBER' });
      });

      function ownedCircle(members: MembershipRecord[]) {
        ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
          const values = input.ExpressionAttributeValues ?? {};
          if (input.IndexName === 'GSI1' && values[':pk'] === `USER#${SUB}`) return { Items: [members[0]] };
          if (!input.IndexName && values[':pk'] === `CIRCLE#${CIRCLE}` && values[':from'] === 'MEMBER#')
            return { Items: members.map((m) => ({ ...m, ...membershipKey(CIRCLE, m.sub), entity: 'CircleMembership' })) };
          return { Items: [] };
        });
        ddb.on(GetCommand).callsFake((input: { Key: { PK: string; SK: string } }) => {
          if (input.Key.SK === circleKey(CIRCLE).SK) return { Item: { ...circleKey(CIRCLE), entity: 'Circle', rosterVersion: 3 } };
          return input.Key.PK === `CIRCLE#${CIRCLE}`
            ? { Item: { ...members[0], entity: 'CircleMembership' } }
            : { Item: marker({ phase: 'circles', target, step: 'leave' }) };
        });
        ddb.on(TransactWriteCommand).resolves({});
      }

      it('hands the circle to the longest-standing moderator when its owner leaves, clearing the description and topic on the circle and every copy', async () => {
        const owner = membership({ role: CircleRole.OWNER });
        const early = membership({ sub: 'early', memberId: '01JD5MEMBER000000000000002', joinedAt: '2026-11-02T10:00:00.000Z' });
        const moderator = membership({ sub: 'mod', memberId: '01JD5MEMBER000000000000003', role: CircleRole.MODERATOR, joinedAt: '2026-11-03T10:00:00.000Z' });
        ownedCircle([owner, early, moderator]);

        await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 60_000 });

        // The members from the table itself, consistently (a join the index does not show yet would keep the old words).
        const members = ddb.commandCalls(QueryCommand).find((c) => c.args[0].input.ExpressionAttributeValues?.[':from'] === 'MEMBER#')?.args[0].input;
        expect(members).toMatchObject({ ConsistentRead: true });
        expect(members?.IndexName).toBeUndefined();
        const leave = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
        expect(leave.map((i) => Object.keys(i)[0])).toEqual(['Delete', 'Update', 'Update', 'Update']);
        const [, successor, other, circle] = leave.map((i) => i.Update);
        expect(successor?.Key).toEqual(membershipKey(CIRCLE, 'mod'));
        // The circles' own role-change rule (circle-transactions.repository.ts), to OWNER.
        expect(successor?.UpdateExpression).toContain('#role = :to');
        expect(successor?.ExpressionAttributeValues).toMatchObject({ ':to': 'OWNER' });
        expect(other).toMatchObject({ Key: membershipKey(CIRCLE, 'early'), ConditionExpression: '#status = :active AND #memberId = :memberId' });
        expect(other?.ExpressionAttributeValues).toMatchObject({ ':memberId': early.memberId, ':null': null });
        for (const copy of [successor, other]) expect(copy?.UpdateExpression).toContain('#circle.#description = :null, #circle.#topic = :null');
        expect(circle?.Key).toEqual(circleKey(CIRCLE));
        expect(circle?.UpdateExpression).not.toContain('archivedAt =');
        expect(circle?.UpdateExpression).toContain('#description = :null, #topic = :null, #rosterVersion = :rosterNext');
        expect(circle?.ConditionExpression).toContain('#rosterVersion = :rosterSeen');
        expect(circle?.ExpressionAttributeValues).toMatchObject({ ':rosterSeen': 3, ':rosterNext': 4 });
        // The name stays: members know the circle by it.
        expect(leave.flatMap((i) => Object.values(i.Update?.ExpressionAttributeNames ?? {}))).not.toContain('name');
      });

      it('archives the circle of an owner who was its last member without clearing anything', async () => {
        ownedCircle([membership({ role: CircleRole.OWNER })]);

        await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 60_000 });

        const leave = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
        expect(leave.map((i) => Object.keys(i)[0])).toEqual(['Delete', 'Update']);
        expect(leave[1]?.Update?.UpdateExpression).toContain('#archivedAt = :now');
        expect(JSON.stringify(leave)).not.toMatch(/description|topic|rosterVersion/);
      });

      it('changes nothing of the circle profile when a member who does not own it leaves', async () => {
        ownedCircle([membership(), membership({ sub: 'owner', memberId: '01JD5MEMBER000000000000002', role: CircleRole.OWNER })]);

        await service().deleteMyAccount(caller, CONFIRM, { maxItems: 1, maxMillis: 60_000 });

        const leave = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
        expect(leave.map((i) => Object.keys(i)[0])).toEqual(['Delete', 'Update']);
        expect(JSON.stringify(leave)).not.toMatch(/description|topic|rosterVersion/);
      });
    });
  });

  describe('successorOf', () => {
    const owner = membership({ role: CircleRole.OWNER, joinedAt: '2026-01-01T00:00:00.000Z' });

    it('prefers the longest-standing moderator over earlier members', () => {
      const member = membership({ sub: 'm', memberId: 'M1', joinedAt: '2026-02-01T00:00:00.000Z' });
      const lateMod = membership({ sub: 'late', memberId: 'M3', role: CircleRole.MODERATOR, joinedAt: '2026-04-01T00:00:00.000Z' });
      const earlyMod = membership({ sub: 'early', memberId: 'M2', role: CircleRole.MODERATOR, joinedAt: '2026-03-01T00:00:00.000Z' });

      expect(successorOf([owner, lateMod, member, earlyMod], owner)?.sub).toBe('early');
    });

    it('falls back to the longest-standing member, and to nobody when alone', () => {
      const second = membership({ sub: 'second', memberId: 'M2', joinedAt: '2026-03-01T00:00:00.000Z' });
      const first = membership({ sub: 'first', memberId: 'M1', joinedAt: '2026-02-01T00:00:00.000Z' });

      expect(successorOf([owner, second, first], owner)?.sub).toBe('first');
      expect(successorOf([owner], owner)).toBeNull();
    });
  });

  describe('circleWrite', () => {
    const item = (entity: string, record: Item): StoredItem => ({ key: { PK: `CIRCLE#${CIRCLE}`, SK: `${entity}#1` }, entity, record });

    it('takes the member out of reactions and reports on another member\u2019s check-in', () => {
      const record = {
        author: { memberId: 'other' },
        reactions_HUG: new Set([MEMBER, 'other2']),
        reactions_ME_TOO: new Set(['other2']),
        reportedBy: new Set([MEMBER]),
        hiddenByMemberId: MEMBER,
      };

      expect(circleWrite(item('CheckIn', record), MEMBER)).toEqual({
        op: 'forgetMember',
        key: expect.any(Object),
        memberId: MEMBER,
        reactions: [ReactionKind.HUG],
        reportedBy: true,
        fields: ['hiddenByMemberId'],
      });
    });

    it('deletes their reply and counts it off its check-in only while it was visible', () => {
      expect(circleWrite(item('CheckInReply', { circleId: CIRCLE, checkInId: 'C1', author: { memberId: MEMBER } }), MEMBER)).toMatchObject({
        op: 'deleteReply',
        countOff: true,
      });
      expect(
        circleWrite(item('CheckInReply', { circleId: CIRCLE, checkInId: 'C1', author: { memberId: MEMBER }, hiddenAt: '2026-11-01' }), MEMBER),
      ).toMatchObject({ op: 'deleteReply', countOff: false });
    });

    it('deletes a report about their words and anonymises one they filed or resolved', () => {
      expect(circleWrite(item('CircleReport', { contentAuthor: { memberId: MEMBER }, reporterMemberId: 'other' }), MEMBER)).toMatchObject({ op: 'delete' });
      expect(
        circleWrite(item('CircleReport', { contentAuthor: { memberId: 'other' }, reporterMemberId: MEMBER, resolvedByMemberId: MEMBER }), MEMBER),
      ).toMatchObject({
        op: 'forgetMember',
        fields: ['reporterMemberId', 'resolvedByMemberId'],
      });
    });

    it('anonymises the creator of an invite and ignores anything that no longer names them', () => {
      expect(circleWrite(item('CircleInvite', { createdByMemberId: MEMBER }), MEMBER)).toMatchObject({ op: 'forgetMember', fields: ['createdByMemberId'] });
      expect(circleWrite(item('CheckIn', { author: { memberId: 'other' } }), MEMBER)).toBeNull();
      expect(circleWrite(item('Circle', {}), MEMBER)).toBeNull();
    });
  });

  describe('exportMyData', () => {
    function fakeRepository(overrides: Partial<AccountRepository>): AccountRepository {
      return {
        profile: jest.fn(async () => ({})),
        sourcePage: jest.fn(async () => ({ items: [], next: null })),
        memberships: jest.fn(async () => []),
        circleContentPage: jest.fn(async () => ({ items: [], next: null })),
        ...overrides,
      } as unknown as AccountRepository;
    }

    it('stops adding Queries once a page holds about 3 MB, and hands back a cursor to go on', async () => {
      const big = { id: 'J', writtenAt: NOW.toISOString(), localDay: '2026-11-22', text: 'x'.repeat(20_000), emotions: [], createdAt: '', updatedAt: '' };
      const sourcePage = jest.fn(async (_sub: string, source: string, after: string) =>
        source === 'journalEntries'
          ? { items: Array.from({ length: 50 }, (_, n) => ({ ...big, id: `${after}${n}` })), next: `JOURNAL#${after}x` }
          : { items: [], next: null },
      );
      const exporter = new AccountService(fakeRepository({ sourcePage: sourcePage as unknown as AccountRepository['sourcePage'] }), new FixedClock(NOW));

      const page = await exporter.exportMyData(caller, {});

      expect(page.hasMore).toBe(true);
      expect(JSON.stringify(page).length).toBeGreaterThan(3_000_000);
      expect(JSON.stringify(page).length).toBeLessThan(5_000_000);
      expect(page.endCursor).toEqual(expect.any(String));
    });

    it('rejects a circle cursor whose circle left the list', async () => {
      const exporter = new AccountService(fakeRepository({ memberships: jest.fn(async () => [membership()]) }), new FixedClock(NOW));
      const after = Buffer.from('x1|circles|0|0123456789abcdef|CHECKIN#1').toString('base64url');

      await expect(exporter.exportMyData(caller, { after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });
  });

  describe('ClosedAccountGuard', () => {
    const profile = { sub: SUB } as ProfileRecord;
    const users = { getProfile: jest.fn(), updateProfile: jest.fn(), createProfile: jest.fn(async () => true) } satisfies UserRepository;

    it('refuses to create a profile for an account deleted less than an hour ago', async () => {
      const guard = new ClosedAccountGuard(
        users,
        { closedAccount: async () => ({ status: 'DELETED', startedAt: '', updatedAt: '', refuseUntil: '2026-11-22T12:30:00.000Z' }) },
        new FixedClock(NOW),
      );

      await expect(guard.createProfile(profile)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(users.createProfile).not.toHaveBeenCalled();
    });

    it('creates it when there is no marker, or once the marker has lapsed', async () => {
      const lapsed = new ClosedAccountGuard(
        users,
        { closedAccount: async () => ({ status: 'DELETED', startedAt: '', updatedAt: '', refuseUntil: '2026-11-22T11:00:00.000Z' }) },
        new FixedClock(NOW),
      );
      const fresh = new ClosedAccountGuard(users, { closedAccount: async () => undefined }, new FixedClock(NOW));

      await expect(lapsed.createProfile(profile)).resolves.toBe(true);
      await expect(fresh.createProfile(profile)).resolves.toBe(true);
    });
  });
});
