import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { trackRoundTrips } from '../../helpers/round-trips';

export interface RecordedCall {
  command: string;
  /** Items DynamoDB read for a Query/Scan (ScannedCount), else undefined. */
  itemsRead?: number;
  failed?: boolean;
  /** Round trips one after another up to and including this call (test/helpers/round-trips.ts). */
  depth: number;
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
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      if (!active) return next(args);
      const depth = trips.begin();
      try {
        const result = await next(args);
        calls.push({ command, itemsRead: (result.output as { ScannedCount?: number }).ScannedCount, depth });
        return result;
      } catch (error) {
        // A failed call (a condition that did not hold) costs a call too.
        calls.push({ command, failed: true, depth });
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
