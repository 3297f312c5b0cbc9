/**
 * The one list of the codes this API answers in `extensions.code`, each with
 * its meaning. Every place that writes a code takes it from here (`CODE.X`);
 * a unit test checks that the server answers no other and that the README
 * names them.
 */
export const ERROR_CODES = {
  // Domain errors (services/shared/errors.ts)
  UNAUTHENTICATED: 'No valid access token: sign in again (HTTP 401).',
  FORBIDDEN: 'Signed in, but not allowed to do this.',
  NOT_FOUND: 'No such item for this caller; another member’s item answers this too.',
  BAD_USER_INPUT: 'Invalid input; `fields` names the offending input fields.',
  CONFLICT: 'A stale version, a uniqueness clash or an idempotency key reused with other input; `fields` where some clash.',
  RATE_LIMITED: 'Too many writes of one kind in a window; `retryAfterSeconds` says when to try again.',
  LIMIT_REACHED: 'A per-member cap is reached (live connections, subscriptions, push devices); `limit` says how many are allowed.',
  // Persistence (the store was busy or did not answer in time)
  SERVICE_UNAVAILABLE: 'The store was busy or slow: `retryable`, `retryAfterSeconds`, and `maybeSaved` when a write may have happened.',
  // Request refusals before or during validation
  QUERY_TOO_COMPLEX: 'The request could read more items than allowed; `cost` and `limit` (and `field`) say by how much.',
  TRUSTED_DOCUMENT_REQUIRED: 'Only the client kit’s operations run here: send a documentId.',
  PERSISTED_QUERY_NOT_FOUND: 'No operation of the client kit has the hash sent.',
  BAD_REQUEST: 'The HTTP request is malformed: not JSON, no query, a bad documentId, a refused CSRF-prone request.',
  // Apollo's own request errors, passed through
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax, or is too long to parse.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Automatic persisted queries are off; send a documentId of the client kit.',
  OPERATION_RESOLUTION_FAILURE: 'No operation in the document matches operationName (or several without one).',
  // Everything else, masked
  INTERNAL_SERVER_ERROR: 'Something unexpected on our side; the details are logged, never answered.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Every code, in the list's order. */
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

/** Each code by its name, for writing one: `CODE.NOT_FOUND`. */
export const CODE = Object.freeze(Object.fromEntries(ERROR_CODE_LIST.map((code) => [code, code]))) as { readonly [K in ErrorCode]: K };
