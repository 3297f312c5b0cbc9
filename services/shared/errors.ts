import { CODE, type ErrorCode } from './error-codes';

/**
 * Domain errors. Services throw these; the GraphQL edge maps each `code` to
 * `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR.
 * The codes and their meanings are listed once, in ./error-codes.
 */
export type { ErrorCode } from './error-codes';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input; `fields` names the offending input fields (dotted paths). */
export class BadUserInputError extends DomainError {
  readonly code = CODE.BAD_USER_INPUT;
  readonly fields: string[];
  constructor(fields: string | string[], message?: string) {
    const list = Array.isArray(fields) ? fields : [fields];
    super(message ?? `Invalid value for ${list.join(', ')}`);
    this.fields = list;
  }
}

/** Also used for another member's object: never a hint that it exists. */
export class NotFoundError extends DomainError {
  readonly code = CODE.NOT_FOUND;
  constructor(what = 'Item') {
    super(`${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = CODE.FORBIDDEN;
  constructor(message = 'Not allowed') {
    super(message);
  }
}

/** A stale version or a uniqueness clash; `fields` names the input fields that clash, where some do. */
export class ConflictError extends DomainError {
  readonly code = CODE.CONFLICT;
  constructor(
    message = 'The item changed since you read it; reload and try again',
    readonly fields?: string[],
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = CODE.UNAUTHENTICATED;
  constructor(message = 'A valid access token is required') {
    super(message);
  }
}

/** Too many writes of one kind in a window; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends DomainError {
  readonly code = CODE.RATE_LIMITED;
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many requests of this kind; try again in ${retryAfterSeconds} seconds`,
  ) {
    super(message);
  }
}

/** A per-member cap (live connections, subscriptions, push devices); `limit` says how many are allowed. */
export class LimitReachedError extends DomainError {
  readonly code = CODE.LIMIT_REACHED;
  constructor(
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }
}
