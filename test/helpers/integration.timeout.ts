// Real I/O against DynamoDB Local (a JVM) and cognito-local: a set-up that signs up six users takes about a
// second on an idle machine and more than Jest's 5 s default on a busy 2-core one. Tests that loop set their own.
// (testTimeout is a global option, which a project in jest.config.js cannot set; this file runs per test file.)
jest.setTimeout(30_000);
