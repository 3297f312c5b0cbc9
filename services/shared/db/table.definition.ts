/**
 * The single table, declared once. infra/ builds the real table from this and
 * the local stack (and the integration tests) create DynamoDB Local's from it,
 * so the two cannot drift.
 */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;

/** Generic secondary indexes; code refers to them through access-pattern names. */
export const TABLE_INDEXES = [
  { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
] as const;

export type IndexName = (typeof TABLE_INDEXES)[number]['indexName'];

/** Epoch seconds after which DynamoDB may delete an item; code never relies on it. */
export const TTL_ATTRIBUTE = 'expiresAtEpoch';

/** The change stream the live layer fans out from (services/live/stream.handler.ts): both images, so changes can be compared. */
export const TABLE_STREAM_VIEW = 'NEW_AND_OLD_IMAGES' as const;

/** The logical table name used by the local stack and tests (the cloud name comes from CDK). */
export const LOCAL_TABLE_NAME = 'lacrima-local';

/** CreateTable input for DynamoDB Local, derived from the declaration above. */
export function createTableInput(tableName: string) {
  const attributeNames = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const index of TABLE_INDEXES) {
    attributeNames.add(index.partitionKey);
    attributeNames.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_STREAM_VIEW },
    AttributeDefinitions: [...attributeNames].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
