// Every cell of the matrix makes fresh circles, routines and notes for one owner: far past a person's day, so the limits are raised.
process.env.RATE_LIMIT_SCALE = '50';
import { getSchema } from '../../services/graphql/schema';
import { operation, rootFields, type Operation } from '../fixtures/operations';
import { EXPECTED, FRESH, LAST, REFUSALS, ROLES, type Role } from '../fixtures/role-matrix';
import { startTestApi, type TestApi } from '../helpers/local-stack';
import { buildWorld, callAs, changedItems, outcomeOf, snapshotTable, type World, type WorldIds } from '../helpers/world';

/** Requests in flight at once: enough to overlap I/O, few enough for two cores. */
const PARALLEL = 6;

async function inParallel<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

describe('role x operation matrix (integration)', () => {
  const schemaFields = rootFields(getSchema()).map(({ field }) => field.name);
  const ops = schemaFields.map((field) => operation(field)).filter((op): op is Operation => op !== undefined);
  const answered = new Map<string, Record<Role, string>>();
  let api: TestApi;
  let world: World;
  let writtenByRefusals: string[] = [];

  async function runCell(op: Operation, role: Role): Promise<void> {
    const expected = EXPECTED.get(op.field)?.[role];
    const freshFor = FRESH[op.field];
    let ids: WorldIds = world;
    let answer: string;
    try {
      if (freshFor && role !== 'anonymous' && expected !== undefined && !REFUSALS.has(expected)) ids = await freshFor(world);
      const res = await callAs(world, role, op.document, op.variables(ids, role === 'anonymous' ? 'owner' : role));
      const { code, message } = outcomeOf(res, op.field);
      // The message only where the code is wrong: it says what let the call through, or what refused it.
      answer = code === expected || !message ? code : `${code}: ${message}`;
    } catch (error) {
      answer = `setup failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const row = answered.get(op.field) ?? ({} as Record<Role, string>);
    row[role] = answer;
    answered.set(op.field, row);
  }

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    const cells = ops.filter((op) => !LAST.includes(op.field)).flatMap((op) => ROLES.map((role) => ({ op, role })));
    const refused = (cell: { op: Operation; role: Role }) => REFUSALS.has(EXPECTED.get(cell.op.field)?.[cell.role] ?? '');
    // Refusals first and on their own, so that whatever they wrote shows.
    const before = await snapshotTable(world);
    await inParallel(cells.filter(refused), PARALLEL, ({ op, role }) => runCell(op, role));
    writtenByRefusals = changedItems(before, await snapshotTable(world));
    await inParallel(
      cells.filter((cell) => !refused(cell)),
      PARALLEL,
      ({ op, role }) => runCell(op, role),
    );
    for (const op of LAST.flatMap((field) => ops.filter((o) => o.field === field))) {
      for (const role of ROLES) await runCell(op, role);
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('has a row for every Query and Mutation field, and no other', () => {
    expect([...EXPECTED.keys()].sort()).toEqual([...schemaFields].sort());
  });

  it('has a registry entry to call every field with', () => {
    expect(schemaFields.filter((field) => !operation(field))).toEqual([]);
  });

  it('writes nothing for a refused cell', () => {
    expect(writtenByRefusals).toEqual([]);
  });

  it.each(schemaFields.filter((field) => EXPECTED.has(field)))('%s', (field) => {
    expect(answered.get(field)).toEqual(EXPECTED.get(field));
  });
});
