import { demoCirclesSeeder } from '../../services/local/demo-circles';
import { demoHistorySeeder } from '../../services/local/demo-history';
import { demoProfilesSeeder, type DemoAccountKey } from '../../services/local/demo-seeders';
import { demoSeedContext } from '../helpers/demo';
import { kit } from '../helpers/kit';
import { startTestApi, type TestApi, type TestUser } from '../helpers/local-stack';

// The client kit's documents (schema/operations/), as the apps send them.
const MY_CIRCLES = kit('MyCircles');
const FEED = kit('CircleFeed');
const ME = kit('Me');
const SAFETY = kit('SafetyStatus');

type Mine = { myCircles: { edges: Array<{ node: { circleId: string; name: string; me: { role: string; pseudonym: string } } }> } };
type Feed = {
  circle: {
    memberCount: number;
    checkIns: {
      edges: Array<{ node: { text: string | null; session: unknown; replyCount: number; reactions: Array<{ count: number }>; author: { pseudonym: string } } }>;
    };
  };
};

describe('demo circle seed (integration)', () => {
  let api: TestApi;
  let users: Record<DemoAccountKey, TestUser>;

  beforeAll(async () => {
    api = await startTestApi();
    const seeded = await demoSeedContext(api);
    users = seeded.users;
    for (const seeder of [demoProfilesSeeder, demoHistorySeeder, demoCirclesSeeder]) await seeder(seeded.ctx);
  }, 60_000);

  afterAll(() => api.close());

  it('gives sky a stated country (GB) and river none: the international resources and a suggestion from her time zone', async () => {
    type Place = {
      me: { country: string | null; suggestedCountry: string | null };
      safetyStatus: { resources: { country: string | null; crisisLine: { name: string; phoneUri: string | null } } };
    };
    const place = async (user: TestUser): Promise<Place> => {
      const { me } = (await api.gql<{ me: Place['me'] }>(ME, {}, user.accessToken)).body.data as { me: Place['me'] };
      const { safetyStatus } = (await api.gql<{ safetyStatus: Place['safetyStatus'] }>(SAFETY, {}, user.accessToken)).body.data as {
        safetyStatus: Place['safetyStatus'];
      };
      const { country, crisisLine } = safetyStatus.resources;
      return {
        me: { country: me.country, suggestedCountry: me.suggestedCountry },
        safetyStatus: { resources: { country, crisisLine: { name: crisisLine.name, phoneUri: crisisLine.phoneUri } } },
      };
    };

    const river = await place(users.river);
    const sky = await place(users.sky);

    expect(river).toEqual({
      me: { country: null, suggestedCountry: 'DE' },
      safetyStatus: { resources: { country: null, crisisLine: { name: 'Find A Helpline: a helpline in your country', phoneUri: null } } },
    });
    expect(sky).toEqual({
      me: { country: 'GB', suggestedCountry: null },
      safetyStatus: { resources: { country: 'GB', crisisLine: { name: 'Samaritans', phoneUri: 'tel:116123' } } },
    });
  });

  it('puts river (owner) and sky (member) in one circle, with check-ins, reactions and a reply; rowan is not a member', async () => {
    const mine = (await api.gql<Mine>(MY_CIRCLES, { first: 10 }, users.river.accessToken)).body.data as Mine;
    const theirs = (await api.gql<Mine>(MY_CIRCLES, { first: 10 }, users.sky.accessToken)).body.data as Mine;
    const rowans = (await api.gql<Mine>(MY_CIRCLES, { first: 10 }, users.rowan.accessToken)).body.data as Mine;

    expect(mine.myCircles.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ name: 'Evening tears', me: expect.objectContaining({ role: 'OWNER', pseudonym: 'River' }) }),
    ]);
    const circleId = mine.myCircles.edges[0]?.node.circleId as string;
    expect(
      theirs.myCircles.edges.map(({ node }) => ({ circleId: node.circleId, name: node.name, me: { role: node.me.role, pseudonym: node.me.pseudonym } })),
    ).toEqual([{ circleId, name: 'Evening tears', me: { role: 'MEMBER', pseudonym: 'Sky at dusk' } }]);
    expect(rowans.myCircles.edges).toEqual([]);
    expect((await api.gql(FEED, { id: circleId, first: 10 }, users.rowan.accessToken)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const feed = ((await api.gql<Feed>(FEED, { id: circleId, first: 10 }, users.sky.accessToken)).body.data as Feed).circle;
    expect(feed.memberCount).toBe(2);
    const checkIns = feed.checkIns.edges.map((e) => e.node);
    expect(checkIns).toHaveLength(3);
    const fromSession = checkIns.find((c) => c.session !== null);
    expect(fromSession).toMatchObject({
      author: { pseudonym: 'River' },
      replyCount: 1,
      session: { durationMinutes: 30, afterState: 'LIGHTER', catalysts: ['MUSIC'] },
    });
    expect(checkIns.flatMap((c) => c.reactions).reduce((sum, r) => sum + r.count, 0)).toBe(4);
    expect(JSON.stringify(feed)).not.toMatch(/The song still works|Gymnopédie/);
  });
});
