// One world drives every mutation here; the limits themselves are tested in rate-limits.test.ts.
process.env.RATE_LIMIT_SCALE = '50';

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getNamedType, isInputObjectType } from 'graphql';
import { getSchema } from '../../services/graphql/schema';
import { dynamo } from '../../services/shared/db/client';
import { closedAccountKey } from '../../services/shared/db/keys';
import { newId } from '../../services/shared/ids';
import { OPERATIONS, type Operation } from '../fixtures/operations';
import { FRESH, firstAllowedRole } from '../fixtures/role-matrix';
import { documentClient, startTestApi, testStack, type GraphqlResponse, type TestApi } from '../helpers/local-stack';
import {
  ACTORS,
  buildWorld,
  callAs,
  changedItems,
  fresh,
  outcomeOf,
  snapshotPartitions,
  snapshotTable,
  type Items,
  type World,
  type WorldIds,
} from '../helpers/world';

/**
 * Every write path on its real course (real reads and writes on DynamoDB
 * Local), with a fault injected into the handler's DynamoDB client at a
 * chosen write: what the SDK throws once its own retries are spent.
 *
 * - refused (throttling, a conflicting transaction) or lost on the way
 *   (a timeout before DynamoDB saw it): a retryable SERVICE_UNAVAILABLE,
 *   nothing written, and the same call made again goes through;
 * - at any write of a path that writes more than once, then a retry: the
 *   same items added and changed, by the same amounts, as one clean call;
 * - an answer lost after the write landed: SERVICE_UNAVAILABLE that says it
 *   may have been saved, and a retry with the same idempotency key adds
 *   nothing twice.
 */
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

type Fault = 'throttling' | 'conflict' | 'timeout' | 'lostAnswer';
// Conflict last: a path that retries a conflicting transaction itself may come through, which ends the call's fixture.
const REFUSALS: Fault[] = ['throttling', 'timeout', 'conflict'];
// A test below makes up to a dozen real calls, each between two partition snapshots: about 0.3-0.7 s a call
// on an idle machine. Jest's 5 s default fails them on a busy one.
const PER_OPERATION_TIMEOUT = 30_000;

function faultFor(fault: Fault, command: string, input: { TransactItems?: unknown[] }): Error {
  if (fault === 'throttling')
    return Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ProvisionedThroughputExceededException' });
  if (fault === 'timeout' || fault === 'lostAnswer') return Object.assign(new Error('Connection timed out after 3000 ms'), { name: 'TimeoutError' });
  if (command !== 'TransactWriteItems') return Object.assign(new Error('Transaction is ongoing for the item'), { name: 'TransactionConflictException' });
  const reasons = (input.TransactItems ?? []).map(() => ({ Code: 'TransactionConflict' }));
  return Object.assign(new Error('Transaction cancelled, please refer cancellation reasons for specific reasons'), {
    name: 'TransactionCanceledException',
    CancellationReasons: reasons,
  });
}

/** Fails the n-th write the handler sends, once: before it reaches DynamoDB, or (`lostAnswer`) after. */
function faultInjector() {
  let armed: { fault: Fault; at: number; seen: number } | null = null;
  let reached = 0;
  const name = `lacrima-fault-injector-${Math.random().toString(36).slice(2)}`;
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      if (!WRITES.has(command)) return next(args);
      const fire = armed !== null && ++armed.seen === armed.at ? armed.fault : null;
      if (fire) armed = null;
      if (fire && fire !== 'lostAnswer') throw faultFor(fire, command, args.input as { TransactItems?: unknown[] });
      reached += 1;
      const result = await next(args);
      if (fire) throw faultFor(fire, command, {});
      return result;
    },
    // Before the SDK's retry step: this is the error as the SDK hands it over after its retries.
    { step: 'initialize', name },
  );
  return {
    arm(fault: Fault, at: number) {
      armed = { fault, at, seen: 0 };
      reached = 0;
    },
    /** Disarms; answers whether the armed fault fired, and how many writes reached DynamoDB meanwhile. */
    disarm(): { fired: boolean; reached: number } {
      const fired = armed === null;
      armed = null;
      return { fired, reached };
    },
    /** Counts the writes that reach DynamoDB from here on. */
    count() {
      armed = null;
      reached = 0;
      return () => reached;
    },
    stop: () => dynamo().middlewareStack.remove(name),
  };
}

const actorFor = firstAllowedRole;

// What differs from run to run of the same call: ids, subs, times, codes, digests.
const VOLATILE = [
  /[0-9A-HJKMNP-TV-Z]{26}/g,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
  /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g,
  /\d{4}-\d\d-\d\d/g,
  /\b\d{10}\b/g,
  /[0-9a-f]{64}/g,
  /\b[0-9A-HJKMNP-TV-Z]{10}\b/g,
];
const mask = (text: string) => VOLATILE.reduce((t, pattern) => t.replace(pattern, '*'), text);

/**
 * What a call did, comparable across runs on different fixtures: items added
 * (masked), attributes changed (numbers as their change, so a counter moved
 * twice shows), items removed.
 */
function effect(before: Items, after: Items): string[] {
  const lines: string[] = [];
  // Rate counters are bookkeeping in hourly windows: a window turning between two runs would read as a difference.
  const counted = (key: string) => !key.includes('| RATE#');
  for (const [key, value] of after) {
    if (!counted(key)) continue;
    const old = before.get(key);
    if (old === undefined) lines.push(`added ${mask(value)}`);
    else if (old !== value) {
      const [a, b] = [JSON.parse(old) as Record<string, unknown>, JSON.parse(value) as Record<string, unknown>];
      const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      const diffs = names.flatMap((n) => {
        if (JSON.stringify(a[n]) === JSON.stringify(b[n])) return [];
        if (typeof a[n] === 'number' && typeof b[n] === 'number') return [`${n} ${(b[n] as number) - (a[n] as number)}`];
        return [`${n} changed`];
      });
      lines.push(`changed ${mask(key)}: ${diffs.join(', ')}`);
    }
  }
  for (const key of before.keys()) if (counted(key) && !after.has(key)) lines.push(`removed ${mask(key)}`);
  return lines.sort();
}

/** Mutations whose input takes an idempotency key, read from the schema. */
function takesIdempotencyKey(field: string): boolean {
  const fields = getSchema().getMutationType()?.getFields();
  const input = fields?.[field]?.args.find((arg) => arg.name === 'input');
  const type = input && getNamedType(input.type);
  return !!type && isInputObjectType(type) && 'idempotencyKey' in type.getFields();
}

describe('faults on every write path (integration, injected)', () => {
  let api: TestApi | undefined;
  let world: World;
  let injector: ReturnType<typeof faultInjector> | undefined;
  const mutations = OPERATIONS.filter((op) => op.type === 'mutation');
  const [deletion] = mutations.filter((op) => op.field === 'deleteMyAccount');
  // Rotating last: the world's invitations are made with the therapist's current code.
  const others = [
    ...mutations.filter((op) => !['rotateShareCode', 'deleteMyAccount'].includes(op.field)),
    ...mutations.filter((op) => op.field === 'rotateShareCode'),
  ];
  // Fixtures used up by one successful call; addReaction gets a fresh check-in so it can succeed again.
  const freshFor: Record<string, (w: World) => Promise<WorldIds>> = { ...FRESH, addReaction: fresh.checkIn };
  const repeatable = others.filter((op) => freshFor[op.field]);
  // Every kit document declares its $input, startSession's optional one too: the key test below sends one with only the key.
  const keyed = others.filter((op) => takesIdempotencyKey(op.field));

  /** Every item in the partitions a call of the world can write to, read consistently. */
  function snapshot(ids: WorldIds): Promise<Items> {
    const subs = new Set<string>([
      ...Object.values(world.users).map((u) => u.sub),
      world.extras.pendingClient.sub,
      world.extras.invitee.sub,
      ids.grant.therapistId,
      ids.invitation.clientId,
    ]);
    return snapshotPartitions([...new Set([...[...subs].map((sub) => `USER#${sub}`), `CIRCLE#${world.circle.id}`, `CIRCLE#${ids.circle.id}`])]);
  }

  function call(op: Operation, ids: WorldIds, change: (variables: Record<string, unknown>) => Record<string, unknown> = (v) => v): Promise<GraphqlResponse> {
    const actor = actorFor(op.field);
    return callAs(world, actor, op.document, change(op.variables(ids, actor)));
  }

  /** Runs a call with the fault armed; answers the outcome, what the injector saw, and the partitions' change. */
  async function faulted(op: Operation, ids: WorldIds, fault: Fault, at: number, change?: (variables: Record<string, unknown>) => Record<string, unknown>) {
    const before = await snapshot(ids);
    let seen = { fired: false, reached: 0 };
    injector?.arm(fault, at);
    const res = await call(op, ids, change).finally(() => {
      seen = injector?.disarm() ?? seen;
    });
    return { res, seen, changed: changedItems(before, await snapshot(ids)) };
  }

  /** A clean call: its effect on the partitions and how many writes it made. */
  async function clean(op: Operation, ids: WorldIds, change?: (variables: Record<string, unknown>) => Record<string, unknown>) {
    const before = await snapshot(ids);
    const writes = injector!.count();
    const res = await call(op, ids, change);
    expect(outcomeOf(res, op.field)).toEqual({ code: 'OK' });
    return { writes: writes(), effect: effect(before, await snapshot(ids)), before };
  }

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    injector = faultInjector();
  }, 120_000);

  afterAll(async () => {
    injector?.stop();
    await api?.close();
  });

  it('covers every mutation, each callable by some role', () => {
    expect(mutations.length).toBeGreaterThan(40);
    expect(deletion).toBeDefined();
    for (const op of mutations) expect(ACTORS).toContain(actorFor(op.field));
    // The multi-write and keyed lists below are not empty by accident.
    expect(repeatable.length).toBeGreaterThan(20);
    expect(keyed.map((op) => op.field).sort()).toEqual([
      'adoptRoutineTemplate',
      'createCircle',
      'createJournalEntry',
      'createRoutine',
      'logSession',
      'postCheckIn',
      'recordRoutineCompletion',
      'replyToCheckIn',
      'startSession',
      'submitMeasure',
    ]);
  });

  it.each(others.map((op) => [op.field, op] as const))(
    '%s: refused or lost at its first write, it answers a retryable error, writes nothing, and goes through when made again',
    async (field, op) => {
      const ids = freshFor[field] ? await freshFor[field](world) : world;
      const answers: string[] = [];
      for (const fault of REFUSALS) {
        const { res, seen, changed } = await faulted(op, ids, fault, 1);
        const error = res.body.errors?.[0];
        // A path that retries a conflicting transaction itself may come through on its own: then the call is done.
        if (fault === 'conflict' && !error && seen.fired) {
          answers.push(`${fault}: came through after its own retry`);
          break;
        }
        const wrote = seen.reached || changed.length ? ` wrote ${seen.reached} (${changed.join('; ')})` : '';
        answers.push(
          `${fault}: ${outcomeOf(res, field).code}${error?.extensions?.retryable ? ' retryable' : ''}${wrote}${seen.fired ? '' : ' (no write reached)'}`,
        );
      }
      const recovered = answers.includes('conflict: came through after its own retry');
      expect(answers).toEqual(
        REFUSALS.map((fault) => (fault === 'conflict' && recovered ? 'conflict: came through after its own retry' : `${fault}: SERVICE_UNAVAILABLE retryable`)),
      );
      if (!recovered) expect(outcomeOf(await call(op, ids), field)).toEqual({ code: 'OK' });
    },
    PER_OPERATION_TIMEOUT,
  );

  it.each(repeatable.map((op) => [op.field, op] as const))(
    '%s: stopped at any of its writes and made again, it leaves what one clean call leaves',
    async (field, op) => {
      const reference = await clean(op, await freshFor[field]!(world));
      expect(reference.writes).toBeGreaterThanOrEqual(1);

      for (let at = 1; at <= reference.writes; at += 1) {
        const ids = await freshFor[field]!(world);
        const before = await snapshot(ids);
        const { res, seen } = await faulted(op, ids, at % 2 ? 'timeout' : 'throttling', at);
        expect([at, seen.fired, outcomeOf(res, field).code]).toEqual([at, true, 'SERVICE_UNAVAILABLE']);
        expect(outcomeOf(await call(op, ids), field)).toEqual({ code: 'OK' });
        expect(effect(before, await snapshot(ids))).toEqual(reference.effect);
      }
    },
    PER_OPERATION_TIMEOUT,
  );

  it.each(keyed.map((op) => [op.field, op] as const))(
    '%s: when the answer is lost after a write landed, a retry with the same key adds nothing twice',
    async (field, op) => {
      const withKey = (key: string) => (variables: Record<string, unknown>) => ({
        ...variables,
        input: { ...(variables.input as object), idempotencyKey: key },
      });
      // Keys are ULIDs, so the markers they leave compare equal once masked.
      const reference = await clean(op, world, withKey(newId()));

      for (let at = 1; at <= reference.writes; at += 1) {
        // A retry resends the very same variables (a key is bound to its input: other input would be a CONFLICT).
        const sent = withKey(newId())(op.variables(world, actorFor(field)));
        const same = () => sent;
        const before = await snapshot(world);
        const { res, seen } = await faulted(op, world, 'lostAnswer', at, same);
        expect([at, seen.fired, outcomeOf(res, field).code, (res.body.errors?.[0]?.extensions as { maybeSaved?: boolean } | undefined)?.maybeSaved]).toEqual([
          at,
          true,
          'SERVICE_UNAVAILABLE',
          true,
        ]);
        expect(outcomeOf(await call(op, world, same), field)).toEqual({ code: 'OK' });
        expect(effect(before, await snapshot(world))).toEqual(reference.effect);
      }
    },
    PER_OPERATION_TIMEOUT,
  );

  // One test a query, so each one's work fits its own timeout on a busy machine.
  const queries = OPERATIONS.filter((o) => o.type === 'query');
  const WRITING_QUERIES = [
    'clientInsights',
    'clientMeasureSchedules',
    'clientMeasureTrend',
    'clientMeasures',
    'clientSafetyStatus',
    'clientTimeline',
    'myCaseload',
  ];

  it('knows which queries write (the access log of a therapist\u2019s read)', () => {
    expect(
      queries
        .filter((op) => WRITING_QUERIES.includes(op.field))
        .map((op) => op.field)
        .sort(),
    ).toEqual(WRITING_QUERIES);
  });

  it.each(queries.map((op) => [op.field, op] as const))(
    '%s: writes only if it is a therapist\u2019s logged read, and is refused whole when that write fails',
    async (field, op) => {
      const { writes } = await clean(op, world);
      expect([field, writes > 0]).toEqual([field, WRITING_QUERIES.includes(field)]);
      if (writes === 0) return;
      for (const fault of REFUSALS) {
        const { res, seen, changed } = await faulted(op, world, fault, 1);
        expect([field, fault, outcomeOf(res, field).code, seen.reached, changed]).toEqual([field, fault, 'SERVICE_UNAVAILABLE', 0, []]);
      }
    },
    PER_OPERATION_TIMEOUT,
  );

  it('deleteMyAccount, stopped by a fault in every call, finishes on the calls after and leaves nothing of the member', async () => {
    const op = deletion as Operation;
    let calls = 0;
    let done = false;
    while (!done) {
      calls += 1;
      expect(calls).toBeLessThan(500);
      // One write lands, the second fails; every call makes progress and none finishes the job in one go.
      const { res, seen } = await faulted(op, world, calls % 2 ? 'timeout' : 'throttling', 2);
      if (!seen.fired) {
        // Fewer than two writes left: the call finished the deletion.
        expect(outcomeOf(res, op.field)).toEqual({ code: 'OK' });
        done = (res.body.data?.deleteMyAccount as { accountDeletion?: { complete?: boolean } } | undefined)?.accountDeletion?.complete === true;
      } else {
        expect(outcomeOf(res, op.field).code).toBe('SERVICE_UNAVAILABLE');
      }
    }
    expect(calls).toBeGreaterThan(3);
    const left = [...(await snapshotTable(world)).values()].filter((item) => item.includes(world.subs.owner));
    expect(left).toEqual([]);
    const marker = await documentClient().send(
      new GetCommand({ TableName: testStack().tableName, Key: closedAccountKey(world.subs.owner), ConsistentRead: true }),
    );
    expect(marker.Item?.status).toBe('DELETED');
    // Dozens of calls, each with two partition snapshots: about 5 s on an idle machine, so room for a busy one.
  }, 90_000);
});
