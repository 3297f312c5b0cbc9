/** Shared by the global setup/teardown (jest's main process) and the test helpers (workers). */
export const TEST_STACK_ENV = 'LACRIMA_TEST_STACK';
export const INTEGRATION_STACK_HANDLES = '__lacrimaIntegrationStack';
export const TEST_TABLE_NAME = 'lacrima-test';

/** Where the integration stack runs; published by the global setup as JSON in process.env[TEST_STACK_ENV]. */
export interface TestStack {
  readonly dynamoDbEndpoint: string;
  readonly cognitoEndpoint: string;
  readonly tableName: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly region: string;
}
