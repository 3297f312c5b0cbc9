/**
 * The GraphQL documents the comparisons send; both handlers answer them
 * identically. Not the client kit's: the plain baseline's hand-written schema
 * has only what these select (the DynamoDB-calls table sends the kit's).
 */
export const TIMELINE_QUERY = `query Timeline($first: Int, $after: String, $kinds: [TimelineKind!]) {
  timeline(first: $first, after: $after, kinds: $kinds) {
    edges {
      cursor
      node {
        __typename id kind occurredAt day
        ... on Session { status startedAt endedAt durationMinutes distressBefore distressAfter peakIntensity afterState tearsCame emotions bodySensations catalysts { kind reference } intention reflection version }
        ... on JournalEntry { text emotions prompt { id text } version }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const LOG_SESSION_MUTATION = `mutation LogSession($input: LogSessionInput!) {
  logSession(input: $input) {
    session { id kind occurredAt day status durationMinutes distressBefore distressAfter afterState emotions version }
    safetySignals { kind message sessionIds }
  }
}`;

export const INSIGHTS_QUERY = `query Insights($period: InsightPeriod!, $from: String) {
  insights(period: $period, from: $from) {
    period fromDay toDay
    current { sessionCount perWeekFrequency totalDurationMinutes medianDurationMinutes meanDistressChange reliefShare topCatalysts { catalyst sessions } dailySeries { day sessionCount } }
    previous { sessionCount perWeekFrequency meanDistressChange }
  }
}`;

const AFTER_STATES = ['LIGHTER', 'CALMER', 'GROUNDED', 'CLEANSED', 'SAME', 'WORSE'] as const;
const EMOTIONS = ['GRIEF', 'SADNESS', 'RELIEF', 'TENDERNESS', 'GRATITUDE'] as const;
const DAY_MS = 24 * 3600 * 1000;

/**
 * A varied, valid logSession input. Back-dated 30 to 3000 days so the
 * safety-signal window (the last 14 days) stays the same size however many
 * sessions a run writes: runs stay comparable. One in four carries an
 * idempotency key (a transaction instead of a conditional put).
 */
export function logSessionVariables(n: number, now = Date.now()): { input: Record<string, unknown> } {
  const startedAt = new Date(now - (30 + ((n * 7919) % 2970)) * DAY_MS - (n % 1440) * 60_000);
  return {
    input: {
      startedAt: startedAt.toISOString(),
      durationMinutes: 10 + (n % 80),
      distressBefore: n % 11,
      distressAfter: (n * 3) % 11,
      peakIntensity: (n * 5) % 11,
      tearsCame: n % 3 !== 0,
      afterState: AFTER_STATES[n % AFTER_STATES.length],
      emotions: [EMOTIONS[n % EMOTIONS.length], EMOTIONS[(n + 2) % EMOTIONS.length]],
      catalysts: [{ kind: 'MUSIC', reference: 'Bench song' }],
      reflection: 'A short reflection written by the bench so the item has a realistic size.',
      ...(n % 4 === 0 ? { idempotencyKey: `bench-${now.toString(36)}-${n}` } : {}),
    },
  };
}
