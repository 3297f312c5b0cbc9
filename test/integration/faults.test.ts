// One world drives every mutation here; the limits themselves are tested in rate-limits.test.ts.
process.env.RATE_LIMIT_SCALE = '50';

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { closedAccountKey } from '../../services/shared/db/keys';
import { dynamo } from '../../services/shared/db/client';
import { OPERATIONS, type Operation } from '../fixtures/operations';
import { EXPECTED, FRESH } from '../fixtures/role-matrix';
import { recordDynamoCalls } from '../helpers/ddb-calls';
import { documentClient, startTestApi, testStack, type TestApi } from '../helpers/local-stack';
import { ACTORS, buildWorld, callAs, changedItems, outcomeOf, type ActorName, type Items, type World, type WorldIds } from '../helpers/world';

/**
 * Every mutation of the schema on its real path (real reads on DynamoDB
 * Local), with a fault injected at one of its writes: what the SDK throws
 * once its own retries are spent. The answer must be a clear, retryable
 * SERVICE_UNAVAILABLE with nothing written; the same call made again must
 * then go through. Where a path writes more than once, a fault at its last
 * write followed by a retry must leave exactly what one clean call leaves.
 */
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

type Fault = 'throttling' | 'timeout' | 'conflict';
const FAULTS: Fault[] = ['throttling', 'timeout', 'conflict'];

function faultFor(fault: Fault, command: string, input: { TransactItems?: unknown[] }): Error {
  if (fault === 'throttling') return Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ProvisionedThroughputExceededException' });
  if (fault === 'timeout') return Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' });
  if (command !== 'TransactWriteItems') return Object.assign(new Error('Transaction is ongoing for the item'), { name: 'TransactionConflictException' });
  const reasons = (input.TransactItems ?? []).map(() => ({ Code: 'TransactionConflict' }));
  return Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons'), { name: 'TransactionCanceledException', CancellationReasons: reasons });
}

/** Fails the n-th write the handler sends (it never reaches DynamoDB), once. */
function faultInjector() {
  let armed: { fault: Fault; at: number; seen: number } | null = null;
  const name = `lacrima-fault-injector-${Math.random().toString(36).slice(2)}`;
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      if (armed && WRITES.has(command)) {
        armed.seen += 1;
        if (armed.seen === armed.at) {
          const { fault } = armed;
          armed = null;
          throw faultFor(fault, command, args.input as { TransactItems?: unknown[] });
        }
      }
      return next(args);
    },
    // Before the SDK's retry step: this is the error as the SDK hands it over after its retries.
    { step: 'initialize', name },
  );
  return {
    arm(fault: Fault, at: number) {
      armed = { fault, at, seen: 0 };
    },
    /** Disarms; answers whether the armed fault had fired (false: the path wrote fewer times than `at`). */
    disarm(): boolean {
      const fired = armed === null;
      armed = null;
      return fired;
    },
    stop: () => dynamo().middlewareStack.remove(name),
  };
}

/** The first role the matrix lets through, the owner first. */
function actorFor(field: string): ActorName {
  const row = EXPECTED.get(field);
  const actor = (['owner', 'therapist', 'moderator', 'circleMember', 'member', 'therapistNoGrant'] as const).find((a) => row?.[a] === 'OK');
  if (!actor) throw new Error(`No role may call ${field}`);
  return actor;
}

describe('faults on every write path (integration, injected)', () => {
  let api: TestApi;
  let world: World;
  let injector: ReturnType<typeof faultInjector>;
  let recorder: ReturnType<typeof recordDynamoCalls>;
  const mutations = OPERATIONS.filter((op) => op.type === 'mutation');
  // Last: rotating the code changes the world's therapist, deleting the account ends the owner.
  const ordered = [...mutations.filter((op) => !['rotateShareCode', 'deleteMyAccount'].includes(op.field)), ...mutations.filter((op) => op.field === 'rotateShareCode'), ...mutations.filter((op) => op.field === 'deleteMyAccount')];

  /** Every item in the partitions a call of the world can write to, read consistently. */
  async function snapshot(ids: WorldIds): Promise<Items> {
    const subs = new Set<string>([...Object.values(world.users).map((u) => u.sub), world.extras.pendingClient.sub, world.extras.invitee.sub, ids.grant.therapistId, ids.invitation.clientId]);
    const partitions = [...[...subs].map((sub) => `USER#${sub}`), `CIRCLE#${world.circle.id}`, `CIRCLE#${ids.circle.id}`, closedAccountKey(world.subs.owner).PK];
    const items: Items = new Map();
    for (const partition of new Set(partitions)) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await documentClient().send(
          new QueryCommand({ TableName: testStack().tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': partition }, ConsistentRead: true, ExclusiveStartKey: start }),
        );
        for (const item of page.Items ?? []) items.set(`${String(item.PK)} | ${String(item.SK)}`, JSON.stringify(item));
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return items;
  }

  /** Items a call added (what it removed or changed is compared as a count of lines). */
  const added = (lines: string[]) => lines.filter((line) => line.startsWith('added ')).length;

  const call = (op: Operation, ids: WorldIds) => {
    const actor = actorFor(op.field);
    return callAs(world, actor, op.document, op.variables(ids, actor));
  };

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    injector = faultInjector();
    recorder = recordDynamoCalls();
  }, 120_000);

  afterAll(async () => {
    injector.stop();
    recorder.stop();
    await api.close();
  });

  it('covers every mutation, each callable by some role', () => {
    expect(mutations.length).toBeGreaterThan(40);
    for (const op of mutations) expect(ACTORS).toContain(actorFor(op.field));
  });

  it.each(ordered.filter((op) => FRESH[op.field]).map((op) => [op.field, op] as const))('%s: a fault at its last write, then a retry, leaves what one clean call leaves', async (field, op) => {
    const clean = await FRESH[field]!(world);
    const beforeClean = await snapshot(clean);
    recorder.reset();
    expect(outcomeOf(await call(op, clean), field)).toEqual({ code: 'OK' });
    const writes = recorder.writes();
    const cleanLines = changedItems(beforeClean, await snapshot(clean));

    const faulted = await FRESH[field]!(world);
    const beforeFault = await snapshot(faulted);
    injector.arm('timeout', writes);
    const res = await call(op, faulted);
    expect(injector.disarm()).toBe(true);
    expect(outcomeOf(res, field).code).toBe('SERVICE_UNAVAILABLE');
    expect(outcomeOf(await call(op, faulted), field)).toEqual({ code: 'OK' });
    const faultedLines = changedItems(beforeFault, await snapshot(faulted));

    expect([writes >= 1, added(faultedLines), faultedLines.length - added(faultedLines)]).toEqual([true, added(cleanLines), cleanLines.length - added(cleanLines)]);
  });

  it.each(ordered.map((op) => [op.field, op] as const))('%s: a fault at its first write is retryable, writes nothing, and the retry goes through', async (field, op) => {
    const ids = FRESH[field] ? await FRESH[field](world) : world;
    const answers: string[] = [];
    for (const fault of FAULTS) {
      const before = await snapshot(ids);
      injector.arm(fault, 1);
      const res = await call(op, ids);
      const fired = injector.disarm();
      const { code } = outcomeOf(res, field);
      const changed = changedItems(before, await snapshot(ids));
      // A path that retries a conflicting transaction itself may come through on its own: then the call is done.
      if (fault === 'conflict' && code === 'OK' && fired) {
        answers.push(`${fault}: came through after its own retry`);
        break;
      }
      answers.push(`${fault}: ${code}${res.body.errors?.[0]?.extensions?.retryable ? ' retryable' : ''}${changed.length ? ` wrote ${changed.join('; ')}` : ''}${fired ? '' : ' (no write reached)'}`);
    }
    const recovered = answers.length === FAULTS.length && answers[FAULTS.length - 1] === 'conflict: came through after its own retry';
    expect(answers).toEqual(FAULTS.map((fault) => (fault === 'conflict' && recovered ? answers[FAULTS.length - 1] : `${fault}: SERVICE_UNAVAILABLE retryable`)));
    if (recovered) return;

    const retry = await call(op, ids);
    expect(outcomeOf(retry, field)).toEqual({ code: 'OK' });
  });
});
