import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { callerFromEvent } from '../shared/auth/caller';
import { config } from '../shared/config';
import { createServices, type Context, type Services } from './context';
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
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  services ??= createServices();
  return { caller, requestId: context.awsRequestId, services };
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
    if (contentType?.startsWith('application/json')) body = JSON.parse(text);
    else if (contentType?.startsWith('text/plain')) body = text;
  }
  return { method: event.requestContext.http.method, headers, search: event.rawQueryString, body };
}

/** A request refused before GraphQL sees it: 400 with its code, as GraphQL errors are shaped. */
function refusal(code: string, message: string): APIGatewayProxyStructuredResultV2 {
  const answer = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return { statusCode: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(answer)) }, body: answer };
}

/** The one GraphQL Lambda; `npm start` runs this very handler behind a local adapter. */
export const handler: GraphQLHandler = async (event, context) => {
  try {
    let httpGraphQLRequest: HTTPGraphQLRequest;
    try {
      httpGraphQLRequest = resolveTrustedDocument(toGraphQLRequest(event), settings.trustedDocuments);
    } catch (error) {
      if (error instanceof DocumentRefusal) return refusal(error.code, error.message);
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
    // A body that is not JSON (or an incremental response): 400, as the integration answered.
    return { statusCode: 400, body: error instanceof Error ? error.message : String(error) };
  }
};
