import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { trackRoundTrips } from '../../helpers/round-trips';

export interface RecordedCall {
  command: string;
  /** Items DynamoDB read for a Query/Scan (ScannedCount), else undefined. */
  itemsRead?: number;
  failed?: boolean;
  /** Round trips one after another up to and including this call (test/helpers/round-trips.ts). */
  depth: number;
  /** Capacity units DynamoDB reported for the call (ReturnConsumedCapacity TOTAL); 0 when it reported none. */
  units: number;
}

/** Commands that bill read units; every other command the handler uses bills write units (a failed condition too). */
const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);

type Consumed = { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> | undefined;
const unitsOf = (consumed: Consumed) => (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);

/** A fixed latency per DynamoDB call with uniform jitter, as in-region DynamoDB adds over DynamoDB Local on this machine. */
export interface InjectedLatency {
  readonly ms: number;
  readonly jitterMs: number;
}

/**
 * Records every call a document client makes, with the items each Query read:
 * the middleware test/helpers/ddb-calls.ts uses, plus the response's
 * ScannedCount. Setup work runs with `paused`.
 */
export function recordCalls(client: DynamoDBDocumentClient) {
  const calls: RecordedCall[] = [];
  const trips = trackRoundTrips();
  let active = true;
  let latency: InjectedLatency | undefined;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      if (!active) return next(args);
      const depth = trips.begin();
      // Asked for on every call: it changes what DynamoDB returns, never what it does.
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      const delay = latency;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms + (Math.random() * 2 - 1) * delay.jitterMs));
      try {
        const result = await next(args);
        const output = result.output as { ScannedCount?: number; ConsumedCapacity?: Consumed };
        calls.push({ command, itemsRead: output.ScannedCount, depth, units: unitsOf(output.ConsumedCapacity) });
        return result;
      } catch (error) {
        // A failed call (a condition that did not hold) costs a call too; DynamoDB bills its write units, not reported here.
        calls.push({ command, failed: true, depth, units: 0 });
        throw error;
      } finally {
        trips.end(depth);
      }
    },
    { step: 'initialize', name: 'lacrima-bench-call-recorder' },
  );
  return {
    /** The calls since the last take, and the round trips they took one after another. */
    take(): RecordedCall[] {
      trips.reset();
      return calls.splice(0);
    },
    /** Every recorded call waits this long before it is sent, until set back to undefined. */
    inject(value: InjectedLatency | undefined): void {
      latency = value;
    },
    async paused<T>(work: () => Promise<T>): Promise<T> {
      active = false;
      try {
        return await work();
      } finally {
        active = true;
      }
    },
  };
}

/** ['GetItem', 'Query', 'Query'] as "1 GetItem + 2 Query". */
export function summarize(calls: readonly RecordedCall[]): string {
  if (calls.length === 0) return '0';
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.command, (counts.get(call.command) ?? 0) + 1);
  return [...counts].map(([command, n]) => `${n} ${command}`).join(' + ');
}

/** The longest chain of calls one after another (calls that overlap count once). */
export function roundTrips(calls: readonly RecordedCall[]): number {
  return calls.reduce((deepest, call) => Math.max(deepest, call.depth), 0);
}

/** Read and write capacity units of a request's calls. */
export function capacity(calls: readonly RecordedCall[]): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const call of calls) {
    if (READS.has(call.command)) read += call.units;
    else write += call.units;
  }
  return { read: Math.round(read * 100) / 100, write: Math.round(write * 100) / 100 };
}
