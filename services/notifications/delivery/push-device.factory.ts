import type { Clock } from '../../shared/clock';
import { dynamo, tableName } from '../../shared/db/client';
import { deliveryConfig, type DeliveryConfig } from './delivery.config';
import { DynamoPushDeviceRepository } from './push-device.repository';
import { PushDeviceService } from './push-device.service';
import { vapidKeysOf, type VapidKeys } from './vapid';

/*
 * Apart from delivery.factory.ts so that the GraphQL Lambda, which only
 * registers devices, bundles neither web-push nor the SES client.
 */

let vapid: VapidKeys | undefined;
/** The VAPID key pair of this process's secret, derived once. */
export function vapidKeys(settings: DeliveryConfig = deliveryConfig()): VapidKeys {
  vapid ??= vapidKeysOf(settings.vapidSecret);
  return vapid;
}

/** The push device service the GraphQL context wires in. */
export function createPushDeviceService(clock: Clock): PushDeviceService {
  return new PushDeviceService(new DynamoPushDeviceRepository(dynamo(), tableName()), clock, () => {
    const settings = deliveryConfig();
    return { publicKey: vapidKeys(settings).publicKey, allowLocalEndpoints: settings.allowLocalEndpoints };
  });
}
