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

  it('answers `me`, a query with variables and a refusal by price from an esbuild bundle built with the stack’s options', async () => {
    const outfile = join(dir, 'index.js');
    await build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints: [join(__dirname, '..', '..', 'services', 'graphql', 'handler.ts')], outfile, logLevel: 'silent' });
    const stack = testStack();
    const member = await createTestUser();
    const claims = { sub: member.sub, client_id: stack.userPoolClientId, 'cognito:groups': '[therapists]' };
    // Three requests: a plain query; one with a variable (priced and run); one priced over the limit through a variable.
    const lists = 'checkIns(first: $n) { edges { node { id } } } members(first: $n) { edges { node { id } } }';
    const events = [
      buildEvent({ query: '{ me { id role } }' }, { claims }),
      buildEvent({ query: 'query($id: ID!) { session(id: $id) { id } }', variables: { id: '01JD5SESS10000000000000000' } }, { claims }),
      buildEvent({ query: `query($n: Int) { ${Array.from({ length: 15 }, (_, i) => `c${i}: circle(id: "x") { ${lists} }`).join(' ')} }`, variables: { n: 100 } }, { claims }),
    ];
    const script = `Promise.all(JSON.parse(process.env.EVENT).map((e) => require(${JSON.stringify(outfile)}).handler(e, { awsRequestId: 'bundle-test' }))).then((r) => process.stdout.write(JSON.stringify(r)))`;

    const { stdout } = await run(process.execPath, ['-e', script], {
      env: {
        PATH: process.env.PATH,
        EVENT: JSON.stringify(events),
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

    const [me, withVariable, tooCostly] = (JSON.parse(stdout) as Array<{ statusCode: number; body: string }>).map((r) => ({ status: r.statusCode, body: JSON.parse(r.body) as Record<string, unknown> }));
    expect(me).toEqual({ status: 200, body: { data: { me: { id: member.sub, role: 'THERAPIST' } } } });
    // One copy of graphql in the bundle: the price of a request with variables is computed, not an internal error.
    expect(withVariable?.body).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(tooCostly).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX', cost: 3015, limit: 2000 } }] } });
    expect((await stat(outfile)).size).toBeGreaterThan(0);
  }, 60_000);
});
