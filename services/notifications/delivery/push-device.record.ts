/** A member's Web Push subscription as stored (services/shared/db/catalogue/delivery.catalogue.ts). */
export interface PushDeviceRecord {
  id: string;
  /** The push service's URL for this browser: a capability, never shown back or logged. */
  endpoint: string;
  keys: { p256dh: string; auth: string };
  label: string;
  createdAt: string;
  updatedAt: string;
}

/** What a delivery marker and failure name: the notification, the channel, the target. */
export type Channel = 'push' | 'email';

export interface DeliveryFailureRecord {
  notificationId: string;
  kind: string;
  channel: Channel;
  /** A device id, or `email`. */
  target: string;
  /** The push service's HTTP status, an SES error name, or `network`. */
  status: string;
  attempts: number;
  at: string;
}
