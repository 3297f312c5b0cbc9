import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isTransactionConditionFailed } from '../shared/db/conditions';
import { ENTITY } from '../shared/db/keys';
import { alertKey } from '../shared/db/catalogue/caseload.catalogue';
import { NotFoundError } from '../shared/errors';
import type { AlertRecord } from './alert.record';
import type { AccessLogRecord, GrantRecord } from './sharing.record';
import { accessLogKey, grantKey } from './sharing.keys';

export interface AlertRepository {
  /**
   * The alert, its access-log entry and a check that the grant is still the
   * active one (and, for a signal, still opted in), in one transaction.
   * False when an alert from the same source already exists (nothing written);
   * NOT_FOUND when the grant no longer allows it.
   */
  putAlert(alert: AlertRecord, source: string, entry: AccessLogRecord, grant: GrantRecord, requireOptIn: boolean, now: string): Promise<boolean>;
}

export class DynamoAlertRepository implements AlertRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async putAlert(alert: AlertRecord, source: string, entry: AccessLogRecord, grant: GrantRecord, requireOptIn: boolean, now: string) {
    const optIn = requireOptIn ? ' AND alertOnSafetySignal = :yes' : '';
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...alertKey(alert.clientSub, alert.therapistSub, source), entity: ENTITY.Alert, ...alert },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              ConditionCheck: {
                TableName: this.table,
                Key: grantKey(grant.clientSub, grant.therapistSub),
                ConditionExpression: `#id = :id AND #status = :active AND (attribute_not_exists(expiresAt) OR expiresAt > :now)${optIn}`,
                ExpressionAttributeNames: { '#id': 'id', '#status': 'status' },
                ExpressionAttributeValues: { ':id': grant.id, ':active': 'ACTIVE', ':now': now, ...(requireOptIn ? { ':yes': true } : {}) },
              },
            },
            {
              Put: {
                TableName: this.table,
                Item: { ...accessLogKey(entry.clientSub, entry.at, entry.id), entity: ENTITY.AccessLogEntry, ...entry },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            accountOpen(this.table, alert.clientSub),
          ],
        }),
      );
      return true;
    } catch (error) {
      refuseIfAccountClosed(error, 3);
      if (!isTransactionConditionFailed(error)) throw error;
      if (failedIndexes(error).includes(0)) return false;
      throw new NotFoundError('Share');
    }
  }
}
