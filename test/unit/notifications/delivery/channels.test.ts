import { createECDH } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { MailboxEmailTransport } from '../../../../services/notifications/delivery/email.channel';
import { readDeliveryConfig } from '../../../../services/notifications/delivery/delivery.config';
import { retryAfterSeconds } from '../../../../services/notifications/delivery/push.channel';
import { inQuietHours } from '../../../../services/notifications/delivery/quiet-hours';
import { SesEmailTransport } from '../../../../services/notifications/delivery/ses-email.repository';
import { vapidKeysOf } from '../../../../services/notifications/delivery/vapid';

const message = { to: 'river@example.test', subject: 'A moment for your routine', text: 'A moment for your routine.\n\nOpen Lacrima to see it.' };

describe('SesEmailTransport', () => {
  const ses = mockClient(SESv2Client);
  beforeEach(() => ses.reset());

  it('sends one plain-text SendEmail from the configured sender', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });

    await new SesEmailTransport(new SESv2Client({ region: 'eu-west-1' }), 'Lacrima <no-reply@lacrima.app>').send(message);

    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect(ses.commandCalls(SendEmailCommand)[0]!.args[0].input).toEqual({
      FromEmailAddress: 'Lacrima <no-reply@lacrima.app>',
      Destination: { ToAddresses: ['river@example.test'] },
      Content: {
        Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } },
      },
    });
  });
});

describe('MailboxEmailTransport', () => {
  it('writes one .eml file per message into the mailbox folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lacrima-mailbox-'));
    try {
      const transport = new MailboxEmailTransport(join(dir, 'inbox'), 'Lacrima <notifications@lacrima.local>', () => new Date('2026-03-01T10:00:00Z'));

      await transport.send(message, 'reminder:01J:2026-03-01T10:00:00.000Z');

      const files = await readdir(join(dir, 'inbox'));
      expect(files).toHaveLength(1);
      const eml = await readFile(join(dir, 'inbox', files[0]!), 'utf8');
      expect(eml).toContain('To: river@example.test\r\n');
      expect(eml).toContain('Subject: A moment for your routine\r\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('vapidKeysOf', () => {
  it('derives the P-256 key pair of sha256(secret): the same secret, the same keys', () => {
    const keys = vapidKeysOf('a-secret-of-at-least-thirty-two-characters');
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(keys.privateKey, 'base64url'));

    expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
    expect(ecdh.getPublicKey().toString('base64url')).toBe(keys.publicKey);
    expect(vapidKeysOf('a-secret-of-at-least-thirty-two-characters')).toEqual(keys);
    expect(vapidKeysOf('another-secret-of-at-least-thirty-two-chars').publicKey).not.toBe(keys.publicKey);
  });
});

describe('readDeliveryConfig', () => {
  it('requires VAPID_SECRET and PUSH_CONTACT in prod, with fixed local defaults elsewhere', () => {
    expect(() => readDeliveryConfig({ STAGE: 'prod', PUSH_CONTACT: 'mailto:ops@lacrima.app' })).toThrow('VAPID_SECRET');
    expect(() => readDeliveryConfig({ STAGE: 'prod', VAPID_SECRET: 'x'.repeat(40) })).toThrow('PUSH_CONTACT');
    expect(readDeliveryConfig({ STAGE: 'local' })).toMatchObject({ allowLocalEndpoints: true, mailboxDir: '.local/mailbox' });
    expect(readDeliveryConfig({ STAGE: 'prod', VAPID_SECRET: 'x'.repeat(40), PUSH_CONTACT: 'mailto:ops@lacrima.app' })).toMatchObject({
      allowLocalEndpoints: false,
      mailboxDir: undefined,
    });
  });
});

describe('inQuietHours', () => {
  const window = { start: '22:00', end: '07:00' };

  it('follows the member’s zone across a DST change', () => {
    // 22:30 Berlin: 21:30 UTC in winter, 20:30 UTC in summer.
    expect(inQuietHours(window, 'Europe/Berlin', new Date('2026-01-10T21:30:00Z'))).toBe(true);
    expect(inQuietHours(window, 'Europe/Berlin', new Date('2026-07-10T20:30:00Z'))).toBe(true);
    expect(inQuietHours(window, 'Europe/Berlin', new Date('2026-07-10T19:30:00Z'))).toBe(false);
  });

  it('treats a window that does not wrap as [start, end)', () => {
    const day = { start: '09:00', end: '17:00' };
    expect(inQuietHours(day, 'UTC', new Date('2026-01-10T09:00:00Z'))).toBe(true);
    expect(inQuietHours(day, 'UTC', new Date('2026-01-10T17:00:00Z'))).toBe(false);
    expect(inQuietHours(null, 'UTC', new Date('2026-01-10T12:00:00Z'))).toBe(false);
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Sun, 01 Mar 2026 10:01:00 GMT', now)).toBe(60);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
