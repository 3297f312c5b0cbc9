/**
 * Settings that differ between deployments, in one typed place. `cdk synth
 * -c stage=NAME` picks the stage; context values override single settings
 * (`-c allowedOrigins=https://app.example.org,https://admin.example.org`,
 * `-c trustedDocuments=allowed`, `-c region=eu-central-1`).
 */
export interface StageConfig {
  /**
   * The region of the stage's data, API and function. Explicit because the
   * edge firewall lives in us-east-1 (AWS WAF's home for CloudFront) and
   * hands its ARN across regions; the account still comes from the CLI profile.
   */
  readonly region: string;
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
  /** Per-caller limits at the edge (docs/design/per-caller-limits.md), in requests per 5 minutes. */
  readonly edge: EdgeLimits;
}

export interface EdgeLimits {
  /** Per access token and IP: one request a second on average, far above what an app's screens send. */
  readonly perCaller: number;
  /** Per IP alone, looser: a campus or a carrier's NAT carries many members. */
  readonly perIp: number;
}

const DEFAULTS: StageConfig = {
  region: 'eu-west-1',
  allowedOrigins: [],
  trustedDocuments: 'required',
  edge: { perCaller: 300, perIp: 3_000 },
};

/** Named stages; any other name gets the defaults. */
const STAGES: Readonly<Record<string, Partial<StageConfig>>> = {
  // A developer's web app on the usual local dev servers.
  dev: { allowedOrigins: ['http://localhost:3000', 'http://localhost:5173'] },
};

export interface StageContext {
  allowedOrigins?: unknown;
  trustedDocuments?: unknown;
  region?: unknown;
}

export function stageConfig(stage: string, context: StageContext = {}): StageConfig {
  let config: StageConfig = { ...DEFAULTS, ...STAGES[stage] };
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
  if (context.allowedOrigins === undefined) return config;
  if (typeof context.allowedOrigins !== 'string') throw new Error('Context "allowedOrigins" must be a comma-separated list of origins');
  const origins = context.allowedOrigins
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
      throw new Error(`Context "allowedOrigins": ${JSON.stringify(origin)} is not an origin such as https://app.example.org`);
  }
  return { ...config, allowedOrigins: origins };
}
