/**
 * The operational metrics the GraphQL function emits (CloudWatch embedded
 * metric format, one JSON line per request on stdout) and the alarms and
 * dashboard in infra/ read: declared once so the two cannot drift.
 */
export const METRIC_NAMESPACE = 'Lacrima';

/** Every metric line carries this dimension; infra filters on it. */
export const SERVICE_DIMENSION = { service: 'graphql' } as const;

export const METRIC = {
  /** Count per request; dimensions [service] and [service, operation]. */
  requests: 'Requests',
  /** Count per error code a response carried; dimensions [service, code] and [service, code, operation]. */
  errors: 'Errors',
  /** Milliseconds per request; dimensions [service, family]. */
  latency: 'Latency',
  /** Count, 1 on a container's first request; dimension [service]. */
  coldStart: 'ColdStart',
} as const;

/**
 * Operation families for latency percentiles: what a member waits for
 * differs between reading their own data, writing it, and the heavier data-rights calls.
 */
export const OPERATION_FAMILIES = ['read', 'write', 'therapist', 'circle', 'account'] as const;
export type OperationFamily = (typeof OPERATION_FAMILIES)[number];
