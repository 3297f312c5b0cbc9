import { HeaderMap } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { CODE } from '../shared/error-codes';
import { REQUEST_LIMITS } from '../graphql/server';
import { costError, priceOperation } from '../graphql/query-cost';
import { DocumentRefusal, resolveTrustedDocument, type TrustedDocumentsMode } from '../graphql/trusted-documents';
import type { SubscriptionTarget } from './live.record';

/** A subscribe message that passed every check an HTTP request passes, with where its events come from. */
export interface CheckedSubscription {
  query: string;
  document: DocumentNode;
  variables: Record<string, unknown> | null;
  operationName: string | null;
  target: SubscriptionTarget;
}

const reportLimit = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

// The HTTP path's limits (services/graphql/server.ts), as validation rules of their own here: no Apollo runs on a socket.
const LIMIT_RULES = [
  maxDepthRule({ n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...reportLimit }),
  maxAliasesRule({ n: REQUEST_LIMITS.maxAliases, allowList: [], ...reportLimit }),
  maxDirectivesRule({ n: REQUEST_LIMITS.maxDirectives, ...reportLimit }),
];

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

function trustedQuery(payload: SubscribePayload, mode: TrustedDocumentsMode): string {
  const { query, ...rest } = payload as SubscribePayload & { documentId?: unknown };
  // graphql-ws requires a `query` string: a client sending a hash sends an empty one.
  const body = query ? { ...rest, query } : rest;
  try {
    const resolved = resolveTrustedDocument({ method: 'POST', headers: new HeaderMap(), search: '', body }, mode);
    const text = (resolved.body as { query?: unknown }).query;
    if (typeof text !== 'string' || text.length === 0) throw refusal('A subscribe message needs a query or a documentId', CODE.BAD_REQUEST);
    return text;
  } catch (error) {
    if (error instanceof DocumentRefusal) throw refusal(error.message, error.code);
    throw error;
  }
}

/**
 * Parses and validates a subscribe message as the HTTP path would (token,
 * depth, alias, directive and cost limits, trusted documents), and insists on
 * one subscription operation with one root field. Throws GraphQLErrors with codes.
 */
export function checkSubscription(schema: GraphQLSchema, payload: SubscribePayload, mode: TrustedDocumentsMode): CheckedSubscription {
  const query = trustedQuery(payload, mode);
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: REQUEST_LIMITS.maxTokens });
  } catch (error) {
    throw refusal(error instanceof GraphQLError ? error.message : 'Syntax error', CODE.GRAPHQL_PARSE_FAILED);
  }
  const errors = validate(schema, document, [...specifiedRules, ...LIMIT_RULES]);
  if (errors.length > 0) throw refusal(errors[0]!.message, CODE.BAD_USER_INPUT);
  const operationName = payload.operationName ?? null;
  const operation = getOperationAST(document, operationName);
  if (!operation) throw refusal('No operation in the document matches operationName', CODE.OPERATION_RESOLUTION_FAILURE);
  if (operation.operation !== 'subscription')
    throw refusal('Only subscriptions run over this socket; send queries and mutations over HTTP', CODE.BAD_USER_INPUT);
  const variables = payload.variables ?? null;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const cost = priceOperation(schema, operation, fragments, variables ?? {});
  if (!cost) throw refusal('The variables do not fit their types', CODE.BAD_USER_INPUT);
  const tooComplex = costError(cost);
  if (tooComplex) throw refusal(tooComplex.message, CODE.QUERY_TOO_COMPLEX);
  // The subscription validation rule already allows one root field only.
  const root = operation.selectionSet.selections[0];
  if (!root || root.kind !== Kind.FIELD) throw refusal('A subscription selects one root field', CODE.BAD_USER_INPUT);
  return { query, document, variables, operationName, target: targetOf(root.name.value, root, variables) };
}

function targetOf(field: string, node: { arguments?: readonly { name: { value: string }; value: unknown }[] }, variables: Record<string, unknown> | null) {
  if (field === 'myNotifications') return { field } as const;
  const arg = node.arguments?.find((a) => a.name.value === 'circleId')?.value as
    { kind: Kind.STRING; value: string } | { kind: Kind.VARIABLE; name: { value: string } } | undefined;
  const circleId = arg?.kind === Kind.STRING ? arg.value : arg?.kind === Kind.VARIABLE ? variables?.[arg.name.value] : undefined;
  if (field !== 'circleActivity' || typeof circleId !== 'string') throw refusal('Unknown subscription', CODE.BAD_USER_INPUT);
  return { field, circleId } as const;
}
