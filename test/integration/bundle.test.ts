import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { LAMBDA_ESBUILD_OPTIONS } from '../../infra/constructs/bundling';
import { kitOperation } from '../helpers/kit';
import { buildEvent } from '../helpers/lambda';
import { createTestUser, testStack } from '../helpers/local-stack';

const run = promisify(execFile);

/**
 * esbuild (what CDK uses) drops decorator metadata that ts-jest keeps, so a
 * schema can work in every other test and die in Lambda. This bundles the
 * handler exactly as the stack does and answers requests with the bundle, in a
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
    const { metafile } = await build({
      ...LAMBDA_ESBUILD_OPTIONS,
      entryPoints: [join(__dirname, '..', '..', 'services', 'graphql', 'handler.ts')],
      outfile,
      logLevel: 'silent',
      metafile: true,
    });
    // graphql from its ES build only: a deep import ('graphql/execution/…') adds its CommonJS files, a second
    // graphql whose type checks reject the schema's types as foreign (and 63 KiB).
    const graphqlFiles = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/graphql/'));
    expect(graphqlFiles.length).toBeGreaterThan(10);
    expect(graphqlFiles.filter((input) => !input.endsWith('.mjs'))).toEqual([]);
    const stack = testStack();
    const member = await createTestUser();
    const claims = { sub: member.sub, client_id: stack.userPoolClientId, 'cognito:groups': '[therapists]' };
    /** The events answered by the bundle in a plain Node process, with the stack's env plus `env`. */
    const runBundle = async (events: unknown[], env: Record<string, string> = {}) => {
      const script = `Promise.all(JSON.parse(process.env.EVENT).map((e) => require(${JSON.stringify(outfile)}).handler(e, { awsRequestId: 'bundle-test' }))).then((r) => process.stdout.write(JSON.stringify(r)))`;
      const { stdout } = await run(process.execPath, ['-e', script], {
        env: {
          PATH: process.env.PATH,
          EVENT: JSON.stringify(events),
          STAGE: 'prod',
          CURSOR_SECRET: 'a-bundle-test-cursor-secret-of-40-characters',
          TABLE_NAME: stack.tableName,
          USER_POOL_CLIENT_ID: stack.userPoolClientId,
          DYNAMODB_ENDPOINT: stack.dynamoDbEndpoint,
          AWS_REGION: stack.region,
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
          LACRIMA_SILENT_LOGS: 'true',
          ...env,
        },
      });
      return (JSON.parse(stdout) as Array<{ statusCode: number; body: string }>).map((r) => ({
        status: r.statusCode,
        body: JSON.parse(r.body) as Record<string, unknown>,
      }));
    };
    // The cloud's default: the client kit's documents by hash (the bundle carries the manifest), a plain query and one with a variable.
    const [me, withVariable] = await runBundle([
      buildEvent({ documentId: kitOperation('Me').hash }, { claims }),
      buildEvent({ documentId: kitOperation('Session').hash, variables: { id: '01JD5SESS10000000000000000' } }, { claims }),
    ]);
    // A stage open to any query (-c trustedDocuments=allowed): one priced over the limit through a variable.
    // Not a kit document: a crafted request whose price is the subject.
    const lists = 'checkIns(first: $n) { edges { node { id } } } members(first: $n) { edges { node { id } } }';
    const [tooCostly] = await runBundle(
      [
        buildEvent(
          { query: `query($n: Int) { ${Array.from({ length: 15 }, (_, i) => `c${i}: circle(id: "x") { ${lists} }`).join(' ')} }`, variables: { n: 100 } },
          { claims },
        ),
      ],
      { TRUSTED_DOCUMENTS: 'allowed' },
    );

    // The kit's Me selects every field of the profile.
    expect(me).toMatchObject({ status: 200, body: { data: { me: { id: member.sub, role: 'THERAPIST' } } } });
    expect(me?.body.errors).toBeUndefined();
    // One copy of graphql in the bundle: the price of a request with variables is computed, not an internal error.
    expect(withVariable?.body).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(tooCostly).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX', cost: 3015, limit: 2000 } }] } });
    expect((await stat(outfile)).size).toBeGreaterThan(0);
  }, 60_000);
});
