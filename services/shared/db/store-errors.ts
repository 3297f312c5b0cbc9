/**
 * DynamoDB's failures that are no one's mistake, named where they happen: the
 * table's client (client.ts) throws these in place of the SDK's errors, so
 * callers and the GraphQL edge never read SDK error names. A condition that
 * did not hold is not one of them: the repository that wrote it turns it into
 * the domain's CONFLICT or NOT_FOUND.
 */

/** DynamoDB refused the request (throttled, or a transaction met another): nothing was written, a retry is safe. */
export class StoreBusyError extends Error {
  constructor(options: { cause: unknown }) {
    super('The table refused the request for now; nothing was written', options);
    this.name = 'StoreBusyError';
  }
}

/** A transaction (or a write) met another transaction on the same item: try again, and let the conditions decide. */
export class StoreConflictError extends StoreBusyError {
  constructor(options: { cause: unknown }) {
    super(options);
    this.name = 'StoreConflictError';
  }
}

/** No answer in time, or an error on DynamoDB's side: the write may or may not have been applied. */
export class StoreUncertainError extends Error {
  constructor(options: { cause: unknown }) {
    super('The table did not confirm the request; it may have been applied', options);
    this.name = 'StoreUncertainError';
  }
}
