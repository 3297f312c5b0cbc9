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
}

export interface CallsResult {
  rows: CallsRow[];
  staleScenarios: string[];
}

/** Runs one task of children/db.ts (Lacrima's handler in-process on DynamoDB Local). */
export function dbTask<T>(script: string, env: Record<string, string>, task: DbTask, timeoutMs = 600_000): Promise<T> {
  return runChild<T>(script, { env, args: [JSON.stringify(task)], timeoutMs, showProgress: true });
}
