import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { DeploySecret } from './deploy-secret';
import type { ProjectFunction } from './project-function';
import type { EmailSender } from '../stages';

export interface DeliveryProps {
  /** The stage's sender (infra/stages.ts). */
  readonly email: EmailSender;
  /** VAPID subject (mailto: or https:). */
  readonly pushContact: string;
  /** Customer managed key of the VAPID secret. */
  readonly secretEncryptionKey: IKey;
}

/**
 * The channels notifications leave through (services/notifications/delivery):
 * Web Push signed with a VAPID key derived from a deploy secret, and email
 * from the stage's SES identity through a configuration set. `useChannels`
 * hands a function both, and nothing else of SES.
 */
export class Delivery extends Construct {
  public readonly vapid: DeploySecret;
  public readonly emailIdentity: EmailIdentity;
  public readonly configurationSet: ConfigurationSet;
  private readonly props: DeliveryProps;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    this.props = props;

    this.vapid = new DeploySecret(this, 'Vapid', {
      description: 'Lacrima: the VAPID key of Web Push (private key = sha256 of this value)',
      encryptionKey: props.secretEncryptionKey,
      rotation:
        'The VAPID public key derives from it, and every push subscription a browser holds is bound to that key, so a new value silently ends push for every device until members re-subscribe; it is replaced only deliberately, at a deploy.',
    });

    this.configurationSet = new ConfigurationSet(this, 'Emails', {
      // Mail to a member carries their routine's time at least: never in clear between mail servers.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      // An address that bounced or complained is not mailed again (SES's account-level list does the same).
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const identity = props.email.identity ?? props.email.from;
    this.emailIdentity = new EmailIdentity(this, 'Sender', {
      identity: identity.includes('@') ? Identity.email(identity) : Identity.domain(identity),
      // Every send goes through the set without the code naming it.
      configurationSet: this.configurationSet,
    });
  }

  /** VAPID_SECRET, PUSH_CONTACT and EMAIL_FROM, and SES SendEmail from exactly that address through the set. */
  public useChannels(fn: ProjectFunction): void {
    fn.function.addEnvironment('VAPID_SECRET', this.vapid.deployValue);
    fn.function.addEnvironment('PUSH_CONTACT', this.props.pushContact);
    fn.function.addEnvironment('EMAIL_FROM', this.props.email.from);
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        // SES v2 authorizes a send against the identity and the configuration set it uses.
        resources: [
          this.emailIdentity.emailIdentityArn,
          Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': this.props.email.from } },
      }),
    );
  }
}
