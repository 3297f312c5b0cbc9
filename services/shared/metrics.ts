/**
 * The request metrics of services/shared/metrics.definition.ts as one
 * CloudWatch embedded-metric-format (EMF) line. Written here, not with
 * Powertools Metrics 2.36: requiring its esbuild bundle cost ~4-7 ms over an
 * empty module (this file ~0.3-2 ms; medians of 21 fresh Node 20 processes,
 * 2 vCPUs) for JSON this file writes in a few dozen lines.
 */
import { CODE } from './error-codes';
import { METRIC, METRIC_NAMESPACE, SERVICE_DIMENSION, type OperationFamily } from './metrics.definition';

/** What one request tells the metrics: names, codes and timings only, never member text. */
export interface RequestMetrics {
  /** A client-kit operation name, or a bounded placeholder (see services/graphql/request-metrics.ts). */
  operation: string;
  /** Absent when no operation ran (refused before GraphQL, unparsable): no latency then, it would skew the percentiles. */
  family?: OperationFamily;
  durationMs: number;
  coldStart: boolean;
  /** The final `extensions.code` of each error answered, in order. */
  codes: readonly string[];
}

// The codes an alarm pages on win the one `code` dimension of a line.
const SEVERITY: readonly string[] = [CODE.INTERNAL_SERVER_ERROR, CODE.SERVICE_UNAVAILABLE];

/**
 * The code a line counts: EMF gives each dimension one value a line, so a
 * partial answer with several codes counts its most severe one (all of them
 * stay readable in the `codes` property). It counts once per response, as the
 * contract says, so infra's Errors / Requests rates stay rates of requests.
 */
export function headlineCode(codes: readonly string[]): string | undefined {
  return SEVERITY.find((code) => codes.includes(code)) ?? codes[0];
}

type Directive = { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] };

function directive(dimensions: string[][], name: string, unit: string): Directive {
  return { Namespace: METRIC_NAMESPACE, Dimensions: dimensions, Metrics: [{ Name: name, Unit: unit }] };
}

/** The EMF object of one request: one directive per dimension set the contract gives a metric, values at the root. */
export function emfRecord(m: RequestMetrics, timestamp = Date.now()): Record<string, unknown> {
  const directives = [directive([['service'], ['service', 'operation']], METRIC.requests, 'Count'), directive([['service']], METRIC.coldStart, 'Count')];
  const record: Record<string, unknown> = {
    ...SERVICE_DIMENSION,
    operation: m.operation,
    [METRIC.requests]: 1,
    [METRIC.coldStart]: m.coldStart ? 1 : 0,
  };
  if (m.family !== undefined) {
    directives.push(directive([['service', 'family']], METRIC.latency, 'Milliseconds'));
    record.family = m.family;
    record[METRIC.latency] = Math.round(m.durationMs * 100) / 100;
  }
  const code = headlineCode(m.codes);
  if (code !== undefined) {
    directives.push(
      directive(
        [
          ['service', 'code'],
          ['service', 'code', 'operation'],
        ],
        METRIC.errors,
        'Count',
      ),
    );
    record.code = code;
    record[METRIC.errors] = 1;
    record.codes = m.codes.join(',');
  }
  return { _aws: { Timestamp: timestamp, CloudWatchMetrics: directives }, ...record };
}

/**
 * One line on stdout, written past `console`: Lambda's runtime prefixes what
 * console.log prints (or wraps it in its JSON log format), and CloudWatch
 * reads a line as EMF only when the whole line is the JSON object.
 */
export function emitRequestMetrics(m: RequestMetrics): void {
  // `npm start` has no CloudWatch to read these, and its terminal is for people.
  if (process.env.LACRIMA_SILENT_LOGS === 'true' || process.env.STAGE === 'local') return;
  process.stdout.write(`${JSON.stringify(emfRecord(m))}\n`);
}
