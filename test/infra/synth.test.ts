import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './lacrima-app';

/** The environment of a machine with no AWS credentials or configuration. */
function offlineEnv(outdir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('AWS_') || name.startsWith('CDK_')) delete env[name];
  Object.assign(env, {
    AWS_CONFIG_FILE: path.join(outdir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(outdir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  // Jest's NODE_ENV=test would switch the CDK app to its in-memory test mode.
  delete env.NODE_ENV;
  return env;
}

describe('npm run synth without a stage', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'lacrima-nostage-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('refuses with one line that says how to name one, and writes nothing', () => {
    const result = spawnSync('npm', ['run', 'synth', '--', '--output', outdir], { cwd: REPO_ROOT, env: offlineEnv(outdir), encoding: 'utf8' });

    expect(result.status).not.toBe(0);
    // npm itself may add its own "npm error" lines about the failed script; what the project prints is one line.
    const ours = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm '));
    expect(ours).toEqual(['Name a stage: npm run synth -- -c stage=prod (stages: infra/stages.ts)']);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(outdir, 'manifest.json'))).toBe(false);
  });
});

/**
 * The one test with bundling on: `npm run synth -- -c stage=prod` exactly as
 * a developer or CI runs it, offline and without credentials, through the real
 * entry (cdk-nag gate, esbuild bundling) into a chosen --output.
 */
describe('npm run synth -- -c stage=prod', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'lacrima-synth-'));
  let result: ReturnType<typeof spawnSync>;
  let template: { Resources: Record<string, { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> }> };

  beforeAll(() => {
    result = spawnSync('npm', ['run', 'synth', '--', '-c', 'stage=prod', '--output', outdir], { cwd: REPO_ROOT, env: offlineEnv(outdir), encoding: 'utf8' });

    const templatePath = path.join(outdir, 'Lacrima-prod.template.json');
    if (existsSync(templatePath)) template = JSON.parse(readFileSync(templatePath, 'utf8'));
  }, 180_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('succeeds and writes the prod stacks (API and edge firewall) into --output', () => {
    expect({ status: result.status, stderr: result.status === 0 ? '' : String(result.stderr) }).toEqual({ status: 0, stderr: '' });
    expect(template).toBeDefined();
    expect(existsSync(path.join(outdir, 'Lacrima-prod-edge.template.json'))).toBe(true);
  });

  it("builds prod's settings: retained data, the alarms and the dashboard", () => {
    const resources = Object.values(template?.Resources ?? {}) as Array<{ Type: string; DeletionPolicy?: string }>;
    expect(resources.find((r) => r.Type === 'AWS::DynamoDB::GlobalTable')?.DeletionPolicy).toBe('Retain');
    expect(resources.filter((r) => r.Type === 'AWS::CloudWatch::Dashboard')).toHaveLength(1);
    expect(resources.filter((r) => r.Type === 'AWS::CloudWatch::Alarm').length).toBeGreaterThanOrEqual(12);
  });

  describe('the GraphQL function bundle', () => {
    let bundlePath: string;

    beforeAll(() => {
      const fn = Object.values(template?.Resources ?? {}).find((r) => r.Type === 'AWS::Lambda::Function');
      if (!fn) throw new Error('synth produced no Lambda function');
      bundlePath = path.join(outdir, String(fn.Metadata?.['aws:asset:path']), 'index.js');
    });

    it('is one minified file with a source map', () => {
      expect(existsSync(bundlePath)).toBe(true);
      expect(existsSync(`${bundlePath}.map`)).toBe(true);
      expect(statSync(bundlePath).size).toBeLessThan(10 * 1024 * 1024);
    });

    it('includes the AWS SDK instead of relying on the runtime copy', () => {
      const code = readFileSync(bundlePath, 'utf8');
      const external = new Set([...code.matchAll(/require\(["'](@(?:aws-sdk|smithy)\/[^"']+)["']\)/g)].map((m) => m[1]));
      // Optional SigV4a signers the SDK only names (try/catch, error text); neither is installed.
      const optionalPeers = ['@aws-sdk/signature-v4-crt', '@aws-sdk/signature-v4a'];
      expect([...external].filter((name) => !optionalPeers.includes(name!))).toEqual([]);
      expect(code).toContain('DynamoDBClient');
    });

    it('loads in Node and exports handler', () => {
      const probe = spawnSync(
        process.execPath,
        ['--enable-source-maps', '-e', `const m = require(${JSON.stringify(bundlePath)}); console.log('handler:' + typeof m.handler);`],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            AWS_REGION: 'eu-west-1',
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            STAGE: 'prod',
            CURSOR_SECRET: 'a-synth-test-cursor-secret-of-40-characters',
            TABLE_NAME: 'lacrima-synth-test',
            USER_POOL_ID: 'eu-west-1_Example01',
            USER_POOL_CLIENT_ID: 'exampleclientid0123456789',
          },
        },
      );
      expect({ status: probe.status, stderr: probe.status === 0 ? '' : probe.stderr }).toEqual({ status: 0, stderr: '' });
      expect(probe.stdout).toContain('handler:function');
    });
  });

  // Live updates over WebSocket, the stream fan-out and the reminder sweep (test/infra/live.test.ts).
  it('bundles every other function too, each loading in Node and exporting handler', () => {
    const functions = Object.values(template?.Resources ?? {}).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions).toHaveLength(4);
    const loaded = functions.slice(1).map((fn) => {
      const bundle = path.join(outdir, String(fn.Metadata?.['aws:asset:path']), 'index.js');
      const probe = spawnSync(process.execPath, ['-e', `console.log('handler:' + typeof require(${JSON.stringify(bundle)}).handler);`], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'eu-west-1',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          STAGE: 'prod',
          CURSOR_SECRET: 'a-synth-test-cursor-secret-of-40-characters',
          TABLE_NAME: 'lacrima-synth-test',
          USER_POOL_ID: 'eu-west-1_Example01',
          USER_POOL_CLIENT_ID: 'exampleclientid0123456789',
          LIVE_ENDPOINT: 'https://example0.execute-api.eu-west-1.amazonaws.com/graphql',
          VAPID_SECRET: 'a-synth-test-vapid-secret-of-40-characters',
          PUSH_CONTACT: 'mailto:push@example.org',
          EMAIL_FROM: 'reminders@example.org',
        },
      });
      return { function: String(fn.Properties.Description), stdout: probe.stdout.trim(), stderr: probe.status === 0 ? '' : probe.stderr };
    });
    for (const result of loaded) expect(result).toEqual({ function: result.function, stdout: 'handler:function', stderr: '' });
  });
});
