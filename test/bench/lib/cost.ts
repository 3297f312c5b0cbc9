import { table } from './report';

/**
 * What 1,000 active members cost a month, from figures the bench measured
 * (duration with an AWS-like latency per DynamoDB call, capacity units, log
 * and response bytes per operation) and a stated usage profile, at list
 * prices. Pure: the bench passes the measurements in.
 */

/**
 * us-east-1 on-demand list prices in USD, without free tiers, as published by
 * AWS when this was written (the bench cannot reach aws.amazon.com to check:
 * update them here, in one place).
 */
export const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  cloudFrontHttpsRequest: 0.01 / 1e4,
  cloudFrontTransferGb: 0.085,
  wafRequest: 0.6 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoStorageGbMonth: 0.25,
  dynamoPitrGbMonth: 0.2,
  cognitoPlusMau: 0.02,
  cognitoEssentialsMau: 0.015,
  logsIngestGb: 0.5,
  xrayTrace: 5.0 / 1e6,
  webSocketMessage: 1.0 / 1e6,
  webSocketConnectionMinute: 0.25 / 1e6,
} as const;

export interface ProfileEntry {
  readonly operation: string;
  /** The bench's calls-table variant whose figures stand for this use (default: the plain row). */
  readonly variant?: string;
  /** Requests per active member per day. */
  readonly perDay: number;
  /** Whether a table write here raises a stream event (the live fan-out function runs for it). */
  readonly raisesEvent?: boolean;
  /** Items a request adds to the table for good (storage growth). */
  readonly stores?: number;
}

/**
 * A member who opens the app about twice a day: reads their timeline, logs a
 * session or a journal entry most days, ticks a routine, visits one circle,
 * answers a weekly measure; one member in five shares with a therapist who
 * looks twice a week. An assumption to argue with, not a measurement.
 */
export const USAGE_PROFILE: readonly ProfileEntry[] = [
  { operation: 'me', perDay: 2 },
  { operation: 'timeline', perDay: 3 },
  { operation: 'session', perDay: 0.5 },
  { operation: 'startSession', perDay: 0.3, stores: 1 },
  { operation: 'endSession', perDay: 0.3, raisesEvent: true },
  { operation: 'logSession', perDay: 0.3, raisesEvent: true, stores: 1 },
  { operation: 'journalEntries', perDay: 0.3 },
  { operation: 'createJournalEntry', perDay: 0.4, stores: 1 },
  { operation: 'updateJournalEntry', perDay: 0.1 },
  { operation: 'myRoutines', perDay: 1 },
  { operation: 'recordRoutineCompletion', perDay: 0.8, stores: 1 },
  { operation: 'upcomingReminders', perDay: 1 },
  { operation: 'insights', perDay: 0.3 },
  { operation: 'weeklyAdherence', perDay: 0.3 },
  { operation: 'safetyStatus', perDay: 0.2 },
  { operation: 'myCircles', perDay: 1 },
  { operation: 'circle', variant: 'feed page (checkIns)', perDay: 2 },
  { operation: 'markCircleVisited', perDay: 1 },
  { operation: 'postCheckIn', perDay: 0.2, raisesEvent: true, stores: 1 },
  { operation: 'addReaction', perDay: 0.5, raisesEvent: true },
  { operation: 'replyToCheckIn', perDay: 0.2, raisesEvent: true, stores: 1 },
  { operation: 'dueMeasures', perDay: 0.3 },
  { operation: 'submitMeasure', perDay: 1 / 7, raisesEvent: true, stores: 1 },
  { operation: 'myGrants', perDay: 0.1 },
  { operation: 'clientTimeline', perDay: 0.2 * (2 / 7), stores: 1 },
  { operation: 'clientInsights', perDay: 0.2 * (1 / 7), stores: 1 },
  { operation: 'myCaseload', perDay: 0.2 * (2 / 7) },
];

/** Minutes a member's app holds its live (WebSocket) connection open per day, and live messages it receives. */
export const LIVE_PROFILE = { connectionMinutesPerDay: 20, messagesPerDay: 10 } as const;

/** The runtime's own START, END and REPORT lines per invocation (their documented format, about this long with X-Ray on). */
export const RUNTIME_LOG_BYTES = 330;
/** A stored item's size assumed for storage growth (a session with a reflection is about 1 KB). */
export const ITEM_BYTES = 1024;

export interface MeasuredOperation {
  /** p50 with the injected latency: what the Lambda is billed for, to the next ms. */
  readonly p50Ms: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  /** Bytes the handler wrote to its log for the request (logs on, production level). */
  readonly logBytes: number;
  /** Bytes of the response body. */
  readonly responseBytes: number;
}

export interface CostInputs {
  readonly members: number;
  readonly memoryMb: number;
  readonly daysPerMonth: number;
  /** Keyed by `operation` or `operation / variant`. */
  readonly measured: ReadonlyMap<string, MeasuredOperation>;
  /** The live fan-out function's billed time per event (ms) and its reads per event. */
  readonly fanOut: { readonly msPerEvent: number; readonly readUnitsPerEvent: number };
}

export interface CostTerm {
  readonly term: string;
  readonly usd: number;
  readonly basis: string;
}

export interface CostModel {
  readonly members: number;
  readonly requestsPerMonth: number;
  readonly terms: CostTerm[];
  readonly totalUsd: number;
  readonly largest: CostTerm;
  /** Profile entries without a measured row: left out of the sums, and named. */
  readonly unmeasured: string[];
}

export const profileKey = (entry: Pick<ProfileEntry, 'operation' | 'variant'>) => (entry.variant ? `${entry.operation} / ${entry.variant}` : entry.operation);

const GB = 1024 ** 3;

export function costModel(inputs: CostInputs, profile: readonly ProfileEntry[] = USAGE_PROFILE): CostModel {
  const perMonth = inputs.members * inputs.daysPerMonth;
  let requests = 0;
  let gbSeconds = 0;
  let readUnits = 0;
  let writeUnits = 0;
  let logBytes = 0;
  let responseBytes = 0;
  let events = 0;
  const unmeasured: string[] = [];
  for (const entry of profile) {
    const m = inputs.measured.get(profileKey(entry));
    if (!m) {
      unmeasured.push(profileKey(entry));
      continue;
    }
    const n = entry.perDay * perMonth;
    requests += n;
    // Lambda bills duration rounded up to the next millisecond.
    gbSeconds += n * (Math.ceil(m.p50Ms) / 1000) * (inputs.memoryMb / 1024);
    readUnits += n * m.readUnits;
    writeUnits += n * m.writeUnits;
    logBytes += n * (m.logBytes + RUNTIME_LOG_BYTES);
    responseBytes += n * m.responseBytes;
    if (entry.raisesEvent) events += n;
  }
  const fanOutGbSeconds = events * (Math.ceil(inputs.fanOut.msPerEvent) / 1000) * (inputs.memoryMb / 1024);
  // Storage is billed on what has piled up: priced here at a member's twelfth month.
  const storedGb = (12 * profile.reduce((sum, e) => sum + e.perDay * perMonth * (e.stores ?? 0), 0) * ITEM_BYTES) / GB;
  const live = LIVE_PROFILE;
  const terms: CostTerm[] = [
    {
      term: 'Cognito (Plus plan) monthly active users',
      usd: inputs.members * PRICES.cognitoPlusMau,
      basis: `${inputs.members} MAU x $${PRICES.cognitoPlusMau}`,
    },
    {
      term: 'Lambda duration (GraphQL)',
      usd: gbSeconds * PRICES.lambdaArmGbSecond,
      basis: `${Math.round(gbSeconds).toLocaleString('en-US')} GB-s at ${inputs.memoryMb} MB, arm64`,
    },
    { term: 'Lambda requests (GraphQL)', usd: requests * PRICES.lambdaRequest, basis: `${Math.round(requests).toLocaleString('en-US')} requests` },
    { term: 'API Gateway HTTP API', usd: requests * PRICES.httpApiRequest, basis: 'per request' },
    {
      term: 'CloudFront requests and transfer',
      usd: requests * PRICES.cloudFrontHttpsRequest + (responseBytes / GB) * PRICES.cloudFrontTransferGb,
      basis: `${(responseBytes / GB).toFixed(2)} GB out`,
    },
    { term: 'WAF requests', usd: requests * PRICES.wafRequest, basis: 'per request inspected' },
    { term: 'X-Ray traces', usd: requests * PRICES.xrayTrace, basis: 'every request traced (the 1/s reservoir covers this load)' },
    {
      term: 'CloudWatch Logs ingestion',
      usd: (logBytes / GB) * PRICES.logsIngestGb,
      basis: `${(logBytes / GB).toFixed(2)} GB (handler lines measured + ${RUNTIME_LOG_BYTES} B runtime lines)`,
    },
    {
      term: 'DynamoDB reads',
      usd: (readUnits + events * inputs.fanOut.readUnitsPerEvent) * PRICES.dynamoReadUnit,
      basis: `${Math.round(readUnits + events * inputs.fanOut.readUnitsPerEvent).toLocaleString('en-US')} read units`,
    },
    { term: 'DynamoDB writes', usd: writeUnits * PRICES.dynamoWriteUnit, basis: `${Math.round(writeUnits).toLocaleString('en-US')} write units` },
    {
      term: 'DynamoDB storage + PITR (after a year)',
      usd: storedGb * (PRICES.dynamoStorageGbMonth + PRICES.dynamoPitrGbMonth),
      basis: `${storedGb.toFixed(3)} GB at ${ITEM_BYTES} B per item`,
    },
    {
      term: 'Live fan-out Lambda (stream events)',
      usd: events * PRICES.lambdaRequest + fanOutGbSeconds * PRICES.lambdaArmGbSecond,
      basis: `${Math.round(events).toLocaleString('en-US')} events x ${inputs.fanOut.msPerEvent} ms`,
    },
    {
      term: 'WebSocket API (live)',
      usd: perMonth * (live.connectionMinutesPerDay * PRICES.webSocketConnectionMinute + live.messagesPerDay * PRICES.webSocketMessage),
      basis: `${live.connectionMinutesPerDay} connection-minutes and ${live.messagesPerDay} messages per member-day`,
    },
  ];
  const totalUsd = terms.reduce((sum, t) => sum + t.usd, 0);
  const largest = terms.reduce((a, b) => (b.usd > a.usd ? b : a));
  return { members: inputs.members, requestsPerMonth: requests, terms, totalUsd, largest, unmeasured };
}

const usd = (v: number) => (v >= 1 ? `$${v.toFixed(2)}` : `$${v.toFixed(4)}`);

export function costTable(model: CostModel): string {
  const sorted = [...model.terms].sort((a, b) => b.usd - a.usd);
  return table(
    ['term', `USD a month, ${model.members.toLocaleString('en-US')} members`, 'share', 'basis'],
    [
      ...sorted.map((t) => [t.term, usd(t.usd), `${((100 * t.usd) / model.totalUsd).toFixed(1)}%`, t.basis]),
      ['total', usd(model.totalUsd), '100%', `${Math.round(model.requestsPerMonth).toLocaleString('en-US')} GraphQL requests`],
    ],
  );
}

export function profileTable(profile: readonly ProfileEntry[] = USAGE_PROFILE): string {
  return table(
    ['operation', 'requests per member per day'],
    profile.map((e) => [profileKey(e), Number(e.perDay.toFixed(3))]),
  );
}
