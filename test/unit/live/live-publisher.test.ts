import '../../helpers/unit-env';
import { execute, parse } from 'graphql';
import { CircleRole } from '../../../services/circles/circle.enums';
import type { CheckInRecord } from '../../../services/circles/circle.record';
import { getSchema } from '../../../services/graphql/schema';
import type { CircleActivityEvent } from '../../../services/live/live.events';
import { LivePublisher } from '../../../services/live/live-publisher';
import type { LiveSubscriptionRecord } from '../../../services/live/live.record';
import { FixedClock } from '../../../services/shared/clock';
import { buildMembership, FakeLiveRepository, FakeSender } from './live-fakes';

const CIRCLE = '01JD0000000000000000000C1A';
const DOCUMENT =
  'subscription($circleId: ID!) { circleActivity(circleId: $circleId) { id kind checkIn { id text hidden author { pseudonym isMe } } hiddenContent { checkInId replyId } member { pseudonym role isMe } } }';

function buildCheckIn(overrides: Partial<CheckInRecord> = {}): CheckInRecord {
  const at = '2026-12-02T09:00:00.000Z';
  return {
    circleId: CIRCLE,
    id: '01JD00000000000000000CHK1A',
    author: { memberId: '01JD0000000000000000000M2A', pseudonym: 'Heron' },
    mood: null,
    intensity: null,
    text: 'A heavy week, lighter now',
    session: null,
    postedAt: at,
    replyCount: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function subscriber(connectionId: string, overrides: Partial<LiveSubscriptionRecord> = {}): LiveSubscriptionRecord {
  return {
    connectionId,
    subscriptionId: 's1',
    sub: `${connectionId}-sub`,
    groups: [],
    role: 'MEMBER',
    target: { field: 'circleActivity', circleId: CIRCLE },
    memberId: `01JD000000000000000000${connectionId.toUpperCase().padStart(4, '0')}`.slice(0, 26),
    circleRole: CircleRole.MEMBER,
    query: DOCUMENT,
    variables: { circleId: CIRCLE },
    operationName: null,
    tokenExpiresAt: '2026-12-02T12:00:00.000Z',
    ...overrides,
  };
}

function setUp(subscribers: LiveSubscriptionRecord[]) {
  const repository = new FakeLiveRepository();
  const sender = new FakeSender();
  for (const s of subscribers) {
    repository.connections.set(s.connectionId, {
      connectionId: s.connectionId,
      sub: s.sub,
      role: 'MEMBER',
      groups: [],
      tokenExpiresAt: s.tokenExpiresAt,
      connectedAt: '2026-12-02T10:00:00.000Z',
      subscriptions: { [s.subscriptionId]: s.target },
    });
    repository.subscriptions.set(`${s.connectionId}#${s.subscriptionId}`, s);
  }
  const publisher = new LivePublisher({ repository, sender, clock: new FixedClock(new Date('2026-12-02T10:30:00Z')), schema: getSchema });
  return { repository, sender, publisher };
}

const event = (overrides: Partial<CircleActivityEvent>): CircleActivityEvent => ({
  id: 'evt-1',
  kind: 'CHECK_IN_POSTED',
  circleId: CIRCLE,
  at: '2026-12-02T10:29:00.000Z',
  ...overrides,
});

describe('LivePublisher', () => {
  it('runs a subscription document with execute() and the event as its root value (type-graphql resolver)', async () => {
    const result = await execute({
      schema: getSchema(),
      document: parse('subscription { myNotifications { id kind routineId circleId } }'),
      rootValue: { myNotifications: { id: 'n1', kind: 'REMINDER_DUE', at: new Date(), routineId: 'r1', circleId: null } },
      contextValue: {},
    });

    expect(result).toEqual({ data: { myNotifications: { id: 'n1', kind: 'REMINDER_DUE', routineId: 'r1', circleId: null } } });
  });

  describe('publishCircle', () => {
    it('reads the subscribers with one Query and posts each a next mapped for them', async () => {
      const { publisher, sender, repository } = setUp([subscriber('a'), subscriber('b')]);

      const report = await publisher.publishCircle(event({ checkIn: buildCheckIn() }));

      expect(report).toEqual({ subscribers: 2, sent: 2, gone: 0, calls: 1 });
      expect(repository.queries).toBe(1);
      expect(sender.to('a')).toEqual([
        {
          id: 's1',
          type: 'next',
          payload: {
            data: {
              circleActivity: {
                id: 'evt-1',
                kind: 'CHECK_IN_POSTED',
                checkIn: { id: buildCheckIn().id, text: 'A heavy week, lighter now', hidden: false, author: { pseudonym: 'Heron', isMe: false } },
                hiddenContent: null,
                member: null,
              },
            },
          },
        },
      ]);
    });

    it('sends hidden content in full to moderators and only its ids to members', async () => {
      const moderator = subscriber('mod', { circleRole: CircleRole.MODERATOR });
      const { publisher, sender } = setUp([moderator, subscriber('mem')]);
      const hidden = buildCheckIn({ hiddenAt: '2026-12-02T10:28:00.000Z' });

      await publisher.publishCircle(event({ kind: 'CONTENT_HIDDEN', checkIn: hidden }));

      const activity = (to: string) => (sender.to(to)[0]?.payload as { data: { circleActivity: Record<string, unknown> } }).data.circleActivity;
      expect(activity('mod')).toMatchObject({ checkIn: { text: hidden.text, hidden: true }, hiddenContent: { checkInId: hidden.id, replyId: null } });
      expect(activity('mem')).toMatchObject({ checkIn: null, hiddenContent: { checkInId: hidden.id, replyId: null } });
    });

    it('never sends a hidden check-in being posted to a member', async () => {
      const { publisher, sender } = setUp([subscriber('mem')]);

      const report = await publisher.publishCircle(event({ checkIn: buildCheckIn({ hiddenAt: '2026-12-02T10:28:00.000Z' }) }));

      expect(report.sent).toBe(0);
      expect(sender.posts).toEqual([]);
    });

    it('completes and deletes the subscription of the member who left, and tells the others', async () => {
      const leaver = subscriber('gone-member');
      const { publisher, sender, repository } = setUp([leaver, subscriber('stays')]);

      await publisher.publishCircle(event({ kind: 'MEMBER_LEFT', member: buildMembership({ sub: leaver.sub, memberId: leaver.memberId!, pseudonym: 'Ash' }) }));

      expect(sender.to('gone-member')).toEqual([{ id: 's1', type: 'complete' }]);
      expect(repository.subscriptions.has('gone-member#s1')).toBe(false);
      expect(sender.to('stays')[0]).toMatchObject({
        type: 'next',
        payload: { data: { circleActivity: { kind: 'MEMBER_LEFT', member: { pseudonym: 'Ash' } } } },
      });
    });

    it('updates the stored role of a subscriber whose role changed', async () => {
      const promoted = subscriber('p');
      const { publisher, repository } = setUp([promoted]);

      await publisher.publishCircle(
        event({ kind: 'ROLE_CHANGED', member: buildMembership({ sub: promoted.sub, memberId: promoted.memberId!, role: CircleRole.MODERATOR }) }),
      );

      expect(repository.subscriptions.get('p#s1')?.circleRole).toBe(CircleRole.MODERATOR);
    });

    it('removes a connection whose post answers gone, with all its subscriptions', async () => {
      const { publisher, sender, repository } = setUp([subscriber('lost'), subscriber('here')]);
      sender.gone.add('lost');

      const report = await publisher.publishCircle(event({ checkIn: buildCheckIn() }));

      expect(report).toMatchObject({ subscribers: 2, sent: 1, gone: 1 });
      expect(repository.connections.has('lost')).toBe(false);
      expect(repository.subscriptions.has('lost#s1')).toBe(false);
    });

    it('ends an expired subscriber with UNAUTHENTICATED and a 4401 close instead of the event', async () => {
      const { publisher, sender, repository } = setUp([subscriber('old', { tokenExpiresAt: '2026-12-02T10:00:00.000Z' })]);

      await publisher.publishCircle(event({ checkIn: buildCheckIn() }));

      expect(sender.to('old')).toEqual([{ id: 's1', type: 'error', payload: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] }]);
      expect(sender.closes).toEqual([expect.objectContaining({ connectionId: 'old', code: 4401 })]);
      expect(repository.connections.size).toBe(0);
    });
  });

  describe('publishNotification', () => {
    it("reaches only the recipient's subscriptions, with ids and never the account", async () => {
      const mine = subscriber('me', {
        sub: 'recipient',
        target: { field: 'myNotifications' },
        query: 'subscription { myNotifications { id kind checkInId } }',
        variables: null,
      });
      const { publisher, sender } = setUp([mine, subscriber('other')]);

      const report = await publisher.publishNotification({
        id: 'n1',
        recipientSub: 'recipient',
        kind: 'CHECK_IN_REPLY',
        at: '2026-12-02T10:29:00.000Z',
        checkInId: 'c1',
      });

      expect(report).toMatchObject({ subscribers: 1, sent: 1 });
      expect(sender.to('me')).toEqual([
        { id: 's1', type: 'next', payload: { data: { myNotifications: { id: 'n1', kind: 'CHECK_IN_REPLY', checkInId: 'c1' } } } },
      ]);
      expect(JSON.stringify(sender.posts)).not.toContain('recipient');
    });
  });
});
