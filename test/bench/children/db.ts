import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { handler } from '../../../services/graphql/handler';
import { getSchema } from '../../../services/graphql/schema';
import { localDocumentClient } from '../../../services/local/aws-clients';
import { dynamo, tableName } from '../../../services/shared/db/client';
import { kit } from '../../helpers/kit';
import { batchWrite, historyItems, recentSessions } from '../lib/history';
import { dataOf, inProcessClient, newMember, type Member } from '../lib/invoke';
import { INSIGHTS_QUERY, TIMELINE_QUERY } from '../lib/queries';
import { capacity, recordCalls, roundTrips, summarize, type InjectedLatency, type RecordedCall } from '../lib/recorder';
import { median, percentile, round } from '../lib/stats';
import { OPERATION_SCENARIOS, scenarioApi, type OperationScenario } from '../scenarios/operations';
import type { CallsRow, LatencyFigures } from '../scenarios/db-tasks';
import { progress, report } from './report';

/**
 * Everything that runs Lacrima's real handler in-process against DynamoDB
 * Local: seeding histories, the scale tiers, and the DynamoDB calls of every
 * public operation (counted by a middleware on the handler's own client).
 * Bundled with the Lambda's esbuild options; one task per run.
 */
export type DbTask =
  | { task: 'seed'; members: Array<{ sub: string; size: number }> }
  | { task: 'scale'; tiers: number[]; samples: number }
  | { task: 'calls'; latencySamples: number };

const call = inProcessClient(handler, process.env.USER_POOL_CLIENT_ID ?? '');
const recorder = recordCalls(dynamo());
const seedClient = () => localDocumentClient(process.env.DYNAMODB_ENDPOINT ?? '');

async function seed(members: Array<{ sub: string; size: number }>) {
  const client = seedClient();
  const started = performance.now();
  let total = 0;
  try {
    for (const { sub, size } of members) {
      let next = 10_000;
      total += await batchWrite(client, tableName(), historyItems(client, tableName(), sub, size), {
        parallel: 8,
        onProgress: (written) => {
          if (written >= next || written === size) {
            progress(
              `seeded ${written.toLocaleString('en-US')} / ${size.toLocaleString('en-US')} items (${Math.round((performance.now() - started) / 1000)} s)`,
            );
            next += 10_000;
          }
        },
      });
    }
  } finally {
    client.destroy();
  }
  return { items: total, seconds: round((performance.now() - started) / 1000, 1) };
}

async function timed(member: Member, query: string, variables: Record<string, unknown>) {
  const started = performance.now();
  const answer = await call(member, query, variables);
  const ms = performance.now() - started;
  dataOf(answer, query.slice(0, 30));
  return { ms, calls: recorder.take() };
}

const itemsRead = (calls: RecordedCall[]) => calls.reduce((sum, c) => sum + (c.itemsRead ?? 0), 0);

async function scale(tiers: number[], samples: number) {
  const members = tiers.map((size) => ({ size, member: newMember() }));
  const seeded = await seed(members.map(({ size, member }) => ({ sub: member.sub, size })));
  const timeline = { first: 20 };
  const insights = { period: 'MONTH' };
  // First calls create each profile and warm the paths; not measured.
  for (const { member } of members) {
    for (let i = 0; i < 5; i++) {
      await timed(member, TIMELINE_QUERY, timeline);
      await timed(member, INSIGHTS_QUERY, insights);
    }
  }
  const runs = new Map(
    members.map(({ size }) => [
      size,
      { timeline: [] as number[], insights: [] as number[], timelineCalls: [] as RecordedCall[], insightsCalls: [] as RecordedCall[] },
    ]),
  );
  for (let s = 0; s < samples; s++) {
    // Round-robin over the tiers so changes in machine load hit them alike.
    for (const { size, member } of members) {
      const run = runs.get(size);
      if (!run) continue;
      const t = await timed(member, TIMELINE_QUERY, timeline);
      const i = await timed(member, INSIGHTS_QUERY, insights);
      run.timeline.push(t.ms);
      run.insights.push(i.ms);
      run.timelineCalls = t.calls;
      run.insightsCalls = i.calls;
    }
  }
  return {
    seeded,
    samples,
    tiers: members.map(({ size }) => {
      const run = runs.get(size);
      if (!run) throw new Error(`no run for ${size}`);
      return {
        historyItems: size,
        timeline: {
          medianMs: round(median(run.timeline)),
          p90Ms: round(percentile(run.timeline, 90)),
          calls: summarize(run.timelineCalls),
          itemsRead: itemsRead(run.timelineCalls),
        },
        insights: {
          medianMs: round(median(run.insights)),
          p90Ms: round(percentile(run.insights, 90)),
          calls: summarize(run.insightsCalls),
          itemsRead: itemsRead(run.insightsCalls.filter((c) => c.command === 'Query')),
          sessionsInPeriods: recentSessions(size),
        },
      };
    }),
  };
}

/** In-region DynamoDB's order of magnitude per call (issue #19): the latency model's unit. */
export const INJECTED: InjectedLatency = { ms: 8, jitterMs: 2 };

const asWho = (api: ReturnType<typeof scenarioApi>, scenario: OperationScenario) =>
  scenario.as === 'therapist' ? api.therapist : scenario.as === 'other' ? api.other : api.member;

/** A fresh member, therapist and stranger with profiles, and the scenario's set-up: nothing of it is recorded. */
async function prepared(scenario: OperationScenario) {
  const api = scenarioApi(call);
  const variables = await recorder.paused(async () => {
    for (const who of [api.member, api.therapist, api.other]) await api.gql(who, kit('Me'));
    return scenario.prepare?.(api);
  });
  recorder.take();
  return { api, variables };
}

/** A full collection (the child runs with --expose-gc), so the garbage of a sample's set-up is not collected inside the request timed. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * One request timed with and one without the injected latency per sample,
 * each on its own fresh members (a mutation consumes what it was prepared
 * with; rate limits never meet), the order alternating between samples.
 * Each timed request starts after a collection, on both sides alike.
 */
async function latency(scenario: OperationScenario, samples: number): Promise<LatencyFigures> {
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  const cpu: number[] = [];
  const timedOnce = async (inject: boolean) => {
    const { api, variables } = await prepared(scenario);
    recorder.inject(inject ? INJECTED : undefined);
    collect();
    const cpuAtStart = process.cpuUsage();
    const started = performance.now();
    try {
      const answer = await call(asWho(api, scenario), scenario.document, variables);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpuAtStart);
      if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.extensions?.code).join(', '));
      (inject ? withMs : withoutMs).push(ms);
      if (inject) cpu.push((used.user + used.system) / 1000);
    } finally {
      recorder.inject(undefined);
      recorder.take();
    }
  };
  for (let i = 0; i < samples; i++) {
    for (const inject of i % 2 ? [false, true] : [true, false]) await timedOnce(inject);
  }
  return {
    samples,
    p50Ms: round(median(withMs), 1),
    p99Ms: round(percentile(withMs, 99), 1),
    plainP50Ms: round(median(withoutMs), 1),
    plainP99Ms: round(percentile(withoutMs, 99), 1),
    cpuMs: round(median(cpu), 1),
    cpuP99Ms: round(percentile(cpu, 99), 1),
  };
}

/** Every Query and Mutation field of the schema, with the scenario(s) that exercise it. */
async function calls(latencySamples: number) {
  const schema = getSchema();
  const operations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => ({ kind: 'query', name })),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => ({ kind: 'mutation', name })),
  ];
  const rows: CallsRow[] = [];
  const none = { roundTrips: null, commands: [], capacity: null, latency: null };
  for (const { kind, name } of operations) {
    const scenarios = OPERATION_SCENARIOS.filter((s) => s.operation === name);
    if (scenarios.length === 0) {
      rows.push({ operation: name, kind, calls: '–', outcome: 'no scenario yet', ...none });
      continue;
    }
    for (const scenario of scenarios) {
      let ready: Awaited<ReturnType<typeof prepared>>;
      try {
        ready = await prepared(scenario);
      } catch (error) {
        rows.push({
          operation: name,
          kind,
          variant: scenario.variant,
          calls: '–',
          outcome: `setup failed: ${error instanceof Error ? error.message : String(error)}`,
          ...none,
        });
        continue;
      }
      const answer = await call(asWho(ready.api, scenario), scenario.document, ready.variables);
      const recorded = recorder.take();
      const codes = answer.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`) ?? [];
      const row: CallsRow = {
        operation: name,
        kind,
        variant: scenario.variant,
        calls: summarize(recorded),
        roundTrips: roundTrips(recorded),
        commands: recorded.map((c) => (c.failed ? `${c.command} (condition failed)` : c.command)),
        outcome: codes.length ? codes.join('; ') : 'ok',
        capacity: capacity(recorded),
        latency: null,
      };
      if (latencySamples > 0 && row.outcome === 'ok') {
        try {
          row.latency = await latency(scenario, latencySamples);
        } catch (error) {
          row.outcome = `latency run failed: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      rows.push(row);
      progress(`${name}${scenario.variant ? ` (${scenario.variant})` : ''}: ${row.calls}${row.latency ? `, p50 ${row.latency.p50Ms} ms with latency` : ''}`);
    }
  }
  // Scenarios whose operation is gone from the schema: worth a line, not a silent skip.
  const unknown = OPERATION_SCENARIOS.filter((s) => !operations.some((o) => o.name === s.operation)).map((s) => s.operation);
  return { rows, staleScenarios: [...new Set(unknown)], injected: INJECTED };
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as DbTask;
  if (task.task === 'seed') report(await seed(task.members));
  else if (task.task === 'scale') report(await scale(task.tiers, task.samples));
  else if (task.task === 'calls') report(await calls(task.latencySamples));
  else throw new Error(`unknown task ${JSON.stringify(task)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
