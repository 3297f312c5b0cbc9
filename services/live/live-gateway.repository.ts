import { ApiGatewayManagementApiClient, DeleteConnectionCommand, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import type { LiveSender } from './live-sender';

const isGone = (error: unknown) => error instanceof GoneException || (error as Error | undefined)?.name === 'GoneException';

/**
 * The cloud's sender: API Gateway's management API of the WebSocket stage.
 * DeleteConnection cannot carry a close code, so a client sees the socket end
 * without 4401/4403: whatever the code means for a subscription is sent first
 * as a coded `error` message by the caller (live-protocol.ts, live-publisher.ts).
 */
export class ApiGatewayLiveSender implements LiveSender {
  constructor(private readonly client: Pick<ApiGatewayManagementApiClient, 'send'>) {}

  async post(connectionId: string, message: string): Promise<'sent' | 'gone'> {
    try {
      await this.client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: Buffer.from(message) }));
      return 'sent';
    } catch (error) {
      if (isGone(error)) return 'gone';
      throw error;
    }
  }

  async close(connectionId: string): Promise<void> {
    try {
      await this.client.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }
}

/** One per container: the management endpoint is the stage's https URL (LIVE_ENDPOINT). */
export function createGatewaySender(endpoint: string, region: string): LiveSender {
  return new ApiGatewayLiveSender(new ApiGatewayManagementApiClient({ region, endpoint }));
}
