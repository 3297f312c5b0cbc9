import 'reflect-metadata';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { callerFromEvent } from '../shared/auth/caller';
import { config } from '../shared/config';
import { createServices, type Context, type Services } from './context';
import { createApolloServer } from './server';

// Module scope: read once per container, reused by every request it serves.
const settings = config();
const server = createApolloServer(settings.stage);
let services: Services | undefined;

export type GraphQLHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: LambdaContext) => Promise<APIGatewayProxyStructuredResultV2>;

const lambdaHandler = startServerAndCreateLambdaHandler(
  server,
  handlers.createAPIGatewayProxyEventV2RequestHandler<APIGatewayProxyEventV2WithJWTAuthorizer>(),
  {
    context: async ({ event, context }): Promise<Context> => {
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
    },
  },
);

/** The one GraphQL Lambda; `npm start` runs this very handler behind a local adapter. */
export const handler: GraphQLHandler = async (event, context) => (await lambdaHandler(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
