/**
 * Independent calls made together (one DynamoDB round trip instead of two,
 * issue #19) that still fail as if they had run one after the other: both are
 * awaited (nothing is left running after a refusal) and the first one's error
 * wins, so a caller sees the same error whatever finishes first.
 */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A call's outcome that never rejects: its error is thrown only where `unsettle` is called. */
export function settle<T>(call: Promise<T>): Promise<Settled<T>> {
  return call.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

export function unsettle<T>(outcome: Settled<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Two calls together, their errors in the order they used to run. */
export async function inOrder<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.all([settle(first), settle(second)]);
  return [unsettle(a), unsettle(b)];
}
