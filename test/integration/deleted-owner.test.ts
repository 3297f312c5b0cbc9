import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { circleKey, membershipKey } from '../../services/circles/circle.keys';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

const CONFIRM = 'DELETE MY ACCOUNT';
const DELETE = kit('DeleteMyAccount');
const EXPORT = kit('ExportMyData');
const CIRCLE = kit('Circle');
const MY_CIRCLES = kit('MyCircles');
const CREATE_CIRCLE = kit('CreateCircle');
const CIRCLE_INVITE = kit('CreateCircleInvite');
const JOIN = kit('JoinCircle');
const TRANSFER = kit('TransferCircleOwnership');
const LEAVE = kit('LeaveCircle');

// What the owner wrote: distinctive, so any copy left anywhere is found.
const DESCRIPTION = 'OWNER-DESCRIPTION for a circle about loss';
const TOPIC = 'OWNER-TOPIC-grief';

type CircleView = { id: string; name: string; description: string | null; topic: string | null; me: { id: string; role: string } };
type ExportPage = { exportMyData: { document: Record<string, unknown>; hasMore: boolean; endCursor: string | null } };
type Item = Record<string, unknown>;

async function stored(key: { PK: string; SK: string }): Promise<Item | undefined> {
  return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: key, ConsistentRead: true }))).Item;
}

describe('a circle whose owner deletes their account (integration)', () => {
  let api: TestApi;

  async function ok<T = Record<string, unknown>>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  async function createCircle(owner: TestUser, name: string): Promise<CircleView> {
    return (
      await ok<{ createCircle: { circle: CircleView } }>(owner, CREATE_CIRCLE, { input: { name, description: DESCRIPTION, topic: TOPIC, pseudonym: 'Owner' } })
    ).createCircle.circle;
  }

  async function invite(owner: TestUser, circleId: string): Promise<string> {
    return (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, CIRCLE_INVITE, { input: { circleId, maxUses: 5 } })).createCircleInvite
      .circleInvite.code;
  }

  async function join(member: TestUser, code: string, pseudonym: string): Promise<CircleView> {
    return (await ok<{ joinCircle: { circle: CircleView } }>(member, JOIN, { input: { code, pseudonym } })).joinCircle.circle;
  }

  async function deleteUntilComplete(user: TestUser): Promise<void> {
    for (let calls = 1; ; calls++) {
      const res = (await ok<{ deleteMyAccount: { accountDeletion: { complete: boolean } } }>(user, DELETE, { input: { confirm: CONFIRM } })).deleteMyAccount
        .accountDeletion;
      if (res.complete) return;
      expect(calls).toBeLessThan(100);
    }
  }

  /** Every page of the member's export, as one JSON text. */
  async function exportText(user: TestUser): Promise<{ text: string; memberships: Item[] }> {
    const documents: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const page: ExportPage['exportMyData'] = (await ok<ExportPage>(user, EXPORT, { after })).exportMyData;
      documents.push(page.document);
      after = page.hasMore ? page.endCursor : null;
      expect(documents.length).toBeLessThan(50);
    } while (after);
    return { text: JSON.stringify(documents), memberships: documents.flatMap((d) => d.circleMemberships as Item[]) };
  }

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  describe('with others remaining (the circle is handed over)', () => {
    let owner: TestUser;
    let first: TestUser;
    let second: TestUser;
    let circle: CircleView;

    beforeAll(async () => {
      [owner, first, second] = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
      circle = await createCircle(owner, 'Evening circle');
      const code = await invite(owner, circle.id);
      const joined = await join(first, code, 'First');
      expect([joined.description, joined.topic]).toEqual([DESCRIPTION, TOPIC]);
      await join(second, code, 'Second');

      await deleteUntilComplete(owner);
    }, 60_000);

    it('keeps the name and clears the description and topic for the new owner and the other member', async () => {
      for (const [member, role] of [
        [first, 'OWNER'],
        [second, 'MEMBER'],
      ] as const) {
        const seen = (await ok<{ circle: CircleView }>(member, CIRCLE, { id: circle.id })).circle;
        expect({ name: seen.name, description: seen.description, topic: seen.topic, role: seen.me.role }).toEqual({
          name: 'Evening circle',
          description: null,
          topic: null,
          role,
        });

        const mine = (
          await ok<{ myCircles: { edges: Array<{ node: { circleId: string; name: string; description: string | null; topic: string | null } }> } }>(
            member,
            MY_CIRCLES,
            { first: 10 },
          )
        ).myCircles.edges.map((e) => e.node);
        expect(mine.map(({ circleId, name, description, topic }) => ({ circleId, name, description, topic }))).toEqual([
          { circleId: circle.id, name: 'Evening circle', description: null, topic: null },
        ]);
      }
    });

    it('leaves the owner\u2019s words out of each remaining member\u2019s export', async () => {
      for (const member of [first, second]) {
        const { text, memberships } = await exportText(member);
        expect(memberships).toEqual([expect.objectContaining({ circleId: circle.id, circleName: 'Evening circle', description: null, topic: null })]);
        expect(text).not.toContain(DESCRIPTION);
        expect(text).not.toContain(TOPIC);
      }
    });

    it('keeps no copy on the circle or the remaining memberships', async () => {
      for (const key of [circleKey(circle.id), membershipKey(circle.id, first.sub), membershipKey(circle.id, second.sub)]) {
        const item = JSON.stringify(await stored(key));
        expect(item).toContain('Evening circle');
        expect(item).not.toContain(DESCRIPTION);
        expect(item).not.toContain(TOPIC);
      }
    });

    it('gives someone joining afterwards the cleared profile', async () => {
      const late = await createTestUser();
      const code = await invite(first, circle.id);
      const joined = await join(late, code, 'Late');
      expect([joined.name, joined.description, joined.topic]).toEqual(['Evening circle', null, null]);
      const { text } = await exportText(late);
      expect(text).not.toContain(DESCRIPTION);
    });
  });

  it('leaves an archived circle as it was when the owner was its last member', async () => {
    const owner = await createTestUser();
    const circle = await createCircle(owner, 'Quiet circle');

    await deleteUntilComplete(owner);

    const meta = await stored(circleKey(circle.id));
    expect(meta).toMatchObject({ name: 'Quiet circle', description: DESCRIPTION, topic: TOPIC, archivedAt: expect.any(String) });
  }, 60_000);

  it('keeps the description and topic when an owner simply leaves after transferring the circle', async () => {
    const [owner, member] = await Promise.all([createTestUser(), createTestUser()]);
    const circle = await createCircle(owner, 'Morning circle');
    const joined = await join(member, await invite(owner, circle.id), 'Heir');
    await ok(owner, TRANSFER, { input: { circleId: circle.id, memberId: joined.me.id } });
    await ok(owner, LEAVE, { input: { circleId: circle.id } });

    const seen = (await ok<{ circle: CircleView }>(member, CIRCLE, { id: circle.id })).circle;
    expect([seen.name, seen.description, seen.topic, seen.me.role]).toEqual(['Morning circle', DESCRIPTION, TOPIC, 'OWNER']);
  }, 60_000);
});
