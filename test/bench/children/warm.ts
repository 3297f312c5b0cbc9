import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { execute, parse, validate } from 'graphql';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createServices } from '../../../services/graphql/context';
import { handler as lacrimaHandler } from '../../../services/graphql/handler';
import { callerFromEvent } from '../../../services/shared/auth/caller';
import { dynamo, tableName } from '../../../services/shared/db/client';
import { encodeCursor } from '../../../services/shared/pagination';
import { DynamoTimelineRepository } from '../../../services/timeline/timeline.repository';
import { buildEvent } from '../../helpers/lambda';
import { handler as baselineHandler } from '../baseline/handler';
import { baselineSchema } from '../baseline/schema';
import { historyItems } from '../lib/history';
import { TIMELINE_QUERY } from '../lib/queries';
import { median, ratio, round } from '../lib/stats';
import { progress, report } from './report';

/**
 * Warm overhead: the timeline query through Lacrima's real handler (Apollo,
 * type-graphql, the resolver, TimelineService) against the plain graphql-js
 * handler over the same service, both with the repository replaced by a fake
 * that returns one fixed page, so only the GraphQL stack is measured; and
 * against graphql-js execute() alone. Bundled with the Lambda's esbuild
 * options and run in plain Node, like the Lambda.
 */
type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const SUB = '5d3a9b1c-0e4f-4a2b-9c8d-7e6f5a4b3c2d';

async function opsPerSecond(run: () => Promise<unknown>, ms: number): Promise<number> {
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await run();
    ops++;
  }
  return ops / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 8);
  const roundMs = Number(process.argv[3] ?? 1500);

  // Every DynamoTimelineRepository the handlers create now answers this page without a network call.
  const items = [...historyItems(dynamo(), tableName(), SUB, 20)];
  const page = { items, hasNextPage: true, cursors: items.map((item) => encodeCursor(item.GSI1SK as string)) };
  DynamoTimelineRepository.prototype.page = async () => page;

  const event = buildEvent(
    { query: TIMELINE_QUERY, variables: { first: 20 }, operationName: 'Timeline' },
    { claims: { sub: SUB, client_id: process.env.USER_POOL_CLIENT_ID ?? '' } },
  );
  const context = { awsRequestId: 'bench-warm' } as Context;

  // The strictest reference: graphql-js execute() of a document parsed and validated once, then JSON.
  const document = parse(TIMELINE_QUERY);
  if (validate(baselineSchema, document).length) throw new Error('timeline query does not validate against the baseline schema');
  const contextValue = { caller: callerFromEvent(event, process.env.USER_POOL_CLIENT_ID ?? ''), requestId: 'bench-warm', services: createServices() };
  const executeOnly: Handler = async () => {
    const result = await execute({ schema: baselineSchema, document, variableValues: { first: 20 }, contextValue });
    return { statusCode: 200, body: JSON.stringify(result) };
  };

  const names = ['lacrima', 'baseline', 'executeOnly'] as const;
  type Name = (typeof names)[number];
  const handlers: Record<Name, Handler> = { lacrima: lacrimaHandler, baseline: baselineHandler, executeOnly };

  const answers: Partial<Record<Name, unknown>> = {};
  for (const name of names) {
    const result = await handlers[name](event, context);
    const body = JSON.parse(result.body ?? '{}') as { data?: unknown; errors?: unknown };
    if (result.statusCode !== 200 || body.errors) throw new Error(`${name} did not answer the timeline: ${result.body}`);
    answers[name] = body.data;
  }
  const sameData = isDeepStrictEqual(answers.lacrima, answers.baseline) && isDeepStrictEqual(answers.lacrima, answers.executeOnly);

  const run = (handler: Handler) => () => handler(event, context);
  for (const name of names) await opsPerSecond(run(handlers[name]), 2_000);

  const samples: Record<Name, number[]> = { lacrima: [], baseline: [], executeOnly: [] };
  const roundRatios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Rotate which goes first so drift in machine load hits all alike.
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length] as Name;
      samples[name].push(await opsPerSecond(run(handlers[name]), roundMs));
    }
    roundRatios.push((samples.lacrima[r] as number) / (samples.baseline[r] as number));
    progress(`round ${r + 1}/${rounds}: ` + names.map((name) => `${name} ${Math.round(samples[name][r] as number)}`).join(', ') + ' ops/s');
  }

  const figures = (name: Name) => {
    const opsPerSec = median(samples[name]);
    return { opsPerSec: round(opsPerSec, 0), usPerOp: round(1e6 / opsPerSec, 1), samples: samples[name].map((s) => round(s, 0)) };
  };
  report({
    rounds,
    roundMs,
    sameData,
    edges: items.length,
    lacrima: figures('lacrima'),
    baseline: figures('baseline'),
    executeOnly: figures('executeOnly'),
    ratio: ratio(median(samples.lacrima), median(samples.baseline)),
    ratioToExecuteOnly: ratio(median(samples.lacrima), median(samples.executeOnly)),
    medianRoundRatio: round(median(roundRatios), 3),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
