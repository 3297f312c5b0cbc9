import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { LAMBDA_ESBUILD_OPTIONS } from '../../infra/constructs/bundling';
import { buildEvent } from '../helpers/lambda';
import { createTestUser, testStack } from '../helpers/local-stack';

const run = promisify(execFile);

/**
 * esbuild (what CDK uses) drops decorator metadata that ts-jest keeps, so a
 * schema can work in every other test and die in Lambda. This bundles the
 * handler exactly as the stack does and answers a query with the bundle, in a
 * plain Node process, against DynamoDB Local.
 */
describe('the bundled Lambda handler', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lacrima-bundle-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers `me` from an esbuild bundle built with the stack’s options', async () => {
    const outfile = join(dir, 'index.js');
    await build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints: [join(__dirname, '..', '..', 'services', 'graphql', 'handler.ts')], outfile, logLevel: 'silent' });
    const stack = testStack();
    const member = await createTestUser();
    const event = buildEvent({ query: '{ me { id role } }' }, { claims: { sub: member.sub, client_id: stack.userPoolClientId, 'cognito:groups': '[therapists]' } });
    const script = `require(${JSON.stringify(outfile)}).handler(JSON.parse(process.env.EVENT), { awsRequestId: 'bundle-test' }).then((r) => process.stdout.write(JSON.stringify(r)))`;

    const { stdout } = await run(process.execPath, ['-e', script], {
      env: {
        PATH: process.env.PATH,
        EVENT: JSON.stringify(event),
        STAGE: 'prod',
        TABLE_NAME: stack.tableName,
        USER_POOL_CLIENT_ID: stack.userPoolClientId,
        DYNAMODB_ENDPOINT: stack.dynamoDbEndpoint,
        AWS_REGION: stack.region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        LACRIMA_SILENT_LOGS: 'true',
      },
    });

    const result = JSON.parse(stdout) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { me: { id: member.sub, role: 'THERAPIST' } } });
    expect((await stat(outfile)).size).toBeGreaterThan(0);
  }, 60_000);
});
