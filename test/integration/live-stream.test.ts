// One owner makes a few circles here; the limits themselves are tested in rate-limits.test.ts.
process.env.RATE_LIMIT_SCALE = '50';

import type { CircleActivityEvent, MemberNotification } from '../../services/live/live.events';
import { createReplyRecipient } from '../../services/live/reply-recipient.repository';
import type { TableChange } from '../../services/live/stream-events';
import { createStreamHandler } from '../../services/live/stream-changes';
import { startStreamPoller, type StreamPoller } from '../../services/local/stream-poller';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { documentClient, testStack, type TestUser } from '../helpers/local-stack';

const CREATE = kit('CreateCircle');
const INVITE = kit('CreateCircleInvite');
const JOIN = kit('JoinCircle');
const POST = kit('PostCheckIn');
const REPLY = kit('ReplyToCheckIn');
const REACT = kit('AddReaction');
const HIDE = kit('HideCircleContent');
const LEAVE = kit('LeaveCircle');

/**
 * DynamoDB Local's stream, read by the local poller and handed to the stream
 * handler the cloud runs: each change to a circle becomes its activity, in
 * order, and a reply tells the check-in's author. The publisher and the
 * dispatcher are recorders here (their own tests cover them); the table is
 * shared with the other files running now, so events are picked by circle.
 */
describe('the change stream, read as the cloud reads it', () => {
  const { api, users } = useIntegrationApi({ users: { owner: {}, member: {} } });
  const circleEvents: CircleActivityEvent[] = [];
  const notifications: MemberNotification[] = [];
  const dispatched: MemberNotification[] = [];
  const reminderChanges: TableChange[] = [];
  let poller: StreamPoller;

  beforeAll(async () => {
    const handle = createStreamHandler({
      publishCircle: async (event) => void circleEvents.push(event),
      publishNotification: async (notification) => void notifications.push(notification),
      dispatch: async (notification) => void dispatched.push(notification),
      replyRecipient: createReplyRecipient(documentClient(), testStack().tableName),
      moveReminders: async (change) => void reminderChanges.push(change),
    });
    poller = await startStreamPoller({ endpoint: testStack().dynamoDbEndpoint, tableName: testStack().tableName, handle, intervalMs: 50 });
  });

  afterAll(async () => {
    await poller?.stop();
  });

  async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  /** Waits (polling the recorders, never a fixed sleep) until `pick` finds what it wants. */
  async function eventually<T>(pick: () => T | undefined, withinMs = 5_000): Promise<T> {
    const until = Date.now() + withinMs;
    for (;;) {
      const found = pick();
      if (found !== undefined) return found;
      if (Date.now() > until) throw new Error('the stream did not deliver in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const kindsIn = (circleId: string) => circleEvents.filter((event) => event.circleId === circleId).map((event) => event.kind);

  it('turns a circle’s changes into its activity, in order, and tells a check-in’s author of a reply', async () => {
    const { owner, member } = users;
    const circle = (await ok<{ createCircle: { circle: { id: string } } }>(owner, CREATE, { input: { name: 'Stream circle', pseudonym: 'Owner' } }))
      .createCircle.circle;
    const code = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(owner, INVITE, { input: { circleId: circle.id } })).createCircleInvite
      .circleInvite.code;
    await ok(member, JOIN, { input: { code, pseudonym: 'Willow' } });
    await eventually(() => (kindsIn(circle.id).includes('MEMBER_JOINED') ? true : undefined));

    const checkIn = (await ok<{ postCheckIn: { checkIn: { id: string } } }>(member, POST, { input: { circleId: circle.id, mood: 'SAD', text: 'A heavy day' } }))
      .postCheckIn.checkIn;
    const event = await eventually(() => circleEvents.find((e) => e.kind === 'CHECK_IN_POSTED' && e.checkIn?.id === checkIn.id));
    expect(event.checkIn).toMatchObject({ id: checkIn.id, author: { pseudonym: 'Willow' } });
    expect(event.checkIn).not.toHaveProperty('PK');

    const reply = (
      await ok<{ replyToCheckIn: { reply: { id: string } } }>(owner, REPLY, { input: { circleId: circle.id, checkInId: checkIn.id, text: 'With you' } })
    ).replyToCheckIn.reply;
    const told = await eventually(() => notifications.find((n) => n.id === `reply:${reply.id}`));
    expect(told).toMatchObject({ kind: 'CHECK_IN_REPLY', recipientSub: member.sub, circleId: circle.id, checkInId: checkIn.id });
    expect(dispatched.filter((n) => n.id === told.id)).toHaveLength(1);

    await ok(owner, REACT, { input: { circleId: circle.id, checkInId: checkIn.id, kind: 'HUG' } });
    await ok(owner, HIDE, { input: { circleId: circle.id, checkInId: checkIn.id } });
    await ok(member, LEAVE, { input: { circleId: circle.id } });
    await eventually(() => (kindsIn(circle.id).includes('MEMBER_LEFT') ? true : undefined));
    expect(kindsIn(circle.id)).toEqual([
      'MEMBER_JOINED',
      'MEMBER_JOINED',
      'CHECK_IN_POSTED',
      'REPLY_POSTED',
      'REACTIONS_CHANGED',
      'CONTENT_HIDDEN',
      'MEMBER_LEFT',
    ]);
    const left = circleEvents.find((e) => e.circleId === circle.id && e.kind === 'MEMBER_LEFT');
    expect(left?.member).toMatchObject({ pseudonym: 'Willow' });
    expect(new Set(circleEvents.map((e) => e.id)).size).toBe(circleEvents.length);
  });

  it('tells nobody when the author replies to their own check-in', async () => {
    const { owner } = users;
    const circle = (await ok<{ createCircle: { circle: { id: string } } }>(owner, CREATE, { input: { name: 'Alone circle' } })).createCircle.circle;
    const checkIn = (await ok<{ postCheckIn: { checkIn: { id: string } } }>(owner, POST, { input: { circleId: circle.id, mood: 'CALM' } })).postCheckIn.checkIn;
    const reply = (
      await ok<{ replyToCheckIn: { reply: { id: string } } }>(owner, REPLY, { input: { circleId: circle.id, checkInId: checkIn.id, text: 'Note to self' } })
    ).replyToCheckIn.reply;
    await eventually(() => circleEvents.find((e) => e.kind === 'REPLY_POSTED' && e.reply?.id === reply.id));
    expect(notifications.find((n) => n.id === `reply:${reply.id}`)).toBeUndefined();
  });

  it('passes routine and profile changes on to the reminder schedule', async () => {
    const { member } = users;
    const me = await ok<{ me: { version: number } }>(member, kit('Me'), {});
    await ok(member, kit('UpdateProfile'), { input: { timeZone: 'Europe/Berlin', version: me.me.version } });
    await eventually(() => reminderChanges.find((c) => c.entity === 'Profile' && c.newItem?.sub === member.sub));
  });
});
