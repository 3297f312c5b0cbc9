import '../../../helpers/unit-env';
import { dynamo, tableName } from '../../../../services/shared/db/client';

describe('client', () => {
  describe('dynamo', () => {
    it('hands out one document client for the life of the container', () => {
      expect(dynamo()).toBe(dynamo());
    });

    it('drops undefined attributes and refuses class instances when marshalling', () => {
      expect(dynamo().config.translateConfig?.marshallOptions).toEqual({ removeUndefinedValues: true, convertClassInstanceToMap: false });
    });

    it('talks to DYNAMODB_ENDPOINT when one is set (DynamoDB Local)', async () => {
      const before = process.env.DYNAMODB_ENDPOINT;
      process.env.DYNAMODB_ENDPOINT = 'http://localhost:8123';
      try {
        // A fresh module registry: config and the client are both read once per container.
        let endpoint: unknown;
        await jest.isolateModulesAsync(async () => {
          const fresh = await import('../../../../services/shared/db/client');
          endpoint = await fresh.dynamo().config.endpoint?.();
        });

        expect(endpoint).toMatchObject({ hostname: 'localhost', port: 8123, protocol: 'http:' });
      } finally {
        if (before === undefined) delete process.env.DYNAMODB_ENDPOINT;
        else process.env.DYNAMODB_ENDPOINT = before;
      }
    });
  });

  describe('tableName', () => {
    it('comes from TABLE_NAME', () => {
      expect(tableName()).toBe('lacrima-unit');
    });
  });
});
