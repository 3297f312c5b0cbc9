import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createServices, type Services } from '../../../services/graphql/context';
import { callerFromEvent } from '../../../services/shared/auth/caller';
import { config } from '../../../services/shared/config';
import { DomainError } from '../../../services/shared/errors';
import { baselineSchema } from './schema';

/**
 * The plain baseline Lambda: parse, validate (graphql-js's standard rules),
 * execute, JSON. Same auth check, same services and SDK client as Lacrima's
 * handler; none of Apollo's request pipeline, limits or caches.
 */
const settings = config();
let services: Services | undefined;

const json = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/** Domain errors keep their code; anything else is masked, as Lacrima does. */
function formatError(error: GraphQLError): GraphQLFormattedError {
  const original = error.originalError;
  if (original instanceof DomainError) return { message: original.message, path: error.path, extensions: { code: original.code } };
  if (!original) return { message: error.message, locations: error.locations, extensions: { code: 'BAD_USER_INPUT' } };
  return { message: 'Something went wrong on our side.', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: LambdaContext): Promise<APIGatewayProxyStructuredResultV2> {
  let caller;
  try {
    caller = callerFromEvent(event, settings.userPoolClientId);
  } catch {
    return json(401, { errors: [{ message: 'A valid access token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
  }
  let request: { query?: string; variables?: Record<string, unknown>; operationName?: string };
  let document: DocumentNode;
  try {
    request = JSON.parse(event.body ?? '{}') as typeof request;
    document = parse(request.query ?? '');
  } catch (error) {
    return json(400, { errors: [{ message: error instanceof Error ? error.message : 'Bad request', extensions: { code: 'BAD_REQUEST' } }] });
  }
  const invalid = validate(baselineSchema, document);
  if (invalid.length > 0) return json(400, { errors: invalid.map(formatError) });
  services ??= createServices();
  const result = await execute({
    schema: baselineSchema,
    document,
    variableValues: request.variables,
    operationName: request.operationName,
    contextValue: { caller, requestId: context.awsRequestId, services },
  });
  return json(200, { ...(result.errors ? { errors: result.errors.map(formatError) } : {}), data: result.data });
}
