// Imported first by tests that load the handler: it reads its config at module scope.
process.env.STAGE ??= 'test';
process.env.TABLE_NAME = 'lacrima-unit';
process.env.USER_POOL_CLIENT_ID = 'test-client-id';
process.env.LACRIMA_SILENT_LOGS = 'true';
