import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Delivery's settings, read once per container and failing fast with a clear
 * message. VAPID_SECRET is the only key material: the VAPID private key is
 * derived from it (vapid.ts), so rotating the secret rotates the key pair.
 */
export type DeliveryStage = 'local' | 'test' | 'prod';

export interface DeliveryConfig {
  readonly stage: DeliveryStage;
  readonly vapidSecret: string;
  /** The VAPID subject push services may contact: mailto: or https:. */
  readonly pushContact: string;
  /** The SES sender; required when email goes out through SES. */
  readonly emailFrom: string | undefined;
  /** Set: email is written as .eml files here instead of sent (local stack: .local/mailbox; tests: the system's temp folder). */
  readonly mailboxDir: string | undefined;
  /** Whether http://localhost and 127.0.0.1 push endpoints are accepted. */
  readonly allowLocalEndpoints: boolean;
}

// Local and test stacks reach no real browser: a fixed secret keeps registered devices valid across restarts.
const LOCAL_VAPID_SECRET = 'lacrima-local-vapid-secret-not-for-the-cloud';
const LOCAL_CONTACT = 'mailto:notifications@lacrima.local';
const LOCAL_MAILBOX = '.local/mailbox';

export function readDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const stage = (env.STAGE ?? 'prod') as DeliveryStage;
  if (!['local', 'test', 'prod'].includes(stage)) throw new Error(`Unknown STAGE ${stage}`);
  const local = stage !== 'prod';
  const vapidSecret = env.VAPID_SECRET || (local ? LOCAL_VAPID_SECRET : undefined);
  if (!vapidSecret) throw new Error('Missing required environment variable VAPID_SECRET');
  if (vapidSecret.length < 32) throw new Error('VAPID_SECRET must be at least 32 characters');
  const pushContact = env.PUSH_CONTACT || (local ? LOCAL_CONTACT : undefined);
  if (!pushContact) throw new Error('Missing required environment variable PUSH_CONTACT');
  if (!/^(mailto:|https:\/\/)/.test(pushContact)) throw new Error('PUSH_CONTACT must be a mailto: or https: URL');
  return {
    stage,
    vapidSecret,
    pushContact,
    emailFrom: env.EMAIL_FROM || undefined,
    mailboxDir: env.MAILBOX_DIR || (stage === 'local' ? LOCAL_MAILBOX : stage === 'test' ? join(tmpdir(), 'lacrima-mailbox-test') : undefined),
    allowLocalEndpoints: local,
  };
}

let cached: DeliveryConfig | undefined;
/** The process's delivery settings, read on first use. */
export function deliveryConfig(): DeliveryConfig {
  cached ??= readDeliveryConfig();
  return cached;
}
