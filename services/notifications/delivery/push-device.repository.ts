import { DeleteCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../../shared/db/closed-account';
import { pushDeviceKey, pushDeviceRange } from '../../shared/db/catalogue/delivery.catalogue';
import { ENTITY, userPartition } from '../../shared/db/keys';
import { fromItem } from '../../shared/db/items';
import type { PushDeviceRecord } from './push-device.record';

export interface PushDeviceRepository {
  /** Every device of the member: one Query (the cap keeps it one page). */
  list(sub: string): Promise<PushDeviceRecord[]>;
  put(sub: string, device: PushDeviceRecord): Promise<void>;
  /** False when there was no such device. */
  remove(sub: string, deviceId: string): Promise<boolean>;
}

export class DynamoPushDeviceRepository implements PushDeviceRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async list(sub: string): Promise<PushDeviceRecord[]> {
    const range = pushDeviceRange();
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': userPartition(sub), ':from': range.from, ':to': range.to },
      }),
    );
    return (result.Items ?? []).map((item) => fromItem<PushDeviceRecord>(item));
  }

  /** With the closed-account check: a token that outlives its account leaves no device behind (UNAUTHENTICATED). */
  async put(sub: string, device: PushDeviceRecord): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.table, Item: { ...pushDeviceKey(sub, device.id), entity: ENTITY.PushDevice, ...device } } },
            accountOpen(this.table, sub),
          ],
        }),
      );
    } catch (error) {
      refuseIfAccountClosed(error, 1);
      throw error;
    }
  }

  async remove(sub: string, deviceId: string): Promise<boolean> {
    const result = await this.client.send(new DeleteCommand({ TableName: this.table, Key: pushDeviceKey(sub, deviceId), ReturnValues: 'ALL_OLD' }));
    return result.Attributes !== undefined;
  }
}
