import { TOPIC_OF, type MemberNotification, type NotificationTopic } from '../../live/live.events';
import type { Clock } from '../../shared/clock';
import { logger } from '../../shared/logger';
import { DEFAULT_PREFERENCES, type PreferencesRecord, type ProfileRecord } from '../../users/user.type';
import { emailOf, PUSH_TIMING, pushPayloadOf } from './delivery.messages';
import type { DeliveryRepository } from './delivery.repository';
import { isRetryableEmailError, type EmailTransport } from './email.channel';
import type { MemberEmailDirectory } from './member-email.repository';
import type { PushTransport } from './push.channel';
import type { Channel, PushDeviceRecord } from './push-device.record';
import type { PushDeviceRepository } from './push-device.repository';
import { inQuietHours } from './quiet-hours';
import { withRetries, type RetryPolicy } from './retry';

/** The stored profile, read by the dispatcher (the users repository, wired in delivery.factory.ts). */
export interface ProfileReader {
  getProfile(sub: string): Promise<ProfileRecord | undefined>;
}

export interface DispatcherPorts {
  profiles: ProfileReader;
  devices: PushDeviceRepository;
  deliveries: DeliveryRepository;
  push: PushTransport;
  email: EmailTransport;
  emails: MemberEmailDirectory;
  clock: Clock;
  retry: RetryPolicy;
}

/** Why nothing went out at all. */
export type Skip = 'NO_PROFILE' | 'NOT_WANTED' | 'QUIET_HOURS';

/** What one delivery did, per target. */
export type Outcome = 'SENT' | 'DUPLICATE' | 'DEVICE_REMOVED' | 'FAILED' | 'NO_ADDRESS';

export interface DispatchReport {
  skipped?: Skip;
  deliveries: Array<{ channel: Channel; target: string; outcome: Outcome; attempts: number }>;
}

/** The topic flags of the preferences, by topic. */
function wanted(preferences: Required<PreferencesRecord>, topic: NotificationTopic): boolean {
  switch (topic) {
    case 'ROUTINE_REMINDERS':
      return preferences.routineReminders;
    case 'WEEKLY_REFLECTION':
      return preferences.weeklyReflection;
    case 'CIRCLE_ACTIVITY':
      return preferences.circleActivity;
    case 'THERAPIST_ACTIVITY':
      return preferences.therapistActivity;
  }
}

const PUSH_GONE = new Set([404, 410]);
const retryablePush = (status: number) => status === 429 || status >= 500;
const ok = (status: number) => status >= 200 && status < 300;

/**
 * Sends a member's notification by the channels they chose for its topic.
 *
 * - One profile read decides: the topic wanted, opted in per channel, and not
 *   in quiet hours. Quiet hours skip (they do not hold): a reminder held to
 *   07:00 would arrive at a time the member did not choose, and whatever the
 *   notification points at is still in the app (and on the live subscription).
 * - Never twice: a marker per (notification, channel, target) is written with
 *   a condition before sending; a retried dispatch finds it and sends nothing.
 *   At most once, then: a send that fails after its retries is recorded
 *   (DeliveryFailure, 30 days) and logged, not tried again by a later dispatch.
 * - Push: 404/410 removes the device; 429, 5xx and network failures are retried
 *   with backoff (Retry-After honoured up to a cap), within `retry.attempts`.
 */
export class NotificationDispatcher {
  constructor(private readonly ports: DispatcherPorts) {}

  /** The NotificationSink of services/live/live.events.ts. */
  async dispatch(n: MemberNotification): Promise<void> {
    await this.deliver(n);
  }

  /** Delivers and reports what each channel did (tests, operators). */
  async deliver(n: MemberNotification): Promise<DispatchReport> {
    const record = await this.ports.profiles.getProfile(n.recipientSub);
    if (!record) return this.skip(n, 'NO_PROFILE');
    const preferences: Required<PreferencesRecord> = { ...DEFAULT_PREFERENCES, ...record.preferences };
    const topic = TOPIC_OF[n.kind];
    const delivery = { ...DEFAULT_PREFERENCES.delivery, ...preferences.delivery };
    const byPush = delivery.push.includes(topic);
    const byEmail = delivery.email.includes(topic);
    if (!wanted(preferences, topic) || (!byPush && !byEmail)) return this.skip(n, 'NOT_WANTED');
    if (inQuietHours(preferences.quietHours, record.timeZone, this.ports.clock.now())) return this.skip(n, 'QUIET_HOURS');

    const [pushed, emailed] = await Promise.all([byPush ? this.pushAll(n) : [], byEmail ? this.sendEmail(n) : []]);
    return { deliveries: [...pushed, ...emailed] };
  }

  private skip(n: MemberNotification, reason: Skip): DispatchReport {
    logger.info('notification not delivered', { notificationId: n.id, kind: n.kind, reason });
    return { skipped: reason, deliveries: [] };
  }

  private async pushAll(n: MemberNotification): Promise<DispatchReport['deliveries']> {
    const devices = await this.ports.devices.list(n.recipientSub);
    return Promise.all(devices.map((device) => this.pushOne(n, device)));
  }

  private async pushOne(n: MemberNotification, device: PushDeviceRecord): Promise<DispatchReport['deliveries'][number]> {
    const target = { channel: 'push' as const, target: device.id };
    if (!(await this.ports.deliveries.claim(n.recipientSub, n.id, 'push', device.id, this.ports.clock.now()))) {
      return { ...target, outcome: 'DUPLICATE', attempts: 0 };
    }
    const payload = JSON.stringify(pushPayloadOf(n));
    const result = await withRetries(this.ports.retry, async () => {
      try {
        const response = await this.ports.push.send(device, payload, PUSH_TIMING[n.kind]);
        const status = String(response.status);
        if (retryablePush(response.status)) return { done: false, value: status, retryAfterSeconds: response.retryAfterSeconds };
        return { done: true, value: status };
      } catch {
        return { done: false, value: 'network' };
      }
    });
    const status = Number(result.value);
    if (result.done && ok(status)) return { ...target, outcome: 'SENT', attempts: result.attempts };
    if (result.done && PUSH_GONE.has(status)) {
      await this.ports.devices.remove(n.recipientSub, device.id);
      logger.info('push device gone: removed', { notificationId: n.id, deviceId: device.id, status });
      return { ...target, outcome: 'DEVICE_REMOVED', attempts: result.attempts };
    }
    await this.fail(n, 'push', device.id, result.value, result.attempts);
    return { ...target, outcome: 'FAILED', attempts: result.attempts };
  }

  private async sendEmail(n: MemberNotification): Promise<DispatchReport['deliveries']> {
    const target = { channel: 'email' as const, target: 'email' };
    const to = await this.ports.emails.emailOf(n.recipientSub);
    if (!to) {
      logger.warn('no verified email address: email not sent', { notificationId: n.id, kind: n.kind });
      return [{ ...target, outcome: 'NO_ADDRESS', attempts: 0 }];
    }
    if (!(await this.ports.deliveries.claim(n.recipientSub, n.id, 'email', 'email', this.ports.clock.now()))) {
      return [{ ...target, outcome: 'DUPLICATE', attempts: 0 }];
    }
    const message = emailOf(n, to);
    const result = await withRetries(this.ports.retry, async () => {
      try {
        await this.ports.email.send(message, n.id);
        return { done: true, value: 'sent' };
      } catch (error) {
        const status = error instanceof Error ? error.name : 'unknown';
        return isRetryableEmailError(error) ? { done: false, value: status } : { done: true, value: status };
      }
    });
    if (result.done && result.value === 'sent') return [{ ...target, outcome: 'SENT', attempts: result.attempts }];
    await this.fail(n, 'email', 'email', result.value, result.attempts);
    return [{ ...target, outcome: 'FAILED', attempts: result.attempts }];
  }

  /** Never silently lost: recorded for 30 days and logged with ids and codes only. */
  private async fail(n: MemberNotification, channel: Channel, target: string, status: string, attempts: number): Promise<void> {
    const at = this.ports.clock.now().toISOString();
    await this.ports.deliveries.recordFailure(n.recipientSub, { notificationId: n.id, kind: n.kind, channel, target, status, attempts, at });
    logger.error('notification delivery failed', { notificationId: n.id, kind: n.kind, channel, target, status, attempts });
  }
}
