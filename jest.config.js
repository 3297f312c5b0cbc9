/** Jest projects: unit (no I/O), integration (DynamoDB Local + cognito-local), infra (CDK). */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] };
const common = {
  transform,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/helpers/env.setup.ts'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      // Real I/O against DynamoDB Local (a JVM) and cognito-local: a set-up that signs up six users takes
      // about a second idle and more than Jest's 5 s default on a busy 2-core machine. Loops set their own.
      testTimeout: 30_000,
      globalSetup: '<rootDir>/test/helpers/integration.global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/integration.global-teardown.ts',
    },
    { ...common, displayName: 'infra', testMatch: ['<rootDir>/test/infra/**/*.test.ts'] },
  ],
};
