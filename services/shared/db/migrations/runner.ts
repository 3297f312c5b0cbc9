import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { migrationCheckpointKey } from '../catalogue/operations.catalogue';
import { ENTITY } from '../catalogue/shapes';
import { migrateItem } from './item-migration';
import { checkMigrations, type Migration, type StoredItem } from './migration';

type Position = Record<string, unknown>;

/** Where one scan segment stands: `next` is DynamoDB's LastEvaluatedKey (null before the first page). */
interface SegmentState {
  next: Position | null;
  done: boolean;
}

interface Checkpoint {
  migrations: string[];
  segments: SegmentState[];
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
}

export interface MigrationRun {
  client: DynamoDBDocumentClient;
  table: string;
  migrations: readonly Migration[];
  /** Reads and counts, writes nothing (not even the checkpoint). */
  dryRun?: boolean;
  /** Scans from the start even when a checkpoint says the run stopped part-way or finished. */
  restart?: boolean;
  /** Parallel scan segments of a new run (a resumed run keeps its own). */
  segments?: number;
  pageSize?: number;
  /** Stops after this many pages in all (pacing a large table; the next run resumes). */
  maxPages?: number;
  now?: () => Date;
  /** The versions the code writes (SCHEMA_VERSIONS): the migrations must lead exactly there. */
  versions?: Readonly<Record<string, number>>;
}

export interface MigrationReport {
  /** Digest of the migration ids: the checkpoint this run resumes and records. */
  run: string;
  dryRun: boolean;
  /** Resumed from a checkpoint rather than starting at the table's first item. */
  resumed: boolean;
  /** Every segment reached the end of the table (false: stopped by maxPages; run again to resume). */
  complete: boolean;
  scanned: number;
  /** Items changed (or, in a dry run, that would change) per migration id. */
  migrated: Record<string, number>;
  /** Items that kept changing under the runner; a run with `restart` picks them up. */
  conflicts: number;
}

export function runId(migrations: readonly Migration[]): string {
  return createHash('sha256')
    .update(JSON.stringify(migrations.map((m) => m.id).sort()))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Brings every item of the table to the shape the code writes: a segmented,
 * paged Scan (operator tooling, never a request path), each item migrated with
 * a write conditional on what was read. Resumable: the position of every
 * segment is saved after each page. Idempotent: an item at its entity's
 * current version is not written, so a second run changes nothing.
 */
export async function runMigrations(o: MigrationRun): Promise<MigrationReport> {
  checkMigrations(o.migrations, o.versions);
  const now = o.now ?? (() => new Date());
  const run = runId(o.migrations);
  const report: MigrationReport = { run, dryRun: !!o.dryRun, resumed: false, complete: true, scanned: 0, migrated: {}, conflicts: 0 };
  if (o.migrations.length === 0) return report;

  const key = migrationCheckpointKey(run);
  const saved =
    o.dryRun || o.restart
      ? undefined
      : ((await o.client.send(new GetCommand({ TableName: o.table, Key: key, ConsistentRead: true }))).Item as Checkpoint | undefined);
  if (saved?.completedAt) return report;
  report.resumed = !!saved;
  const at = now().toISOString();
  const checkpoint: Checkpoint = saved ?? {
    migrations: o.migrations.map((m) => m.id).sort(),
    segments: Array.from({ length: o.segments ?? 4 }, () => ({ next: null, done: false })),
    startedAt: at,
    updatedAt: at,
  };

  // One write at a time, each the whole checkpoint: a later save never loses another segment's position.
  let saving = Promise.resolve();
  const save = () => {
    if (o.dryRun) return saving;
    const item = { ...key, entity: ENTITY.MigrationCheckpoint, ...checkpoint, updatedAt: now().toISOString() };
    saving = saving.then(async () => void (await o.client.send(new PutCommand({ TableName: o.table, Item: item }))));
    return saving;
  };

  let pagesLeft = o.maxPages ?? Infinity;
  const total = checkpoint.segments.length;
  await Promise.all(
    checkpoint.segments.map(async (segment, index) => {
      while (!segment.done) {
        if (pagesLeft <= 0) return;
        pagesLeft -= 1;
        const page = await o.client.send(
          new ScanCommand({
            TableName: o.table,
            Segment: index,
            TotalSegments: total,
            Limit: o.pageSize ?? 100,
            ExclusiveStartKey: segment.next ?? undefined,
            ConsistentRead: true,
          }),
        );
        for (const item of (page.Items ?? []) as StoredItem[]) {
          report.scanned += 1;
          const outcome = await migrateItem(o.client, o.table, o.migrations, item, !!o.dryRun);
          if (outcome.conflict) report.conflicts += 1;
          for (const id of outcome.applied) report.migrated[id] = (report.migrated[id] ?? 0) + 1;
        }
        segment.next = page.LastEvaluatedKey ?? null;
        segment.done = !page.LastEvaluatedKey;
        await save();
      }
    }),
  );
  report.complete = checkpoint.segments.every((s) => s.done);
  if (report.complete && !o.dryRun) {
    checkpoint.completedAt = now().toISOString();
    await save();
  }
  return report;
}
