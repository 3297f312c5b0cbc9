import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import { localDynamoDbClient, localRegion, LOCAL_CREDENTIALS } from './aws-clients';

/**
 * DynamoDB Local's change stream, read the way Lambda's event source reads
 * DynamoDB Streams in the cloud, and handed to the same handler
 * (services/live/stream.handler.ts): records in order per shard, a batch that
 * reports a failure read again from the failed record. After a few failed
 * tries a record is logged and passed over, as the cloud's on-failure
 * destination would take it.
 */
export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse | void>;
  /** Pause between empty reads; the live tests wait for events within 1 s. */
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface StreamPoller {
  stop(): Promise<void>;
}

const MAX_TRIES = 3;
const DISCOVER_EVERY_MS = 2_000;

type Image = Record<string, Record<string, unknown>>;

/**
 * The streams client hands an empty map attribute over as `{}`, with its type
 * lost; Lambda's event source delivers `{ "M": {} }`. An attribute without a
 * type can only be that (an empty list stays `{ "L": [] }`).
 */
function typed(image: Image | undefined): Image | undefined {
  if (!image) return undefined;
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, Object.keys(value).length === 0 ? { M: {} } : value]));
}

/** A record as Lambda's DynamoDB event source delivers it (times in epoch seconds). */
function asLambdaRecord(record: StreamRecord, region: string): DynamoDBRecord {
  const change = record.dynamodb;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb: {
      ApproximateCreationDateTime: change?.ApproximateCreationDateTime ? Math.floor(change.ApproximateCreationDateTime.getTime() / 1000) : undefined,
      Keys: change?.Keys as never,
      NewImage: typed(change?.NewImage as Image | undefined) as never,
      OldImage: typed(change?.OldImage as Image | undefined) as never,
      SequenceNumber: change?.SequenceNumber,
      SizeBytes: change?.SizeBytes,
      StreamViewType: change?.StreamViewType,
    },
  };
}

export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const region = localRegion();
  const dynamo = localDynamoDbClient(options.endpoint);
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 });
  const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  dynamo.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const interval = options.intervalMs ?? 100;

  /** Open shards and where each is read from next; closed shards are dropped once read to the end. */
  const iterators = new Map<string, string>();
  const seen = new Set<string>();
  const tries = new Map<string, number>();
  const lastRead = new Map<string, string>();

  const iterator = async (shardId: string, type: ShardIteratorType, sequenceNumber?: string) =>
    (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type, SequenceNumber: sequenceNumber })))
      .ShardIterator;

  /** Shards that exist at start are read from now on; shards that appear later (a split) from their beginning. */
  async function discover(initial: boolean): Promise<void> {
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      for (const shard of StreamDescription?.Shards ?? []) {
        const id = shard.ShardId;
        if (!id || seen.has(id)) continue;
        seen.add(id);
        if (initial && shard.SequenceNumberRange?.EndingSequenceNumber) continue;
        const next = await iterator(id, initial ? 'LATEST' : 'TRIM_HORIZON');
        if (next) iterators.set(id, next);
      }
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  /** An iterator lapses after a quiet while: read on from the last record handled. */
  async function renew(shardId: string): Promise<void> {
    const last = lastRead.get(shardId);
    const next = last ? await iterator(shardId, 'AFTER_SEQUENCE_NUMBER', last) : await iterator(shardId, 'LATEST');
    if (next) iterators.set(shardId, next);
  }

  async function readShard(shardId: string, current: string): Promise<number> {
    let page;
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: current, Limit: 100 }));
    } catch (error) {
      if ((error as Error).name !== 'ExpiredIteratorException') throw error;
      await renew(shardId);
      return 0;
    }
    const { Records = [], NextShardIterator } = page;
    const last = Records.at(-1)?.dynamodb?.SequenceNumber;
    if (Records.length > 0) {
      // A handler that throws (rather than report) has failed the whole batch, as Lambda treats it.
      const result = await options
        .handle({ Records: Records.map((record) => asLambdaRecord(record, region)) })
        .catch(() => ({ batchItemFailures: [{ itemIdentifier: Records[0]?.dynamodb?.SequenceNumber ?? '' }] }));
      const failed = result?.batchItemFailures?.[0]?.itemIdentifier;
      if (failed) {
        const count = (tries.get(failed) ?? 0) + 1;
        tries.set(failed, count);
        if (count < MAX_TRIES) {
          const again = await iterator(shardId, 'AT_SEQUENCE_NUMBER', failed);
          if (again) iterators.set(shardId, again);
          return Records.length;
        }
        options.log?.(`stream record ${failed} failed ${count} times; passed over`);
        const after = await iterator(shardId, 'AFTER_SEQUENCE_NUMBER', failed);
        if (after) iterators.set(shardId, after);
        return Records.length;
      }
    }
    if (last) lastRead.set(shardId, last);
    if (NextShardIterator) iterators.set(shardId, NextShardIterator);
    else iterators.delete(shardId);
    return Records.length;
  }

  await discover(true);
  let stopped = false;
  let lastDiscovery = Date.now();
  const loop = (async () => {
    while (!stopped) {
      let read = 0;
      try {
        for (const [shardId, current] of [...iterators]) read += await readShard(shardId, current);
        if (Date.now() - lastDiscovery > DISCOVER_EVERY_MS || iterators.size === 0) {
          lastDiscovery = Date.now();
          await discover(false);
        }
      } catch (error) {
        if (!stopped) options.log?.(`stream poll failed: ${(error as Error).name}`);
      }
      if (read === 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, interval));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
    },
  };
}
