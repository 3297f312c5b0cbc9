import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmailMessage } from './delivery.messages';

/** Sends one email; throws when it could not (with `retryable` where a retry may help). */
export interface EmailTransport {
  send(message: EmailMessage, messageId: string): Promise<void>;
}

/** An email failure worth trying again (throttling, a 5xx, a timeout). */
export function isRetryableEmailError(error: unknown): boolean {
  const e = error as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e.$retryable) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return ['TooManyRequestsException', 'ThrottlingException', 'TimeoutError', 'AbortError'].includes(e.name ?? '');
}

/**
 * The local stack's mailbox: one RFC 5322 .eml file per message in a folder
 * (any mail client opens them). Never used in the cloud, where Lambda's disk
 * is not somewhere anyone reads.
 */
export class MailboxEmailTransport implements EmailTransport {
  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: EmailMessage, messageId: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const at = this.now();
    const file = `${at.toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^A-Za-z0-9_-]/g, '_')}.eml`;
    const eml = [
      `From: ${this.from}`,
      `To: ${message.to}`,
      `Subject: ${message.subject}`,
      `Date: ${at.toUTCString()}`,
      `Message-ID: <${messageId.replace(/[^A-Za-z0-9._-]/g, '.')}@lacrima.local>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      message.text,
      '',
    ].join('\r\n');
    await writeFile(join(this.dir, file), eml, { flag: 'wx' });
  }
}
