/** SDK failures as the document client throws them: only `name` and `CancellationReasons` matter to the code under test. */
export function sdkError(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(name), { name, ...extra });
}

export function cancelled(codes: string[]): Error {
  return sdkError('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });
}
