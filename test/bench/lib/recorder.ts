import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface RecordedCall {
  command: string;
  /** Items DynamoDB read for a Query/Scan (ScannedCount), else undefined. */
  itemsRead?: number;
  failed?: boolean;
}

/**
 * Records every call a document client makes, with the items each Query read:
 * the middleware test/helpers/ddb-calls.ts uses, plus the response's
 * ScannedCount. Setup work runs with `paused`.
 */
export function recordCalls(client: DynamoDBDocumentClient) {
  const calls: RecordedCall[] = [];
  let active = true;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      try {
        const result = await next(args);
        if (active) calls.push({ command, itemsRead: (result.output as { ScannedCount?: number }).ScannedCount });
        return result;
      } catch (error) {
        // A failed call (a condition that did not hold) costs a call too.
        if (active) calls.push({ command, failed: true });
        throw error;
      }
    },
    { step: 'initialize', name: 'lacrima-bench-call-recorder' },
  );
  return {
    take(): RecordedCall[] {
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
