import { digestOf } from './db/keys';

/**
 * A create request made safe to retry: the caller's key, bound to what was
 * asked. The marker a first call leaves keeps the digest, so a retry with the
 * same key and the same operation and input gets the first result, and the
 * same key with anything else is a CONFLICT instead of a silent old answer
 * (a retry that adds a disclosure must never come back as the first session).
 */
export interface IdempotentRequest {
  key: string;
  /** SHA-256 of the operation and its input (without the key), in a canonical form. */
  digest: string;
}

/** The request to make idempotent, or null when the caller sent no key. */
export function idempotentRequest<T extends { idempotencyKey?: string | null }>(operation: string, input: T): IdempotentRequest | null {
  const { idempotencyKey: key, ...rest } = input;
  if (!key) return null;
  return { key, digest: digestOf(`${operation}\n${canonicalJson(rest)}`) };
}

/**
 * JSON with object keys sorted at every depth and undefined left out, so one
 * input always reads the same whatever order its fields arrived in. Dates
 * become ISO instants, so "…T10:00:00Z" and "…T10:00:00.000Z" are one input.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
