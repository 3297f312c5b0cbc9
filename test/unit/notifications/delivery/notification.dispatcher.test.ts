import { NotificationDispatcher } from '../../../../services/notifications/delivery/notification.dispatcher';
import { buildDevice, buildNotification, buildPorts, buildProfile, FakeEmail, FakePush } from './fakes';

const optedIn = { routineReminders: true, delivery: { push: ['ROUTINE_REMINDERS' as const], email: [] } };

describe('NotificationDispatcher', () => {
  describe('dispatch', () => {
    it('pushes a fixed message with ids only, no routine words, to every device', async () => {
      // Arrange
      const { ports } = buildPorts(buildProfile(optedIn));
      await ports.devices.put('', buildDevice());
      await ports.devices.put('', buildDevice({ id: '01JDEVICE0000000000000000B', endpoint: 'https://push.example.test/send/def' }));

      // Act
      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      // Assert
      expect(report.deliveries.map((d) => d.outcome)).toEqual(['SENT', 'SENT']);
      expect(ports.push.sent).toHaveLength(2);
      const payload = JSON.parse(ports.push.sent[0]!.payload);
      expect(payload).toEqual({
        title: 'A moment for your routine',
        kind: 'REMINDER_DUE',
        notificationId: buildNotification().id,
        at: '2026-03-29T20:00:00.000Z',
        routineId: '01JROUTINE00000000000000AA',
      });
      expect(ports.push.sent[0]!.options).toEqual({ ttlSeconds: 3600, urgency: 'high' });
    });

    it('sends nothing when the topic is not wanted, even with a channel chosen', async () => {
      const { ports } = buildPorts(buildProfile({ ...optedIn, routineReminders: false }));
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report).toEqual({ skipped: 'NOT_WANTED', deliveries: [] });
      expect(ports.push.sent).toHaveLength(0);
    });

    it('sends nothing when no channel was chosen for the topic (opt-in)', async () => {
      const { ports } = buildPorts(buildProfile({ routineReminders: true }));
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report.skipped).toBe('NOT_WANTED');
      expect(ports.push.sent).toHaveLength(0);
    });

    it('reads a profile stored before delivery choices existed as opted out', async () => {
      const old = buildProfile();
      old.preferences = { routineReminders: true, weeklyReflection: true, circleActivity: true } as never;
      const { ports } = buildPorts(old);

      expect((await new NotificationDispatcher(ports).deliver(buildNotification())).skipped).toBe('NOT_WANTED');
    });

    it('skips a notification in quiet hours that wrap midnight, in the member’s zone', async () => {
      // 23:30 in Berlin is 22:30 UTC in winter.
      const { ports } = buildPorts(buildProfile({ ...optedIn, quietHours: { start: '22:00', end: '07:00' } }));
      ports.clock.set(new Date('2026-01-15T22:30:00Z'));
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report.skipped).toBe('QUIET_HOURS');
      expect(ports.push.sent).toHaveLength(0);
    });

    it('delivers just after quiet hours end', async () => {
      const { ports } = buildPorts(buildProfile({ ...optedIn, quietHours: { start: '22:00', end: '07:00' } }));
      // 07:00 in Berlin (CET).
      ports.clock.set(new Date('2026-01-15T06:00:00Z'));
      await ports.devices.put('', buildDevice());

      expect((await new NotificationDispatcher(ports).deliver(buildNotification())).deliveries).toHaveLength(1);
    });

    it('never sends twice when the same notification is dispatched again', async () => {
      const { ports } = buildPorts(buildProfile(optedIn));
      await ports.devices.put('', buildDevice());
      const dispatcher = new NotificationDispatcher(ports);

      await dispatcher.deliver(buildNotification());
      const again = await dispatcher.deliver(buildNotification());

      expect(ports.push.sent).toHaveLength(1);
      expect(again.deliveries).toEqual([{ channel: 'push', target: buildDevice().id, outcome: 'DUPLICATE', attempts: 0 }]);
    });

    it.each([404, 410])('removes a device whose push service answers %i, without retrying or recording a failure', async (status) => {
      const { ports } = buildPorts(buildProfile(optedIn), { push: new FakePush([{ status }]) });
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report.deliveries[0]).toMatchObject({ outcome: 'DEVICE_REMOVED', attempts: 1 });
      expect(ports.devices.devices.size).toBe(0);
      expect(ports.deliveries.recorded).toHaveLength(0);
    });

    it('retries a 429 after the Retry-After it asked for, then delivers once', async () => {
      const push = new FakePush([{ status: 429, retryAfterSeconds: 1 }, { status: 201 }]);
      const { ports, sleeps } = buildPorts(buildProfile(optedIn), { push });
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report.deliveries[0]).toMatchObject({ outcome: 'SENT', attempts: 2 });
      expect(sleeps).toEqual([1000]);
      expect(ports.deliveries.recorded).toHaveLength(0);
    });

    it('caps a long Retry-After and backs off exponentially with jitter', async () => {
      const push = new FakePush([{ status: 503, retryAfterSeconds: 3600 }, { status: 503 }, { status: 201 }]);
      const { ports, sleeps } = buildPorts(buildProfile(optedIn), { push });
      await ports.devices.put('', buildDevice());

      await new NotificationDispatcher(ports).deliver(buildNotification());

      // The cap (2 s), then random 0.5 x 100 ms x 2.
      expect(sleeps).toEqual([2000, 100]);
    });

    it('records a failure with ids, channel, status and attempts when 5xx persists, and never with content', async () => {
      const { ports } = buildPorts(buildProfile(optedIn), { push: new FakePush([{ status: 500 }]) });
      await ports.devices.put('', buildDevice());

      const report = await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(report.deliveries[0]).toMatchObject({ outcome: 'FAILED', attempts: 3 });
      expect(ports.push.sent).toHaveLength(3);
      expect(ports.deliveries.recorded).toEqual([
        {
          notificationId: buildNotification().id,
          kind: 'REMINDER_DUE',
          channel: 'push',
          target: buildDevice().id,
          status: '500',
          attempts: 3,
          at: '2026-03-28T20:00:00.000Z',
        },
      ]);
      expect(ports.devices.devices.size).toBe(1);
    });

    it('retries a network failure and records it when it lasts', async () => {
      const { ports } = buildPorts(buildProfile(optedIn), { push: new FakePush([new TypeError('fetch failed')]) });
      await ports.devices.put('', buildDevice());

      await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(ports.push.sent).toHaveLength(3);
      expect(ports.deliveries.recorded[0]).toMatchObject({ status: 'network', attempts: 3 });
    });

    it('does not retry a refusal other than 404/410/429/5xx, and records it', async () => {
      const { ports } = buildPorts(buildProfile(optedIn), { push: new FakePush([{ status: 403 }]) });
      await ports.devices.put('', buildDevice());

      await new NotificationDispatcher(ports).deliver(buildNotification());

      expect(ports.push.sent).toHaveLength(1);
      expect(ports.deliveries.recorded[0]).toMatchObject({ status: '403', attempts: 1 });
    });

    it('emails the fixed wording for a topic chosen for email, without the circle or the reply', async () => {
      const { ports } = buildPorts(buildProfile({ circleActivity: true, delivery: { push: [], email: ['CIRCLE_ACTIVITY'] } }));

      const report = await new NotificationDispatcher(ports).deliver(
        buildNotification({ id: 'reply:01JREPLY', kind: 'CHECK_IN_REPLY', circleId: '01JCIRCLE', checkInId: '01JCHECKIN', routineId: null }),
      );

      expect(report.deliveries).toEqual([{ channel: 'email', target: 'email', outcome: 'SENT', attempts: 1 }]);
      expect(ports.email.sent).toEqual([{ to: 'river@example.test', subject: 'Someone replied to your check-in', text: expect.any(String) }]);
      expect(ports.email.sent[0]!.text).not.toMatch(/01JCIRCLE|River/);
    });

    it('retries a throttled email and records one SES refuses outright', async () => {
      const throttled = Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' });
      const refused = Object.assign(new Error('not verified'), { name: 'MessageRejected' });
      const email = new FakeEmail([throttled, refused]);
      const { ports } = buildPorts(buildProfile({ weeklyReflection: true, delivery: { push: [], email: ['WEEKLY_REFLECTION'] } }), { email });

      const report = await new NotificationDispatcher(ports).deliver(buildNotification({ id: 'weekly:2026-W13', kind: 'WEEKLY_REFLECTION' }));

      expect(report.deliveries[0]).toMatchObject({ outcome: 'FAILED', attempts: 2 });
      expect(ports.deliveries.recorded[0]).toMatchObject({ channel: 'email', status: 'MessageRejected', attempts: 2 });
    });

    it('sends no email when the account has no verified address', async () => {
      const { ports } = buildPorts(buildProfile({ weeklyReflection: true, delivery: { push: [], email: ['WEEKLY_REFLECTION'] } }), {
        emails: { emailOf: async () => undefined },
      });

      const report = await new NotificationDispatcher(ports).deliver(buildNotification({ kind: 'WEEKLY_REFLECTION' }));

      expect(report.deliveries).toEqual([{ channel: 'email', target: 'email', outcome: 'NO_ADDRESS', attempts: 0 }]);
      expect(ports.email.sent).toHaveLength(0);
    });

    it('does nothing for an account without a profile (deleted or never used)', async () => {
      const { ports } = buildPorts(undefined);

      expect(await new NotificationDispatcher(ports).deliver(buildNotification())).toEqual({ skipped: 'NO_PROFILE', deliveries: [] });
    });
  });
});
