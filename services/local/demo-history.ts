import { CreateJournalEntryDocument, LogSessionDocument, type CreateJournalEntryInput, type LogSessionInput } from '../../schema/generated/graphql';
import { sendKit } from './demo-kit';
import type { DemoAccount, DemoSeedContext, DemoSeeder } from './demo-context';

const DAY = 24 * 3600 * 1000;

type SessionSeed = Omit<LogSessionInput, 'startedAt'> & { daysAgo: number; hour: number };
type JournalSeed = Omit<CreateJournalEntryInput, 'writtenAt'> & { daysAgo: number };

/**
 * A few weeks of varied history for river: different catalysts, mostly relief,
 * and a rough patch (three flooded sessions in two weeks) so safetyStatus has
 * something to show.
 */
const RIVER_SESSIONS: SessionSeed[] = [
  {
    daysAgo: 26,
    hour: 20,
    durationMinutes: 35,
    intention: 'Let the week go',
    distressBefore: 7,
    distressAfter: 3,
    afterState: 'LIGHTER',
    tearsCame: true,
    catalysts: [{ kind: 'MUSIC', reference: 'Gymnopédie No. 1' }],
    emotions: ['SADNESS', 'RELIEF'],
    bodySensations: ['TIGHT_THROAT'],
    peakIntensity: 6,
  },
  {
    daysAgo: 23,
    hour: 21,
    durationMinutes: 25,
    distressBefore: 6,
    distressAfter: 4,
    afterState: 'CALMER',
    tearsCame: true,
    catalysts: [{ kind: 'PHOTOGRAPHS', reference: 'Grandma’s garden' }],
    emotions: ['GRIEF', 'TENDERNESS'],
    peakIntensity: 7,
  },
  {
    daysAgo: 19,
    hour: 19,
    durationMinutes: 40,
    distressBefore: 8,
    distressAfter: 4,
    afterState: 'GROUNDED',
    tearsCame: true,
    catalysts: [{ kind: 'JOURNALING_PROMPT' }, { kind: 'BREATHWORK' }],
    emotions: ['ANGER', 'RELIEF'],
    peakIntensity: 8,
  },
  {
    daysAgo: 16,
    hour: 22,
    durationMinutes: 15,
    distressBefore: 5,
    distressAfter: 5,
    afterState: 'SAME',
    tearsCame: false,
    wantedToCry: true,
    catalysts: [{ kind: 'FILM', reference: 'A quiet film about home' }],
    emotions: ['LONELINESS'],
  },
  {
    daysAgo: 12,
    hour: 20,
    durationMinutes: 30,
    distressBefore: 7,
    distressAfter: 2,
    afterState: 'CLEANSED',
    tearsCame: true,
    catalysts: [{ kind: 'MUSIC', reference: 'Hallelujah' }],
    emotions: ['GRIEF', 'GRATITUDE'],
    peakIntensity: 9,
  },
  {
    daysAgo: 9,
    hour: 21,
    durationMinutes: 50,
    distressBefore: 8,
    distressAfter: 8,
    afterState: 'FLOODED',
    tearsCame: true,
    catalysts: [{ kind: 'MEMORY' }],
    emotions: ['OVERWHELM', 'FEAR'],
    peakIntensity: 10,
    reflection: 'Too much at once. Next time a shorter session.',
  },
  {
    daysAgo: 6,
    hour: 18,
    durationMinutes: 20,
    distressBefore: 6,
    distressAfter: 3,
    afterState: 'CALMER',
    tearsCame: true,
    catalysts: [{ kind: 'MOVEMENT', reference: 'Slow yoga' }, { kind: 'BREATHWORK' }],
    emotions: ['SADNESS', 'RELIEF'],
  },
  {
    daysAgo: 5,
    hour: 22,
    durationMinutes: 35,
    distressBefore: 7,
    distressAfter: 8,
    afterState: 'FLOODED',
    tearsCame: true,
    catalysts: [{ kind: 'MEMORY' }, { kind: 'PHOTOGRAPHS' }],
    emotions: ['GRIEF', 'OVERWHELM'],
    peakIntensity: 9,
  },
  {
    daysAgo: 3,
    hour: 20,
    durationMinutes: 30,
    distressBefore: 7,
    distressAfter: 3,
    afterState: 'LIGHTER',
    tearsCame: true,
    catalysts: [{ kind: 'MUSIC', reference: 'Gymnopédie No. 1' }],
    emotions: ['GRIEF', 'RELIEF'],
    reflection: 'Lighter. The song still works.',
  },
  {
    daysAgo: 1,
    hour: 19,
    durationMinutes: 45,
    distressBefore: 6,
    distressAfter: 5,
    afterState: 'FLOODED',
    tearsCame: true,
    catalysts: [{ kind: 'THERAPY_SESSION' }],
    emotions: ['OVERWHELM'],
  },
];

const RIVER_JOURNAL: JournalSeed[] = [
  { daysAgo: 25, text: 'Writing down what the music brought up: mostly missing people.', promptId: 'after-wave', emotions: ['SADNESS'] },
  { daysAgo: 18, text: 'I can feel the anger sits in my jaw. Noticing, not fixing.', promptId: 'body-now', emotions: ['ANGER'] },
  { daysAgo: 11, text: 'Grateful for the people I have loved, even the ones who are gone.', promptId: 'gratitude-grief', emotions: ['GRATITUDE', 'GRIEF'] },
  { daysAgo: 2, text: 'A kind hour: tea, blanket, no phone.', promptId: 'after-kindness', emotions: ['TENDERNESS'] },
];

const SKY_SESSIONS: SessionSeed[] = [
  {
    daysAgo: 8,
    hour: 21,
    durationMinutes: 20,
    distressBefore: 5,
    distressAfter: 2,
    afterState: 'SLEEPY',
    tearsCame: true,
    catalysts: [{ kind: 'POETRY_OR_READING' }],
    emotions: ['SADNESS'],
  },
  {
    daysAgo: 2,
    hour: 22,
    durationMinutes: 15,
    distressBefore: 4,
    distressAfter: 2,
    afterState: 'CALMER',
    tearsCame: true,
    catalysts: [{ kind: 'SUPPORT_GROUP' }],
    emotions: ['RELIEF'],
  },
];

function at(ctx: DemoSeedContext, daysAgo: number, hour: number): string {
  const day = new Date(ctx.now.getTime() - daysAgo * DAY);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}

async function logSessions(ctx: DemoSeedContext, account: DemoAccount, seeds: SessionSeed[]): Promise<void> {
  for (const { daysAgo, hour, ...rest } of seeds) {
    await sendKit(ctx, account, LogSessionDocument, { input: { startedAt: at(ctx, daysAgo, hour), ...rest } });
  }
}

/** Sessions and journal entries through the public API, so they obey every rule a client meets. */
export const demoHistorySeeder: DemoSeeder = async (ctx) => {
  await logSessions(ctx, ctx.accounts.river, RIVER_SESSIONS);
  for (const { daysAgo, ...entry } of RIVER_JOURNAL) {
    await sendKit(ctx, ctx.accounts.river, CreateJournalEntryDocument, { input: { ...entry, writtenAt: at(ctx, daysAgo, 22) } });
  }
  await logSessions(ctx, ctx.accounts.sky, SKY_SESSIONS);
  await sendKit(ctx, ctx.accounts.sky, CreateJournalEntryDocument, { input: { text: 'First entry. Glad I tried this.', writtenAt: at(ctx, 2, 23) } });
  ctx.log(`seeded ${RIVER_SESSIONS.length + SKY_SESSIONS.length} sessions and ${RIVER_JOURNAL.length + 1} journal entries`);
};
