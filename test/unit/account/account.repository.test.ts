import '../../helpers/unit-env';
import { AdminDeleteUserCommand, AdminUserGlobalSignOutCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DELETED_ACCOUNT, DynamoAccountRepository, type AccountWrite } from '../../../services/account/account.repository';
import { ReactionKind } from '../../../services/circles/circle.enums';
import { checkInKey, circleKey, membershipKey, replyKey } from '../../../services/circles/circle.keys';

const TABLE = 'lacrima-unit';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const CIRCLE = '01JD5CRC1E0000000000000000';
const MEMBER = '01JD5MEMBER000000000000001';
const ddb = mockClient(DynamoDBDocumentClient);
const idp = mockClient(CognitoIdentityProviderClient);

function repository(pool: { id?: string } = { id: 'us-east-1_pool' }) {
  return new DynamoAccountRepository(
    DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
    TABLE,
    new CognitoIdentityProviderClient({ region: 'us-east-1' }),
    pool.id,
  );
}

function cancelled(codes: string[]): Error {
  return Object.assign(new Error(`Transaction cancelled [${codes.join(', ')}]`), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}

function transactions(): NonNullable<TransactWriteCommandInput['TransactItems']>[] {
  return ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems ?? []);
}

const deleteOf = (n: number): AccountWrite => ({ op: 'delete', key: { PK: 'USER#member', SK: `SESSION#${String(n).padStart(4, '0')}` } });

describe('DynamoAccountRepository', () => {
  beforeEach(() => {
    ddb.reset();
    idp.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  describe('apply', () => {
    it('writes in transactions of at most 100 items and answers how many items it deleted', async () => {
      const deleted = await repository().apply(
        Array.from({ length: 250 }, (_, n) => deleteOf(n)),
        NOW,
      );

      expect(transactions().map((items) => items.length)).toEqual([100, 100, 50]);
      expect(deleted).toBe(250);
      // Conditional deletes: an item already gone is not counted twice on a retry.
      expect(transactions()[0]?.[0]).toEqual({
        Delete: { TableName: TABLE, Key: { PK: 'USER#member', SK: 'SESSION#0000' }, ConditionExpression: 'attribute_exists(PK)' },
      });
    });

    it('never puts one item twice into a transaction: a reply count on a check-in deleted in the same call goes into the next one', async () => {
      const root = checkInKey(CIRCLE, '01JD5CHECK0000000000000001');
      const writes: AccountWrite[] = [
        { op: 'delete', key: root },
        {
          op: 'deleteReply',
          key: replyKey(CIRCLE, '01JD5CHECK0000000000000001', '01JD5REPLY0000000000000001'),
          circleId: CIRCLE,
          checkInId: '01JD5CHECK0000000000000001',
          countOff: true,
        },
      ];
      ddb
        .on(TransactWriteCommand)
        .resolvesOnce({})
        .rejectsOnce(cancelled(['None', 'ConditionalCheckFailed']))
        .resolves({});

      const deleted = await repository().apply(writes, NOW);

      const sent = transactions();
      expect(sent.map((items) => items.length)).toEqual([1, 2, 1]);
      expect(sent[1]?.[1]?.Update?.Key).toEqual(root);
      // The count update failed (its check-in is gone): it is dropped, the reply is still deleted.
      expect(sent[2]).toEqual([sent[1]?.[0]]);
      expect(deleted).toBe(2);
    });

    it('drops a write whose main item is gone already, with its secondary part, and sends the rest again', async () => {
      const writes: AccountWrite[] = [{ op: 'deleteReply', key: replyKey(CIRCLE, 'C1', 'R1'), circleId: CIRCLE, checkInId: 'C1', countOff: true }, deleteOf(1)];
      ddb
        .on(TransactWriteCommand)
        .rejectsOnce(cancelled(['ConditionalCheckFailed', 'None', 'None']))
        .resolves({});

      const deleted = await repository().apply(writes, NOW);

      const sent = transactions();
      expect(sent.map((items) => items.length)).toEqual([3, 1]);
      // The reply was gone, so its check-in must not be counted down a second time.
      expect(sent[1]).toEqual([expect.objectContaining({ Delete: expect.objectContaining({ Key: { PK: 'USER#member', SK: 'SESSION#0001' } }) })]);
      expect(deleted).toBe(1);
    });

    it('retries a transaction cancelled by a concurrent one', async () => {
      ddb
        .on(TransactWriteCommand)
        .rejectsOnce(cancelled(['TransactionConflict']))
        .resolves({});

      await expect(repository().apply([deleteOf(1)], NOW)).resolves.toBe(1);
      expect(transactions()).toHaveLength(2);
    });

    it('lets throttling through, for the caller to retry the whole (idempotent) call', async () => {
      ddb.on(TransactWriteCommand).rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' }));

      await expect(repository().apply([deleteOf(1)], NOW)).rejects.toThrow('slow down');
    });

    it('takes a member id out of reaction and report sets and replaces it where it names who did something', async () => {
      const key = checkInKey(CIRCLE, 'C1');

      await repository().apply(
        [{ op: 'forgetMember', key, memberId: MEMBER, reactions: [ReactionKind.HUG, ReactionKind.ME_TOO], reportedBy: true, fields: ['hiddenByMemberId'] }],
        NOW,
      );

      const update = transactions()[0]?.[0]?.Update;
      expect(update).toMatchObject({
        Key: key,
        UpdateExpression: 'SET #updatedAt = :now, #f0 = :placeholder DELETE #s0 :member, #s1 :member, #s2 :member',
        ConditionExpression: 'attribute_exists(PK) AND #f0 = :memberId',
        ExpressionAttributeNames: { '#s0': 'reactions_HUG', '#s1': 'reactions_ME_TOO', '#s2': 'reportedBy', '#f0': 'hiddenByMemberId' },
      });
      expect(update?.ExpressionAttributeValues).toMatchObject({ ':member': new Set([MEMBER]), ':placeholder': DELETED_ACCOUNT.id, ':memberId': MEMBER });
    });

    it('replaces a therapist in a client\u2019s record only while it still names them', async () => {
      const key = { PK: 'USER#client', SK: 'ACCESS#2026-11-01T10:00:00.000Z#01' };

      await repository().apply([{ op: 'forgetTherapist', key, therapistSub: 'therapist-sub' }], NOW);

      expect(transactions()[0]?.[0]?.Update).toMatchObject({
        Key: key,
        UpdateExpression: 'SET #therapistSub = :placeholder, #therapistName = :name',
        ConditionExpression: 'attribute_exists(PK) AND #therapistSub = :sub',
        ExpressionAttributeValues: { ':placeholder': 'deleted-account', ':name': 'Deleted account', ':sub': 'therapist-sub' },
      });
    });

    it('deletes a share code and its lookup as two independent items', async () => {
      await repository().apply([{ op: 'deleteShareCode', sub: 'therapist-sub', code: '7KQ2MXW9RD' }], NOW);

      expect(transactions()[0]?.map((item) => item.Delete?.Key)).toEqual([
        { PK: 'SHARECODE#7KQ2MXW9RD', SK: 'SHARECODE' },
        { PK: 'USER#therapist-sub', SK: 'SHARECODE' },
      ]);
    });

    it('sends nothing for nothing to do', async () => {
      await expect(repository().apply([], NOW)).resolves.toBe(0);
      expect(transactions()).toEqual([]);
    });
  });

  describe('circleTraces', () => {
    it('reads one consistent, filtered Query of the circle after the position', async () => {
      ddb.on(QueryCommand).resolves({ Items: [], LastEvaluatedKey: { PK: `CIRCLE#${CIRCLE}`, SK: 'CHECKIN#05' } });

      const page = await repository().circleTraces(CIRCLE, MEMBER, 'CHECKIN#01', 50);

      const input = ddb.commandCalls(QueryCommand)[0]?.args[0].input;
      expect(input).toMatchObject({ KeyConditionExpression: '#pk = :pk AND #sk > :after', ConsistentRead: true, Limit: 50 });
      expect(input?.ExpressionAttributeValues).toMatchObject({ ':pk': `CIRCLE#${CIRCLE}`, ':after': 'CHECKIN#01', ':m': MEMBER });
      expect(page.next).toBe('CHECKIN#05');
    });

    it('never resumes at a membership (its key holds a sub): it skips to the circle metadata', async () => {
      const stoppedAt = membershipKey(CIRCLE, 'another-members-sub');
      ddb.on(QueryCommand).resolves({ Items: [], LastEvaluatedKey: stoppedAt });

      const page = await repository().circleTraces(CIRCLE, MEMBER, '', 50);

      expect(page.next).not.toContain('another-members-sub');
      expect(page.next! < circleKey(CIRCLE).SK && page.next! > stoppedAt.SK).toBe(true);
    });
  });

  describe('deleteCognitoUser', () => {
    it('signs the user out everywhere, then deletes them', async () => {
      idp.resolves({});

      await repository().deleteCognitoUser('member-sub');

      expect(idp.calls().map((call) => call.args[0].constructor.name)).toEqual(['AdminUserGlobalSignOutCommand', 'AdminDeleteUserCommand']);
      expect(idp.commandCalls(AdminDeleteUserCommand)[0]?.args[0].input).toEqual({ UserPoolId: 'us-east-1_pool', Username: 'member-sub' });
    });

    it.each([
      ['already gone (a retry after the delete landed)', 'UserNotFoundException'],
      ['without global sign-out (cognito-local)', 'Unsupported'],
    ])('still deletes a user %s', async (_case, name) => {
      idp.on(AdminUserGlobalSignOutCommand).rejects(Object.assign(new Error(name), { name }));
      idp.on(AdminDeleteUserCommand).resolves({});

      await repository().deleteCognitoUser('member-sub');

      expect(idp.commandCalls(AdminDeleteUserCommand)).toHaveLength(1);
    });

    it('treats a user deleted already as deleted', async () => {
      idp.rejects(Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' }));

      await expect(repository().deleteCognitoUser('member-sub')).resolves.toBeUndefined();
    });

    it('fails on anything else, so the deletion is retried', async () => {
      idp.on(AdminUserGlobalSignOutCommand).resolves({});
      idp.on(AdminDeleteUserCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));

      await expect(repository().deleteCognitoUser('member-sub')).rejects.toThrow('Rate exceeded');
    });

    it('refuses clearly without a configured pool', async () => {
      await expect(repository({}).deleteCognitoUser('member-sub')).rejects.toThrow(/USER_POOL_ID/);
      expect(idp.calls()).toHaveLength(0);
    });
  });
});
