import { StoreConflictError } from './store-errors';

/** True when DynamoDB refused a write because its condition did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** The reason code of each item of a cancelled transaction, in order ('None' for items that were fine). */
export function cancellationCodes(error: unknown): string[] {
  return ((error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}

/** True when a transaction was cancelled because one of its conditions did not hold. */
export function isTransactionConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'TransactionCanceledException' && cancellationCodes(error).includes('ConditionalCheckFailed');
}

/** Positions of the items of a cancelled transaction whose condition failed. */
export function failedIndexes(error: unknown): number[] {
  return cancellationCodes(error).flatMap((code, i) => (code === 'ConditionalCheckFailed' ? [i] : []));
}

/**
 * Two transactions on one item at once (two joins taking the last seat, two
 * posts bumping a counter) make DynamoDB cancel one with TransactionConflict,
 * which the SDK does not retry. It is not a refusal: try again, and let the
 * conditions decide.
 */
export function isTransactionConflict(error: unknown): boolean {
  if (error instanceof StoreConflictError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'TransactionConflictException') return true;
  const codes = cancellationCodes(error);
  return error.name === 'TransactionCanceledException' && codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed');
}

const CONFLICT_ATTEMPTS = 4;

/** Runs a write again (with a short random pause) while it only met another transaction, a few times. */
export async function retryingConflicts<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= CONFLICT_ATTEMPTS || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * attempt));
    }
  }
}
