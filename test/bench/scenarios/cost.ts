import { DEFAULT_MEMORY_MB } from '../../../infra/constructs/project-function';
import type { CostBytes } from '../children/cost';
import type { LiveResult } from '../children/live';
import { runChild } from '../lib/child';
import { costModel, profileKey, USAGE_PROFILE, type CostModel, type MeasuredOperation } from '../lib/cost';
import type { CallsRow } from './db-tasks';

export interface CostResult {
  bytes: CostBytes;
  model: CostModel;
  /** Where the live fan-out's figures came from. */
  fanOutSource: string;
}

/** The log and response bytes of the profile's operations (children/cost.ts, logs on). */
export function costBytes(script: string, env: Record<string, string>): Promise<CostBytes> {
  const { LACRIMA_SILENT_LOGS: _silent, ...withLogs } = env;
  return runChild<CostBytes>(script, { env: withLogs, timeoutMs: 600_000, showProgress: true });
}

/** The fan-out function's time and reads per event: the live bench's when it ran, else an assumption that says so. */
function fanOut(live: LiveResult | undefined) {
  if (live) {
    return {
      msPerEvent: live.handlerMsPerEvent.p50Ms,
      readUnitsPerEvent: live.capacityUnitsPerEvent,
      source: `live bench (a 30-member circle): stream handler p50 ${live.handlerMsPerEvent.p50Ms} ms and ${live.capacityUnitsPerEvent} read units per event`,
    };
  }
  return { msPerEvent: 50, readUnitsPerEvent: 0.5, source: 'not measured in this run (--only without live): 50 ms per event assumed' };
}

/** Dollars a month for 1,000 active members from this run's measured rows. */
export function costOfRun(rows: readonly CallsRow[], bytes: CostBytes, live: LiveResult | undefined): CostResult {
  const measured = new Map<string, MeasuredOperation>();
  for (const entry of USAGE_PROFILE) {
    const key = profileKey(entry);
    const row = rows.find((r) => r.operation === entry.operation && r.variant === entry.variant && r.outcome === 'ok');
    const b = bytes.operations[key];
    if (!row?.latency || !row.capacity || !b) continue;
    measured.set(key, {
      p50Ms: row.latency.p50Ms,
      readUnits: row.capacity.read,
      writeUnits: row.capacity.write,
      logBytes: b.logBytes,
      responseBytes: b.responseBytes,
    });
  }
  const f = fanOut(live);
  const model = costModel({ members: 1000, memoryMb: DEFAULT_MEMORY_MB, daysPerMonth: 30, measured, fanOut: f });
  return { bytes, model, fanOutSource: f.source };
}
