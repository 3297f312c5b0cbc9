import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage } from './delivery.messages';
import type { EmailTransport } from './email.channel';

let ses: SESv2Client | undefined;

/** The module-scope SES client. */
export function sesClient(region: string): SESv2Client {
  ses ??= new SESv2Client({ region });
  return ses;
}

/** Email through Amazon SES (v2 SendEmail), from the configured sender. */
export class SesEmailTransport implements EmailTransport {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [message.to] },
        Content: { Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } } },
      }),
    );
  }
}
