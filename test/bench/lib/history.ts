import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { JournalEntryRecord } from '../../../services/journal/journal.record';
import type { SessionRecord } from '../../../services/sessions/session.record';
import { MemberItemStore } from '../../../services/shared/db/member-items';
import { AfterState, BodySensation, CatalystKind, Emotion } from '../../../services/sessions/session.enums';

const DAY_MS = 24 * 3600 * 1000;
/** Items in the current and previous calendar month: the same for every history size. */
export const RECENT_ITEMS = 60;

const AFTER_STATES = [AfterState.LIGHTER, AfterState.CALMER, AfterState.GROUNDED, AfterState.SAME, AfterState.WORSE];

type Stored = Record<string, unknown> & { PK: string; SK: string };

function sessionRecord(sub: string, at: Date, n: number): SessionRecord {
  const endedAt = new Date(at.getTime() + (15 + (n % 60)) * 60_000);
  const iso = at.toISOString();
  return {
    id: ulid(at.getTime()),
    sub,
    status: 'COMPLETED',
    startedAt: iso,
    endedAt: endedAt.toISOString(),
    localDay: iso.slice(0, 10),
    intention: 'Let the week go',
    setting: 'Bedroom, door closed',
    distressBefore: 3 + (n % 7),
    catalysts: [{ kind: n % 2 ? CatalystKind.MUSIC : CatalystKind.FILM, reference: 'Something that always works' }],
    tearsCame: n % 5 !== 0,
    wantedToCry: true,
    bodySensations: [BodySensation.TIGHT_THROAT, BodySensation.WARMTH_BEHIND_EYES],
    emotions: [Emotion.GRIEF, Emotion.RELIEF],
    peakIntensity: 4 + (n % 6),
    distressAfter: n % 6,
    afterState: AFTER_STATES[n % AFTER_STATES.length] ?? null,
    reflection: 'It came in waves, then it eased. I noticed my shoulders drop afterwards and the evening felt softer.',
    selfHarmThoughts: false,
    feltUnsafe: false,
    version: 1,
    createdAt: endedAt.toISOString(),
    updatedAt: endedAt.toISOString(),
  };
}

function journalRecord(sub: string, at: Date, n: number): JournalEntryRecord {
  const iso = at.toISOString();
  return {
    id: ulid(at.getTime()),
    sub,
    writtenAt: iso,
    localDay: iso.slice(0, 10),
    text: 'Writing a few lines after a long day. Nothing dramatic, just tired and a little tender. '.repeat(2),
    emotions: [Emotion.TENDERNESS],
    promptId: n % 2 ? 'after-wave' : null,
    version: 1,
    createdAt: iso,
    updatedAt: iso,
  };
}

/** Start of the previous calendar month (UTC, the seeded members' time zone). */
export function previousMonthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
}

/**
 * A member's history of `size` timeline items, as stored: the repositories'
 * own MemberItemStore builds every item (keys from services/shared/db/keys).
 * The newest RECENT_ITEMS fall in the current and previous month whatever
 * the size; the rest spread over the ten years before. Every fourth item is a
 * journal entry, the others sessions.
 */
export function* historyItems(client: DynamoDBDocumentClient, table: string, sub: string, size: number, now = new Date()): Generator<Stored> {
  // The same arguments the session and journal repositories give their stores.
  const sessions = new MemberItemStore<SessionRecord>(client, table, 'Session', 'startedAt', 'Session');
  const journal = new MemberItemStore<JournalEntryRecord>(client, table, 'JournalEntry', 'writtenAt', 'Journal entry');
  const windowStart = previousMonthStart(now).getTime() + 3600_000;
  const windowEnd = now.getTime() - 3600_000;
  const recent = Math.min(size, RECENT_ITEMS);
  const older = size - recent;
  const olderEnd = previousMonthStart(now).getTime() - 60_000;
  const olderStart = olderEnd - 3650 * DAY_MS;
  for (let n = 0; n < size; n++) {
    const at =
      n < recent
        ? new Date(windowEnd - ((windowEnd - windowStart) * n) / Math.max(1, recent - 1))
        : new Date(olderEnd - ((olderEnd - olderStart) * (n - recent)) / Math.max(1, older));
    yield n % 4 === 3 ? journal.toItem(journalRecord(sub, at, n)) : sessions.toItem(sessionRecord(sub, at, n));
  }
}

/** Sessions among the RECENT_ITEMS (what a month of insights must read, whatever the history size). */
export const recentSessions = (size: number): number => {
  let count = 0;
  for (let n = 0; n < Math.min(size, RECENT_ITEMS); n++) if (n % 4 !== 3) count++;
  return count;
};

/** BatchWrite in chunks of 25, `parallel` at a time, retrying unprocessed items; reports progress. */
export async function batchWrite(
  client: DynamoDBDocumentClient,
  table: string,
  items: Iterable<Stored>,
  options: { parallel?: number; onProgress?: (written: number) => void } = {},
): Promise<number> {
  const iterator = items[Symbol.iterator]();
  let written = 0;
  const nextChunk = (): Stored[] => {
    const chunk: Stored[] = [];
    for (let r = iterator.next(); !r.done; r = iterator.next()) {
      chunk.push(r.value);
      if (chunk.length === 25) break;
    }
    return chunk;
  };
  const worker = async () => {
    for (let chunk = nextChunk(); chunk.length > 0; chunk = nextChunk()) {
      let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`BatchWrite kept returning ${requests.length} unprocessed items`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
        requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
      written += chunk.length;
      options.onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 8 }, worker));
  return written;
}
