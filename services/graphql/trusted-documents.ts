import type { HTTPGraphQLRequest } from '@apollo/server';
import { parse, print, visit } from 'graphql';
import { CODE } from '../shared/error-codes';
import manifest from '../../schema/generated/persisted-documents.json';

/**
 * Trusted documents: the client kit's operations (schema/operations/), known
 * by the sha256 of each document as `npm run codegen` writes it
 * (schema/generated/persisted-documents.json). A client sends the hash
 * instead of the text, as `documentId: "sha256:<hex>"` or as Apollo's
 * `extensions.persistedQuery.sha256Hash`.
 *
 * - `required` (the cloud's default): only the kit's documents run; text is refused.
 * - `allowed` (locally, or a stage opened to third-party clients): text runs too.
 *
 * Nothing is stored at run time (automatic persisted queries stay off), so an
 * unknown hash is the client's mistake and answers a coded 400.
 */
export type TrustedDocumentsMode = 'required' | 'allowed';

const DOCUMENTS: Readonly<Record<string, string>> = manifest;
const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/;

export class DocumentRefusal extends Error {
  constructor(
    readonly code: typeof CODE.PERSISTED_QUERY_NOT_FOUND | typeof CODE.TRUSTED_DOCUMENT_REQUIRED | typeof CODE.BAD_REQUEST,
    message: string,
  ) {
    super(message);
  }
}

interface Body {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/** The stored document of a hash; undefined for one the kit does not hold. */
export function trustedDocument(hash: string): string | undefined {
  const hex = SHA256.exec(hash)?.[1];
  return hex === undefined ? undefined : DOCUMENTS[`sha256:${hex}`];
}

/** Every hash the kit holds ("sha256:<hex>"). */
export function trustedHashes(): string[] {
  return Object.keys(DOCUMENTS);
}

/** A document with its definitions and every selection set in a fixed order: the same document in any layout or order prints the same. */
function canonical(text: string): string {
  const sorted = visit(parse(text), {
    SelectionSet: { leave: (node) => ({ ...node, selections: [...node.selections].sort((a, b) => print(a).localeCompare(print(b))) }) },
  });
  return sorted.definitions
    .map((definition) => print(definition))
    .sort()
    .join('\n');
}

/**
 * Whether a query is the document laid out another way: the manifest keeps
 * codegen's normalized text (selections sorted), while Apollo's GraphQLWsLink
 * sends each subscription's text as graphql-js prints the app's document.
 */
function samePrinted(query: unknown, document: string): boolean {
  if (typeof query !== 'string') return false;
  try {
    return canonical(query) === canonical(document);
  } catch {
    return false;
  }
}

/**
 * The request with a hash replaced by its document, or a refusal. A query
 * sent along with a hash must be the very document the hash names (printed
 * in any layout).
 */
export function resolveTrustedDocument(request: HTTPGraphQLRequest, mode: TrustedDocumentsMode): HTTPGraphQLRequest {
  const body = request.body as Body | null;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    if (mode === 'required') throw new DocumentRefusal(CODE.TRUSTED_DOCUMENT_REQUIRED, 'This API answers its client kit’s operations only: send a documentId');
    return request;
  }
  const { documentId, extensions, ...rest } = body;
  const { persistedQuery, ...otherExtensions } = extensions ?? {};
  const hash = documentId ?? persistedQuery?.sha256Hash;
  if (hash === undefined) {
    if (mode === 'required') throw new DocumentRefusal(CODE.TRUSTED_DOCUMENT_REQUIRED, 'This API answers its client kit’s operations only: send a documentId');
    return request;
  }
  if (typeof hash !== 'string') throw new DocumentRefusal(CODE.BAD_REQUEST, 'documentId must be a string such as "sha256:<64 hex digits>"');
  const document = trustedDocument(hash);
  if (document === undefined)
    throw new DocumentRefusal(CODE.PERSISTED_QUERY_NOT_FOUND, 'No operation of the client kit has this hash: regenerate your documents (npm run codegen)');
  if (rest.query !== undefined && rest.query !== document && !samePrinted(rest.query, document))
    throw new DocumentRefusal(CODE.BAD_REQUEST, 'The query sent is not the document its hash names');
  const resolved: Record<string, unknown> = { ...rest, query: document };
  if (Object.keys(otherExtensions).length > 0) resolved.extensions = otherExtensions;
  return { ...request, body: resolved };
}
