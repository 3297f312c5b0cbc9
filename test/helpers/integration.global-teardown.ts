import { INTEGRATION_STACK_HANDLES } from './local-stack.config';

/** Stops DynamoDB Local and cognito-local started by the global setup. */
export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as Record<string, unknown>)[INTEGRATION_STACK_HANDLES] as { stop(): Promise<void> } | undefined;
  await handles?.stop();
  delete (globalThis as Record<string, unknown>)[INTEGRATION_STACK_HANDLES];
}
