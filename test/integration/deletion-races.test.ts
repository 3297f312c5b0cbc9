import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createAccountRepository } from '../../services/account/account.repository';
import { AccountService } from '../../services/account/account.service';
import type { Caller } from '../../services/shared/auth/caller';
import { systemClock } from '../../services/shared/clock';
import { checkInKey } from '../../services/circles/circle.keys';
import { dynamo } from '../../services/shared/db/client';
import { closedAccountKey } from '../../services/shared/db/keys';
import { newId } from '../../services/shared/ids';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';
import { snapshotPartitions } from '../helpers/world';

const CONFIRM = 'DELETE MY ACCOUNT';
// A few items a call: the deletion takes many calls, and writes are tried between each two.
const SMALL = { maxItems: 2, maxMillis: 60_000 };

function callerOf(user: TestUser, role: Caller['role'] = 'MEMBER'): Caller {
  return { sub: user.sub, groups: role === 'THERAPIST' ? ['therapists'] : [], role, isAdmin: false };
}

/**
 * A deletion that takes several calls must not leave what is written between
 * them (security review): once it has begun, every write of that account is
 * refused in its own transaction, and nothing of the account stays in any
 * partition it touched.
 */
describe('deleting an account while its token still writes (integration)', () => {
  let api: TestApi;
  const service = () => new AccountService(createAccountRepository(dynamo(), process.env.TABLE_NAME as string), systemClock);

  async function ok<T>(user: TestUser, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await api.gql<T>(document, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  /** Runs the deletion a few items a call, trying the writes between each two calls; answers what every try answered. */
  async function deleteWhileWriting(user: TestUser, role: Caller['role'], writes: Array<() => Promise<string>>): Promise<Set<string>> {
    const answers = new Set<string>();
    for (let calls = 1; ; calls++) {
      expect(calls).toBeLessThan(200);
      const { complete } = await service().deleteMyAccount(callerOf(user, role), { confirm: CONFIRM }, SMALL);
      for (const write of writes) answers.add(await write());
      if (complete) return answers;
    }
  }

  const code = (res: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => res.body.errors?.[0]?.extensions?.code ?? 'OK';

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('a therapist being deleted can add no note, suggestion or read to a client’s data, and leaves nothing of theirs there', async () => {
    const [therapist, client] = await Promise.all([createTestUser({ group: 'therapists' }), createTestUser()]);
    await ok(therapist, kit('UpdateProfile'), { input: { version: 1, displayName: 'Dr Vale' } });
    const shareCode = (await ok<{ myShareCode: string }>(therapist, kit('MyShareCode'))).myShareCode;
    await ok(client, kit('InviteTherapist'), { input: { shareCode, scopes: ['SESSIONS', 'REFLECTIONS'] } });
    await ok(therapist, kit('AcceptInvitation'), { input: { clientId: client.sub } });
    // A long access log: the therapist's deletion needs many calls to clear it.
    for (let i = 0; i < 6; i++) await ok(therapist, kit('ClientTimeline'), { clientId: client.sub, first: 5 });
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

    const answers = await deleteWhileWriting(therapist, 'THERAPIST', [
      async () => code(await api.gql(kit('AddNote'), { input: { clientId: client.sub, pinnedDay: day, text: 'Still here' } }, therapist.accessToken)),
      async () =>
        code(await api.gql(kit('SuggestPractice'), { input: { clientId: client.sub, templateId: 'mindful-crying-practice' } }, therapist.accessToken)),
      async () => code(await api.gql(kit('ClientTimeline'), { clientId: client.sub, first: 5 }, therapist.accessToken)),
    ]);

    expect([...answers].filter((answer) => answer === 'OK')).toEqual([]);
    const left = [...(await snapshotPartitions([`USER#${client.sub}`])).values()].filter((item) => item.includes(therapist.sub) || item.includes('Dr Vale'));
    expect(left).toEqual([]);
  });

  it('a member being deleted can post, reply or react in no circle, and leaves nothing of theirs there', async () => {
    const [owner, member] = await Promise.all([createTestUser(), createTestUser()]);
    const circleId = (
      await ok<{ createCircle: { circle: { id: string } } }>(owner, kit('CreateCircle'), { input: { name: 'Evening tears', pseudonym: 'Willow' } })
    ).createCircle.circle.id;
    const invite = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, kit('CreateCircleInvite'), { input: { circleId } }))
      .createCircleInvite.circleInvite.code;
    const memberId = (await ok<{ joinCircle: { circle: { me: { id: string } } } }>(member, kit('JoinCircle'), { input: { code: invite, pseudonym: 'Ash' } }))
      .joinCircle.circle.me.id;
    const checkInId = (
      await ok<{ postCheckIn: { checkIn: { id: string } } }>(owner, kit('PostCheckIn'), { input: { circleId, mood: 'TENDER', text: 'A heavy day' } })
    ).postCheckIn.checkIn.id;
    // Enough of the member's own posts that the deletion stops inside the circle's range.
    for (let i = 0; i < 5; i++) await ok(member, kit('PostCheckIn'), { input: { circleId, mood: 'HOPEFUL', text: `Day ${i}` } });

    let n = 0;
    const answers = await deleteWhileWriting(member, 'MEMBER', [
      async () => code(await api.gql(kit('PostCheckIn'), { input: { circleId, mood: 'HOPEFUL', text: `Still here ${n++}` } }, member.accessToken)),
      async () => code(await api.gql(kit('ReplyToCheckIn'), { input: { circleId, checkInId, text: 'With you' } }, member.accessToken)),
      async () => code(await api.gql(kit('AddReaction'), { input: { circleId, checkInId, kind: 'HUG' } }, member.accessToken)),
      async () =>
        code(
          await api.gql(kit('LogSession'), { input: { startedAt: new Date(Date.now() - 3_600_000).toISOString(), durationMinutes: 10 } }, member.accessToken),
        ),
    ]);

    expect([...answers].filter((answer) => answer === 'OK')).toEqual([]);
    const left = [...(await snapshotPartitions([`CIRCLE#${circleId}`, `USER#${member.sub}`])).values()].filter(
      (item) => item.includes(memberId) || item.includes(member.sub),
    );
    expect(left).toEqual([]);
  });

  it('finds, in its last step, anything of the member that reached a circle it had already swept', async () => {
    const [owner, member] = await Promise.all([createTestUser(), createTestUser()]);
    const circleId = (await ok<{ createCircle: { circle: { id: string } } }>(owner, kit('CreateCircle'), { input: { name: 'Dawn', pseudonym: 'Lark' } }))
      .createCircle.circle.id;
    const invite = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, kit('CreateCircleInvite'), { input: { circleId } }))
      .createCircleInvite.circleInvite.code;
    const memberId = (await ok<{ joinCircle: { circle: { me: { id: string } } } }>(member, kit('JoinCircle'), { input: { code: invite, pseudonym: 'Wren' } }))
      .joinCircle.circle.me.id;
    await ok(member, kit('PostCheckIn'), { input: { circleId, mood: 'TENDER', text: 'First light' } });
    await ok(member, kit('LogSession'), { input: { startedAt: new Date(Date.now() - 3_600_000).toISOString(), durationMinutes: 10 } });
    const phase = async () =>
      (
        (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: closedAccountKey(member.sub), ConsistentRead: true }))).Item
          ?.progress as { phase?: string } | undefined
      )?.phase;

    // Run the deletion, a little at a time, until it is past the circles.
    for (let calls = 0; !['partition', 'verify'].includes((await phase()) ?? ''); calls++) {
      expect(calls).toBeLessThan(100);
      expect((await service().deleteMyAccount(callerOf(member), { confirm: CONFIRM }, { maxItems: 1, maxMillis: 60_000 })).complete).toBe(false);
    }
    // A write that got past every guard (simulated straight into the table): the circle is no longer being swept.
    const id = newId(new Date());
    const at = new Date().toISOString();
    await documentClient().send(
      new PutCommand({
        TableName: testStack().tableName,
        Item: {
          ...checkInKey(circleId, id),
          entity: 'CheckIn',
          circleId,
          id,
          author: { memberId, pseudonym: 'Wren' },
          mood: 'TENDER',
          intensity: null,
          text: 'Slipped through',
          session: null,
          postedAt: at,
          replyCount: 0,
          version: 1,
          createdAt: at,
          updatedAt: at,
        },
      }),
    );
    for (let calls = 0; !(await service().deleteMyAccount(callerOf(member), { confirm: CONFIRM }, SMALL)).complete; calls++) expect(calls).toBeLessThan(100);

    const left = [...(await snapshotPartitions([`CIRCLE#${circleId}`])).values()].filter((item) => item.includes(memberId));
    expect(left).toEqual([]);
  });
});
