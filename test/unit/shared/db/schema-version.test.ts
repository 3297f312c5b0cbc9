import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SCHEMA_VERSION_ATTRIBUTE, SCHEMA_VERSIONS } from '../../../../services/shared/db/catalogue/shapes';
import { dynamo } from '../../../../services/shared/db/client';
import { fromItem } from '../../../../services/shared/db/items';
import { schemaVersionOf, stampPuts, stampSchemaVersions } from '../../../../services/shared/db/schema-version';

const TABLE = 'lacrima-unit';
const profile = { PK: 'USER#a', SK: 'PROFILE', entity: 'Profile', timeZone: 'Europe/London' };

/** The JSON body the client would send, caught before it leaves (no network, no mock of send). */
async function sentBody(client: DynamoDBDocumentClient, command: PutCommand | TransactWriteCommand | UpdateCommand): Promise<Record<string, unknown>> {
  let body: string | undefined;
  const name = `catch-${Math.random()}`;
  client.middlewareStack.add(
    () => async (args) => {
      const sent = (args.request as { body: string | Uint8Array }).body;
      body = typeof sent === 'string' ? sent : new TextDecoder().decode(sent);
      throw new Error('caught');
    },
    { step: 'build', name },
  );
  try {
    await expect(client.send(command as PutCommand)).rejects.toThrow('caught');
  } finally {
    client.middlewareStack.remove(name);
  }
  return JSON.parse(body as string) as Record<string, unknown>;
}

describe('schema-version', () => {
  describe('stampSchemaVersions', () => {
    it("stamps every item the handler's client puts with its entity's current version, as sent on the wire", async () => {
      const body = await sentBody(dynamo(), new PutCommand({ TableName: TABLE, Item: profile }));

      expect((body.Item as Record<string, unknown>)[SCHEMA_VERSION_ATTRIBUTE]).toEqual({ N: String(SCHEMA_VERSIONS.Profile) });
    });

    it('stamps the Puts of a transaction and leaves its updates and condition checks alone', async () => {
      const client = stampSchemaVersions(
        DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })),
      );
      const update = {
        TableName: TABLE,
        Key: { PK: 'USER#a', SK: 'RATE' },
        UpdateExpression: 'ADD #c :one',
        ExpressionAttributeNames: { '#c': 'count' },
        ExpressionAttributeValues: { ':one': 1 },
      };

      const body = await sentBody(client, new TransactWriteCommand({ TransactItems: [{ Put: { TableName: TABLE, Item: profile } }, { Update: update }] }));

      const [put, updated] = body.TransactItems as Array<{ Put?: { Item: Record<string, unknown> }; Update?: Record<string, unknown> }>;
      expect(put?.Put?.Item[SCHEMA_VERSION_ATTRIBUTE]).toEqual({ N: '1' });
      expect(JSON.stringify(updated?.Update)).not.toContain(SCHEMA_VERSION_ATTRIBUTE);
    });

    it('does not touch an UpdateItem (an update keeps the version the item has)', async () => {
      const client = stampSchemaVersions(
        DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })),
      );

      const body = await sentBody(
        client,
        new UpdateCommand({ TableName: TABLE, Key: { PK: 'p', SK: 's' }, UpdateExpression: 'SET a = :a', ExpressionAttributeValues: { ':a': 1 } }),
      );

      expect(JSON.stringify(body)).not.toContain(SCHEMA_VERSION_ATTRIBUTE);
    });
  });

  describe('stampPuts', () => {
    it('stamps batch puts, leaves deletes, and never changes the caller’s objects', () => {
      const input = { RequestItems: { [TABLE]: [{ PutRequest: { Item: profile } }, { DeleteRequest: { Key: { PK: 'p', SK: 's' } } }] } };

      const stamped = stampPuts('BatchWriteItemCommand', input) as typeof input;

      expect(stamped.RequestItems[TABLE]?.[0]?.PutRequest?.Item).toEqual({ ...profile, schemaVersion: 1 });
      expect(stamped.RequestItems[TABLE]?.[1]).toEqual({ DeleteRequest: { Key: { PK: 'p', SK: 's' } } });
      expect(profile).not.toHaveProperty(SCHEMA_VERSION_ATTRIBUTE);
    });

    it('leaves items with no known entity, and marshalled items, as they are', () => {
      const unknown = { PK: 'p', SK: 's', entity: 'NotAnEntity' };
      const marshalled = { PK: { S: 'p' }, SK: { S: 's' }, entity: { S: 'Profile' } };

      expect(stampPuts('PutItemCommand', { Item: unknown })).toEqual({ Item: unknown });
      expect(stampPuts('PutItemCommand', { Item: marshalled })).toEqual({ Item: marshalled });
    });
  });

  describe('schemaVersionOf', () => {
    it('reads an item without the attribute as version 1', () => {
      expect(schemaVersionOf({ entity: 'Profile' })).toBe(1);
      expect(schemaVersionOf({ entity: 'Profile', schemaVersion: 3 })).toBe(3);
    });
  });

  describe('fromItem', () => {
    it('leaves the version out of the domain record, so records and API answers are unchanged', () => {
      expect(fromItem({ ...profile, schemaVersion: 1 })).toEqual({ timeZone: 'Europe/London' });
    });
  });
});
