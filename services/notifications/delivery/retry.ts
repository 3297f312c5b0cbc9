/**
 * Bounded retries with exponential backoff and full jitter, honouring a
 * service's Retry-After up to a cap. Delays come through `sleep`, so tests
 * run without waiting.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  /** No single wait is longer, whatever Retry-After asks. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The wait before try `attempt + 1` (attempt counts from 1). */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterSeconds?: number): number {
  const jittered = policy.random() * policy.baseDelayMs * 2 ** (attempt - 1);
  const asked = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : 0;
  return Math.min(policy.maxDelayMs, Math.max(jittered, asked));
}

/** One try's outcome: done (with its final status), or worth another try (with what the service asked). */
export type Attempt<T> = { done: true; value: T } | { done: false; value: T; retryAfterSeconds?: number };

/** Tries until done or out of attempts; answers the last outcome and how many tries it took. */
export async function withRetries<T>(policy: RetryPolicy, attempt: () => Promise<Attempt<T>>): Promise<{ value: T; attempts: number; done: boolean }> {
  for (let n = 1; ; n += 1) {
    const outcome = await attempt();
    if (outcome.done || n >= policy.attempts) return { value: outcome.value, attempts: n, done: outcome.done };
    await policy.sleep(backoffDelay(policy, n, outcome.retryAfterSeconds));
  }
}
