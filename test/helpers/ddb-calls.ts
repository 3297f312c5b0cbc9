import { dynamo } from '../../services/shared/db/client';
import { trackRoundTrips } from './round-trips';

/**
 * Records every DynamoDB call the in-process handler makes (the module-scope
 * client is shared with the test's module registry), so tests can assert
 * exact call budgets against DynamoDB Local.
 */
export function recordDynamoCalls() {
  const calls: string[] = [];
  let active = true;
  const trips = trackRoundTrips();
  const name = `lacrima-call-recorder-${Math.random().toString(36).slice(2)}`;
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      if (!active) return next(args);
      calls.push(String(context.commandName).replace(/Command$/, ''));
      const depth = trips.begin();
      try {
        return await next(args);
      } finally {
        trips.end(depth);
      }
    },
    { step: 'initialize', name },
  );
  return {
    /** Command names since the last reset, e.g. ['GetItem', 'Query']. */
    get calls(): string[] {
      return [...calls];
    },
    count(command?: string): number {
      return command ? calls.filter((c) => c === command).length : calls.length;
    },
    writes(): number {
      return calls.filter((c) => /^(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem)$/.test(c)).length;
    },
    /** DynamoDB round trips one after another since the last reset (calls that overlap count once). */
    depth(): number {
      return trips.depth();
    },
    reset(): void {
      calls.length = 0;
      trips.reset();
    },
    stop(): void {
      active = false;
      dynamo().middlewareStack.remove(name);
    },
  };
}

export type DynamoCallRecorder = ReturnType<typeof recordDynamoCalls>;
