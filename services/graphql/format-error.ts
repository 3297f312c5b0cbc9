import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { StoreBusyError, StoreUncertainError } from '../shared/db/store-errors';
import { CODE, type ErrorCode } from '../shared/error-codes';
import { DomainError, LimitReachedError } from '../shared/errors';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** class-validator's nested errors as dotted field paths with their messages (never the values). */
export function flattenValidationErrors(errors: ValidationErrorLike[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

// Apollo's own client-error codes: their messages describe the request, never our internals.
const REQUEST_ERROR_CODES = new Set<unknown>([
  CODE.GRAPHQL_PARSE_FAILED,
  CODE.BAD_USER_INPUT,
  CODE.BAD_REQUEST,
  CODE.PERSISTED_QUERY_NOT_FOUND,
  CODE.PERSISTED_QUERY_NOT_SUPPORTED,
  CODE.OPERATION_RESOLUTION_FAILURE,
] satisfies ErrorCode[]);

// graphql-js gives up coercing variables after 50 errors with an error of its own, without a code: still bad input.
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables, error limit reached. Execution aborted.';

export const TEMPORARILY_UNAVAILABLE: GraphQLFormattedError = {
  message: 'Lacrima is busy right now and nothing was saved. Please try again in a moment.',
  extensions: { code: CODE.SERVICE_UNAVAILABLE, retryable: true, retryAfterSeconds: 1 },
};

/** No answer in time: a change may have been saved, so a retry should carry the same idempotencyKey. */
export const UNCONFIRMED: GraphQLFormattedError = {
  message:
    'Lacrima could not confirm this in time, so it may or may not have been saved. Please try again in a moment; with the same idempotencyKey a retry is never saved twice.',
  extensions: { code: CODE.SERVICE_UNAVAILABLE, retryable: true, retryAfterSeconds: 1, maybeSaved: true },
};

export const INTERNAL_ERROR: GraphQLFormattedError = {
  message: 'Something went wrong on our side. Nothing you sent was lost; please try again.',
  extensions: { code: CODE.INTERNAL_SERVER_ERROR },
};

const QUOTED_MAX = 80;
const MESSAGE_MAX = 1000;

/** The start of a string, never ending in half a surrogate pair or half an escape. */
function cut(text: string, length: number): string {
  return text
    .slice(0, length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/\\+$/, '');
}

/**
 * graphql-js quotes a wrongly typed variable's whole value in its message: a
 * 200 KB string (or journal text) would come back in full. Long quoted values
 * are cut to their start, and the message to a sane length.
 */
export function concise(message: string): string {
  const short = message.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) =>
    quoted.length > QUOTED_MAX ? `${cut(quoted, QUOTED_MAX - 20)}…" (${quoted.length - 2} characters)` : quoted,
  );
  return short.length > MESSAGE_MAX ? `${cut(short, MESSAGE_MAX)}…` : short;
}

/** True when an error would be masked as internal: not ours, not a request error, not transient. */
export function isUnexpected(error: unknown): boolean {
  return formatError({ message: '' }, error) === INTERNAL_ERROR;
}

/**
 * Only the project's own errors and Apollo's request errors pass; anything
 * else (a DynamoDB error naming a table, a bug) becomes INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Named where they happen (services/shared/db/store-errors.ts); here only mapped to their answers.
  if (original instanceof StoreBusyError || original instanceof StoreUncertainError) {
    return { ...(original instanceof StoreBusyError ? TEMPORARILY_UNAVAILABLE : UNCONFIRMED), ...(formatted.path ? { path: formatted.path } : {}) };
  }
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };

  if (original instanceof DomainError) {
    const fields = 'fields' in original ? (original as DomainError & { fields: string[] }).fields : undefined;
    const retry = 'retryAfterSeconds' in original ? { retryAfterSeconds: (original as DomainError & { retryAfterSeconds: number }).retryAfterSeconds } : {};
    const limit = original instanceof LimitReachedError ? { limit: original.limit } : {};
    return { message: original.message, ...where, extensions: { code: original.code, ...(fields ? { fields } : {}), ...retry, ...limit } };
  }

  if (original instanceof GraphQLError) {
    const code = original.extensions?.code ?? (original.message === VARIABLE_ERROR_LIMIT ? CODE.BAD_USER_INPUT : undefined);
    const validationErrors = original.extensions?.validationErrors as ValidationErrorLike[] | undefined;
    if (code === CODE.BAD_USER_INPUT && Array.isArray(validationErrors)) {
      const problems = flattenValidationErrors(validationErrors);
      const fields = problems.map((p) => p.field);
      const message = `Invalid input: ${problems.map((p) => p.messages.join('; ')).join('; ')}`;
      return { message, ...where, extensions: { code: CODE.BAD_USER_INPUT, fields } };
    }
    if (code === CODE.UNAUTHENTICATED) {
      return { message: 'A valid access token is required', extensions: { code: CODE.UNAUTHENTICATED } };
    }
    if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) {
      // An unknown field or argument is bad input; the message names it.
      const fields = [...formatted.message.matchAll(/(?:Field|argument) "([^"]+)"/g)].map((m) => m[1] as string);
      return { message: concise(formatted.message), ...where, extensions: { code: CODE.BAD_USER_INPUT, ...(fields.length ? { fields } : {}) } };
    }
    if (code === CODE.QUERY_TOO_COMPLEX) {
      const { cost, limit, field } = original.extensions as { cost: number; limit: number; field?: string };
      return { message: original.message, extensions: { code, cost, limit, ...(field ? { field } : {}) } };
    }
    if (REQUEST_ERROR_CODES.has(code)) {
      return { message: concise(formatted.message), ...where, extensions: { code } };
    }
  }
  return INTERNAL_ERROR;
}
