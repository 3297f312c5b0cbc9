import { killChildrenOnSignals } from '../../services/local/child-process';
import { startCognitoLocal } from '../../services/local/cognito-local';
import { startDynamoDbLocal } from '../../services/local/dynamodb-local';
import { provisionLocalStack } from '../../services/local/provision';
import { INTEGRATION_STACK_HANDLES, TEST_STACK_ENV, TEST_TABLE_NAME, type TestStack } from './local-stack.config';

/**
 * Once per jest run (only when an integration test is selected): DynamoDB
 * Local in memory and cognito-local in a temp dir, on free ports, provisioned
 * with the same functions as `npm start`. Workers inherit process.env, which
 * carries the endpoints and ids as one JSON variable.
 */
export default async function globalSetup(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // Ctrl-C or a CI timeout must not leave java or cognito-local behind.
  killChildrenOnSignals();
  const [dynamoDb, cognito] = await Promise.allSettled([startDynamoDbLocal(), startCognitoLocal()]);
  const stops = [dynamoDb, cognito].flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop] : []));
  // Handed to the teardown (same process); jest runs it even when tests fail.
  (globalThis as Record<string, unknown>)[INTEGRATION_STACK_HANDLES] = {
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
  try {
    if (dynamoDb.status === 'rejected') throw dynamoDb.reason;
    if (cognito.status === 'rejected') throw cognito.reason;
    const provisioned = await provisionLocalStack({
      dynamoDbEndpoint: dynamoDb.value.endpoint,
      cognitoEndpoint: cognito.value.endpoint,
      tableName: TEST_TABLE_NAME,
    });
    const stack: TestStack = {
      dynamoDbEndpoint: dynamoDb.value.endpoint,
      cognitoEndpoint: cognito.value.endpoint,
      tableName: provisioned.tableName,
      userPoolId: provisioned.userPoolId,
      userPoolClientId: provisioned.userPoolClientId,
      region: process.env.AWS_REGION || 'us-east-1',
    };
    process.env[TEST_STACK_ENV] = JSON.stringify(stack);
  } catch (error) {
    // jest skips the teardown when the setup throws: stop what did start.
    await Promise.all(stops.map((stop) => stop()));
    throw error;
  }
}
