import '../../helpers/unit-env';
import { CloseCode } from 'graphql-ws';
import { CircleRole } from '../../../services/circles/circle.enums';
import { getSchema } from '../../../services/graphql/schema';
import { createWebSocketHandler, LIVE_LIMITS, type WebSocketEvent } from '../../../services/live/live-protocol';
import { FixedClock } from '../../../services/shared/clock';
import { buildMembership, CLIENT_ID, FakeLiveRepository, FakeSender, fakeVerifier } from './live-fakes';

const CIRCLE = '01JD0000000000000000000C1A';
const OTHER_CIRCLE = '01JD0000000000000000000C2A';
const ACTIVITY = 'subscription($circleId: ID!) { circleActivity(circleId: $circleId) { id kind checkIn { id } } }';
const NOTIFICATIONS = 'subscription { myNotifications { id kind } }';

function setUp(trustedDocuments: 'allowed' | 'required' = 'allowed') {
  const repository = new FakeLiveRepository();
  const sender = new FakeSender();
  const clock = new FixedClock(new Date('2026-12-02T10:00:00Z'));
  repository.memberships.set(`${CIRCLE}#member-sub`, buildMembership());
  const handle = createWebSocketHandler({
    verifier: fakeVerifier,
    sender,
    repository,
    memberships: repository,
    clock,
    userPoolClientId: CLIENT_ID,
    trustedDocuments,
    schema: getSchema,
  });
  const message = (connectionId: string, body: unknown): Promise<unknown> =>
    handle({ requestContext: { routeKey: '$default', connectionId }, body: JSON.stringify(body) } satisfies WebSocketEvent);
  const init = (connectionId: string, token = 'good:member-sub') =>
    message(connectionId, { type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  const subscribe = (connectionId: string, id: string, query = ACTIVITY, variables: Record<string, unknown> = { circleId: CIRCLE }) =>
    message(connectionId, { id, type: 'subscribe', payload: { query, variables } });
  return { repository, sender, clock, handle, message, init, subscribe };
}

describe('createWebSocketHandler', () => {
  describe('$connect', () => {
    it('accepts graphql-transport-ws and echoes it, storing nothing', async () => {
      const { handle, repository } = setUp();

      const answer = await handle({
        requestContext: { routeKey: '$connect', connectionId: 'c1' },
        headers: { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' },
      });

      expect(answer).toEqual({ statusCode: 200, headers: { 'Sec-WebSocket-Protocol': 'graphql-transport-ws' } });
      expect(repository.connections.size).toBe(0);
    });

    it('refuses a socket without the subprotocol', async () => {
      const { handle } = setUp();

      const answer = await handle({ requestContext: { routeKey: '$connect', connectionId: 'c1' }, headers: { 'sec-websocket-protocol': 'graphql-ws' } });

      expect(answer.statusCode).toBe(400);
    });
  });

  describe('connection_init', () => {
    it('acknowledges a valid access token and stores the connection', async () => {
      const { init, sender, repository } = setUp();

      await init('c1');

      expect(sender.to('c1')).toEqual([{ type: 'connection_ack' }]);
      expect(repository.connections.get('c1')).toMatchObject({ sub: 'member-sub', role: 'MEMBER', subscriptions: {} });
    });

    it.each([['forged:member-sub'], ['']])('closes 4403 and stores nothing for the token %p', async (token) => {
      const { init, sender, repository } = setUp();

      await init('c1', token);

      expect(sender.closes).toEqual([{ connectionId: 'c1', code: CloseCode.Forbidden, reason: 'Forbidden' }]);
      expect(sender.posts).toEqual([]);
      expect(repository.connections.size).toBe(0);
    });

    it('closes 4429 on a second init', async () => {
      const { init, sender } = setUp();
      await init('c1');

      await init('c1');

      expect(sender.closes.map((c) => c.code)).toEqual([CloseCode.TooManyInitialisationRequests]);
    });

    it(`refuses a member's connection past ${LIVE_LIMITS.connectionsPerMember}`, async () => {
      const { init, sender, repository } = setUp();
      for (let i = 0; i < LIVE_LIMITS.connectionsPerMember; i += 1) await init(`c${i}`);

      await init('one-too-many');

      expect(sender.closes).toEqual([expect.objectContaining({ connectionId: 'one-too-many', code: CloseCode.TooManyInitialisationRequests })]);
      expect(repository.connections.has('one-too-many')).toBe(false);
    });
  });

  describe('subscribe', () => {
    it('closes 4401 before connection_ack', async () => {
      const { subscribe, sender, repository } = setUp();

      await subscribe('c1', 's1');

      expect(sender.closes.map((c) => c.code)).toEqual([CloseCode.Unauthorized]);
      expect(repository.subscriptions.size).toBe(0);
    });

    it("stores a member's circle subscription with their member id and role", async () => {
      const { init, subscribe, repository, sender } = setUp();
      await init('c1');

      await subscribe('c1', 's1');

      expect([...repository.subscriptions.values()]).toEqual([
        expect.objectContaining({ subscriptionId: 's1', memberId: buildMembership().memberId, circleRole: CircleRole.MEMBER, variables: { circleId: CIRCLE } }),
      ]);
      expect(sender.to('c1')).toEqual([{ type: 'connection_ack' }]);
    });

    it.each([
      ['a circle the caller is not in', OTHER_CIRCLE],
      ['a malformed circle id', 'not-an-id'],
    ])('answers NOT_FOUND for %s and stores nothing', async (_what, circleId) => {
      const { init, subscribe, repository, sender } = setUp();
      await init('c1');

      await subscribe('c1', 's1', ACTIVITY, { circleId });

      expect(sender.to('c1')[1]).toEqual({ id: 's1', type: 'error', payload: [{ message: 'Circle not found', extensions: { code: 'NOT_FOUND' } }] });
      expect(repository.subscriptions.size).toBe(0);
    });

    it('answers NOT_FOUND for a membership that was removed', async () => {
      const { init, subscribe, repository, sender } = setUp();
      repository.memberships.set(`${CIRCLE}#member-sub`, buildMembership({ status: 'REMOVED' }));
      await init('c1');

      await subscribe('c1', 's1');

      expect(sender.to('c1')[1]).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect(repository.subscriptions.size).toBe(0);
    });

    it.each([
      ['a query', '{ me { id } }', 'BAD_USER_INPUT'],
      ['two root fields', 'subscription { myNotifications { id } circleActivity(circleId: "x") { id } }', 'BAD_USER_INPUT'],
      ['bad syntax', 'subscription {', 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', 'subscription { nope }', 'BAD_USER_INPUT'],
    ])('refuses %s with a coded error and stores nothing', async (_what, query, code) => {
      const { init, subscribe, repository, sender } = setUp();
      await init('c1');

      await subscribe('c1', 's1', query, {});

      expect(sender.to('c1')[1]).toMatchObject({ id: 's1', type: 'error', payload: [{ extensions: { code } }] });
      expect(repository.subscriptions.size).toBe(0);
    });

    it("refuses query text where only the kit's documents run (STAGE=prod)", async () => {
      const { init, subscribe, repository, sender } = setUp('required');
      await init('c1');

      await subscribe('c1', 's1');

      expect(sender.to('c1')[1]).toMatchObject({ id: 's1', type: 'error', payload: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
      expect(repository.subscriptions.size).toBe(0);
    });

    it('refuses aliases past the HTTP limit', async () => {
      const { init, subscribe, sender } = setUp();
      await init('c1');
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');

      await subscribe('c1', 's1', `subscription { myNotifications { ${aliases} } }`, {});

      expect(sender.to('c1')[1]).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it(`answers LIMIT_REACHED past ${LIVE_LIMITS.subscriptionsPerConnection} subscriptions and stores nothing more`, async () => {
      const { init, subscribe, repository, sender } = setUp();
      await init('c1');
      for (let i = 0; i < LIVE_LIMITS.subscriptionsPerConnection; i += 1) await subscribe('c1', `s${i}`, NOTIFICATIONS, {});

      await subscribe('c1', 'over', NOTIFICATIONS, {});

      expect(sender.to('c1').at(-1)).toMatchObject({ id: 'over', type: 'error', payload: [{ extensions: { code: 'LIMIT_REACHED', limit: 20 } }] });
      expect(repository.subscriptions.size).toBe(LIVE_LIMITS.subscriptionsPerConnection);
    });

    it('closes 4409 for an id already subscribed', async () => {
      const { init, subscribe, sender } = setUp();
      await init('c1');
      await subscribe('c1', 's1');

      await subscribe('c1', 's1');

      expect(sender.closes.map((c) => c.code)).toEqual([CloseCode.SubscriberAlreadyExists]);
    });
  });

  describe('other messages', () => {
    it('answers ping with pong', async () => {
      const { message, sender } = setUp();

      await message('c1', { type: 'ping' });

      expect(sender.to('c1')).toEqual([{ type: 'pong' }]);
    });

    it('closes 4400 on a message that is not graphql-transport-ws', async () => {
      const { message, sender } = setUp();

      await message('c1', { type: 'hello' });

      expect(sender.closes.map((c) => c.code)).toEqual([CloseCode.BadRequest]);
    });

    it('deletes a subscription on complete', async () => {
      const { init, subscribe, message, repository } = setUp();
      await init('c1');
      await subscribe('c1', 's1');

      await message('c1', { id: 's1', type: 'complete' });

      expect(repository.subscriptions.size).toBe(0);
      expect(repository.connections.get('c1')?.subscriptions).toEqual({});
    });

    it('ends every subscription UNAUTHENTICATED and closes 4401 once the token expired, deleting its items', async () => {
      const { init, subscribe, message, repository, sender, clock } = setUp();
      const exp = Math.floor(clock.now().getTime() / 1000) + 60;
      await init('c1', `good:member-sub:${exp}`);
      await subscribe('c1', 's1');
      clock.advance(61_000);

      await message('c1', { type: 'ping' });

      expect(sender.to('c1').at(-1)).toMatchObject({ id: 's1', type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(sender.closes.map((c) => c.code)).toEqual([CloseCode.Unauthorized]);
      expect(repository.connections.size + repository.subscriptions.size).toBe(0);
    });

    it('deletes the connection and its subscriptions on $disconnect', async () => {
      const { init, subscribe, handle, repository } = setUp();
      await init('c1');
      await subscribe('c1', 's1');
      await subscribe('c1', 's2', NOTIFICATIONS, {});

      await handle({ requestContext: { routeKey: '$disconnect', connectionId: 'c1' } });

      expect(repository.connections.size + repository.subscriptions.size).toBe(0);
    });
  });
});
