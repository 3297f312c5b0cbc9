import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS } from '../../services/local/aws-clients';
import { SCHEMA_VERSIONS } from '../../services/shared/db/catalogue/shapes';
import { migrateItem } from '../../services/shared/db/migrations/item-migration';
import type { Migration } from '../../services/shared/db/migrations/migration';
import { runMigrations, type MigrationRun } from '../../services/shared/db/migrations/runner';
import { stampSchemaVersions } from '../../services/shared/db/schema-version';
import { createTableInput } from '../../services/shared/db/table.definition';
import { testStack } from '../helpers/local-stack';

type Item = Record<string, unknown>;

/** Profiles at version 2 keep pronouns inside `identity` (a test's own change of shape: the code writes every entity at 1). */
const identity: Migration = {
  id: 'test-profile-identity',
  entity: 'Profile',
  from: 1,
  to: 2,
  transform: ({ pronouns, ...item }) => ({ ...item, identity: { pronouns: pronouns ?? null } }),
};
const VERSIONS = { ...SCHEMA_VERSIONS, Profile: 2 };
const OLD_PROFILES = 40;

/**
 * The migration runner over a table of old items on DynamoDB Local: its own
 * table, so the scan sees exactly what the test wrote.
 */
describe('migration runner (integration)', () => {
  const table = `lacrima-migrate-${randomUUID().slice(0, 8)}`;
  const base = new DynamoDBClient({ endpoint: testStack().dynamoDbEndpoint, region: testStack().region, credentials: LOCAL_CREDENTIALS });
  // Stamped like the handler's and the admin tool's clients; the old items below go in unstamped, as written before versions.
  const client = stampSchemaVersions(DynamoDBDocumentClient.from(base));
  const raw = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: testStack().dynamoDbEndpoint, region: testStack().region, credentials: LOCAL_CREDENTIALS }),
  );
  const run = (options: Partial<MigrationRun> = {}) =>
    runMigrations({ client, table, migrations: [identity], versions: VERSIONS, pageSize: 7, segments: 2, ...options });

  async function scan(): Promise<Map<string, Item>> {
    const items = new Map<string, Item>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await raw.send(new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) if (item.entity !== 'MigrationCheckpoint') items.set(`${String(item.PK)}|${String(item.SK)}`, item);
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  const profile = (i: number, extra: Item = {}): Item => ({ PK: `USER#m${i}`, SK: 'PROFILE', entity: 'Profile', pronouns: `p${i}`, version: 1, ...extra });
  const put = (item: Item) => raw.send(new PutCommand({ TableName: table, Item: item }));

  beforeAll(async () => {
    await base.send(new CreateTableCommand(createTableInput(table)));
    await Promise.all([
      ...Array.from({ length: OLD_PROFILES }, (_, i) => put(profile(i))),
      // Another entity, and profiles already in the new shape: neither is touched.
      ...Array.from({ length: 10 }, (_, i) => put({ PK: `USER#m${i}`, SK: `SESSION#${i}`, entity: 'Session', version: 1 })),
      ...Array.from({ length: 5 }, (_, i) =>
        put({ PK: `USER#n${i}`, SK: 'PROFILE', entity: 'Profile', identity: { pronouns: null }, version: 3, schemaVersion: 2 }),
      ),
    ]);
  });

  afterAll(async () => {
    await base.send(new DeleteTableCommand({ TableName: table }));
    base.destroy();
    raw.destroy();
  });

  it('counts in a dry run and writes nothing', async () => {
    const before = await scan();

    const report = await run({ dryRun: true });

    expect(report).toMatchObject({ dryRun: true, complete: true, scanned: 55, migrated: { [identity.id]: OLD_PROFILES }, conflicts: 0 });
    expect(await scan()).toEqual(before);
  });

  it('stops part-way, then resumes where it stopped and migrates every old item exactly once', async () => {
    const before = await scan();

    const first = await run({ maxPages: 3 });
    const midway = [...(await scan()).values()].filter((item) => item.schemaVersion === 2 && item.SK === 'PROFILE' && String(item.PK).startsWith('USER#m'));
    const second = await run();

    expect(first.complete).toBe(false);
    expect(first.migrated[identity.id]).toBe(midway.length);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.length).toBeLessThan(OLD_PROFILES);
    expect(second).toMatchObject({ resumed: true, complete: true, conflicts: 0 });
    expect(first.migrated[identity.id]! + second.migrated[identity.id]!).toBe(OLD_PROFILES);
    expect(first.scanned + second.scanned).toBeLessThan(2 * 55);
    const after = await scan();
    for (let i = 0; i < OLD_PROFILES; i++) {
      expect(after.get(`USER#m${i}|PROFILE`)).toEqual({
        PK: `USER#m${i}`,
        SK: 'PROFILE',
        entity: 'Profile',
        identity: { pronouns: `p${i}` },
        version: 1,
        schemaVersion: 2,
      });
    }
    for (const [key, item] of after) if (!/^USER#m\d+\|PROFILE$/.test(key)) expect(item).toEqual(before.get(key));
  });

  it('is idempotent: a finished run does nothing, and scanning the whole table again changes nothing', async () => {
    const before = await scan();

    const again = await run();
    const rescan = await run({ restart: true });

    expect(again).toMatchObject({ complete: true, scanned: 0, migrated: {} });
    expect(rescan).toMatchObject({ complete: true, resumed: false, migrated: {}, conflicts: 0 });
    expect(rescan.scanned).toBeGreaterThanOrEqual(55);
    expect(await scan()).toEqual(before);
  });

  it('never writes over a change the app made after the scan read the item: it reads again and migrates that', async () => {
    const stale = profile(99);
    await put(stale);
    await raw.send(
      new UpdateCommand({
        TableName: table,
        Key: { PK: stale.PK, SK: stale.SK },
        UpdateExpression: 'SET pronouns = :p, version = version + :one',
        ExpressionAttributeValues: { ':p': 'changed', ':one': 1 },
      }),
    );

    const outcome = await migrateItem(client, table, [identity], stale, false);

    expect(outcome).toEqual({ applied: [identity.id] });
    const stored = (await raw.send(new GetCommand({ TableName: table, Key: { PK: stale.PK, SK: stale.SK } }))).Item;
    expect(stored).toEqual({ PK: stale.PK, SK: stale.SK, entity: 'Profile', identity: { pronouns: 'changed' }, version: 2, schemaVersion: 2 });
  });
});
