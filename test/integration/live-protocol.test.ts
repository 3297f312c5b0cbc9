import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { checkInKey, membershipKey } from '../../services/circles/circle.keys';
import type { CheckInRecord, MembershipRecord } from '../../services/circles/circle.record';
import { liveCirclePartition, liveUserPartition } from '../../services/live/live.keys';
import type { LivePublisher } from '../../services/live/live-publisher';
import { fromItem } from '../../services/shared/db/items';
import { createHttpAdapter } from '../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../services/local/jwt-verifier';
import { attachLocalLive, type LiveAdapter } from '../../services/local/live-adapter';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { documentClient, testStack, type TestUser } from '../helpers/local-stack';
import { liveItems, stream } from '../helpers/live';

const CREATE = kit('CreateCircle');
const INVITE = kit('CreateCircleInvite');
const JOIN = kit('JoinCircle');
const POST = kit('PostCheckIn');
const HIDE = kit('HideCircleContent');
const LEAVE = kit('LeaveCircle');
// The kit's subscription documents (schema/operations/circles/CircleActivity.graphql, member/MyNotifications.graphql), trimmed to what these tests read.
const ACTIVITY =
  'subscription CircleActivity($circleId: ID!) { circleActivity(circleId: $circleId) { id kind circleId at checkIn { id text hidden author { pseudonym isMe } } member { pseudonym role isMe } hiddenContent { checkInId replyId } } }';
const NOTIFICATIONS = 'subscription MyNotifications { myNotifications { id kind } }';

type Activity = {
  id: string;
  kind: string;
  checkIn: { id: string; text: string | null; hidden: boolean; author: { pseudonym: string; isMe: boolean } } | null;
  member: { pseudonym: string } | null;
  hiddenContent: { checkInId: string; replyId: string | null } | null;
};

/** Resolves once `check` holds; the store is written by another Lambda-like call, so this waits on the condition itself. */
async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function stored<T>(key: { PK: string; SK: string }): Promise<T> {
  const { Item } = await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: key, ConsistentRead: true }));
  if (!Item) throw new Error(`no item ${key.PK} ${key.SK}`);
  return fromItem<T>(Item);
}

describe('live updates over graphql-transport-ws (integration)', () => {
  const {
    api,
    users: { owner, member, leaver, outsider },
  } = useIntegrationApi({ users: { owner: {}, member: {}, leaver: {}, outsider: {} } });
  let live: LiveAdapter & { publisher: LivePublisher };
  let closeHttp: () => Promise<void>;
  let wsUrl: string;
  let circleId: string;
  const clients: Client[] = [];

  async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  function connect(token: string): Client {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  }

  const subscribersOf = async (sub: string) => (await liveItems(liveCirclePartition(circleId))).filter((item) => item.sub === sub);

  beforeAll(async () => {
    // The live socket shares a server with the HTTP API, as on `npm start`: its own here, so the file needs no change to the shared helpers.
    const verifier = await createCognitoLocalVerifier(testStack());
    const { handler } = await import('../../services/graphql/handler');
    const http = createHttpAdapter({ handler, verifier });
    live = attachLocalLive({ server: http.server, verifier, others: 'alive' });
    wsUrl = (await http.listen(0)).url.replace(/^http/, 'ws');
    closeHttp = async () => {
      await live.close();
      await http.close();
    };
    const circle = await ok<{ createCircle: { circle: { id: string } } }>(owner, CREATE, { input: { name: 'Evening tears', pseudonym: 'Owner' } });
    circleId = circle.createCircle.circle.id;
    const { code } = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, INVITE, { input: { circleId, maxUses: 5 } }))
      .createCircleInvite.circleInvite;
    await ok(member, JOIN, { input: { code, pseudonym: 'Willow' } });
    await ok(leaver, JOIN, { input: { code, pseudonym: 'Ash' } });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await closeHttp?.();
  });

  it("delivers another member's check-in to a subscribed member (latency: npm run bench)", async () => {
    const feed = stream<{ circleActivity: Activity }>(connect(member.accessToken), ACTIVITY, { circleId });
    await until(async () => (await subscribersOf(member.sub)).length === 1);
    const posted = await ok<{ postCheckIn: { checkIn: { id: string } } }>(owner, POST, { input: { circleId, mood: 'SAD', text: 'A long day' } });
    const record = await stored<CheckInRecord>(checkInKey(circleId, posted.postCheckIn.checkIn.id));

    const report = await live.publisher.publishCircle({ id: 'evt-post', kind: 'CHECK_IN_POSTED', circleId, at: record.postedAt, checkIn: record });
    const { circleActivity } = await feed.next();

    expect(report).toMatchObject({ sent: 1, gone: 0, calls: 1 });
    expect(circleActivity).toMatchObject({
      id: 'evt-post',
      kind: 'CHECK_IN_POSTED',
      checkIn: { id: record.id, text: 'A long day', author: { pseudonym: 'Owner', isMe: false } },
    });
    expect(JSON.stringify(circleActivity)).not.toContain(owner.sub);
  });

  it("refuses a non-member's subscribe with NOT_FOUND and stores nothing", async () => {
    const refused = stream(connect(outsider.accessToken), ACTIVITY, { circleId });

    const end = await refused.ended;

    expect((end as { error: Array<{ extensions: { code: string } }> }).error[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await subscribersOf(outsider.sub)).toEqual([]);
  });

  it('closes the socket with 4403 for a forged token and stores nothing', async () => {
    const forged = `${member.accessToken.slice(0, -4)}AAAA`;

    const end = await stream(connect(forged), NOTIFICATIONS).ended;

    expect((end as { error: { code: number } }).error.code).toBe(4403);
    expect((await liveItems(liveUserPartition(member.sub))).filter((item) => item.entity === 'LiveSubscription')).toEqual([]);
  });

  it('answers LIMIT_REACHED past the subscriptions one connection may hold', async () => {
    const client = connect(outsider.accessToken);
    for (let i = 0; i < 20; i += 1) stream(client, NOTIFICATIONS);
    await until(async () => (await liveItems(liveUserPartition(outsider.sub))).filter((item) => item.entity === 'LiveSubscription').length === 20);

    const end = await stream(client, NOTIFICATIONS).ended;

    expect((end as { error: Array<{ extensions: { code: string; limit: number } }> }).error[0]?.extensions).toEqual({ code: 'LIMIT_REACHED', limit: 20 });
  });

  it("ends a member's stream when they leave the circle", async () => {
    const feed = stream(connect(leaver.accessToken), ACTIVITY, { circleId });
    await until(async () => (await subscribersOf(leaver.sub)).length === 1);
    const membership = await stored<MembershipRecord>(membershipKey(circleId, leaver.sub));
    await ok(leaver, LEAVE, { input: { circleId } });

    await live.publisher.publishCircle({ id: 'evt-left', kind: 'MEMBER_LEFT', circleId, at: new Date().toISOString(), member: membership });

    expect(await feed.ended).toEqual({ completed: true });
    expect(await subscribersOf(leaver.sub)).toEqual([]);
  });

  it('sends a hidden check-in to moderators with its content and to members by id only', async () => {
    const ownerFeed = stream<{ circleActivity: Activity }>(connect(owner.accessToken), ACTIVITY, { circleId });
    const memberFeed = stream<{ circleActivity: Activity }>(connect(member.accessToken), ACTIVITY, { circleId });
    await until(async () => (await subscribersOf(owner.sub)).length === 1 && (await subscribersOf(member.sub)).length >= 2);
    const posted = await ok<{ postCheckIn: { checkIn: { id: string } } }>(member, POST, { input: { circleId, mood: 'ANXIOUS', text: 'Not for everyone' } });
    await ok(owner, HIDE, { input: { circleId, checkInId: posted.postCheckIn.checkIn.id } });
    const record = await stored<CheckInRecord>(checkInKey(circleId, posted.postCheckIn.checkIn.id));

    await live.publisher.publishCircle({ id: 'evt-hide', kind: 'CONTENT_HIDDEN', circleId, at: record.hiddenAt!, checkIn: record });

    const ref = { checkInId: record.id, replyId: null };
    expect((await ownerFeed.next()).circleActivity).toMatchObject({
      kind: 'CONTENT_HIDDEN',
      checkIn: { text: 'Not for everyone', hidden: true },
      hiddenContent: ref,
    });
    expect((await memberFeed.next()).circleActivity).toMatchObject({ kind: 'CONTENT_HIDDEN', checkIn: null, hiddenContent: ref });
  });
});
