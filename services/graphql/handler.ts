import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { callerFromEvent } from '../shared/auth/caller';
import { config } from '../shared/config';
import { createServices, type Context, type Services } from './context';
import { createApolloServer } from './server';

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

/**
 * Apollo answers a persisted-query hash it cannot use with HTTP 200 (its APQ
 * protocol asks the client to resend the query). Lacrima keeps no persisted
 * queries, so a hash is refused as the bad request it is: 400 with its code.
 */
function persistedQueryRefusal(request: HTTPGraphQLRequest): APIGatewayProxyStructuredResultV2 | null {
  const body = request.body as { extensions?: { persistedQuery?: unknown } } | null;
  if (!body || typeof body !== 'object' || !body.extensions?.persistedQuery) return null;
  const answer = JSON.stringify({ errors: [{ message: 'Lacrima takes no persisted query hashes: send the query itself', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }] });
  return { statusCode: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(answer)) }, body: answer };
}

/** The one GraphQL Lambda; `npm start` runs this very handler behind a local adapter. */
export const handler: GraphQLHandler = async (event, context) => {
  try {
    const httpGraphQLRequest = toGraphQLRequest(event);
    const refused = persistedQueryRefusal(httpGraphQLRequest);
    if (refused) return refused;
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
