import 'reflect-metadata';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { getSchema } from '../graphql/schema';
import { systemClock } from '../shared/clock';
import { config } from '../shared/config';
import { dynamo, tableName } from '../shared/db/client';
import { logger } from '../shared/logger';
import { createWebSocketHandler, type WebSocketEvent, type WebSocketEventHandler } from './live-protocol';
import { DynamoLiveRepository } from './live.repository';
import { createGatewaySender } from './live-gateway.repository';
import type { LiveSender } from './live-sender';

export { createWebSocketHandler, LIVE_LIMITS, type WebSocketEvent, type WebSocketEventHandler } from './live-protocol';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

let sender: LiveSender | undefined;
/** The cloud's sender: API Gateway's management API of the WebSocket stage (LIVE_ENDPOINT). */
export function cloudLiveSender(): LiveSender {
  sender ??= createGatewaySender(required('LIVE_ENDPOINT'), config().region);
  return sender;
}

let built: WebSocketEventHandler | undefined;

// Built on first use rather than at import: tests import this module for createWebSocketHandler without a cloud environment.
function cloudHandler(): WebSocketEventHandler {
  if (!built) {
    const settings = config();
    const userPoolId = settings.userPoolId ?? required('USER_POOL_ID');
    const repository = new DynamoLiveRepository(dynamo(), tableName());
    built = createWebSocketHandler({
      verifier: CognitoJwtVerifier.create({ userPoolId, tokenUse: 'access', clientId: settings.userPoolClientId }),
      sender: cloudLiveSender(),
      repository,
      memberships: repository,
      clock: systemClock,
      userPoolClientId: settings.userPoolClientId,
      trustedDocuments: settings.trustedDocuments,
      schema: getSchema,
    });
  }
  return built;
}

/** The WebSocket API's Lambda ($connect, $disconnect, $default); `npm start` runs createWebSocketHandler behind services/local/live-adapter.ts. */
export const handler = async (event: WebSocketEvent) => {
  try {
    return await cloudHandler()(event);
  } catch (error) {
    // Ids and the error's name only: a message may quote the token or the query's variables.
    logger.error('live handler error', { connectionId: event.requestContext.connectionId, name: error instanceof Error ? error.name : typeof error });
    return { statusCode: 500 };
  }
};
