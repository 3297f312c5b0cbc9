/**
 * Settings that differ between deployments, in one typed place. `cdk synth
 * -c stage=NAME` picks the stage; context values override single settings
 * (`-c allowedOrigins=https://app.example.org,https://admin.example.org`,
 * `-c trustedDocuments=allowed`).
 */
export interface StageConfig {
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
}

const DEFAULTS: StageConfig = { allowedOrigins: [], trustedDocuments: 'required' };

/** Named stages; any other name gets the defaults. */
const STAGES: Readonly<Record<string, Partial<StageConfig>>> = {
  // A developer's web app on the usual local dev servers.
  dev: { allowedOrigins: ['http://localhost:3000', 'http://localhost:5173'] },
};

export function stageConfig(stage: string, context: { allowedOrigins?: unknown; trustedDocuments?: unknown } = {}): StageConfig {
  let config: StageConfig = { ...DEFAULTS, ...STAGES[stage] };
  if (context.trustedDocuments !== undefined) {
    if (context.trustedDocuments !== 'required' && context.trustedDocuments !== 'allowed') {
      throw new Error(`Context "trustedDocuments" must be "required" or "allowed", got ${JSON.stringify(context.trustedDocuments)}`);
    }
    config = { ...config, trustedDocuments: context.trustedDocuments };
  }
  if (context.allowedOrigins === undefined) return config;
  if (typeof context.allowedOrigins !== 'string') throw new Error('Context "allowedOrigins" must be a comma-separated list of origins');
  const origins = context.allowedOrigins.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) throw new Error(`Context "allowedOrigins": ${JSON.stringify(origin)} is not an origin such as https://app.example.org`);
  }
  return { ...config, allowedOrigins: origins };
}
