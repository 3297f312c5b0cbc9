import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { WebSocketServer, type RawData, WebSocket } from 'ws';
import { getSchema } from '../graphql/schema';
import { createWebSocketHandler, type TokenVerifier, type WebSocketEvent, type WebSocketEventHandler } from '../live/live-protocol';
import type { LivePublisher } from '../live/live-publisher';
import { createLiveWiring, type LiveWiring } from '../live/live.wiring';
import { DynamoLiveRepository } from '../live/live.repository';
import type { LiveSender } from '../live/live-sender';
import { systemClock, type Clock } from '../shared/clock';
import { config } from '../shared/config';
import { dynamo, tableName } from '../shared/db/client';
import { logger } from '../shared/logger';

export interface LiveAdapterOptions {
  /** The local HTTP adapter's server: WebSocket shares its port and path. */
  server: Server;
  path?: string;
  /** The same handler the cloud runs (createWebSocketHandler), given the sender that reaches this adapter's sockets. */
  handler: (sender: LiveSender) => WebSocketEventHandler;
  /**
   * What a connection of another adapter on the same table is to this one's
   * sender. `npm start` is the only adapter on its table, so another's
   * connection is one left from an earlier run: gone, and removed like the
   * cloud's. Test files run side by side on one table, each with its own
   * adapter: there another's connection is alive, and is left alone.
   */
  others?: 'gone' | 'alive';
}

export interface LiveAdapter {
  /** Posts to and closes this adapter's sockets; hand it to the LivePublisher too. */
  readonly sender: LiveSender;
  close(): Promise<void>;
}

// API Gateway's connection ids look like this (12 base64 characters); any unique string would do.
const newConnectionId = () => randomBytes(9).toString('base64');

/**
 * API Gateway's WebSocket API in miniature: upgrades on the HTTP server's own
 * port and path, turns each socket's open, frames and close into the
 * $connect / $default / $disconnect events the cloud sends, and lets the
 * handler post to and close sockets as the management API would (here with
 * the real close code, which the cloud cannot send).
 */
export function attachLiveAdapter(options: LiveAdapterOptions): LiveAdapter {
  const path = options.path ?? '/graphql';
  // Every connection id starts with this adapter's own prefix, so its sender knows its own from another adapter's.
  const instance = `${randomBytes(6).toString('base64url')}.`;
  const ownId = () => `${instance}${newConnectionId()}`;
  const sockets = new Map<string, WebSocket>();
  // Each socket's message chain, ending once its $disconnect ran: close() waits for them.
  const finished = new Set<Promise<void>>();
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false),
  });

  const sender: LiveSender = {
    async post(connectionId, message) {
      const socket = sockets.get(connectionId);
      // Counted as sent, as the other adapter's own sender will send it.
      if (!connectionId.startsWith(instance) && options.others === 'alive') return 'sent';
      if (!socket || socket.readyState !== WebSocket.OPEN) return 'gone';
      return new Promise((resolve) => socket.send(message, (error) => resolve(error ? 'gone' : 'sent')));
    },
    async close(connectionId, code, reason) {
      sockets.get(connectionId)?.close(code, reason);
    },
  };
  const handler = options.handler(sender);

  const event = (routeKey: string, connectionId: string, extra: Partial<WebSocketEvent> = {}): WebSocketEvent => ({
    requestContext: { routeKey, connectionId, requestId: newConnectionId() },
    ...extra,
  });

  async function run(connectionId: string, e: WebSocketEvent): Promise<number> {
    try {
      return (await handler(e)).statusCode ?? 200;
    } catch (error) {
      logger.error('live adapter: handler failed', { connectionId, route: e.requestContext.routeKey, name: (error as Error).name });
      sockets.get(connectionId)?.close(1011, 'Internal error');
      return 500;
    }
  }

  function accept(socket: WebSocket, connectionId: string): void {
    sockets.set(connectionId, socket);
    // One message at a time per socket, in order, as a client expects of one connection.
    let queue = Promise.resolve();
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const body = isBinary ? Buffer.from(data as Buffer).toString('base64') : data.toString();
      queue = queue.then(() => run(connectionId, event('$default', connectionId, { body, isBase64Encoded: isBinary })).then(() => undefined));
    });
    const done = new Promise<void>((resolve) => {
      socket.on('close', () => {
        queue = queue.then(async () => {
          sockets.delete(connectionId);
          await run(connectionId, event('$disconnect', connectionId));
        });
        void queue.then(resolve);
      });
    });
    finished.add(done);
    void done.then(() => finished.delete(done));
  }

  async function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return refuse(socket, 404, 'Not Found');
    const connectionId = ownId();
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
    const status = await run(connectionId, event('$connect', connectionId, { headers }));
    if (status !== 200) return refuse(socket, status, 'Bad Request');
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, connectionId));
  }

  const listener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(request, socket, head);
  options.server.on('upgrade', listener);

  return {
    sender,
    async close() {
      options.server.off('upgrade', listener);
      for (const socket of sockets.values()) socket.terminate();
      await Promise.all([...finished]);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The live layer of the local stack, on the HTTP adapter's server: the
 * WebSocket handler, and the live wiring over the configured table that the
 * stream poller feeds as DynamoDB Streams feed it in the cloud (live-stack.ts).
 */
export function attachLocalLive(options: {
  server: Server;
  verifier: TokenVerifier;
  path?: string;
  clock?: Clock;
  others?: LiveAdapterOptions['others'];
}): LiveAdapter & { readonly publisher: LivePublisher; readonly wiring: LiveWiring } {
  const settings = config();
  const repository = new DynamoLiveRepository(dynamo(), tableName());
  const clock = options.clock ?? systemClock;
  const adapter = attachLiveAdapter({
    server: options.server,
    path: options.path,
    others: options.others,
    handler: (sender) =>
      createWebSocketHandler({
        verifier: options.verifier,
        sender,
        repository,
        memberships: repository,
        clock,
        userPoolClientId: settings.userPoolClientId,
        trustedDocuments: settings.trustedDocuments,
        schema: getSchema,
      }),
  });
  const wiring = createLiveWiring(adapter.sender, { clock });
  return { ...adapter, publisher: wiring.publisher, wiring };
}
