import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startServerChild } from '../lib/child';
import { logSessionVariables, TIMELINE_QUERY } from '../lib/queries';
import type { BenchUser } from '../lib/stack';
import { percentile, round } from '../lib/stats';

export type Mix = 'timeline' | 'logSession';
type HandlerName = 'lacrima' | 'baseline';

export interface LoadFigures {
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSec: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time the server process spent per request (user + system): steadier than latency on a busy machine. */
  serverCpuMsPerRequest?: number;
}

const CONNECTIONS = 10;

/** User + system CPU milliseconds of a process so far (Linux /proc; undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface Template {
  token: string;
  body: string;
}

/** Cycles through request bodies, each with its member's bearer token. */
function rotating(next: () => Template): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path: '/graphql',
      setupRequest: (request) => {
        const { token, body } = next();
        return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
      },
    },
  ];
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (response.status !== 200 || body.errors) throw new Error(`load check failed (${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

/**
 * The timeline mix per member: half first pages, then one kind only, the
 * second page (a real cursor), and a larger page.
 */
async function timelineTemplates(url: string, members: readonly BenchUser[]): Promise<Template[]> {
  const templates: Template[] = [];
  for (const member of members) {
    const first = (await post(url, member.accessToken, TIMELINE_QUERY, { first: 20 })).timeline as { pageInfo: { endCursor: string } };
    const body = (variables: Record<string, unknown>) => JSON.stringify({ query: TIMELINE_QUERY, variables });
    const variants = [
      ...Array.from({ length: 5 }, () => body({ first: 20 })),
      body({ first: 20, kinds: ['SESSION'] }),
      body({ first: 20, kinds: ['JOURNAL_ENTRY'] }),
      body({ first: 20, after: first.pageInfo.endCursor }),
      body({ first: 20, after: first.pageInfo.endCursor }),
      body({ first: 50 }),
    ];
    for (const variant of variants) templates.push({ token: member.accessToken, body: variant });
  }
  return templates;
}

// Not the kit's LogSession: the plain baseline's schema answers only what this selects, and both handlers get the same text.
const LOG_SESSION =
  'mutation LogSession($input: LogSessionInput!) { logSession(input: $input) { session { id kind occurredAt day status durationMinutes version } safetySignals { kind sessionIds } } }';

/** One autocannon run, keeping every response time so runs can be pooled. */
function measure(options: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

export interface LoadRun {
  mix: Mix;
  handler: HandlerName;
  figures: LoadFigures;
}

interface Server {
  url: string;
  pid: number | undefined;
  requests: autocannon.Request[];
  stop: () => Promise<void>;
}

/**
 * autocannon on 127.0.0.1 against the local HTTP adapter in front of each
 * bundle (one server process each), 10 connections. Per mix both servers are
 * warmed up, then measured in quarters in the order A B B A A B B A, so drift
 * and bursts of other work on the machine hit both alike; each handler gets
 * `seconds` in total, pooled. Bounded: every run stops after its duration.
 */
export async function loadTest(options: {
  script: string;
  bundles: Record<HandlerName, string>;
  env: Record<string, string>;
  timelineMembers: readonly BenchUser[];
  /** Fresh members per handler so both write into identical, empty histories. */
  logMembers: Record<HandlerName, readonly BenchUser[]>;
  seconds: number;
  warmupSeconds: number;
}): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  for (const mix of ['timeline', 'logSession'] as const) {
    const servers: Partial<Record<HandlerName, Server>> = {};
    try {
      for (const handler of ['lacrima', 'baseline'] as const) {
        const child = await startServerChild<{ url: string }>(options.script, { env: options.env, args: [options.bundles[handler]] });
        const url = child.ready.url;
        servers[handler] = { url, pid: child.child.pid, requests: [], stop: child.stop };
        let requests: autocannon.Request[];
        if (mix === 'timeline') {
          const templates = await timelineTemplates(url, options.timelineMembers);
          let n = 0;
          requests = rotating(() => templates[n++ % templates.length] as Template);
        } else {
          const members = options.logMembers[handler];
          const now = Date.now();
          let n = 0;
          await post(url, members[0]?.accessToken ?? '', LOG_SESSION, logSessionVariables(1_000_001, now));
          requests = rotating(() => {
            n++;
            const member = members[n % members.length] as BenchUser;
            return { token: member.accessToken, body: JSON.stringify({ query: LOG_SESSION, variables: logSessionVariables(n, now) }) };
          });
        }
        (servers[handler] as Server).requests = requests;
        await autocannon({ url: url.replace(/\/graphql$/, ''), connections: CONNECTIONS, requests, timeout: 10, duration: options.warmupSeconds });
      }
      const pooled: Record<HandlerName, { latencies: number[]; results: autocannon.Result[]; cpuMs: number; seconds: number }> = {
        lacrima: { latencies: [], results: [], cpuMs: 0, seconds: 0 },
        baseline: { latencies: [], results: [], cpuMs: 0, seconds: 0 },
      };
      // A B B A twice: four slices per handler, so bursts of other work on the machine hit both alike.
      const abba: HandlerName[] = mix === 'timeline' ? ['lacrima', 'baseline', 'baseline', 'lacrima'] : ['baseline', 'lacrima', 'lacrima', 'baseline'];
      const order = [...abba, ...abba];
      for (const handler of order) {
        const server = servers[handler] as Server;
        const slice = options.seconds / 4;
        const cpuBefore = cpuMs(server.pid);
        const { result, latencies } = await measure({
          url: server.url.replace(/\/graphql$/, ''),
          connections: CONNECTIONS,
          requests: server.requests,
          timeout: 10,
          duration: slice,
        });
        const cpuAfter = cpuMs(server.pid);
        const pool = pooled[handler];
        pool.latencies.push(...latencies);
        pool.results.push(result);
        pool.seconds += slice;
        pool.cpuMs += cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : Number.NaN;
      }
      for (const handler of ['lacrima', 'baseline'] as const) {
        const pool = pooled[handler];
        const requests = pool.latencies.length;
        const figures: LoadFigures = {
          p50Ms: round(percentile(pool.latencies, 50), 1),
          p90Ms: round(percentile(pool.latencies, 90), 1),
          p99Ms: round(percentile(pool.latencies, 99), 1),
          maxMs: round(Math.max(...pool.latencies), 1),
          requestsPerSec: round(requests / pool.seconds, 0),
          requests,
          non2xx: pool.results.reduce((sum, r) => sum + r.non2xx, 0),
          errors: pool.results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
          ...(Number.isFinite(pool.cpuMs) && requests > 0 ? { serverCpuMsPerRequest: round(pool.cpuMs / requests, 2) } : {}),
        };
        console.log(
          `    ${mix.padEnd(10)} ${handler.padEnd(8)} p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms  ${figures.requestsPerSec} req/s  server CPU ${figures.serverCpuMsPerRequest ?? '?'} ms/req` +
            (figures.non2xx || figures.errors ? `  (${figures.non2xx} non-2xx, ${figures.errors} errors)` : ''),
        );
        runs.push({ mix, handler, figures });
      }
    } finally {
      for (const server of Object.values(servers)) await server?.stop();
    }
  }
  return runs;
}
