import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';

let documentClient: DynamoDBDocumentClient | undefined;

/** The module-scope document client: one per container, reused across requests. */
export function dynamo(): DynamoDBDocumentClient {
  if (!documentClient) {
    const { region, dynamoDbEndpoint } = config();
    const base = new DynamoDBClient({ region, ...(dynamoDbEndpoint ? { endpoint: dynamoDbEndpoint } : {}) });
    documentClient = DynamoDBDocumentClient.from(base, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return documentClient;
}

export function tableName(): string {
  return config().tableName;
}
