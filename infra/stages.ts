import { RemovalPolicy } from 'aws-cdk-lib';
import type { ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/**
 * Settings that differ between deployments, in one typed place. `cdk synth
 * -c stage=NAME` picks the stage (there is no default: a deploy names its
 * stage); context values override single settings
 * (`-c allowedOrigins=https://app.example.org,https://admin.example.org`,
 * `-c trustedDocuments=allowed`, `-c region=eu-central-1`,
 * `-c alarmEmails=oncall@example.org,ops@example.org`,
 * `-c emailFrom=me@example.org`).
 */
export interface StageConfig {
  /**
   * The AWS account the stage must deploy to; absent: the CLI profile's
   * account at deploy (synth then needs no credentials either way).
   */
  readonly account?: string;
  /**
   * The region of the stage's data, API and function. Explicit because the
   * edge firewall lives in us-east-1 (AWS WAF's home for CloudFront) and
   * hands its ARN across regions.
   */
  readonly region: string;
  /**
   * What happens to stateful resources (table, user pool, log groups, KMS
   * keys) when they leave the stack. RETAIN: members' data outlives any
   * mistake, the table and pool keep deletion protection and the stacks
   * termination protection. DESTROY: a throwaway stage that `cdk destroy`
   * removes completely.
   */
  readonly removalPolicy: RemovalPolicy.RETAIN | RemovalPolicy.DESTROY;
  /** How long function, API access and firewall logs are kept. */
  readonly logRetention: RetentionDays;
  /** Who the alarms notify: one SNS email subscription each (each address confirms once). */
  readonly alarmEmails: readonly string[];
  /**
   * Browser origins the HTTP API answers CORS requests from. Native apps need
   * none; an empty list lets no web page call the API (deny by default).
   */
  readonly allowedOrigins: readonly string[];
  /**
   * `required`: the API answers only the client kit's operations, sent by
   * hash (schema/generated/persisted-documents.json); `allowed`: any query
   * runs, for a stage that serves third-party clients.
   */
  readonly trustedDocuments: 'required' | 'allowed';
  /**
   * Stage-wide API limits. The GraphQL function reserves as many instances
   * as the burst allows: at the steady rate that covers requests of up to
   * 2 s, so floods are refused by the API (429) and Lambda only throttles
   * when requests slow down (which the throttles alarm reports); no other
   * function in the account can starve it. The reservation comes out of the
   * account's pool, which must keep 100 unreserved.
   */
  readonly apiThrottle: Required<Pick<ThrottleSettings, 'rateLimit' | 'burstLimit'>>;
  /** Per-caller limits at the edge (docs/design/per-caller-limits.md), in requests per 5 minutes. */
  readonly edge: EdgeLimits;
  /**
   * Stage-wide limits of the WebSocket API (live updates): every message a
   * client sends (connect, subscribe, ping) is one invocation, so this caps
   * cost and floods; its function reserves the burst, as the GraphQL one does.
   */
  readonly liveThrottle: Required<Pick<ThrottleSettings, 'rateLimit' | 'burstLimit'>>;
  /** Who notification emails come from (docs/design/live-cloud.md). */
  readonly email: EmailSender;
  /** The VAPID subject push services contact about this sender: a mailto: or https: URL. */
  readonly pushContact: string;
}

export interface EmailSender {
  /** The From address of reminders and notification emails (EMAIL_FROM). */
  readonly from: string;
  /**
   * The SES identity that vouches for `from`: its domain (DKIM records to
   * publish) or, absent, the address itself (SES mails it a link to confirm).
   */
  readonly identity?: string;
}

export interface EdgeLimits {
  /** Per access token and IP: one request a second on average, far above what an app's screens send. */
  readonly perCaller: number;
  /** Per IP alone, looser: a campus or a carrier's NAT carries many members. */
  readonly perIp: number;
}

/** What prod runs, and what any stage not named below gets: keeping data is the safe default. */
const DEFAULTS: StageConfig = {
  region: 'eu-west-1',
  removalPolicy: RemovalPolicy.RETAIN,
  logRetention: RetentionDays.ONE_MONTH,
  alarmEmails: [],
  allowedOrigins: [],
  trustedDocuments: 'required',
  apiThrottle: { rateLimit: 50, burstLimit: 100 },
  edge: { perCaller: 300, perIp: 3_000 },
  liveThrottle: { rateLimit: 50, burstLimit: 100 },
  email: { from: 'reminders@lacrima.app', identity: 'lacrima.app' },
  pushContact: 'mailto:push@lacrima.app',
};

/** Named stages. */
export const STAGES: Readonly<Record<string, Partial<StageConfig>>> = {
  // On-call addresses go in alarmEmails (or -c alarmEmails=... at deploy); until then subscribe to the AlarmTopicArn output.
  prod: {},
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    logRetention: RetentionDays.ONE_WEEK,
    // A developer's web app on the usual local dev servers.
    allowedOrigins: ['http://localhost:3000', 'http://localhost:5173'],
    // A fifth of prod's: enough for a developer and the bench, and it keeps the account's unreserved pool for others.
    apiThrottle: { rateLimit: 10, burstLimit: 20 },
    liveThrottle: { rateLimit: 10, burstLimit: 20 },
    // An address identity: no DNS to change, and SES's sandbox only mails verified recipients anyway.
    email: { from: 'lacrima-dev@lacrima.app' },
  },
};

export interface StageContext {
  allowedOrigins?: unknown;
  trustedDocuments?: unknown;
  region?: unknown;
  alarmEmails?: unknown;
  emailFrom?: unknown;
}

const EMAIL = /^[^\s@,<>]+@([^\s@,<>]+\.[a-z]{2,})$/i;

function checkEmail(stage: string, email: EmailSender): void {
  const domain = EMAIL.exec(email.from)?.[1];
  if (!domain) throw new Error(`Stage "${stage}": email.from must be an address, got ${JSON.stringify(email.from)}`);
  // SES only sends From an address its identity covers: the address itself or its domain.
  if (email.identity !== undefined && email.identity.toLowerCase() !== domain.toLowerCase() && email.identity !== email.from) {
    throw new Error(`Stage "${stage}": email.identity ${JSON.stringify(email.identity)} does not cover ${JSON.stringify(email.from)}`);
  }
}

function commaList(name: string, value: unknown): string[] {
  if (typeof value !== 'string') throw new Error(`Context "${name}" must be a comma-separated list`);
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function stageConfig(stage: string, context: StageContext = {}): StageConfig {
  let config: StageConfig = { ...DEFAULTS, ...STAGES[stage] };
  if (config.account !== undefined && !/^\d{12}$/.test(config.account)) {
    throw new Error(`Stage "${stage}": account must be a 12-digit AWS account id, got ${JSON.stringify(config.account)}`);
  }
  if (context.region !== undefined) {
    if (typeof context.region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(context.region)) {
      throw new Error(`Context "region" must be an AWS region such as eu-west-1, got ${JSON.stringify(context.region)}`);
    }
    config = { ...config, region: context.region };
  }
  if (context.trustedDocuments !== undefined) {
    if (context.trustedDocuments !== 'required' && context.trustedDocuments !== 'allowed') {
      throw new Error(`Context "trustedDocuments" must be "required" or "allowed", got ${JSON.stringify(context.trustedDocuments)}`);
    }
    config = { ...config, trustedDocuments: context.trustedDocuments };
  }
  if (context.alarmEmails !== undefined) config = { ...config, alarmEmails: commaList('alarmEmails', context.alarmEmails) };
  if (context.emailFrom !== undefined) {
    if (typeof context.emailFrom !== 'string') throw new Error('Context "emailFrom" must be an email address');
    // An address of one's own: its own identity, confirmed by the link SES mails it.
    config = { ...config, email: { from: context.emailFrom.trim() } };
  }
  checkEmail(stage, config.email);
  if (!/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/.test(config.pushContact)) {
    throw new Error(`Stage "${stage}": pushContact must be a mailto: or https: URL, got ${JSON.stringify(config.pushContact)}`);
  }
  for (const email of config.alarmEmails) {
    if (!/^[^\s@,]+@[^\s@,]+\.[a-z]{2,}$/i.test(email)) throw new Error(`alarmEmails: ${JSON.stringify(email)} is not an email address`);
  }
  if (context.allowedOrigins === undefined) return config;
  const origins = commaList('allowedOrigins', context.allowedOrigins);
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
      throw new Error(`Context "allowedOrigins": ${JSON.stringify(origin)} is not an origin such as https://app.example.org`);
  }
  return { ...config, allowedOrigins: origins };
}

/** Deletion protection and stack termination protection go with retention. */
export const isRetained = (config: StageConfig): boolean => config.removalPolicy === RemovalPolicy.RETAIN;
