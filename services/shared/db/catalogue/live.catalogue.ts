import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';

/**
 * Live updates (GraphQL subscriptions over API Gateway WebSocket). Nothing of
 * a socket lives in memory between Lambda calls: the connection, and each
 * subscription in the partition its events fan out from, are items.
 *
 * - The connection item (`LIVE#CONN#<connectionId>`) is read on every message:
 *   one GetItem. It lists its subscriptions (id -> partition), so a disconnect
 *   or a gone connection deletes them without a Query.
 * - A member's connection marker sits in `LIVE#USER#<sub>` beside their own
 *   subscriptions (`SUB#...`) but in a range of its own (`CONN#...`): the
 *   connection cap counts that range.
 * - A circle's subscriptions sit in `LIVE#CIRCLE#<circleId>`, so fan-out of a
 *   circle event is one Query of the `SUB#` range; a notification's, one Query
 *   of the recipient's `SUB#` range.
 * - Everything expires with the socket: API Gateway ends a connection after
 *   2 hours at most, and the TTL cleans up what a lost $disconnect left.
 */
const LIVE_CONN_PREFIX = 'LIVE#CONN#';
const LIVE_USER_PREFIX = 'LIVE#USER#';
const LIVE_CIRCLE_PREFIX = 'LIVE#CIRCLE#';
const CONN_PREFIX = 'CONN#';
const SUB_PREFIX = 'SUB#';

export function liveConnectionKey(connectionId: string): Key {
  return { PK: `${LIVE_CONN_PREFIX}${connectionId}`, SK: 'CONN' };
}

export function liveUserPartition(sub: string): string {
  return `${LIVE_USER_PREFIX}${sub}`;
}

export function liveCirclePartition(circleId: string): string {
  return `${LIVE_CIRCLE_PREFIX}${circleId}`;
}

export function liveConnectionMarkerKey(sub: string, connectionId: string): Key {
  return { PK: liveUserPartition(sub), SK: `${CONN_PREFIX}${connectionId}` };
}

/** A member's open connections, in their live partition. */
export function liveConnectionMarkersRange(): Range {
  return prefixRange(CONN_PREFIX);
}

/** A subscription, in the partition its events fan out from (a circle's, or the member's own). */
export function liveSubscriptionKey(partition: string, connectionId: string, subscriptionId: string): Key {
  return { PK: partition, SK: `${SUB_PREFIX}${connectionId}#${subscriptionId}` };
}

/** Every subscription of a fan-out partition. */
export function liveSubscriptionsRange(): Range {
  return prefixRange(SUB_PREFIX);
}

export const LIVE_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.LiveConnection,
    domain: 'live',
    about: 'an acknowledged WebSocket connection: who, until when, and its subscriptions',
    key: () => liveConnectionKey('<connectionId>'),
    expires: true,
    patterns: [
      { name: 'every message on a connection', budget: '1 GetItem' },
      { name: 'disconnect, or a gone connection', budget: '1 GetItem + 1 BatchWriteItem' },
    ],
  },
  {
    entity: ENTITY.LiveConnectionMarker,
    domain: 'live',
    about: "one of a member's open connections, counted for the connection cap",
    key: () => liveConnectionMarkerKey('<sub>', '<connectionId>'),
    expires: true,
    patterns: [{ name: 'connection_init: the cap check', budget: '1 Query (COUNT) + 1 transaction' }],
  },
  {
    entity: ENTITY.LiveSubscription,
    domain: 'live',
    about: 'one GraphQL subscription: its document, variables and the subscriber, where its events fan out from',
    key: () => liveSubscriptionKey(liveCirclePartition('<circleId>'), '<connectionId>', '<subscriptionId>'),
    expires: true,
    patterns: [
      { name: "fan-out of a circle's event (or of a member's notification, in LIVE#USER#<sub>)", budget: '1 Query per event' },
      { name: 'subscribe (conditional on the connection: cap, duplicate id)', budget: '1 GetItem (membership) + 1 transaction' },
    ],
  },
];
