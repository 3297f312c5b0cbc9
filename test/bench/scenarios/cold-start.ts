import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { runChild } from '../lib/child';
import { median, round } from '../lib/stats';

interface ColdRun {
  nodeStartMs: number;
  loadMs: number;
  firstAnswerMs: number;
  answerAfterLoadMs: number;
  loadCpuMs: number;
  firstAnswerCpuMs: number;
  rssBytes: number;
  ok: boolean;
  edges: number;
}

export interface ColdSummary {
  runs: number;
  loadMs: number;
  firstAnswerMs: number;
  answerAfterLoadMs: number;
  loadCpuMs: number;
  firstAnswerCpuMs: number;
  rssMiB: number;
  maxRssMiB: number;
  nodeStartMs: number;
  allAnswered: boolean;
}

function summarize(runs: ColdRun[]): ColdSummary {
  const mib = (bytes: number) => round(bytes / 1024 ** 2, 1);
  return {
    runs: runs.length,
    loadMs: round(median(runs.map((r) => r.loadMs)), 1),
    firstAnswerMs: round(median(runs.map((r) => r.firstAnswerMs)), 1),
    answerAfterLoadMs: round(median(runs.map((r) => r.answerAfterLoadMs)), 1),
    loadCpuMs: round(median(runs.map((r) => r.loadCpuMs)), 1),
    firstAnswerCpuMs: round(median(runs.map((r) => r.firstAnswerCpuMs)), 1),
    rssMiB: mib(median(runs.map((r) => r.rssBytes))),
    maxRssMiB: mib(Math.max(...runs.map((r) => r.rssBytes))),
    nodeStartMs: round(median(runs.map((r) => r.nodeStartMs)), 1),
    allAnswered: runs.every((r) => r.ok && r.edges > 0),
  };
}

/**
 * `runs` fresh Node processes per bundle, alternating between the two so a
 * change in machine load hits both alike. Node runs with --enable-source-maps,
 * as the Lambda's NODE_OPTIONS set it (infra/constructs/project-function.ts).
 */
export async function coldStart(options: {
  script: string;
  bundles: Record<'lacrima' | 'baseline', string>;
  env: Record<string, string>;
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  runs: number;
}): Promise<Record<'lacrima' | 'baseline', ColdSummary>> {
  const results: Record<'lacrima' | 'baseline', ColdRun[]> = { lacrima: [], baseline: [] };
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 ? (['baseline', 'lacrima'] as const) : (['lacrima', 'baseline'] as const);
    for (const name of order) {
      results[name].push(
        await runChild<ColdRun>(options.script, {
          env: { ...options.env, BENCH_EVENT: JSON.stringify(options.event) },
          nodeOptions: ['--enable-source-maps'],
          args: [options.bundles[name]],
          timeoutMs: 30_000,
        }),
      );
    }
    if ((i + 1) % 7 === 0 || i + 1 === options.runs) console.log(`    ${i + 1}/${options.runs} cold starts of each bundle`);
  }
  return { lacrima: summarize(results.lacrima), baseline: summarize(results.baseline) };
}
