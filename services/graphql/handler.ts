import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { callerFromEvent } from '../shared/auth/caller';
import { config } from '../shared/config';
import { CODE, type ErrorCode } from '../shared/error-codes';
import { isOriginSecret, ORIGIN_VERIFY_HEADER } from '../shared/edge';
import { beginRequestLog, endRequestLog, logger } from '../shared/logger';
import { emitRequestMetrics } from '../shared/metrics';
import { createServices, type Context, type Services } from './context';
import { INTERNAL_ERROR } from './format-error';
import { errorCodesOfBody, NO_OPERATION, takeOutcome, type RequestOutcome } from './request-metrics';
import { createApolloServer } from './server';
import { DocumentRefusal, resolveTrustedDocument } from './trusted-documents';

// Module scope: read once per container, reused by every request it serves.
const settings = config();
const server = createApolloServer(settings.stage);
server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
let services: Services | undefined;
// A container's first request pays its start; provisioned concurrency starts containers before any request.
let firstRequest = process.env.AWS_LAMBDA_INITIALIZATION_TYPE !== 'provisioned-concurrency';

export type GraphQLHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;

async function contextFor(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: LambdaContext): Promise<Context> {
  let caller;
  try {
    caller = callerFromEvent(event, settings.userPoolClientId);
  } catch {
    throw new GraphQLError('A valid access token is required', {
      extensions: { code: CODE.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  services ??= createServices();
  return { caller, requestId: context.awsRequestId, services };
}

const NOT_THROUGH_EDGE = 'Call the API at its public address';

const NOT_JSON = 'The request body must be JSON: { "query": ..., "variables": ... }';

/** A request this layer refuses itself (a body that is not JSON); its message is ours, never a parser's. */
class RequestRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefusal';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestRefusal(CODE.BAD_REQUEST, NOT_JSON);
  }
}

/**
 * The API Gateway v2 event as Apollo's HTTP request, as Apollo's Lambda
 * integration (@as-integrations/aws-lambda) reads it. Written here instead:
 * that package `require`s Apollo Server while this code imports it, so the
 * bundle carried two copies of Apollo (its CommonJS and its ES build).
 */
function toGraphQLRequest(event: APIGatewayProxyEventV2WithJWTAuthorizer): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(event.headers ?? {})) headers.set(name, value ?? '');
  let body: unknown = '';
  if (event.body) {
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    const contentType = headers.get('content-type');
    if (contentType?.startsWith('application/json')) body = parseJson(text);
    else if (contentType?.startsWith('text/plain')) body = text;
  }
  return { method: event.requestContext.http.method, headers, search: event.rawQueryString, body };
}

/** An answer written by this layer, shaped as GraphQL errors are. */
function errorAnswer(statusCode: number, message: string, code: ErrorCode): APIGatewayProxyStructuredResultV2 {
  const answer = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(answer)) }, body: answer };
}

/** A request refused before GraphQL sees it: 400 with its code. */
function refusal(code: ErrorCode, message: string): APIGatewayProxyStructuredResultV2 {
  return errorAnswer(400, message, code);
}

/** Anything else that fails at this layer: logged by name only (never the body or the message), answered masked. */
function unexpected(error: unknown, context: LambdaContext): APIGatewayProxyStructuredResultV2 {
  logger.error('unexpected handler error', { requestId: context.awsRequestId, name: error instanceof Error ? error.name : typeof error });
  return errorAnswer(500, INTERNAL_ERROR.message, CODE.INTERNAL_SERVER_ERROR);
}

interface Answer {
  result: APIGatewayProxyStructuredResultV2;
  outcome: RequestOutcome;
}

/** A request answered by this layer alone, counted under its code. */
function refused(result: APIGatewayProxyStructuredResultV2, code: ErrorCode): Answer {
  return { result, outcome: { operation: NO_OPERATION, codes: [code] } };
}

async function answer(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: LambdaContext): Promise<Answer> {
  try {
    if (settings.originSecret !== undefined && !isOriginSecret(event.headers?.[ORIGIN_VERIFY_HEADER], settings.originSecret)) {
      return refused(errorAnswer(403, NOT_THROUGH_EDGE, CODE.FORBIDDEN), CODE.FORBIDDEN);
    }
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = resolveTrustedDocument(toGraphQLRequest(event), settings.trustedDocuments);
    } catch (error) {
      if (error instanceof DocumentRefusal || error instanceof RequestRefusal) return refused(refusal(error.code, error.message), error.code);
      throw error;
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => contextFor(event, context),
    });
    if (response.body.kind !== 'complete') throw new Error('Only complete body type supported');
    const body = response.body.string;
    return {
      result: {
        statusCode: response.status ?? 200,
        headers: { ...Object.fromEntries(response.headers), 'content-length': Buffer.byteLength(body).toString() },
        body,
      },
      // Apollo answers a refused context or a CSRF-prone request without its plugins: those small bodies are read here.
      outcome: takeOutcome(context.awsRequestId) ?? { operation: NO_OPERATION, codes: errorCodesOfBody(body) },
    };
  } catch (error) {
    // Never the exception's text: it may quote the body.
    const known = takeOutcome(context.awsRequestId);
    return {
      result: unexpected(error, context),
      outcome: { operation: known?.operation ?? NO_OPERATION, family: known?.family, codes: [CODE.INTERNAL_SERVER_ERROR] },
    };
  }
}

/** The one GraphQL Lambda; `npm start` runs this very handler behind a local adapter. */
export const handler: GraphQLHandler = async (event, context) => {
  const started = performance.now();
  const coldStart = firstRequest;
  firstRequest = false;
  beginRequestLog(context.awsRequestId, coldStart);
  try {
    const { result, outcome } = await answer(event, context);
    emitRequestMetrics({ ...outcome, durationMs: performance.now() - started, coldStart });
    return result;
  } finally {
    endRequestLog(context.awsRequestId);
  }
};
