import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { stampSchemaVersions } from '../shared/db/schema-version';

/** DynamoDB Local and cognito-local accept any credentials, but the SDK refuses to sign without some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export function localRegion(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWS_REGION || 'us-east-1';
}

export function localDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: localRegion(), credentials: LOCAL_CREDENTIALS, maxAttempts: 2 });
}

export function localDocumentClient(endpoint: string): DynamoDBDocumentClient {
  // Stamped like the handler's client: the local tools write items the handler reads.
  return stampSchemaVersions(
    DynamoDBDocumentClient.from(localDynamoDbClient(endpoint), {
      marshallOptions: { removeUndefinedValues: true },
    }),
  );
}

export function localCognitoClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: localRegion(),
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 2,
  });
}
