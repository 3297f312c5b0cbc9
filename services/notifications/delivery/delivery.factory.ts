import { cognitoClient } from '../../shared/auth/cognito-users.repository';
import { systemClock, type Clock } from '../../shared/clock';
import { config } from '../../shared/config';
import { dynamo, tableName } from '../../shared/db/client';
import { DynamoUserRepository } from '../../users/user.repository';
import { deliveryConfig, type DeliveryConfig } from './delivery.config';
import { DynamoDeliveryRepository } from './delivery.repository';
import { MailboxEmailTransport, type EmailTransport } from './email.channel';
import { CognitoMemberEmails, type MemberEmailDirectory } from './member-email.repository';
import { NotificationDispatcher, type DispatcherPorts } from './notification.dispatcher';
import { WebPushTransport } from './push.channel';
import { DynamoPushDeviceRepository } from './push-device.repository';
import { DEFAULT_RETRY } from './retry';
import { SesEmailTransport, sesClient } from './ses-email.repository';
import { vapidKeys } from './push-device.factory';

/** Email to the local mailbox folder where one is set (local stack, tests), through SES otherwise. */
function emailTransport(settings: DeliveryConfig, clock: Clock): EmailTransport {
  const from = settings.emailFrom ?? 'Lacrima <notifications@lacrima.local>';
  if (settings.mailboxDir) return new MailboxEmailTransport(settings.mailboxDir, from, () => clock.now());
  if (!settings.emailFrom) throw new Error('Missing required environment variable EMAIL_FROM (or MAILBOX_DIR for a local mailbox)');
  return new SesEmailTransport(sesClient(config().region), settings.emailFrom);
}

/** The member email directory; its client is made only when an email is about to be sent. */
function memberEmails(): MemberEmailDirectory {
  let directory: CognitoMemberEmails | undefined;
  return {
    emailOf(sub) {
      const userPoolId = config().userPoolId;
      if (!userPoolId) throw new Error('USER_POOL_ID is not configured: cannot look up email addresses');
      directory ??= new CognitoMemberEmails(cognitoClient(), userPoolId);
      return directory.emailOf(sub);
    },
  };
}

/**
 * The dispatcher with the cloud's (or local stack's) channels, built from the
 * environment; `overrides` swap a part (tests: retry delays, transports).
 */
export function createNotificationDispatcher(overrides: Partial<DispatcherPorts> = {}): NotificationDispatcher {
  const settings = deliveryConfig();
  const client = dynamo();
  const table = tableName();
  const clock = overrides.clock ?? systemClock;
  return new NotificationDispatcher({
    profiles: new DynamoUserRepository(client, table),
    devices: new DynamoPushDeviceRepository(client, table),
    deliveries: new DynamoDeliveryRepository(client, table),
    push: new WebPushTransport(vapidKeys(settings), settings.pushContact),
    email: overrides.email ?? emailTransport(settings, clock),
    emails: memberEmails(),
    clock,
    retry: DEFAULT_RETRY,
    ...overrides,
  });
}
