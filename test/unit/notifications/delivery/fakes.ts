import type { MemberNotification } from '../../../../services/live/live.events';
import { FixedClock } from '../../../../services/shared/clock';
import type { DeliveryRepository } from '../../../../services/notifications/delivery/delivery.repository';
import type { EmailMessage } from '../../../../services/notifications/delivery/delivery.messages';
import type { EmailTransport } from '../../../../services/notifications/delivery/email.channel';
import type { DispatcherPorts } from '../../../../services/notifications/delivery/notification.dispatcher';
import type { PushOptions, PushResponse, PushTarget, PushTransport } from '../../../../services/notifications/delivery/push.channel';
import type { Channel, DeliveryFailureRecord, PushDeviceRecord } from '../../../../services/notifications/delivery/push-device.record';
import type { PushDeviceRepository } from '../../../../services/notifications/delivery/push-device.repository';
import { DEFAULT_PREFERENCES, type PreferencesRecord, type ProfileRecord } from '../../../../services/users/user.type';

export const SUB = 'member-1';

export function buildProfile(preferences: Partial<PreferencesRecord> = {}, overrides: Partial<ProfileRecord> = {}): ProfileRecord {
  return {
    sub: SUB,
    displayName: 'River',
    pronouns: null,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    preferences: { ...DEFAULT_PREFERENCES, ...preferences },
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildDevice(overrides: Partial<PushDeviceRecord> = {}): PushDeviceRecord {
  return {
    id: '01JDEVICE0000000000000000A',
    endpoint: 'https://push.example.test/send/abc',
    keys: { p256dh: 'p', auth: 'a' },
    label: 'Phone',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildNotification(overrides: Partial<MemberNotification> = {}): MemberNotification {
  return {
    id: 'reminder:01JROUTINE00000000000000AA:2026-03-29T20:00:00.000Z',
    recipientSub: SUB,
    kind: 'REMINDER_DUE',
    at: '2026-03-29T20:00:00.000Z',
    routineId: '01JROUTINE00000000000000AA',
    ...overrides,
  };
}

export class FakeDevices implements PushDeviceRepository {
  readonly devices = new Map<string, PushDeviceRecord>();
  async list() {
    return [...this.devices.values()];
  }
  async put(_sub: string, device: PushDeviceRecord) {
    this.devices.set(device.id, device);
  }
  async remove(_sub: string, id: string) {
    return this.devices.delete(id);
  }
}

export class FakeDeliveries implements DeliveryRepository {
  readonly markers = new Set<string>();
  readonly recorded: DeliveryFailureRecord[] = [];
  async claim(sub: string, notificationId: string, channel: Channel, target: string) {
    const key = `${sub}|${notificationId}|${channel}|${target}`;
    if (this.markers.has(key)) return false;
    this.markers.add(key);
    return true;
  }
  async recordFailure(_sub: string, failure: DeliveryFailureRecord) {
    this.recorded.push(failure);
  }
  async failures() {
    return this.recorded;
  }
}

/** Answers each send with the next scripted response (the last one repeats); an Error is thrown as a network failure. */
export class FakePush implements PushTransport {
  readonly sent: Array<{ target: PushTarget; payload: string; options: PushOptions }> = [];
  constructor(private readonly script: Array<PushResponse | Error> = [{ status: 201 }]) {}
  async send(target: PushTarget, payload: string, options: PushOptions) {
    this.sent.push({ target, payload, options });
    const next = this.script.length > 1 ? this.script.shift() : this.script[0];
    if (next instanceof Error) throw next;
    return next ?? { status: 201 };
  }
}

export class FakeEmail implements EmailTransport {
  readonly sent: EmailMessage[] = [];
  constructor(private readonly failWith: Error[] = []) {}
  async send(message: EmailMessage) {
    const failure = this.failWith.shift();
    if (failure) throw failure;
    this.sent.push(message);
  }
}

export function buildPorts(profile: ProfileRecord | undefined, overrides: { push?: FakePush; email?: FakeEmail; emails?: DispatcherPorts['emails'] } = {}) {
  const sleeps: number[] = [];
  const ports = {
    profiles: { getProfile: async () => profile },
    devices: new FakeDevices(),
    deliveries: new FakeDeliveries(),
    push: overrides.push ?? new FakePush(),
    email: overrides.email ?? new FakeEmail(),
    emails: overrides.emails ?? { emailOf: async (): Promise<string | undefined> => 'river@example.test' },
    // 21:00 in Berlin (CET): a reminder's evening.
    clock: new FixedClock(new Date('2026-03-28T20:00:00Z')),
    retry: {
      attempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 2_000,
      sleep: async (ms: number) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
    },
  };
  return { ports, sleeps };
}
