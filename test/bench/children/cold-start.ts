import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { report } from './report';

/**
 * One cold start, as Lambda does it: a fresh Node process loads the bundle
 * (module scope runs: config, schema, Apollo) and answers one request
 * against DynamoDB Local. Run 21 times per bundle by scenarios/cold-start.ts.
 */
type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

async function main(): Promise<void> {
  const bundle = process.argv[2];
  if (!bundle || !process.env.BENCH_EVENT) throw new Error('usage: cold-start.js <bundle> (event in BENCH_EVENT)');
  const event = JSON.parse(process.env.BENCH_EVENT) as APIGatewayProxyEventV2WithJWTAuthorizer;
  const processStartMs = performance.now();
  const cpuAtStart = process.cpuUsage();
  const { handler } = createRequire(__filename)(bundle) as { handler: Handler };
  const loadedMs = performance.now();
  const cpuLoaded = process.cpuUsage(cpuAtStart);
  const result = await handler(event, { awsRequestId: 'bench-cold-start' } as Context);
  const answeredMs = performance.now();
  const cpuAnswered = process.cpuUsage(cpuAtStart);
  const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  const rssBytes = process.memoryUsage().rss;
  const body = JSON.parse(result.body ?? '{}') as { data?: { timeline?: { edges?: unknown[] } }; errors?: unknown[] };
  report({
    // Node's own start-up before this script ran (the same for both bundles).
    nodeStartMs: processStartMs,
    loadMs: loadedMs - processStartMs,
    firstAnswerMs: answeredMs - processStartMs,
    answerAfterLoadMs: answeredMs - loadedMs,
    // CPU time (all threads): far less sensitive than wall time to other work on the machine.
    loadCpuMs: cpuMs(cpuLoaded),
    firstAnswerCpuMs: cpuMs(cpuAnswered),
    rssBytes,
    ok: result.statusCode === 200 && !body.errors && Array.isArray(body.data?.timeline?.edges),
    edges: body.data?.timeline?.edges?.length ?? 0,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
