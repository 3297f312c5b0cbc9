import { userPartition } from './member.catalogue';
import { ENTITY, prefixRange, type ItemType, type Key, type Range } from './shapes';

/**
 * What notification delivery keeps, all in the member's own partition so
 * that deleting the account removes it with everything else: the member's
 * Web Push devices, a marker per delivery made (so a retried dispatch never
 * sends twice) and a record per delivery that failed for good.
 */
const PUSH_PREFIX = 'PUSH#';
const DELIVERED_PREFIX = 'DELIVERED#';
const DELIVERY_FAILURE_PREFIX = 'DELIVERYFAILURE#';

/** A registered Web Push device (its browser's push subscription). */
export function pushDeviceKey(sub: string, deviceId: string): Key {
  return { PK: userPartition(sub), SK: `${PUSH_PREFIX}${deviceId}` };
}

/** Every push device of a member (at most the cap: one Query, one page). */
export function pushDeviceRange(): Range {
  return prefixRange(PUSH_PREFIX);
}

/** One delivery of one notification by one channel to one target (a device id, or `email`). */
export function deliveryMarkerKey(sub: string, notificationId: string, channel: string, target: string): Key {
  return { PK: userPartition(sub), SK: `${DELIVERED_PREFIX}${notificationId}#${channel}#${target}` };
}

/** A delivery that failed after its retries; `at` first so a member's failures read oldest first. */
export function deliveryFailureKey(sub: string, at: string, notificationId: string, channel: string, target: string): Key {
  return { PK: userPartition(sub), SK: `${DELIVERY_FAILURE_PREFIX}${at}#${notificationId}#${channel}#${target}` };
}

/** A member's recorded delivery failures, oldest first (operators and tests). */
export function deliveryFailureRange(): Range {
  return prefixRange(DELIVERY_FAILURE_PREFIX);
}

const SUB = '<sub>';

export const DELIVERY_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.PushDevice,
    domain: 'notifications',
    about: "a member's Web Push subscription (endpoint and keys) with the label they gave it",
    key: () => pushDeviceKey(SUB, '<deviceId>'),
    patterns: [
      { name: 'my push devices (list, dispatch)', budget: '1 Query' },
      { name: 'register one (the same endpoint updates)', budget: '1 Query + 1 transaction (Put + closed-account check)' },
      { name: 'remove one of mine', budget: '1 DeleteItem' },
    ],
  },
  {
    entity: ENTITY.DeliveryMarker,
    domain: 'notifications',
    about: 'one notification sent by one channel to one target, written before sending so a retry never sends twice',
    key: () => deliveryMarkerKey(SUB, '<notificationId>', '<channel>', '<target>'),
    expires: true,
    patterns: [{ name: 'a conditional Put before each send', budget: 'in the write' }],
  },
  {
    entity: ENTITY.DeliveryFailure,
    domain: 'notifications',
    about: 'a delivery that still failed after its retries: ids, channel, status and attempts, never the content',
    key: () => deliveryFailureKey(SUB, '<at>', '<notificationId>', '<channel>', '<target>'),
    expires: true,
    patterns: [{ name: "a member's delivery failures (operators)", budget: '1 Query' }],
  },
];
