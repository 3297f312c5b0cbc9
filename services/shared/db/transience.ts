import { cancellationCodes, isTransactionConflict } from './conditions';
import { StoreBusyError, StoreConflictError, StoreUncertainError } from './store-errors';

/**
 * Which of DynamoDB's errors are no one's mistake, and which named error
 * (store-errors.ts) each becomes; the GraphQL edge answers those
 * SERVICE_UNAVAILABLE (`retryable`, and `maybeSaved` for an uncertain one).
 */
// DynamoDB refused the request before doing anything: safe to retry, nothing was written.
const REFUSED = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  // A single-item write that met an ongoing transaction on the same item.
  'TransactionConflictException',
]);

// No answer, or an error on DynamoDB's side: the write may or may not have been applied.
const UNCERTAIN = new Set(['InternalServerError', 'ServiceUnavailable', 'TimeoutError', 'RequestTimeout', 'AbortError', 'TransactionInProgressException']);

// Reasons a transaction is cancelled that another attempt may not meet (never one of our conditions or a malformed item).
const RETRYABLE_CANCELLATIONS = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/**
 * Whether a failure may simply be retried ('refused': DynamoDB did nothing),
 * or may have been applied ('uncertain'); null for any other error.
 */
export function transience(error: unknown): 'refused' | 'uncertain' | null {
  if (!(error instanceof Error)) return null;
  if (REFUSED.has(error.name)) return 'refused';
  if (UNCERTAIN.has(error.name)) return 'uncertain';
  if (error.name !== 'TransactionCanceledException') return null;
  const causes = cancellationCodes(error).filter((code) => code !== 'None');
  return causes.length > 0 && causes.every((code) => RETRYABLE_CANCELLATIONS.has(code)) ? 'refused' : null;
}

/** The SDK's error as the code sees it: a named store error when it is transient, itself otherwise. */
export function namedStoreError(error: unknown): unknown {
  const kind = transience(error);
  if (kind === 'uncertain') return new StoreUncertainError({ cause: error });
  if (kind === 'refused') return isTransactionConflict(error) ? new StoreConflictError({ cause: error }) : new StoreBusyError({ cause: error });
  return error;
}
