import { dynamo } from '../../services/shared/db/client';

/**
 * Records every DynamoDB call the in-process handler makes (the module-scope
 * client is shared with the test's module registry), so tests can assert
 * exact call budgets against DynamoDB Local.
 */
export function recordDynamoCalls() {
  const calls: string[] = [];
  let active = true;
  const name = `lacrima-call-recorder-${Math.random().toString(36).slice(2)}`;
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      if (active) calls.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
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
    reset(): void {
      calls.length = 0;
    },
    stop(): void {
      active = false;
      dynamo().middlewareStack.remove(name);
    },
  };
}

export type DynamoCallRecorder = ReturnType<typeof recordDynamoCalls>;
