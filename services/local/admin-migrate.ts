import { MIGRATIONS } from '../shared/db/migrations/registry';
import { runMigrations, type MigrationReport } from '../shared/db/migrations/runner';
import { audit } from './admin-audit';
import type { Target } from './admin-target';

/** `migrate`: the registered migrations over the whole table; `--dry-run` counts, `--restart` scans again from the start. */
export async function migrate(t: Target, options: { dryRun: boolean; restart: boolean }): Promise<void> {
  let report: MigrationReport;
  try {
    report = await runMigrations({ client: t.documents, table: t.tableName, migrations: MIGRATIONS, ...options });
  } catch (error) {
    audit({ action: 'migrate', accountId: null, where: t.where, outcome: 'failed', detail: { dryRun: options.dryRun, error: (error as Error).name } });
    throw error;
  }
  const counts = Object.entries(report.migrated).map(([id, n]) => `${id}: ${n}`);
  audit({
    action: 'migrate',
    accountId: null,
    where: t.where,
    outcome: 'ok',
    detail: { dryRun: report.dryRun, run: report.run, complete: report.complete, scanned: report.scanned, conflicts: report.conflicts, ...report.migrated },
  });
  if (MIGRATIONS.length === 0) {
    console.log(`✔ No migrations are registered: every item in ${t.where} is in the shape the code writes`);
    return;
  }
  const verb = report.dryRun ? 'would migrate' : 'migrated';
  console.log(`✔ ${report.scanned} item(s) read in ${t.where}; ${verb} ${counts.join(', ') || 'nothing'}${report.resumed ? ' (resumed)' : ''}`);
  if (report.conflicts > 0) console.log(`  ${report.conflicts} item(s) kept changing during the run: run again with --restart`);
}
