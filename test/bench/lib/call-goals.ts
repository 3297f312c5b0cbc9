import type { CallsRow } from '../scenarios/db-tasks';
import { fmt, type Goal } from './report';

/**
 * The goals the per-operation table is held to (issue #19): round-trip
 * depth within budget, and time under an injected latency that the depth
 * explains.
 */

/**
 * Reads that must check a grant or a circle membership before they can read
 * what it guards: 2 round trips allowed. Every other read: 1; every write: 2.
 */
export const CHECKED_READS: ReadonlySet<string> = new Set([
  'circle',
  'myCircles',
  'checkInPreview',
  'clientTimeline',
  'clientInsights',
  'clientSafetyStatus',
  'clientMeasures',
  'clientMeasureTrend',
  'clientMeasureSchedules',
  'myCaseload',
]);

export const roundTripBudget = (row: Pick<CallsRow, 'kind' | 'operation'>) => (row.kind === 'mutation' || CHECKED_READS.has(row.operation) ? 2 : 1);

/**
 * The latency model: each round trip waits the injected latency, and the
 * request's own time comes on top. Its own time is the same request without
 * the injection: its CPU plus DynamoDB Local's service time, which real
 * DynamoDB has inside its latency but which cannot be taken out of a local
 * run (the CPU time alone is reported beside it). A request that waits on
 * more than its round trips (calls that could overlap, or a wait on
 * something else) lands above the model; the p99 compares with the p99s.
 */
export function latencyModel(row: CallsRow, injectedMs: number) {
  const depth = row.roundTrips ?? 0;
  const l = row.latency;
  const p50 = depth * injectedMs + (l?.plainP50Ms ?? 0);
  const p99 = depth * injectedMs + (l?.plainP99Ms ?? 0);
  return { p50, p99, p50Ratio: (l?.p50Ms ?? 0) / p50, p99Ratio: (l?.p99Ms ?? 0) / p99 };
}

const label = (r: CallsRow) => (r.variant ? `${r.operation} (${r.variant})` : r.operation);

export function callGoals(rows: readonly CallsRow[], injectedMs: number): Goal[] {
  const out: Goal[] = [];
  const measured = rows.filter((r) => r.roundTrips !== null && r.outcome === 'ok');
  const over = measured.filter((r) => (r.roundTrips ?? 0) > roundTripBudget(r)).sort((a, b) => (b.roundTrips ?? 0) - (a.roundTrips ?? 0));
  out.push({
    id: '10',
    goal: 'round trips: reads <= 1 (2 where a grant or membership is checked first), writes <= 2',
    measured: `${measured.length - over.length} of ${measured.length} rows`,
    met: over.length === 0,
    note: over.length ? `over: ${over.map((r) => `${label(r)} ${r.roundTrips}`).join(', ')}` : '',
  });
  const timed = rows.filter((r) => r.latency);
  if (timed.length) {
    const limit = 1.2;
    const scored = timed.map((r) => ({ r, m: latencyModel(r, injectedMs) })).map(({ r, m }) => ({ r, worst: Math.max(m.p50Ratio, m.p99Ratio) }));
    const missing = scored.filter((s) => s.worst > limit).sort((a, b) => b.worst - a.worst);
    out.push({
      id: '9',
      goal: `injected latency: every operation's p50 and p99 <= ${limit}x (round trips x ${injectedMs} ms + own time)`,
      measured: `${timed.length - missing.length} of ${timed.length} rows`,
      met: missing.length === 0,
      note: missing.length
        ? `over: ${missing.map((s) => `${label(s.r)} ${fmt.x(s.worst)}`).join(', ')}`
        : `worst: ${scored
            .sort((a, b) => b.worst - a.worst)
            .slice(0, 3)
            .map((s) => `${label(s.r)} ${fmt.x(s.worst)}`)
            .join(', ')}`,
    });
  }
  return out;
}
