import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { handler } from '../../../services/graphql/handler';
import { localDocumentClient } from '../../../services/local/aws-clients';
import { dynamo, tableName } from '../../../services/shared/db/client';
import { kit } from '../../helpers/kit';
import { batchWrite, historyItems } from '../lib/history';
import { dataOf, inProcessClient, newMember, type Member } from '../lib/invoke';
import { recordCalls, roundTrips } from '../lib/recorder';
import { median, round } from '../lib/stats';
import { progress, report } from './report';

/**
 * Large accounts (issue #19): one member per size, seeded as the scale test
 * seeds (sessions and journal entries through the repositories' own item
 * stores), then the whole export read page by page, the sessions CSV, and
 * the account deleted call by call, through the real handler on DynamoDB
 * Local. Run with --expose-gc: memory is read after a collection, so it is
 * what the Lambda keeps, not garbage waiting.
 */
export interface CallFigures {
  calls: number;
  /** DynamoDB calls and the deepest round-trip chain of any one call. */
  dynamoCalls: number;
  maxRoundTrips: number;
  medianMs: number;
  maxMs: number;
  totalSeconds: number;
  itemsPerSecond: number;
  maxResponseBytes: number;
}

export interface AccountTier {
  items: number;
  seedSeconds: number;
  export: CallFigures & { records: number };
  csv: CallFigures & { rows: number };
  deletion: CallFigures & { deleted: number; leftInPartition: number };
  memory: { baselineHeapMiB: number; peakHeapGrowthMiB: number; peakRssMiB: number };
}

const call = inProcessClient(handler, process.env.USER_POOL_CLIENT_ID ?? '');
const recorder = recordCalls(dynamo());
const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 1024 * 1024;

interface Sample {
  ms: number;
  bytes: number;
  dynamoCalls: number;
  depth: number;
}

const memory = { baseline: 0, peakHeap: 0, peakRss: 0 };
function sampleMemory() {
  gc?.();
  const m = process.memoryUsage();
  memory.peakHeap = Math.max(memory.peakHeap, m.heapUsed);
  memory.peakRss = Math.max(memory.peakRss, m.rss);
}

/** One call; the answer's data goes back to the caller only, never into the samples (they would keep every page alive). */
async function timed(member: Member, query: string, variables: Record<string, unknown>): Promise<{ sample: Sample; data: Record<string, unknown> }> {
  recorder.take();
  const started = performance.now();
  const answer = await call(member, query, variables);
  const ms = performance.now() - started;
  const calls = recorder.take();
  // The body the Lambda would return, as API Gateway measures it against its 6 MB limit.
  const bytes = Buffer.byteLength(JSON.stringify({ data: answer.data, errors: answer.errors }));
  const data = dataOf(answer, query.slice(0, 40));
  sampleMemory();
  return { sample: { ms, bytes, dynamoCalls: calls.length, depth: roundTrips(calls) }, data };
}

function figures(samples: Sample[], items: number): CallFigures {
  const total = samples.reduce((sum, s) => sum + s.ms, 0);
  return {
    calls: samples.length,
    dynamoCalls: samples.reduce((sum, s) => sum + s.dynamoCalls, 0),
    maxRoundTrips: Math.max(...samples.map((s) => s.depth)),
    medianMs: round(median(samples.map((s) => s.ms)), 1),
    maxMs: round(Math.max(...samples.map((s) => s.ms)), 1),
    totalSeconds: round(total / 1000, 1),
    itemsPerSecond: Math.round(items / (total / 1000)),
    maxResponseBytes: Math.max(...samples.map((s) => s.bytes)),
  };
}

const countSections = (doc: Record<string, unknown>) => Object.values(doc).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);

async function tier(size: number): Promise<AccountTier> {
  const member = newMember();
  const seedClient = localDocumentClient(process.env.DYNAMODB_ENDPOINT ?? '');
  let partition = '';
  const started = performance.now();
  try {
    const items = historyItems(seedClient, tableName(), member.sub, size);
    const tracked = (function* () {
      for (const item of items) {
        partition ||= item.PK;
        yield item;
      }
    })();
    await batchWrite(seedClient, tableName(), tracked, { parallel: 8 });
  } finally {
    seedClient.destroy();
  }
  const seedSeconds = round((performance.now() - started) / 1000, 1);
  progress(`${size.toLocaleString('en-US')} items seeded in ${seedSeconds} s`);
  await call(member, kit('Me')); // the profile every member has after a first request

  gc?.();
  memory.baseline = process.memoryUsage().heapUsed;
  memory.peakHeap = memory.baseline;
  memory.peakRss = 0;

  const exportSamples: Sample[] = [];
  let records = 0;
  for (let after: string | null = null; ;) {
    const page = await timed(member, kit('ExportMyData'), after ? { after } : {});
    const result = page.data.exportMyData as { document: Record<string, unknown>; endCursor: string | null; hasMore: boolean };
    records += countSections(result.document);
    exportSamples.push(page.sample);
    if (!result.hasMore) break;
    after = result.endCursor;
  }
  progress(`exported in ${exportSamples.length} pages`);

  const csvSamples: Sample[] = [];
  let rows = 0;
  for (let after: string | null = null; ;) {
    const page = await timed(member, kit('ExportMySessionsCsv'), after ? { after } : {});
    const result = page.data.exportMySessionsCsv as { rowCount: number; endCursor: string | null; hasMore: boolean };
    rows += result.rowCount;
    csvSamples.push(page.sample);
    if (!result.hasMore) break;
    after = result.endCursor;
  }

  const deletionSamples: Sample[] = [];
  let deleted = 0;
  for (;;) {
    const step = await timed(member, kit('DeleteMyAccount'), { input: { confirm: 'DELETE MY ACCOUNT' } });
    const result = (step.data.deleteMyAccount as { accountDeletion: { complete: boolean; deletedItems: number } }).accountDeletion;
    deleted += result.deletedItems;
    deletionSamples.push(step.sample);
    if (result.complete) break;
    if (deletionSamples.length > size) throw new Error('deletion does not finish');
  }
  const left = await dynamo().send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': partition } }),
  );
  progress(`deleted in ${deletionSamples.length} calls`);

  return {
    items: size,
    seedSeconds,
    export: { ...figures(exportSamples, records), records },
    csv: { ...figures(csvSamples, rows), rows },
    deletion: { ...figures(deletionSamples, deleted), deleted, leftInPartition: left.Items?.length ?? 0 },
    memory: {
      baselineHeapMiB: round(memory.baseline / MiB, 1),
      peakHeapGrowthMiB: round((memory.peakHeap - memory.baseline) / MiB, 1),
      peakRssMiB: round(memory.peakRss / MiB, 1),
    },
  };
}

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
  const tiers: AccountTier[] = [];
  for (const size of sizes) tiers.push(await tier(size));
  report({ tiers, gcExposed: Boolean(gc) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
