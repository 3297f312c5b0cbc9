import { UnauthenticatedError } from '../errors';
import { failedIndexes, isTransactionConditionFailed } from './conditions';
import { closedAccountKey } from './keys';
import type { TransactItem } from './transaction';

/**
 * A transaction part that holds only while no deletion of the account has
 * begun. An access token outlives its account by up to its lifetime; writes
 * that start new data without reading the profile (whose creation the
 * account domain refuses for a closed account) carry this check, so such a
 * token cannot leave data behind under an account that no longer exists.
 */
export function accountOpen(table: string, sub: string): TransactItem {
  return { ConditionCheck: { TableName: table, Key: closedAccountKey(sub), ConditionExpression: 'attribute_not_exists(PK)' } };
}

/** Whether a transaction part is `accountOpen(table, sub)`. */
export function isAccountOpenCheck(part: TransactItem, table: string, sub: string): boolean {
  const key = part.ConditionCheck?.Key as { PK?: unknown; SK?: unknown } | undefined;
  const closed = closedAccountKey(sub);
  return part.ConditionCheck?.TableName === table && key?.PK === closed.PK && key?.SK === closed.SK;
}

/** Throws UNAUTHENTICATED when a transaction failed on its `accountOpen` part, at `index`. */
export function refuseIfAccountClosed(error: unknown, index: number): void {
  if (isTransactionConditionFailed(error) && failedIndexes(error).includes(index)) {
    throw new UnauthenticatedError('This account has been deleted or is being deleted');
  }
}
