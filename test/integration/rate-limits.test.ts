import { RATE_LIMITS } from '../../services/shared/db/rate-limit';
import { kit } from '../helpers/kit';
import { createTestUser, startTestApi, type TestApi, type TestUser } from '../helpers/local-stack';

// The client kit's documents (schema/operations/), as the apps send them.
const CREATE = kit('CreateCircle');
const INVITE = kit('CreateCircleInvite');
const JOIN = kit('JoinCircle');
const POST = kit('PostCheckIn');
const REACT = kit('AddReaction');
const FEED = kit('CircleFeed');

type Coded = { body: { errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }> } };
const code = (res: Coded) => res.body.errors?.[0]?.extensions?.code;

/** Per-member limits on what others see, at their real values (no RATE_LIMIT_SCALE here). */
describe('rate limits on circle writes (integration)', () => {
  let api: TestApi;
  let owner: TestUser;
  let member: TestUser;
  let circleId: string;

  beforeAll(async () => {
    api = await startTestApi();
    [owner, member] = await Promise.all([createTestUser(), createTestUser()]);
    const created = await api.gql<{ createCircle: { circle: { id: string } } }>(
      CREATE,
      { input: { name: 'Evening circle', description: 'For quiet evenings' } },
      owner.accessToken,
    );
    circleId = created.body.data?.createCircle.circle.id as string;
    const invite = await api.gql<{ createCircleInvite: { circleInvite: { code: string } } }>(INVITE, { input: { circleId } }, owner.accessToken);
    await api.gql(JOIN, { input: { code: invite.body.data?.createCircleInvite.circleInvite.code } }, member.accessToken);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers RATE_LIMITED with a retry hint after the hourly check-in limit, and posts nothing more', async () => {
    const { limit } = RATE_LIMITS.checkIn;
    const results: Coded[] = [];
    for (let i = 0; i <= limit; i++) results.push(await api.gql(POST, { input: { circleId, mood: 'TENDER', text: `check-in ${i}` } }, member.accessToken));

    expect(results.slice(0, limit).map(code)).toEqual(Array(limit).fill(undefined));
    const last = results[limit]?.body.errors?.[0]?.extensions;
    expect(last?.code).toBe('RATE_LIMITED');
    expect(last?.retryAfterSeconds).toBeGreaterThan(0);
    const feed = await api.gql<{ circle: { checkIns: { edges: unknown[] } } }>(FEED, { id: circleId, first: 100 }, owner.accessToken);
    expect(feed.body.data?.circle.checkIns.edges).toHaveLength(limit);
  });

  it('limits invitations per creator per day', async () => {
    const { limit } = RATE_LIMITS.circleInvite;
    const results: Coded[] = [];
    // One was made in beforeAll.
    for (let i = 1; i <= limit; i++) results.push(await api.gql(INVITE, { input: { circleId } }, owner.accessToken));

    expect(results.slice(0, limit - 1).map(code)).toEqual(Array(limit - 1).fill(undefined));
    expect(code(results[limit - 1] as Coded)).toBe('RATE_LIMITED');
  });

  it('limits reactions per member per hour', async () => {
    const feed = await api.gql<{ circle: { checkIns: { edges: Array<{ node: { id: string } }> } } }>(FEED, { id: circleId, first: 100 }, owner.accessToken);
    const ids = feed.body.data?.circle.checkIns.edges.map((e) => e.node.id) ?? [];
    const kinds = ['HUG', 'WITH_YOU', 'THANK_YOU_FOR_SHARING', 'HOLDING_SPACE', 'SENDING_WARMTH', 'ME_TOO'];
    const { limit } = RATE_LIMITS.reaction;
    const pairs = ids.flatMap((checkInId) => kinds.map((kind) => ({ circleId, checkInId, kind }))).slice(0, limit + 1);
    expect(pairs).toHaveLength(limit + 1);

    const results: Coded[] = [];
    for (const input of pairs) results.push(await api.gql(REACT, { input }, owner.accessToken));

    expect(results.slice(0, limit).filter((r) => code(r) !== undefined)).toEqual([]);
    expect(code(results[limit] as Coded)).toBe('RATE_LIMITED');
  });
});
