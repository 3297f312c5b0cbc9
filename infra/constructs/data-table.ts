import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../services/shared/db/table.definition';

export interface DataTableProps {
  /** Members' data outlives the stack unless a throwaway environment says otherwise. */
  readonly removalPolicy?: RemovalPolicy;
  readonly deletionProtection?: boolean;
}

/** The single table, built from the same declaration the local stack uses. */
export class DataTable extends Construct {
  public readonly table: TableV2;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);

    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // Live updates and notifications are read off the changes (infra/constructs/live-fanout.ts); old images tell
      // what a change changed (a member left, a check-in was hidden) and what a deleted item was.
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      billing: Billing.onDemand(),
      // PITR (35 days) is the backup. No AWS Backup plan with longer retention: a deleted account would live on in it.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection ?? true,
      // A KMS key in the account (aws/dynamodb), so key use shows in CloudTrail; no key to manage.
      encryption: TableEncryptionV2.awsManagedKey(),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
  }
}
