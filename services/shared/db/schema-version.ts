import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SCHEMA_VERSION_ATTRIBUTE, SCHEMA_VERSIONS, type EntityName } from './catalogue/shapes';

type Item = Record<string, unknown>;
type Input = Record<string, unknown>;

/** The shape version of a stored item: items written before versions existed are 1. */
export function schemaVersionOf(item: Item): number {
  const version = item[SCHEMA_VERSION_ATTRIBUTE];
  return typeof version === 'number' ? version : 1;
}

/** The item as the code writes it today: stamped with its entity's current version. */
export function withSchemaVersion(item: Item): Item {
  // Only document-client items (a marshalled item's entity is { S: ... }) of a known entity.
  const current = typeof item.entity === 'string' ? SCHEMA_VERSIONS[item.entity as EntityName] : undefined;
  return current === undefined ? item : { ...item, [SCHEMA_VERSION_ATTRIBUTE]: current };
}

/** Every whole item a write command puts, stamped; other commands pass unchanged. */
export function stampPuts(commandName: string, input: Input): Input {
  switch (commandName) {
    case 'PutItemCommand':
      return input.Item ? { ...input, Item: withSchemaVersion(input.Item as Item) } : input;
    case 'TransactWriteItemsCommand': {
      const parts = input.TransactItems as Array<{ Put?: { Item?: Item } }> | undefined;
      return {
        ...input,
        TransactItems: parts?.map((part) => (part.Put?.Item ? { ...part, Put: { ...part.Put, Item: withSchemaVersion(part.Put.Item) } } : part)),
      };
    }
    case 'BatchWriteItemCommand': {
      const tables = (input.RequestItems ?? {}) as Record<string, Array<{ PutRequest?: { Item?: Item } }>>;
      const stamped = Object.entries(tables).map(([table, requests]) => [
        table,
        requests.map((r) => (r.PutRequest?.Item ? { ...r, PutRequest: { Item: withSchemaVersion(r.PutRequest.Item) } } : r)),
      ]);
      return { ...input, RequestItems: Object.fromEntries(stamped) };
    }
    default:
      return input;
  }
}

const STAMP = 'lacrima-schema-version';

/**
 * The one place items get their shape version: every Put the client sends
 * (alone, in a transaction or a batch). A middleware rather than a field in
 * each repository's items, so no write can forget it. UpdateItem is left
 * alone: an update keeps the version the item has (a migration raises it).
 */
export function stampSchemaVersions<T extends DynamoDBDocumentClient>(client: T): T {
  client.middlewareStack.add(
    (next, context) => async (args) => next({ ...args, input: stampPuts(String(context.commandName), args.input as Input) }),
    // Before the document client marshals the input: the items are still plain objects here.
    { step: 'initialize', name: STAMP, override: true },
  );
  return client;
}
