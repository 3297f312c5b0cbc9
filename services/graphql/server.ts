import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Stage } from '../shared/config';
import { logger } from '../shared/logger';
import type { Context } from './context';
import { formatError, isUnexpected } from './format-error';
import { queryCostPlugin } from './query-cost';
import { requestMetricsPlugin } from './request-metrics';
import { getSchema } from './schema';
import { wellFormedTextPlugin } from './well-formed-text';

/** Limits on what one request may ask for; tested at and beyond each bound. */
export const REQUEST_LIMITS = {
  maxTokens: 2000,
  // Our deepest real path is well under this; the standard introspection query is 12 deep.
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 20,
} as const;

/**
 * graphql-armor throws by default, which Apollo answers with a 500; reporting
 * the error to the validation context makes it an ordinary 400 validation error.
 */
const reportLimit = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/** Logs ids, codes and timings of each request; never variables or member text. */
const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isUnexpected(error)) continue;
          const original = (error.originalError ?? error) as Error;
          // The stack without its first line: the message may quote member input.
          const frames = original.stack?.split('\n').slice(1, 6).join('\n');
          logger.error('unexpected error', { requestId: contextValue?.requestId, name: original.name, frames });
        }
      },
      async willSendResponse({ contextValue, response, operationName }) {
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const codes = result?.errors?.map((e) => String(e.extensions?.code)).join(',');
        logger.info('graphql request', {
          requestId: contextValue?.requestId,
          operationName: operationName ?? null,
          durationMs: Math.round(performance.now() - started),
          errorCodes: codes || undefined,
        });
      },
    };
  },
};

/**
 * Apollo hardened explicitly per stage, never through NODE_ENV (Lambda leaves
 * it unset and Jest sets `test`, which would flip Apollo's defaults).
 */
export function createApolloServer(stage: Stage): ApolloServer<Context> {
  const local = stage !== 'prod';
  return new ApolloServer<Context>({
    schema: getSchema(),
    introspection: local,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are off: a hash the server never stored is refused with a code, never masked.
    // The kit's documents are what clients send.
    persistedQueries: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
    maxRecursiveSelections: true,
    validationRules: [
      // Depth counts fields as they nest; fragments (the client kit shares them) add none.
      maxDepthRule({ n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, ...reportLimit }),
      maxAliasesRule({ n: REQUEST_LIMITS.maxAliases, allowList: [], ...reportLimit }),
      maxDirectivesRule({ n: REQUEST_LIMITS.maxDirectives, ...reportLimit }),
    ],
    formatError,
    plugins: [
      // No page from the API: locally `npm start` serves an offline GraphiQL in front of it (services/local/sandbox.ts).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Lacrima sets no cache hints and is no federated subgraph: Apollo would
      // otherwise install both implicitly, and cache control runs a hook on
      // every resolved field (about a sixth of a warm timeline request).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      wellFormedTextPlugin,
      // Priced with the request's variables, which validation rules never see (see query-cost.ts).
      queryCostPlugin,
      requestLogPlugin,
      // The operation, family and final codes of the request's metric line, which the handler writes (request-metrics.ts).
      requestMetricsPlugin,
    ],
  });
}
