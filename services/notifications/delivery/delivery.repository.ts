import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deliveryFailureKey, deliveryFailureRange, deliveryMarkerKey } from '../../shared/db/catalogue/delivery.catalogue';
import { isConditionalCheckFailed } from '../../shared/db/conditions';
import { fromItem } from '../../shared/db/items';
import { ENTITY, userPartition } from '../../shared/db/keys';
import { TTL_ATTRIBUTE } from '../../shared/db/table.definition';
import type { Channel, DeliveryFailureRecord } from './push-device.record';

/** Markers and failures are kept for 30 days: longer than any stream or sweep retries one notification. */
export const DELIVERY_RECORD_DAYS = 30;

export interface DeliveryRepository {
  /** Writes the marker of one delivery unless it exists: true when this call may send, false when it was sent (or tried) before. */
  claim(sub: string, notificationId: string, channel: Channel, target: string, at: Date): Promise<boolean>;
  recordFailure(sub: string, failure: DeliveryFailureRecord): Promise<void>;
  /** A member's recorded failures, oldest first (one Query). */
  failures(sub: string): Promise<DeliveryFailureRecord[]>;
}

const expiry = (at: Date) => Math.floor(at.getTime() / 1000) + DELIVERY_RECORD_DAYS * 24 * 3600;

export class DynamoDeliveryRepository implements DeliveryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async claim(sub: string, notificationId: string, channel: Channel, target: string, at: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...deliveryMarkerKey(sub, notificationId, channel, target),
            entity: ENTITY.DeliveryMarker,
            notificationId,
            channel,
            target,
            claimedAt: at.toISOString(),
            [TTL_ATTRIBUTE]: expiry(at),
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async recordFailure(sub: string, failure: DeliveryFailureRecord): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...deliveryFailureKey(sub, failure.at, failure.notificationId, failure.channel, failure.target),
          entity: ENTITY.DeliveryFailure,
          ...failure,
          [TTL_ATTRIBUTE]: expiry(new Date(failure.at)),
        },
      }),
    );
  }

  async failures(sub: string): Promise<DeliveryFailureRecord[]> {
    const range = deliveryFailureRange();
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(sub), ':from': range.from, ':to': range.to },
      }),
    );
    return (result.Items ?? []).map((item) => fromItem<DeliveryFailureRecord>(item));
  }
}
