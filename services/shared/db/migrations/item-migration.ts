import { isDeepStrictEqual } from 'node:util';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SCHEMA_VERSION_ATTRIBUTE } from '../catalogue/shapes';
import { isConditionalCheckFailed } from '../conditions';
import { schemaVersionOf } from '../schema-version';
import { TABLE_KEYS } from '../table.definition';
import type { Migration, StoredItem } from './migration';

const { partitionKey: PK, sortKey: SK } = TABLE_KEYS;

/** What migrating one item did: the migrations it took (none: already current), or `conflict` (it kept changing under us). */
export type ItemOutcome = { applied: string[]; conflict?: false } | { applied: []; conflict: true };

/** The item after every pending migration of its entity, and their ids; null when it is current. */
export function pendingShape(item: StoredItem, migrations: readonly Migration[]): { next: StoredItem; applied: string[] } | null {
  let next = item;
  let version = schemaVersionOf(item);
  const applied: string[] = [];
  for (;;) {
    const step = migrations.find((m) => m.entity === item.entity && m.from === version);
    if (!step) break;
    // A copy: a transform that changes its argument must not change what the condition compares with.
    next = { ...step.transform(structuredClone(next)), [SCHEMA_VERSION_ATTRIBUTE]: step.to };
    if (next[PK] !== item[PK] || next[SK] !== item[SK]) throw new Error(`Migration ${step.id} changed the key of ${String(item[PK])} / ${String(item[SK])}`);
    version = step.to;
    applied.push(step.id);
  }
  return applied.length ? { next, applied } : null;
}

/**
 * Writes the new shape only over the item as it was read: same shape version
 * and, for a mutable item, same `version`. Attributes the migration did not
 * change are not written, so nothing else is touched.
 */
function updateFrom(table: string, old: StoredItem, next: StoredItem) {
  const names: Record<string, string> = { '#pk': PK, '#sv': SCHEMA_VERSION_ATTRIBUTE };
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  let i = 0;
  for (const [name, value] of Object.entries(next)) {
    if (name === PK || name === SK || isDeepStrictEqual(value, old[name])) continue;
    i += 1;
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    sets.push(`#a${i} = :a${i}`);
  }
  for (const name of Object.keys(old)) {
    if (name in next) continue;
    i += 1;
    names[`#a${i}`] = name;
    removes.push(`#a${i}`);
  }
  const conditions = ['attribute_exists(#pk)'];
  if (old[SCHEMA_VERSION_ATTRIBUTE] === undefined) conditions.push('attribute_not_exists(#sv)');
  else {
    conditions.push('#sv = :readSchemaVersion');
    values[':readSchemaVersion'] = old[SCHEMA_VERSION_ATTRIBUTE];
  }
  if (typeof old.version === 'number') {
    names['#version'] = 'version';
    values[':readVersion'] = old.version;
    conditions.push('#version = :readVersion');
  }
  return new UpdateCommand({
    TableName: table,
    Key: { [PK]: old[PK], [SK]: old[SK] },
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

const ATTEMPTS = 3;

/** Migrates one item read by the scan; re-reads and tries again when the app changed it in between. */
export async function migrateItem(
  client: DynamoDBDocumentClient,
  table: string,
  migrations: readonly Migration[],
  read: StoredItem,
  dryRun: boolean,
): Promise<ItemOutcome> {
  let item: StoredItem | undefined = read;
  for (let attempt = 0; attempt < ATTEMPTS && item; attempt++) {
    const pending = pendingShape(item, migrations);
    if (!pending || dryRun) return { applied: pending?.applied ?? [] };
    try {
      await client.send(updateFrom(table, item, pending.next));
      return { applied: pending.applied };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const key: StoredItem = { [PK]: item[PK], [SK]: item[SK] };
      const again = await client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
      item = again.Item;
    }
  }
  // Gone (deleted since the scan read it): nothing to migrate.
  return item ? { applied: [], conflict: true } : { applied: [] };
}
