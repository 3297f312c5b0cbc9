import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MemberNotification } from '../../services/live/live.events';
import { FixedClock } from '../../services/shared/clock';
import { createNotificationDispatcher } from '../../services/notifications/delivery/delivery.factory';
import { DynamoDeliveryRepository } from '../../services/notifications/delivery/delivery.repository';
import { DEFAULT_RETRY } from '../../services/notifications/delivery/retry';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

// http_ece ships no types: the one call the test makes.
const ece = createRequire(__filename)('http_ece') as {
  decrypt(body: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer;
};

// Read once by the delivery settings: email goes to this folder, not SES.
const mailbox = mkdtempSync(join(tmpdir(), 'lacrima-mailbox-'));
process.env.MAILBOX_DIR = mailbox;

const ME = kit('Me');
const UPDATE_PROFILE = kit('UpdateProfile');
const PUBLIC_KEY = kit('PushPublicKey');
const REGISTER = kit('RegisterPushDevice');
const MY_DEVICES = kit('MyPushDevices');
const REMOVE = kit('RemovePushDevice');
const DELETE_ACCOUNT = kit('DeleteMyAccount');

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service of our own: records each request and answers the statuses scripted for its path (the last repeats). */
class PushService {
  readonly received: Received[] = [];
  readonly script = new Map<string, Array<{ status: number; retryAfter?: string }>>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '';
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
        const steps = this.script.get(path) ?? [];
        const step = (steps.length > 1 ? steps.shift() : steps[0]) ?? { status: 201 };
        res.writeHead(step.status, step.retryAfter ? { 'retry-after': step.retryAfter } : {});
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  to(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** What a browser holds after pushManager.subscribe: its own ECDH key pair and auth secret. */
function browserSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth } };
}

type Prefs = Record<string, unknown>;

describe('notification delivery (integration)', () => {
  const { api, recorder } = useIntegrationApi();
  const push = new PushService();
  const sleeps: number[] = [];
  const retry = { ...DEFAULT_RETRY, sleep: async (ms: number) => void sleeps.push(ms) };

  beforeAll(() => push.start());
  afterAll(async () => {
    await push.stop();
    rmSync(mailbox, { recursive: true, force: true });
  });
  beforeEach(() => {
    sleeps.length = 0;
  });

  /** A fresh member with these preferences and, when `device` names a path, one push device registered there through the API. */
  async function member(preferences: Prefs, device?: string, timeZone = 'Europe/Berlin') {
    const user = await createTestUser();
    const me = await api.gql<{ me: { version: number } }>(ME, {}, user.accessToken);
    const updated = await api.gql(UPDATE_PROFILE, { input: { version: me.body.data!.me.version, timeZone, preferences } }, user.accessToken);
    expect(updated.body.errors).toBeUndefined();
    if (!device) return { user, browser: undefined, deviceId: undefined };
    const browser = browserSubscription();
    const res = await register(api, user, { endpoint: `${push.url}${device}`, keys: browser.keys, label: 'Phone' });
    expect(res.body.errors).toBeUndefined();
    return { user, browser, deviceId: res.body.data!.registerPushDevice.device.id };
  }

  function reminder(user: TestUser, suffix: string): MemberNotification {
    return {
      id: `reminder:01JROUTINEINTEGRATION0000:${suffix}`,
      recipientSub: user.sub,
      kind: 'REMINDER_DUE',
      at: '2026-03-29T19:00:00.000Z',
      routineId: '01JROUTINEINTEGRATION0000',
    };
  }

  const reminders = { routineReminders: true, delivery: { push: ['ROUTINE_REMINDERS'], email: [] } };

  it('pushes an aes128gcm message the browser decrypts (RFC 8291) to a payload without member text, once', async () => {
    // Arrange
    const { user, browser } = await member(reminders, '/push/decrypt');
    const key = await api.gql<{ pushPublicKey: string }>(PUBLIC_KEY, {}, user.accessToken);
    const dispatcher = createNotificationDispatcher({ retry });

    // Act
    const report = await dispatcher.deliver(reminder(user, 'a'));
    const again = await dispatcher.deliver(reminder(user, 'a'));

    // Assert
    expect(report.deliveries).toEqual([expect.objectContaining({ outcome: 'SENT', attempts: 1 })]);
    expect(again.deliveries).toEqual([expect.objectContaining({ outcome: 'DUPLICATE' })]);
    const [request, ...more] = push.to('/push/decrypt');
    expect(more).toHaveLength(0);
    expect(request!.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '3600', urgency: 'high' });
    // The VAPID header carries the key the app subscribed with.
    expect(request!.headers.authorization).toContain(`k=${key.body.data!.pushPublicKey}`);
    const payload = JSON.parse(ece.decrypt(request!.body, { version: 'aes128gcm', privateKey: browser!.ecdh, authSecret: browser!.auth }).toString('utf8'));
    expect(payload).toEqual({
      title: 'A moment for your routine',
      kind: 'REMINDER_DUE',
      notificationId: 'reminder:01JROUTINEINTEGRATION0000:a',
      at: '2026-03-29T19:00:00.000Z',
      routineId: '01JROUTINEINTEGRATION0000',
    });
  });

  it('removes a device whose push service answers 410', async () => {
    const { user } = await member(reminders, '/push/gone');
    push.script.set('/push/gone', [{ status: 410 }]);

    const report = await createNotificationDispatcher({ retry }).deliver(reminder(user, 'b'));

    expect(report.deliveries[0]).toMatchObject({ outcome: 'DEVICE_REMOVED' });
    const devices = await api.gql<{ myPushDevices: unknown[] }>(MY_DEVICES, {}, user.accessToken);
    expect(devices.body.data?.myPushDevices).toEqual([]);
  });

  it('retries a 429 after its Retry-After and delivers exactly once', async () => {
    const { user } = await member(reminders, '/push/busy');
    push.script.set('/push/busy', [{ status: 429, retryAfter: '2' }, { status: 201 }]);

    const report = await createNotificationDispatcher({ retry }).deliver(reminder(user, 'c'));

    expect(report.deliveries[0]).toMatchObject({ outcome: 'SENT', attempts: 2 });
    expect(push.to('/push/busy')).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it('records a DeliveryFailure when the push service answers 500 to every try', async () => {
    const { user, deviceId } = await member(reminders, '/push/broken');
    push.script.set('/push/broken', [{ status: 500 }]);

    const report = await createNotificationDispatcher({ retry }).deliver(reminder(user, 'd'));

    expect(report.deliveries[0]).toMatchObject({ outcome: 'FAILED', attempts: 3 });
    expect(push.to('/push/broken')).toHaveLength(3);
    const failures = await new DynamoDeliveryRepository(documentClient(), testStack().tableName).failures(user.sub);
    expect(failures).toEqual([
      {
        notificationId: 'reminder:01JROUTINEINTEGRATION0000:d',
        kind: 'REMINDER_DUE',
        channel: 'push',
        target: deviceId,
        status: '500',
        attempts: 3,
        at: expect.any(String),
      },
    ]);
  });

  it('skips a notification in quiet hours (in the member’s zone) and sends one after them', async () => {
    const { user } = await member({ ...reminders, quietHours: { start: '22:00', end: '07:00' } }, '/push/quiet');
    // 23:30 and 07:30 in Berlin (CEST, UTC+2).
    const night = createNotificationDispatcher({ retry, clock: new FixedClock(new Date('2026-06-01T21:30:00Z')) });
    const morning = createNotificationDispatcher({ retry, clock: new FixedClock(new Date('2026-06-02T05:30:00Z')) });

    expect((await night.deliver(reminder(user, 'e'))).skipped).toBe('QUIET_HOURS');
    expect(push.to('/push/quiet')).toHaveLength(0);
    expect((await morning.deliver(reminder(user, 'f'))).deliveries[0]).toMatchObject({ outcome: 'SENT' });
  });

  it('writes an email chosen for the topic to the local mailbox, with the fixed wording only', async () => {
    const { user } = await member({ circleActivity: true, delivery: { push: [], email: ['CIRCLE_ACTIVITY'] } });
    const notification: MemberNotification = {
      id: 'reply:01JREPLYINTEGRATION000000',
      recipientSub: user.sub,
      kind: 'CHECK_IN_REPLY',
      at: '2026-03-29T19:00:00.000Z',
      circleId: '01JCIRCLEINTEGRATION00000',
      checkInId: '01JCHECKININTEGRATION0000',
    };

    const report = await createNotificationDispatcher({ retry }).deliver(notification);

    expect(report.deliveries).toEqual([expect.objectContaining({ channel: 'email', outcome: 'SENT' })]);
    const files = readdirSync(mailbox).filter((f) => f.includes('01JREPLYINTEGRATION000000'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(mailbox, files[0]!), 'utf8');
    expect(eml).toContain(`To: ${user.email}\r\n`);
    expect(eml).toContain('Subject: Someone replied to your check-in\r\n');
    expect(eml).not.toContain('01JCIRCLEINTEGRATION00000');
  });

  describe('push devices through the API', () => {
    it('registers the same endpoint twice as one device, never showing the endpoint back', async () => {
      const user = await createTestUser();
      const { keys } = browserSubscription();
      const endpoint = `${push.url}/push/secret-token-123`;

      const first = await register(api, user, { endpoint, keys, label: 'Phone' });
      const second = await register(api, user, { endpoint, keys, label: 'Old phone' });
      const list = await api.gql<{ myPushDevices: Array<{ id: string; label: string }> }>(MY_DEVICES, {}, user.accessToken);

      expect(second.body.data?.registerPushDevice.device.id).toBe(first.body.data?.registerPushDevice.device.id);
      expect(list.body.data?.myPushDevices).toEqual([expect.objectContaining({ label: 'Old phone' })]);
      expect(JSON.stringify([first.body, second.body, list.body])).not.toContain('secret-token-123');
    });

    it('registers with one Query and one transaction, and lists with one Query', async () => {
      const user = await createTestUser();
      await api.gql(ME, {}, user.accessToken);
      recorder.reset();

      await register(api, user, { endpoint: `${push.url}/push/counted`, keys: browserSubscription().keys, label: 'Phone' });
      const registered = [...recorder.calls];
      recorder.reset();
      await api.gql(MY_DEVICES, {}, user.accessToken);

      expect(registered).toEqual(['Query', 'TransactWriteItems']);
      expect(recorder.calls).toEqual(['Query']);
    });

    it('refuses bad keys and a plain http endpoint with BAD_USER_INPUT naming the fields, storing nothing', async () => {
      const user = await createTestUser();

      const res = await register(api, user, { endpoint: 'http://push.example.test/x', keys: { p256dh: 'AAAA', auth: 'AAAA' }, label: 'Phone' });
      const keys = await register(api, user, { endpoint: `${push.url}/push/k`, keys: { p256dh: 'AAAA', auth: 'AAAA' }, label: 'Phone' });
      const list = await api.gql<{ myPushDevices: unknown[] }>(MY_DEVICES, {}, user.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endpoint'] });
      expect(keys.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['keys.p256dh', 'keys.auth'] });
      expect(list.body.data?.myPushDevices).toEqual([]);
    });

    it("answers NOT_FOUND for another member's device and leaves it in place", async () => {
      const { user: owner, deviceId } = await member(reminders, '/push/owner');
      const other = await createTestUser();

      const res = await api.gql(REMOVE, { input: { id: deviceId } }, other.accessToken);
      const mine = await api.gql(REMOVE, { input: { id: deviceId } }, owner.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Still there for its owner to remove.
      expect(mine.body.data?.removePushDevice).toMatchObject({ deletedId: deviceId });
    });

    it('goes with the account: deletion removes devices and delivery records, and the old token registers none again', async () => {
      const { user } = await member(reminders, '/push/leaving');
      push.script.set('/push/leaving', [{ status: 500 }]);
      await createNotificationDispatcher({ retry }).deliver(reminder(user, 'g'));

      for (let calls = 0; calls < 10; calls += 1) {
        const res = await api.gql<{ deleteMyAccount: { accountDeletion: { complete: boolean } } }>(
          DELETE_ACCOUNT,
          { input: { confirm: 'DELETE MY ACCOUNT' } },
          user.accessToken,
        );
        if (res.body.data?.deleteMyAccount.accountDeletion.complete) break;
      }
      const left = await documentClient().send(
        new QueryCommand({ TableName: testStack().tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `USER#${user.sub}` } }),
      );
      const again = await register(api, user, { endpoint: `${push.url}/push/leaving`, keys: browserSubscription().keys, label: 'Phone' });

      expect(left.Items).toEqual([]);
      expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an 11th device with LIMIT_REACHED', async () => {
      const user = await createTestUser();
      const { keys } = browserSubscription();
      for (let i = 0; i < 10; i += 1) {
        expect((await register(api, user, { endpoint: `${push.url}/push/cap/${i}`, keys, label: `Device ${i}` })).body.errors).toBeUndefined();
      }

      const res = await register(api, user, { endpoint: `${push.url}/push/cap/10`, keys, label: 'One more' });

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_REACHED', limit: 10 });
    });
  });
});

function register(api: TestApi, user: TestUser, input: { endpoint: string; keys: { p256dh: string; auth: string }; label: string }) {
  return api.gql<{ registerPushDevice: { device: { id: string; label: string } } }>(REGISTER, { input }, user.accessToken);
}
