import '../../services/local/quiet-sdk';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildEvent } from '../helpers/lambda';
import { buildChild, buildLambdaBundle, ENTRIES, RESULTS_DIR, type BundleInfo } from './lib/bundles';
import { cleanupAll, stopOnSignals } from './lib/cleanup';
import { runChild } from './lib/child';
import { load, machine, type Load } from './lib/machine';
import { TIMELINE_QUERY } from './lib/queries';
import { fmt, goalTable, table, type Goal } from './lib/report';
import { createUsers, handlerEnv, startBenchStack, type BenchStack } from './lib/stack';
import { MiB, ratio, round } from './lib/stats';
import { callGoals, latencyModel } from './lib/call-goals';
import { coldStart, type ColdSummary } from './scenarios/cold-start';
import { dbTask, type CallsResult, type ScaleResult } from './scenarios/db-tasks';
import { loadTest, type LoadRun } from './scenarios/load';
import type { LiveResult, LiveTask } from './children/live';
import { costBytes, costOfRun, type CostResult } from './scenarios/cost';
import { accountGoals, accountTable, largeAccounts, memoryTable, type AccountsResult } from './scenarios/accounts';
import { costTable, profileTable } from './lib/cost';
import { tmpdir } from 'node:os';

const USAGE = `Usage: npm run bench [-- options]
  --quick           iterate faster: no 100,000-item tier, 7 cold starts, 5 s load runs (not for reported figures)
  --only=LIST       some of: bundle,warm,cold,calls,cost,load,scale,live,accounts (default: all; cost needs calls)
  --latency-samples=N  samples per operation with and without the injected DynamoDB latency (default 15; 0 skips)
  --runs=N          cold starts per bundle (default 21)
  --load-seconds=N  seconds per load run (default 20)
  --tiers=LIST      history sizes for the scale test (default 100,10000,100000)
Writes bench-results/latest.json.`;

const SCENARIOS = ['bundle', 'warm', 'cold', 'calls', 'cost', 'load', 'scale', 'live', 'accounts'] as const;
type Scenario = (typeof SCENARIOS)[number];

function options(argv: string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const unknown = argv.filter((a) => !/^--(quick|only=.+|runs=\d+|latency-samples=\d+|load-seconds=\d+|tiers=[\d,]+|help)$/.test(a));
  if (argv.includes('--help') || unknown.length > 0) {
    console.log(unknown.length ? `Unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    process.exit(unknown.length ? 2 : 0);
  }
  const quick = argv.includes('--quick');
  const only = (value('only')?.split(',') ?? SCENARIOS) as Scenario[];
  for (const name of only) if (!SCENARIOS.includes(name)) throw new Error(`Unknown scenario ${name}\n${USAGE}`);
  return {
    quick,
    only: new Set<Scenario>(only),
    runs: Number(value('runs') ?? (quick ? 7 : 21)),
    loadSeconds: Number(value('load-seconds') ?? (quick ? 5 : 20)),
    tiers: (value('tiers') ?? (quick ? '100,10000' : '100,10000,100000')).split(',').map(Number),
    warmRounds: quick ? 4 : 8,
    latencySamples: Number(value('latency-samples') ?? (quick ? 5 : 15)),
  };
}

interface WarmResult {
  sameData: boolean;
  edges: number;
  lacrima: { opsPerSec: number; usPerOp: number };
  baseline: { opsPerSec: number; usPerOp: number };
  executeOnly: { opsPerSec: number; usPerOp: number };
  ratio: number;
  ratioToExecuteOnly: number;
  medianRoundRatio: number;
}

interface Results {
  machine: ReturnType<typeof machine>;
  options: { quick: boolean; runs: number; loadSeconds: number; tiers: number[]; latencySamples: number };
  load: Record<string, Load>;
  bundle?: { lacrima: BundleInfo; baseline: BundleInfo; ratio: number };
  warm?: WarmResult;
  coldStart?: Record<'lacrima' | 'baseline', ColdSummary>;
  calls?: CallsResult;
  underLoad?: LoadRun[];
  scale?: ScaleResult;
  live?: LiveResult;
  cost?: CostResult;
  accounts?: AccountsResult;
  goals: Goal[];
}

/** Everything said also goes to bench-results/latest.md, ready for README's Performance section. */
const transcript: string[] = [];
const say = (line: string) => {
  console.log(line);
  transcript.push(line);
};
const section = (title: string) => say(`\n== ${title}\n`);
/** A table with a blank line after it (Markdown ends a table only there). */
const sayTable = (text: string) => say(`${text}\n`);

function goals(r: Results): Goal[] {
  const out: Goal[] = [];
  if (r.bundle) {
    const { lacrima, baseline } = r.bundle;
    const limit = 1.35 * MiB;
    out.push({
      id: '1a',
      goal: 'bundle <= 1.35 MiB',
      measured: fmt.mib(lacrima.bytes),
      met: lacrima.bytes <= limit,
      note: lacrima.bytes <= limit ? `${fmt.kib(limit - lacrima.bytes)} to spare` : `over by ${fmt.kib(lacrima.bytes - limit)}`,
    });
    out.push({
      id: '1b',
      goal: 'bundle <= 1.7x plain',
      measured: fmt.x(r.bundle.ratio),
      met: r.bundle.ratio <= 1.7,
      note: `plain: ${fmt.mib(baseline.bytes)}`,
    });
  }
  if (r.coldStart) {
    const { lacrima, baseline } = r.coldStart;
    const loadRatio = lacrima.loadMs / baseline.loadMs;
    out.push({
      id: '2a',
      goal: 'cold load <= 1.4x plain',
      measured: `${fmt.ms(lacrima.loadMs)} = ${fmt.x(loadRatio)}`,
      met: loadRatio <= 1.4,
      note: `plain: ${fmt.ms(baseline.loadMs)}; in CPU time ${fmt.x(lacrima.loadCpuMs / baseline.loadCpuMs)}`,
    });
    const answerRatio = lacrima.answerAfterLoadMs / baseline.answerAfterLoadMs;
    const answerCpu = (c: ColdSummary) => c.firstAnswerCpuMs - c.loadCpuMs;
    out.push({
      id: '2b',
      goal: 'first answer after load <= 1.1x plain',
      measured: `${fmt.ms(lacrima.answerAfterLoadMs)} = ${fmt.x(answerRatio)}`,
      met: answerRatio <= 1.1 && lacrima.allAnswered,
      note: `plain: ${fmt.ms(baseline.answerAfterLoadMs)}; in CPU time ${fmt.x(answerCpu(lacrima) / answerCpu(baseline))}`,
    });
    out.push({
      id: '7',
      goal: 'RSS after first query <= 100 MiB',
      measured: `${lacrima.rssMiB} MiB`,
      met: lacrima.maxRssMiB <= 100,
      note: `max of ${lacrima.runs}: ${lacrima.maxRssMiB} MiB; plain ${baseline.rssMiB} MiB`,
    });
  }
  if (r.warm) {
    out.push({
      id: '3',
      goal: 'warm ops/s >= 0.6x plain',
      measured: fmt.x(r.warm.ratio),
      met: r.warm.ratio >= 0.6 && r.warm.ratioToExecuteOnly >= 0.6,
      note: `${r.warm.lacrima.opsPerSec} vs ${r.warm.baseline.opsPerSec} ops/s; vs execute-only: ${fmt.x(r.warm.ratioToExecuteOnly)}`,
    });
  }
  if (r.underLoad) {
    for (const mix of ['timeline', 'logSession'] as const) {
      const lacrima = r.underLoad.find((u) => u.mix === mix && u.handler === 'lacrima')?.figures;
      const baseline = r.underLoad.find((u) => u.mix === mix && u.handler === 'baseline')?.figures;
      if (!lacrima || !baseline) continue;
      const p99 = lacrima.p99Ms / baseline.p99Ms;
      const clean = lacrima.non2xx + lacrima.errors === 0;
      out.push({
        id: '4',
        goal: `${mix} mix p99 <= 1.2x plain`,
        measured: `${lacrima.p99Ms} ms = ${fmt.x(p99)}`,
        met: p99 <= 1.2 && clean,
        note: `plain ${baseline.p99Ms} ms${clean ? '' : `; ${lacrima.non2xx} non-2xx, ${lacrima.errors} errors`}`,
      });
    }
  }
  if (r.scale) {
    const tiers = r.scale.tiers;
    const smallest = tiers[0];
    const largest = tiers[tiers.length - 1];
    if (smallest && largest && largest !== smallest) {
      const flat = largest.timeline.medianMs / smallest.timeline.medianMs;
      out.push({
        id: '5a',
        goal: `timeline page ${largest.historyItems.toLocaleString('en-US')} vs ${smallest.historyItems} items <= 1.1x`,
        measured: fmt.x(flat),
        met: flat <= 1.1,
        note: `${fmt.ms(smallest.timeline.medianMs)} -> ${fmt.ms(largest.timeline.medianMs)}; items read ${tiers.map((t) => t.timeline.itemsRead).join('/')}`,
      });
      const reads = tiers.map((t) => t.insights.itemsRead);
      out.push({
        id: '5b',
        goal: 'insights read only the two periods',
        measured: `items read ${reads.join(' / ')}`,
        met: reads.every((n, i) => n === tiers[i]?.insights.sessionsInPeriods),
        note: `sessions in the two months: ${tiers.map((t) => t.insights.sessionsInPeriods).join(' / ')}`,
      });
    }
  }
  if (r.live) {
    const { fromPost, callsPerEvent, subscribers } = r.live;
    out.push({
      id: '8a',
      goal: `live: a check-in reaches all ${subscribers} subscribers, p99 <= 1 s from post (local)`,
      measured: `p50 ${fmt.ms(fromPost.p50Ms)}, p99 ${fmt.ms(fromPost.p99Ms)}`,
      met: fromPost.p99Ms <= 1000,
      note: `${r.live.receipts} receipts of ${r.live.events} events; max ${fmt.ms(fromPost.maxMs)}`,
    });
    out.push({
      id: '8b',
      goal: 'live: one Query of the subscribers per event, no Scan',
      measured: `${callsPerEvent.commands} per event`,
      met: callsPerEvent.max === 1 && !callsPerEvent.commands.includes('Scan'),
      note: `median ${callsPerEvent.median}, max ${callsPerEvent.max} calls`,
    });
  }
  if (r.calls) {
    const missing = r.calls.rows.filter((row) => row.outcome === 'no scenario yet').map((row) => row.operation);
    const failing = r.calls.rows.filter((row) => row.outcome !== 'ok' && row.outcome !== 'no scenario yet').map((row) => row.operation);
    out.push({
      id: '6',
      goal: 'DynamoDB calls for every public operation',
      measured: `${r.calls.rows.length - missing.length} of ${r.calls.rows.length} rows measured`,
      met: missing.length === 0 && failing.length === 0,
      note: [missing.length ? `no scenario: ${missing.join(', ')}` : '', failing.length ? `errors: ${failing.join(', ')}` : ''].filter(Boolean).join('; '),
    });
    out.push(...callGoals(r.calls.rows, r.calls.injected.ms));
  }
  if (r.accounts) out.push(...accountGoals(r.accounts));
  return out;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  stopOnSignals();
  const results: Results = {
    machine: machine(),
    options: { quick: opts.quick, runs: opts.runs, loadSeconds: opts.loadSeconds, tiers: opts.tiers, latencySamples: opts.latencySamples },
    load: { start: load() },
    goals: [],
  };
  const m = results.machine;
  say(`Lacrima bench, ${m.date}: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}${opts.quick ? ' [--quick]' : ''}`);
  say(`\nLoad at start: ${results.load.start?.load1}${results.load.start?.busy.length ? `; busy: ${results.load.start.busy.join('; ')}` : ''}`);

  section('Build (LAMBDA_ESBUILD_OPTIONS, as CDK bundles)');
  const lacrima = await buildLambdaBundle('lacrima', ENTRIES.lacrima);
  const baseline = await buildLambdaBundle('baseline', ENTRIES.baseline);
  const bundles = { lacrima: lacrima.file, baseline: baseline.file };
  const [coldScript, warmScript, dbScript, serverScript, liveScript, costScript, accountsScript] = await Promise.all(
    ['cold-start', 'warm', 'db', 'load-server', 'live', 'cost', 'accounts'].map((name) => buildChild(name)),
  );
  results.bundle = { lacrima, baseline, ratio: ratio(lacrima.bytes, baseline.bytes) };
  sayTable(
    table(
      ['bundle', 'bytes', 'MiB', 'vs plain', 'source map (not counted)', 'duplicated as CJS+ESM'],
      [
        ['Lacrima', lacrima.bytes, fmt.mib(lacrima.bytes), fmt.x(results.bundle.ratio), fmt.kib(lacrima.mapBytes), lacrima.dualFormat.join(', ') || 'none'],
        ['plain graphql-js', baseline.bytes, fmt.mib(baseline.bytes), '1.00x', fmt.kib(baseline.mapBytes), baseline.dualFormat.join(', ') || 'none'],
      ],
    ),
  );
  say(
    `Largest in Lacrima's bundle: ${lacrima.packages
      .slice(0, 10)
      .map((p) => `${p.name} ${fmt.kib(p.bytes)}`)
      .join(', ')}`,
  );

  if (opts.only.has('warm')) {
    section('Warm overhead: timeline query, repository faked in-process');
    results.load.warm = load();
    const env = handlerEnv({
      dynamoDbEndpoint: '',
      cognitoEndpoint: '',
      tableName: 'lacrima-bench',
      userPoolId: 'bench',
      userPoolClientId: 'bench-client',
      region: 'us-east-1',
    });
    const warm = await runChild<WarmResult>(warmScript as string, { env, args: [String(opts.warmRounds), '1500'], showProgress: true, timeoutMs: 300_000 });
    results.warm = warm;
    sayTable(
      table(
        ['handler', 'ops/s', 'µs/op', 'Lacrima vs it'],
        [
          ['Lacrima (Apollo + type-graphql)', warm.lacrima.opsPerSec, warm.lacrima.usPerOp, '–'],
          ['plain handler (parse, validate, execute)', warm.baseline.opsPerSec, warm.baseline.usPerOp, fmt.x(warm.ratio)],
          ['graphql-js execute only (document cached)', warm.executeOnly.opsPerSec, warm.executeOnly.usPerOp, fmt.x(warm.ratioToExecuteOnly)],
        ],
      ),
    );
    if (!warm.sameData) say('!! The two handlers answered the timeline differently: the baseline is not comparable.');
  }

  const needsStack = ['cold', 'calls', 'cost', 'load', 'scale', 'live', 'accounts'].some((s) => opts.only.has(s as Scenario));
  if (needsStack) {
    section('Local stack');
    const stack: BenchStack = await startBenchStack();
    say(`DynamoDB Local ${stack.dynamoDbEndpoint}, cognito-local ${stack.cognitoEndpoint}`);
    const env = handlerEnv(stack);

    if (opts.only.has('cold')) {
      section(`Cold start: ${opts.runs} fresh processes per bundle, timeline query on DynamoDB Local`);
      results.load.cold = load();
      const sub = randomUUID();
      await dbTask(dbScript as string, env, { task: 'seed', members: [{ sub, size: 50 }] });
      const event = buildEvent(
        { query: TIMELINE_QUERY, variables: { first: 20 }, operationName: 'Timeline' },
        { claims: { sub, username: sub, client_id: stack.userPoolClientId } },
      );
      const cold = await coldStart({ script: coldScript as string, bundles, env, event, runs: opts.runs });
      results.coldStart = cold;
      sayTable(
        table(
          ['bundle', 'load ms', 'first answer ms', 'answer after load ms', 'load CPU ms', 'first answer CPU ms', 'RSS MiB (median / max)', 'all answered'],
          (['lacrima', 'baseline'] as const).map((name) => [
            name === 'lacrima' ? 'Lacrima' : 'plain graphql-js',
            cold[name].loadMs,
            cold[name].firstAnswerMs,
            cold[name].answerAfterLoadMs,
            cold[name].loadCpuMs,
            cold[name].firstAnswerCpuMs,
            `${cold[name].rssMiB} / ${cold[name].maxRssMiB}`,
            cold[name].allAnswered ? 'yes' : 'NO',
          ]),
        ),
      );
    }

    if (opts.only.has('calls')) {
      section('DynamoDB calls per operation (real handler, DynamoDB Local)');
      results.load.calls = load();
      const calls = await dbTask<CallsResult>(dbScript as string, env, { task: 'calls', latencySamples: opts.latencySamples }, 3_600_000);
      results.calls = calls;
      sayTable(
        table(
          ['operation', 'kind', 'variant', 'DynamoDB calls', 'round trips', 'capacity units (read / write)', 'outcome'],
          calls.rows.map((r) => [
            r.operation,
            r.kind,
            r.variant ?? '',
            r.calls,
            r.roundTrips ?? '–',
            r.capacity ? `${r.capacity.read} / ${r.capacity.write}` : '–',
            r.outcome,
          ]),
        ),
      );
      const timed = calls.rows.filter((r) => r.latency);
      if (timed.length) {
        const { ms, jitterMs } = calls.injected;
        say(
          `\nInjected latency: ${ms} ms ± ${jitterMs} ms per DynamoDB call (a middleware on the handler's client), ${opts.latencySamples} samples per row with and ${opts.latencySamples} without, alternating, each on fresh members and started after a forced garbage collection. Model = round trips x ${ms} ms + the request's own time without the injection (its CPU and DynamoDB Local's service time; the CPU alone is shown).\n`,
        );
        sayTable(
          table(
            [
              'operation',
              'variant',
              'round trips',
              'p50 ms',
              'p99 ms',
              'without: p50 ms',
              'own CPU ms (p50 / p99)',
              'model ms (p50 / p99)',
              'p50 / model',
              'p99 / model',
            ],
            timed.map((r) => {
              const m = latencyModel(r, ms);
              return [
                r.operation,
                r.variant ?? '',
                r.roundTrips ?? 0,
                r.latency?.p50Ms ?? 0,
                r.latency?.p99Ms ?? 0,
                `${r.latency?.plainP50Ms} / ${r.latency?.plainP99Ms}`,
                `${r.latency?.cpuMs} / ${r.latency?.cpuP99Ms}`,
                `${round(m.p50, 1)} / ${round(m.p99, 1)}`,
                fmt.x(m.p50Ratio),
                fmt.x(m.p99Ratio),
              ];
            }),
          ),
        );
      }
      if (calls.staleScenarios.length) say(`Scenarios for operations no longer in the schema: ${calls.staleScenarios.join(', ')}`);
    }

    if (opts.only.has('load')) {
      section(`Under load: autocannon on 127.0.0.1, 10 connections, ${opts.loadSeconds} s per handler and mix (quarters in A B B A A B B A order)`);
      results.load.underLoad = load();
      const timelineMembers = await createUsers(stack, 'timeline', 10);
      await dbTask(dbScript as string, env, { task: 'seed', members: timelineMembers.map((u) => ({ sub: u.sub, size: 200 })) });
      const logMembers = { lacrima: await createUsers(stack, 'log-lacrima', 5), baseline: await createUsers(stack, 'log-plain', 5) };
      const runs = await loadTest({
        script: serverScript as string,
        bundles,
        env,
        timelineMembers,
        logMembers,
        seconds: opts.loadSeconds,
        warmupSeconds: opts.quick ? 2 : 4,
      });
      results.underLoad = runs;
      sayTable(
        table(
          ['mix', 'handler', 'p50 ms', 'p90 ms', 'p99 ms', 'req/s', 'requests', 'server CPU ms/req', 'non-2xx + errors'],
          runs.map((r) => [
            r.mix,
            r.handler === 'lacrima' ? 'Lacrima' : 'plain',
            r.figures.p50Ms,
            r.figures.p90Ms,
            r.figures.p99Ms,
            r.figures.requestsPerSec,
            r.figures.requests,
            r.figures.serverCpuMsPerRequest ?? '–',
            r.figures.non2xx + r.figures.errors,
          ]),
        ),
      );
    }

    if (opts.only.has('live')) {
      const events = opts.quick ? 10 : 30;
      section(`Live: a 30-member circle, 29 graphql-ws subscribers, ${events} check-ins posted one at a time (DynamoDB Local's stream)`);
      results.load.live = load();
      const users = await createUsers(stack, 'live', 30);
      const task: LiveTask = { ...stack, users, events };
      // The bench posts more check-ins than the hourly limit lets one member; delivery goes to a throwaway mailbox.
      const liveEnv = {
        ...env,
        RATE_LIMIT_SCALE: '50',
        MAILBOX_DIR: join(tmpdir(), 'lacrima-bench-mailbox'),
      };
      const live = await runChild<LiveResult>(liveScript as string, { env: liveEnv, args: [JSON.stringify(task)], timeoutMs: 600_000, showProgress: true });
      results.live = live;
      sayTable(
        table(
          ['measure', 'p50 ms', 'p99 ms', 'max ms'],
          [
            ['post sent -> each subscriber received', live.fromPost.p50Ms, live.fromPost.p99Ms, live.fromPost.maxMs],
            ['post answered (stored) -> each subscriber received', live.fromStored.p50Ms, live.fromStored.p99Ms, '–'],
          ],
        ),
      );
      sayTable(
        table(
          ['per published event', 'figure'],
          [
            ['subscribers reached', live.subscribers],
            ['DynamoDB calls by the stream handler', `${live.callsPerEvent.commands} (median ${live.callsPerEvent.median}, max ${live.callsPerEvent.max})`],
          ],
        ),
      );
    }

    if (opts.only.has('scale')) {
      section(`Scale: one member per history size (${opts.tiers.map((t) => t.toLocaleString('en-US')).join(', ')} items)`);
      results.load.scale = load();
      const scale = await dbTask<ScaleResult>(dbScript as string, env, { task: 'scale', tiers: opts.tiers, samples: opts.quick ? 15 : 40 }, 1_800_000);
      results.scale = scale;
      say(`Seeded ${scale.seeded.items.toLocaleString('en-US')} items in ${scale.seeded.seconds} s (parallel BatchWrite)\n`);
      sayTable(
        table(
          ['history items', 'timeline ms (median / p90)', 'timeline calls', 'items read', 'insights ms (median / p90)', 'insights calls', 'items read'],
          scale.tiers.map((t) => [
            t.historyItems,
            `${t.timeline.medianMs} / ${t.timeline.p90Ms}`,
            t.timeline.calls,
            t.timeline.itemsRead,
            `${t.insights.medianMs} / ${t.insights.p90Ms}`,
            t.insights.calls,
            t.insights.itemsRead,
          ]),
        ),
      );
    }
    if (opts.only.has('accounts')) {
      const sizes = opts.quick ? [10_000] : [10_000, 100_000];
      section(`Large accounts: export and deletion of one member with ${sizes.map((n) => n.toLocaleString('en-US')).join(' and ')} items`);
      results.load.accounts = load();
      const accounts = await largeAccounts(accountsScript as string, env, sizes);
      results.accounts = accounts;
      sayTable(accountTable(accounts));
      sayTable(memoryTable(accounts));
      if (!accounts.gcExposed) say('!! gc was not exposed: memory figures include uncollected garbage.');
    }

    if (opts.only.has('cost')) {
      section('Cost: 1,000 active members a month, at list prices');
      if (!results.calls?.rows.some((row) => row.latency)) {
        say('Needs the calls scenario with latency samples in the same run (--only=calls,cost): not computed.');
      } else {
        results.load.cost = load();
        const bytes = await costBytes(costScript as string, env);
        const cost = costOfRun(results.calls.rows, bytes, results.live);
        results.cost = cost;
        say('Usage profile (an assumption, test/bench/lib/cost.ts): requests per active member per day\n');
        sayTable(profileTable());
        say(
          `Measured per operation in this run: Lambda duration = p50 under the injected latency, rounded up to the ms; capacity units from the calls table; log and response bytes from the handler with logs on (children/cost.ts). Live fan-out: ${cost.fanOutSource}.\n`,
        );
        sayTable(costTable(cost.model));
        say(
          `Per active member: $${(cost.model.totalUsd / cost.model.members).toFixed(4)} a month. Largest term: ${cost.model.largest.term} (${((100 * cost.model.largest.usd) / cost.model.totalUsd).toFixed(0)}%).${cost.model.unmeasured.length ? ` Not priced (no measured row): ${cost.model.unmeasured.join(', ')}.` : ''}`,
        );
      }
    }
  }

  results.load.end = load();
  results.goals = goals(results);
  section('Goals');
  sayTable(goalTable(results.goals));
  if (opts.quick) say('(--quick: not the figures to report)');
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'latest.json');
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  say(`Load at end: ${results.load.end?.load1}`);
  await writeFile(join(RESULTS_DIR, 'latest.md'), `${transcript.join('\n').replace(/^== (.*)$/gm, '#### $1')}\n`);
  console.log(`\nWrote ${file} and latest.md beside it`);
}

main()
  .catch((error: unknown) => {
    console.error('\nBench failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
