import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, parseMessage, stringifyMessage, type Message, type SubscribeMessage } from 'graphql-ws';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { Caller } from '../shared/auth/caller';
import { callerFromEvent } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { CODE } from '../shared/error-codes';
import { isUlid } from '../shared/ids';
import { logger } from '../shared/logger';
import type { MembershipRecord } from '../circles/circle.record';
import type { TrustedDocumentsMode } from '../graphql/trusted-documents';
import { checkSubscription } from './live.document';
import type { LiveConnectionRecord, LiveSubscriptionRecord } from './live.record';
import type { LiveRepository } from './live.repository';
import type { LiveSender } from './live-sender';

/** Per-member caps (issue #16): a member's open sockets, and the subscriptions one socket holds. */
export const LIVE_LIMITS = {
  connectionsPerMember: 5,
  subscriptionsPerConnection: 20,
} as const;

// API Gateway ends every WebSocket connection after 2 hours; the margin covers clock skew before TTL cleans up.
const CONNECTION_LIFETIME_SECONDS = 2 * 3600 + 15 * 60;

/** What API Gateway's WebSocket API hands the Lambda (and the local adapter builds the same). */
export interface WebSocketEvent {
  requestContext: { routeKey: string; connectionId: string; requestId?: string };
  headers?: Record<string, string | undefined>;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export type WebSocketEventHandler = (event: WebSocketEvent) => Promise<APIGatewayProxyStructuredResultV2>;

/** Verifies an access token's signature, issuer and expiry (aws-jwt-verify); rejects otherwise. */
export interface TokenVerifier {
  verify(token: string): Promise<JwtPayload>;
}

export interface WebSocketHandlerDeps {
  verifier: TokenVerifier;
  sender: LiveSender;
  repository: LiveRepository;
  memberships: { getMembership(circleId: string, sub: string): Promise<MembershipRecord | undefined> };
  clock: Clock;
  userPoolClientId: string;
  trustedDocuments: TrustedDocumentsMode;
  schema: () => GraphQLSchema;
}

const OK: APIGatewayProxyStructuredResultV2 = { statusCode: 200 };

/** The caller of a verified token, with the HTTP path's checks (token_use, client id, groups). */
function callerOf(claims: JwtPayload, clientId: string): Caller {
  const event = { requestContext: { authorizer: { jwt: { claims: claims as Record<string, string>, scopes: [] } } } };
  return callerFromEvent(event as unknown as Parameters<typeof callerFromEvent>[0], clientId);
}

function bearer(payload: unknown): string | undefined {
  const value = (payload as { authorization?: unknown } | null | undefined)?.authorization;
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

function coded(message: string, code: string, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, extensions: { code, ...extra } };
}

function asFormatted(error: unknown): GraphQLFormattedError {
  if (error instanceof GraphQLError) return { message: error.message, extensions: error.extensions };
  throw error;
}

/**
 * graphql-transport-ws, stateless: every message is one Lambda call, and what
 * a socket has agreed (acknowledged caller, subscriptions) is read from the
 * table. Nothing is stored before a valid connection_init; a refused
 * subscribe stores nothing either.
 */
export function createWebSocketHandler(deps: WebSocketHandlerDeps): WebSocketEventHandler {
  const { sender, repository, clock } = deps;
  const send = (connectionId: string, message: Message) => sender.post(connectionId, stringifyMessage(message));
  const sendError = (connectionId: string, id: string, errors: GraphQLFormattedError[]) => send(connectionId, { id, type: MessageType.Error, payload: errors });

  async function close(connectionId: string, code: number, reason: string): Promise<void> {
    logger.info('live close', { connectionId, code });
    await sender.close(connectionId, code, reason);
  }

  /** An expired token ends every subscription with a coded error, then the socket with 4401; its items go. */
  async function endExpired(connection: LiveConnectionRecord): Promise<void> {
    const error = [coded('Your access token expired: sign in again and reconnect', CODE.UNAUTHENTICATED)];
    await Promise.all(Object.keys(connection.subscriptions).map((id) => sendError(connection.connectionId, id, error)));
    await repository.deleteConnection(connection);
    await close(connection.connectionId, CloseCode.Unauthorized, 'Token expired');
  }

  async function init(connectionId: string, payload: unknown): Promise<void> {
    const token = bearer(payload);
    let caller: Caller;
    let claims: JwtPayload;
    try {
      if (!token) throw new Error('no bearer token');
      claims = await deps.verifier.verify(token);
      caller = callerOf(claims, deps.userPoolClientId);
    } catch {
      return close(connectionId, CloseCode.Forbidden, 'Forbidden');
    }
    const now = clock.now();
    if ((await repository.countConnections(caller.sub, now)) >= LIVE_LIMITS.connectionsPerMember) {
      // No subscription exists yet to carry a coded error; the reason names the cap.
      return close(connectionId, CloseCode.TooManyInitialisationRequests, `Too many open connections (limit ${LIVE_LIMITS.connectionsPerMember})`);
    }
    const connection: LiveConnectionRecord = {
      connectionId,
      sub: caller.sub,
      role: caller.role,
      groups: [...caller.groups],
      tokenExpiresAt: new Date(Number(claims.exp) * 1000).toISOString(),
      connectedAt: now.toISOString(),
      subscriptions: {},
    };
    if (!(await repository.putConnection(connection, expiresAtEpoch(now)))) {
      return close(connectionId, CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
    }
    await send(connectionId, { type: MessageType.ConnectionAck });
  }

  async function subscribe(connection: LiveConnectionRecord, message: SubscribeMessage): Promise<void> {
    const { connectionId } = connection;
    const { id } = message;
    if (id in connection.subscriptions) return close(connectionId, CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    let checked;
    try {
      checked = checkSubscription(deps.schema(), message.payload, deps.trustedDocuments);
    } catch (error) {
      await sendError(connectionId, id, [asFormatted(error)]);
      return;
    }
    const limit = LIVE_LIMITS.subscriptionsPerConnection;
    const overCap = [coded(`A connection holds at most ${limit} subscriptions`, CODE.LIMIT_REACHED, { limit })];
    if (Object.keys(connection.subscriptions).length >= limit) return void (await sendError(connectionId, id, overCap));
    let member: MembershipRecord | undefined;
    if (checked.target.field === 'circleActivity') {
      // Deny by default: only an active member's subscription is stored; anything else reads as no such circle.
      member = isUlid(checked.target.circleId) ? await deps.memberships.getMembership(checked.target.circleId, connection.sub) : undefined;
      if (!member || member.status !== 'ACTIVE') return void (await sendError(connectionId, id, [coded('Circle not found', CODE.NOT_FOUND)]));
    }
    const record: LiveSubscriptionRecord = {
      connectionId,
      subscriptionId: id,
      sub: connection.sub,
      groups: connection.groups,
      role: connection.role,
      target: checked.target,
      ...(member ? { memberId: member.memberId, circleRole: member.role } : {}),
      query: checked.query,
      variables: checked.variables,
      operationName: checked.operationName,
      tokenExpiresAt: connection.tokenExpiresAt,
    };
    const added = await repository.addSubscription(record, limit, Date.parse(connection.connectedAt) / 1000 + CONNECTION_LIFETIME_SECONDS);
    if (added === 'duplicate') return close(connectionId, CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
    if (added === 'limit') return void (await sendError(connectionId, id, overCap));
    if (added === 'no-connection') return close(connectionId, CloseCode.Unauthorized, 'Unauthorized');
    logger.info('live subscribe', { connectionId, subscriptionId: id, field: checked.target.field });
  }

  async function onMessage(connectionId: string, body: string): Promise<void> {
    let message: Message;
    try {
      message = parseMessage(body);
    } catch {
      return close(connectionId, CloseCode.BadRequest, 'Invalid message received');
    }
    const connection = await repository.getConnection(connectionId);
    if (connection && Date.parse(connection.tokenExpiresAt) <= clock.now().getTime()) return endExpired(connection);
    switch (message.type) {
      case MessageType.ConnectionInit:
        if (connection) return close(connectionId, CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
        return init(connectionId, message.payload);
      case MessageType.Ping:
        return void (await send(connectionId, { type: MessageType.Pong }));
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        if (!connection) return close(connectionId, CloseCode.Unauthorized, 'Unauthorized');
        return subscribe(connection, message);
      case MessageType.Complete: {
        const target = connection?.subscriptions[message.id];
        if (connection && target) await repository.removeSubscription(connection, message.id, target);
        return;
      }
      default:
        return close(connectionId, CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  return async (event) => {
    const { routeKey, connectionId } = event.requestContext;
    switch (routeKey) {
      case '$connect':
        return acceptSubprotocol(event);
      case '$disconnect': {
        const connection = await repository.getConnection(connectionId);
        if (connection) await repository.deleteConnection(connection);
        return OK;
      }
      default: {
        const body = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
        await onMessage(connectionId, body);
        return OK;
      }
    }
  };
}

function expiresAtEpoch(now: Date): number {
  return Math.floor(now.getTime() / 1000) + CONNECTION_LIFETIME_SECONDS;
}

/** $connect: only graphql-transport-ws, echoed back as the handshake requires; nothing stored until connection_init. */
function acceptSubprotocol(event: WebSocketEvent): APIGatewayProxyStructuredResultV2 {
  const header = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'sec-websocket-protocol')?.[1] ?? '';
  const offered = header.split(',').map((p) => p.trim());
  if (!offered.includes(GRAPHQL_TRANSPORT_WS_PROTOCOL)) return { statusCode: 400, body: `Use the ${GRAPHQL_TRANSPORT_WS_PROTOCOL} subprotocol` };
  return { statusCode: 200, headers: { 'Sec-WebSocket-Protocol': GRAPHQL_TRANSPORT_WS_PROTOCOL } };
}
