import type { AccountTier } from '../children/accounts';
import { runChild } from '../lib/child';
import { fmt, table, type Goal } from '../lib/report';

export interface AccountsResult {
  tiers: AccountTier[];
  gcExposed: boolean;
}

/** Lambda's limit on a synchronous response, and the goal's limit on one call (issue #19). */
const RESPONSE_LIMIT = 6 * 1024 * 1024;
const CALL_LIMIT_MS = 10_000;

/** Runs children/accounts.ts: export and deletion for one member per size, after a GC per call. */
export function largeAccounts(script: string, env: Record<string, string>, sizes: number[]): Promise<AccountsResult> {
  return runChild<AccountsResult>(script, { env, args: [sizes.join(',')], nodeOptions: ['--expose-gc'], timeoutMs: 3_600_000, showProgress: true });
}

export function accountTable(result: AccountsResult): string {
  const rows: Array<Array<string | number>> = [];
  for (const t of result.tiers) {
    for (const [what, f, count] of [
      ['exportMyData', t.export, `${t.export.records.toLocaleString('en-US')} records`],
      ['exportMySessionsCsv', t.csv, `${t.csv.rows.toLocaleString('en-US')} rows`],
      ['deleteMyAccount', t.deletion, `${t.deletion.deleted.toLocaleString('en-US')} deleted, ${t.deletion.leftInPartition} left`],
    ] as const) {
      rows.push([
        t.items,
        what,
        f.calls,
        `${f.dynamoCalls} / ${f.maxRoundTrips}`,
        `${f.medianMs} / ${f.maxMs}`,
        f.totalSeconds,
        f.itemsPerSecond,
        fmt.kib(f.maxResponseBytes),
        count,
      ]);
    }
  }
  return table(
    ['account items', 'operation', 'calls', 'DynamoDB calls / deepest chain', 'ms per call (median / max)', 'total s', 'items/s', 'largest response', 'result'],
    rows,
  );
}

export function memoryTable(result: AccountsResult): string {
  return table(
    ['account items', 'heap before MiB', 'peak heap growth MiB (after GC, any call)', 'peak RSS MiB'],
    result.tiers.map((t) => [t.items, t.memory.baselineHeapMiB, t.memory.peakHeapGrowthMiB, t.memory.peakRssMiB]),
  );
}

export function accountGoals(result: AccountsResult): Goal[] {
  const calls = result.tiers.flatMap((t) => [t.export, t.csv, t.deletion]);
  const slowest = Math.max(...calls.map((f) => f.maxMs));
  const largest = Math.max(...calls.map((f) => f.maxResponseBytes));
  const first = result.tiers[0];
  const last = result.tiers[result.tiers.length - 1];
  const goals: Goal[] = [
    {
      id: '11a',
      goal: 'large accounts: every export and deletion call < 10 s',
      measured: `slowest ${fmt.ms(slowest)}`,
      met: slowest < CALL_LIMIT_MS,
      note: result.tiers.map((t) => `${t.items.toLocaleString('en-US')} items: ${t.export.calls} + ${t.csv.calls} + ${t.deletion.calls} calls`).join('; '),
    },
    {
      id: '11b',
      goal: 'large accounts: every response < 6 MB',
      measured: `largest ${fmt.kib(largest)}`,
      met: largest < RESPONSE_LIMIT,
      note: `limit ${fmt.kib(RESPONSE_LIMIT)}`,
    },
  ];
  if (first && last && first !== last) {
    // Flat: the largest account's peak growth within 1.25x the smallest's, or within 4 MiB of it (a few pages of noise).
    const a = first.memory.peakHeapGrowthMiB;
    const b = last.memory.peakHeapGrowthMiB;
    goals.push({
      id: '11c',
      goal: `large accounts: memory flat, ${last.items.toLocaleString('en-US')} vs ${first.items.toLocaleString('en-US')} items`,
      measured: `peak heap growth ${a} -> ${b} MiB`,
      met: b <= Math.max(a * 1.25, a + 4),
      note: `peak RSS ${first.memory.peakRssMiB} -> ${last.memory.peakRssMiB} MiB; everything left after deletion: ${result.tiers.map((t) => t.deletion.leftInPartition).join(' / ')}`,
    });
  }
  return goals;
}
