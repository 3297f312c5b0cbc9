import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, type TranslateConfig } from '@aws-sdk/lib-dynamodb';
import { config } from '../config';
import { stampSchemaVersions } from './schema-version';
import { namedStoreError } from './transience';

let documentClient: DynamoDBDocumentClient | undefined;

/**
 * The document client whose transient failures come out named
 * (store-errors.ts): after the SDK's own retries, before any repository sees them.
 */
class NamedErrorsClient extends DynamoDBDocumentClient {
  constructor(client: DynamoDBClient, translateConfig: TranslateConfig) {
    super(client, translateConfig);
  }

  // One signature for the SDK's overloads: the code only ever awaits send.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async send(command: any, options?: any): Promise<any> {
    try {
      return await super.send(command, options);
    } catch (error) {
      throw namedStoreError(error);
    }
  }
}

/** The module-scope document client: one per container, reused across requests. */
export function dynamo(): DynamoDBDocumentClient {
  if (!documentClient) {
    const { region, dynamoDbEndpoint } = config();
    const base = new DynamoDBClient({ region, ...(dynamoDbEndpoint ? { endpoint: dynamoDbEndpoint } : {}) });
    documentClient = stampSchemaVersions(
      new NamedErrorsClient(base, {
        marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
      }),
    );
  }
  return documentClient;
}

export function tableName(): string {
  return config().tableName;
}
