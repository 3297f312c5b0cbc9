import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import fixture from '../fixtures/events/graphql-post.json';

export const TEST_CLIENT_ID = 'test-client-id';
export const TEST_SUB = '7c1e4f2a-9b3d-4e6f-8a1c-2d3e4f5a6b7c';

type Claims = Record<string, string | number | boolean | string[]>;

/** A real API Gateway v2 JWT-authorizer event with the given body and claim overrides (null: no authorizer). */
export function buildEvent(
  body: unknown,
  opts: { claims?: Partial<Claims> | null; headers?: Record<string, string>; rawBody?: string } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = structuredClone(fixture) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  event.body = opts.rawBody ?? JSON.stringify(body);
  event.headers = { ...event.headers, ...opts.headers };
  if (opts.claims === null) {
    (event.requestContext as { authorizer?: unknown }).authorizer = undefined;
  } else if (opts.claims) {
    event.requestContext.authorizer.jwt.claims = { ...event.requestContext.authorizer.jwt.claims, ...opts.claims } as Claims;
  }
  return event;
}

export function lambdaContext(requestId = 'req-test-1'): Context {
  return { awsRequestId: requestId } as Context;
}

export type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Calls the handler and parses the JSON body. */
export async function invoke(handler: Handler, event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const result = await handler(event, lambdaContext());
  return { status: result.statusCode ?? 200, body: JSON.parse(result.body ?? '{}') as GraphQLBody, headers: result.headers ?? {} };
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; fields?: string[] } }>;
}
