import { runChild } from '../lib/child';
import type { DbTask } from '../children/db';

export interface ScaleTier {
  historyItems: number;
  timeline: { medianMs: number; p90Ms: number; calls: string; itemsRead: number };
  insights: { medianMs: number; p90Ms: number; calls: string; itemsRead: number; sessionsInPeriods: number };
}

export interface ScaleResult {
  seeded: { items: number; seconds: number };
  samples: number;
  tiers: ScaleTier[];
}

export interface CallsRow {
  operation: string;
  kind: string;
  variant?: string;
  calls: string;
  /** DynamoDB round trips one after another (calls that overlap count once); null when not measured. */
  roundTrips: number | null;
  commands: string[];
  outcome: string;
  /** Capacity units of the counted request, as DynamoDB Local reports them (ReturnConsumedCapacity TOTAL). */
  capacity: { read: number; write: number } | null;
  /** The same request timed with an injected latency per DynamoDB call (null: not run). */
  latency: LatencyFigures | null;
}

export interface LatencyFigures {
  samples: number;
  /** With the injected latency. */
  p50Ms: number;
  p99Ms: number;
  /** Without it (DynamoDB Local only). */
  plainP50Ms: number;
  plainP99Ms: number;
  /** The process's CPU time for the request (median and p99 over the samples with injection). */
  cpuMs: number;
  cpuP99Ms: number;
}

export interface CallsResult {
  rows: CallsRow[];
  staleScenarios: string[];
  /** The latency injected per DynamoDB call for the latency figures. */
  injected: { ms: number; jitterMs: number };
}

/** Runs one task of children/db.ts (Lacrima's handler in-process on DynamoDB Local). */
export function dbTask<T>(script: string, env: Record<string, string>, task: DbTask, timeoutMs = 600_000): Promise<T> {
  // --expose-gc: the latency samples start each timed request after a collection (children/db.ts).
  return runChild<T>(script, { env, args: [JSON.stringify(task)], nodeOptions: ['--expose-gc'], timeoutMs, showProgress: true });
}
