import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { getSchema } from '../../../services/graphql/schema';
import { KIT } from '../../helpers/kit';

const ROOT = join(__dirname, '..', '..', '..');

/** What `npm run codegen` would write, without writing it (codegen's CLI is ESM, which Jest's CommonJS cannot load: a child process runs it). */
async function generated(): Promise<Array<{ filename: string; content: string }>> {
  const script =
    "import('@graphql-codegen/cli').then(async ({ generate }) => { const loaded = await import('./schema/codegen.ts'); const config = loaded.default.default ?? loaded.default; process.stdout.write(JSON.stringify(await generate(config, false))); })";
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Array<{ filename: string; content: string }>;
}

describe('the client kit (schema/operations/)', () => {
  it('is what `npm run codegen` makes of the operations and the schema now (run `npm run schema && npm run codegen` after changing either)', async () => {
    const files = await generated();

    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      expect([file.filename, readFileSync(join(ROOT, file.filename), 'utf8')]).toEqual([file.filename, file.content]);
    }
  }, 30_000);

  it('calls every query, mutation and subscription of the schema, each document valid against it', () => {
    const schema = getSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    const called = new Set([...KIT.values()].map((op) => op.rootField));

    expect(roots.filter((field) => !called.has(field))).toEqual([]);
    expect([...KIT.values()].flatMap((op) => validate(schema, parse(op.document)).map((e) => `${op.name}: ${e.message}`))).toEqual([]);
  });
});
