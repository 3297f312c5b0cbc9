import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { callerFromEvent } from '../shared/auth/caller';
import { config } from '../shared/config';
import { CODE, type ErrorCode } from '../shared/error-codes';
import { isOriginSecret, ORIGIN_VERIFY_HEADER } from '../shared/edge';
import { logger } from '../shared/logger';
import { createServices, type Context, type Services } from './context';
import { INTERNAL_ERROR } from './format-error';
import { createApolloServer } from './server';
import { DocumentRefusal, resolveTrustedDocument } from './trusted-documents';

// Module scope: read once per container, reused by every request it serves.
const settings = config();
const server = createApolloServer(settings.stage);
server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
let services: Services | undefined;

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

/** The one GraphQL Lambda; `npm start` runs this very handler behind a local adapter. */
export const handler: GraphQLHandler = async (event, context) => {
  try {
    if (settings.originSecret !== undefined && !isOriginSecret(event.headers?.[ORIGIN_VERIFY_HEADER], settings.originSecret)) {
      return errorAnswer(403, NOT_THROUGH_EDGE, CODE.FORBIDDEN);
    }
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = resolveTrustedDocument(toGraphQLRequest(event), settings.trustedDocuments);
    } catch (error) {
      if (error instanceof DocumentRefusal || error instanceof RequestRefusal) return refusal(error.code, error.message);
      throw error;
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => contextFor(event, context),
    });
    if (response.body.kind !== 'complete') throw new Error('Only complete body type supported');
    return {
      statusCode: response.status ?? 200,
      headers: { ...Object.fromEntries(response.headers), 'content-length': Buffer.byteLength(response.body.string).toString() },
      body: response.body.string,
    };
  } catch (error) {
    // Never the exception's text: it may quote the body.
    return unexpected(error, context);
  }
};
