/**
 * Settings that differ between deployments, in one typed place. `cdk synth
 * -c stage=NAME` picks the stage; context values override single settings
 * (`-c allowedOrigins=https://app.example.org,https://admin.example.org`).
 */
export interface StageConfig {
  /**
   * Browser origins the HTTP API answers CORS requests from. Native apps need
   * none; an empty list lets no web page call the API (deny by default).
   */
  readonly allowedOrigins: readonly string[];
}

const DEFAULTS: StageConfig = { allowedOrigins: [] };

/** Named stages; any other name gets the defaults. */
const STAGES: Readonly<Record<string, Partial<StageConfig>>> = {
  // A developer's web app on the usual local dev servers.
  dev: { allowedOrigins: ['http://localhost:3000', 'http://localhost:5173'] },
};

export function stageConfig(stage: string, context: { allowedOrigins?: unknown } = {}): StageConfig {
  const config = { ...DEFAULTS, ...STAGES[stage] };
  if (context.allowedOrigins === undefined) return config;
  if (typeof context.allowedOrigins !== 'string') throw new Error('Context "allowedOrigins" must be a comma-separated list of origins');
  const origins = context.allowedOrigins.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) throw new Error(`Context "allowedOrigins": ${JSON.stringify(origin)} is not an origin such as https://app.example.org`);
  }
  return { ...config, allowedOrigins: origins };
}
