import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CircleRole } from '../../services/circles/circle.enums';
import { circleKey } from '../../services/circles/circle.keys';
import { DynamoCircleRepository } from '../../services/circles/circle.repository';
import { newId } from '../../services/shared/ids';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

/**
 * Impersonation in circles (security review): a copy of the owner's name, the
 * same name with a zero-width space, a bidi override or Cyrillic look-alike
 * letters sat beside the owner and posted as them. Names are normalized,
 * refused when they hide characters, and unique in a circle by look.
 */
describe('names people see each other by (integration)', () => {
  let api: TestApi;
  let owner: TestUser;
  let circleId: string;
  let code: string;

  async function ok<T>(user: TestUser, document: string, variables: Record<string, unknown>): Promise<T> {
    const res = await api.gql<T>(document, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  async function members(): Promise<string[]> {
    const data = await ok<{ circle: { members: { edges: Array<{ node: { pseudonym: string } }> } } }>(owner, kit('CircleMembers'), { id: circleId, first: 50 });
    return data.circle.members.edges.map((e) => e.node.pseudonym);
  }

  beforeAll(async () => {
    api = await startTestApi();
    owner = await createTestUser();
    const created = await ok<{ createCircle: { circle: { id: string } } }>(owner, kit('CreateCircle'), {
      input: { name: 'Evening tears', pseudonym: 'River' },
    });
    circleId = created.createCircle.circle.id;
    const invite = await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, kit('CreateCircleInvite'), { input: { circleId, maxUses: 50 } });
    code = invite.createCircleInvite.circleInvite.code;
  });

  afterAll(() => api.close());

  it.each([
    ['an exact copy', 'River', 'CONFLICT'],
    ['another case', 'RIVER', 'CONFLICT'],
    ['Cyrillic look-alike letters', 'R\u0456v\u0435r', 'CONFLICT'],
    ['full-width letters', 'Ｒｉｖｅｒ', 'CONFLICT'],
    ['a trailing zero-width space', 'River\u200B', 'BAD_USER_INPUT'],
    ['a right-to-left override', 'Ri\u202Ever', 'BAD_USER_INPUT'],
    ['a NUL', 'River\u0000', 'BAD_USER_INPUT'],
    ['a newline and a claim', 'River\nOwner here', 'BAD_USER_INPUT'],
  ])('refuses to let a newcomer join as the owner River with %s, naming pseudonym, and nothing joins', async (_what, pseudonym, code_) => {
    const newcomer = await createTestUser();

    const res = await api.gql(kit('JoinCircle'), { input: { code, pseudonym } }, newcomer.accessToken);

    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: code_, fields: ['pseudonym'] });
    expect(await members()).toEqual(['River']);
  });

  it('refuses a member renaming themselves to a look-alike of the owner, and keeps their name', async () => {
    const sky = await createTestUser();
    await ok(sky, kit('JoinCircle'), { input: { code, pseudonym: 'Sky' } });

    const res = await api.gql(kit('SetCirclePseudonym'), { input: { circleId, pseudonym: 'Rivеr' } }, sky.accessToken);
    const own = await api.gql(kit('SetCirclePseudonym'), { input: { circleId, pseudonym: ' Sky  at dusk ' } }, sky.accessToken);

    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['pseudonym'] });
    expect((own.body.data as { setCirclePseudonym: { circleMember: { pseudonym: string } } }).setCirclePseudonym.circleMember.pseudonym).toBe('Sky at dusk');
    expect(await members()).toEqual(['River', 'Sky at dusk']);
  });

  it('lets a member keep their own name when they set it again', async () => {
    const res = await api.gql(kit('SetCirclePseudonym'), { input: { circleId, pseudonym: 'river' } }, owner.accessToken);

    expect(res.body.errors).toBeUndefined();
    expect((await members())[0]).toBe('river');
  });

  it('lets only one of two look-alike names arrive at once', async () => {
    const [a, b] = await Promise.all([createTestUser(), createTestUser()]);

    const answers = await Promise.all([
      api.gql(kit('JoinCircle'), { input: { code, pseudonym: 'Heron' } }, a.accessToken),
      api.gql(kit('JoinCircle'), { input: { code, pseudonym: 'Her\u043En' } }, b.accessToken),
    ]);

    expect(answers.filter((res) => res.body.errors === undefined)).toHaveLength(1);
    expect((await members()).filter((name) => name.startsWith('Her'))).toHaveLength(1);
  });

  it('writes a name only while the roster it was checked against still holds', async () => {
    const repo = new DynamoCircleRepository(documentClient(), testStack().tableName);
    const read = async () =>
      (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: circleKey(circleId), ConsistentRead: true }))).Item as {
        rosterVersion?: number;
      };
    const seen = (await read()).rosterVersion ?? 0;
    const [late, early] = await Promise.all([createTestUser(), createTestUser()]);
    // Someone else arrives after the roster was read...
    await ok(early, kit('JoinCircle'), { input: { code, pseudonym: 'Wren' } });
    const at = new Date().toISOString();
    const membership = {
      circleId,
      sub: late.sub,
      memberId: newId(new Date()),
      role: CircleRole.MEMBER,
      status: 'ACTIVE' as const,
      pseudonym: 'Wrеn',
      circle: { name: 'Evening tears', description: null, topic: null },
      joinedAt: at,
      lastVisitedAt: null,
      seenCheckInCount: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };

    // ...so a join checked against the older roster is refused whole, and so is a new name.
    const inviteId = (
      await api.gql<{ circle: { invites: { edges: Array<{ node: { id: string; code: string } }> } } }>(
        kit('CircleInvites'),
        { id: circleId, first: 50 },
        owner.accessToken,
      )
    ).body.data?.circle.invites.edges.find((e) => e.node.code === code)?.node.id as string;
    expect(await repo.join(membership, inviteId, seen, new Date())).toBe('circle');
    expect(await repo.setPseudonym(circleId, owner.sub, 'Wrеn', seen, new Date())).toBe('roster');
    expect((await members()).filter((name) => name.startsWith('Wr'))).toEqual(['Wren']);
    expect((await read()).rosterVersion).toBeGreaterThan(seen);
  });

  it('normalizes display names and circle names the same way', async () => {
    const me = await createTestUser();
    const profile = await ok<{ updateProfile: { profile: { displayName: string } } }>(me, kit('UpdateProfile'), {
      input: { version: 1, displayName: '  Ｍａｙａ   K ' },
    });
    const hidden = await api.gql(kit('UpdateProfile'), { input: { version: 2, displayName: 'Maya\u200B' } }, me.accessToken);
    const circle = await api.gql(kit('CreateCircle'), { input: { name: 'Quiet\u202E Sundays' } }, me.accessToken);

    expect(profile.updateProfile.profile.displayName).toBe('Maya K');
    expect(hidden.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['displayName'] });
    expect(circle.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
  });
});
