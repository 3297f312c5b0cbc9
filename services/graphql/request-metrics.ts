import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { CODE } from '../shared/error-codes';
import type { RequestMetrics } from '../shared/metrics';
import type { Context } from './context';
import { operationFamily } from './operation-family';
import { trustedDocument, trustedHashes } from './trusted-documents';

/** What a request's metric line says about it, timings aside. */
export type RequestOutcome = Pick<RequestMetrics, 'operation' | 'family' | 'codes'>;

/**
 * The `operation` dimension names only the client kit's operations: a name a
 * client made up (text documents run on an open stage) would make a metric of
 * its own with every new name, so those, anonymous and unparsable documents count as OTHER_OPERATION.
 */
export const OTHER_OPERATION = 'other';
/** No document reached GraphQL: refused by the handler, or by Apollo before its plugins (no valid token, CSRF). */
export const NO_OPERATION = 'none';

let kitDocuments: ReadonlySet<string> | undefined;
function isKitDocument(source: string | undefined): boolean {
  kitDocuments ??= new Set(trustedHashes().map((hash) => trustedDocument(hash) ?? ''));
  return source !== undefined && kitDocuments.has(source);
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

/** The final codes of the errors an answer carries (an error without one was never ours to explain). */
export function errorCodes(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? CODE.INTERNAL_SERVER_ERROR));
}

/** The codes of a small answer Apollo wrote without running plugins (a refused context, a CSRF refusal). */
export function errorCodesOfBody(body: string): string[] {
  try {
    return errorCodes((JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] }).errors);
  } catch {
    return [];
  }
}

// Written by the plugin, taken by the handler once Apollo has answered. Keyed by request id: Apollo hands
// plugins a copy of the context object, never the one the handler built.
const outcomes = new Map<string, RequestOutcome>();

/** The outcome the plugin recorded for a request, if Apollo got as far as its plugins; forgotten once taken. */
export function takeOutcome(requestId: string): RequestOutcome | undefined {
  const outcome = outcomes.get(requestId);
  outcomes.delete(requestId);
  return outcome;
}

/** Records each answered request's operation, family and final error codes (after formatError's masking). */
export const requestMetricsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation, operationName, source }) {
        if (!contextValue) return;
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        outcomes.set(contextValue.requestId, {
          operation: operationName && isKitDocument(source) ? operationName : OTHER_OPERATION,
          family: operation ? operationFamily(operation.operation, rootFields(operation)) : undefined,
          codes: errorCodes(result?.errors),
        });
      },
    };
  },
};
