import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the app sends them.
const UPDATE_PROFILE = kit('UpdateProfile');
const LOG = kit('LogSession');
const INSIGHTS = kit('Insights');

describe('insights (integration)', () => {
  const {
    api,
    users: { member },
    recorder,
  } = useIntegrationApi({ users: { member: {} }, seed });

  async function seed() {
    await api.gql(UPDATE_PROFILE, { input: { version: 1, timeZone: 'Europe/Berlin' } }, member.accessToken);
    const history = [
      // The week of Monday 9 November 2026 (Berlin, UTC+1):
      {
        startedAt: '2026-11-09T18:00:00.000Z',
        durationMinutes: 30,
        distressBefore: 8,
        distressAfter: 4,
        afterState: 'LIGHTER',
        tearsCame: true,
        catalysts: [{ kind: 'MUSIC' }],
      },
      {
        startedAt: '2026-11-11T19:00:00.000Z',
        durationMinutes: 60,
        distressBefore: 6,
        distressAfter: 6,
        afterState: 'FLOODED',
        tearsCame: true,
        catalysts: [{ kind: 'MUSIC' }],
      },
      {
        startedAt: '2026-11-13T20:00:00.000Z',
        durationMinutes: 20,
        distressBefore: 7,
        distressAfter: 3,
        afterState: 'CALMER',
        tearsCame: false,
        catalysts: [{ kind: 'MUSIC' }, { kind: 'FILM' }],
      },
      // Sunday 15 November at 23:30 in Berlin still belongs to that week.
      { startedAt: '2026-11-15T22:30:00.000Z', durationMinutes: 10, afterState: 'SLEEPY' },
      // The week before.
      {
        startedAt: '2026-11-03T10:00:00.000Z',
        durationMinutes: 45,
        distressBefore: 5,
        distressAfter: 2,
        afterState: 'GROUNDED',
        tearsCame: true,
        catalysts: [{ kind: 'MEMORY' }],
      },
      // The week after: outside both periods.
      { startedAt: '2026-11-15T23:30:00.000Z', durationMinutes: 15, afterState: 'CALMER' },
    ];
    for (const input of history) await api.gql(LOG, { input }, member.accessToken);
  }

  it('matches figures worked out by hand for a known week', async () => {
    const res = await api.gql<{ insights: Record<string, unknown> }>(INSIGHTS, { period: 'WEEK', from: '2026-11-11' }, member.accessToken);

    const insights = res.body.data?.insights as { current: Record<string, unknown>; previous: Record<string, unknown> } & Record<string, unknown>;
    expect(insights).toMatchObject({ period: 'WEEK', fromDay: '2026-11-09', toDay: '2026-11-15' });
    expect(insights.current).toMatchObject({
      sessionCount: 4,
      perWeekFrequency: 4,
      totalDurationMinutes: 120, // 30 + 60 + 20 + 10
      medianDurationMinutes: 25, // (20 + 30) / 2
      tearsShare: 0.67, // 2 of the 3 sessions that said
      meanDistressBefore: 7, // (8 + 6 + 7) / 3
      meanDistressAfter: 4.33, // (4 + 6 + 3) / 3
      meanDistressChange: -2.67, // (-4 + 0 - 4) / 3
      reliefShare: 0.75, // LIGHTER, CALMER, SLEEPY of 4 after-states (sleepy is what healing tears leave)
      floodingShare: 0.25, // FLOODED of 4
      topCatalysts: [
        { catalyst: 'MUSIC', sessions: 3 },
        { catalyst: 'FILM', sessions: 1 },
      ],
    });
    const outcomes = insights.current.catalystOutcomes as Array<Record<string, unknown>>;
    expect(outcomes.find((o) => o.catalyst === 'MUSIC')).toMatchObject({ sessions: 3, enoughData: true, reliefRate: 0.67, floodingRate: 0.33 });
    expect(outcomes.find((o) => o.catalyst === 'FILM')).toMatchObject({ sessions: 1, enoughData: false, reliefRate: null, floodingRate: null });
    const series = insights.current.dailySeries as Array<{ day: string; sessionCount: number }>;
    expect(series.map((d) => d.sessionCount)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    const { sessionCount, totalDurationMinutes } = insights.previous;
    expect({ sessionCount, totalDurationMinutes }).toEqual({ sessionCount: 1, totalDurationMinutes: 45 });
  });

  it('reads only the two periods, in one Query, plus the profile', async () => {
    recorder.reset();

    await api.gql(INSIGHTS, { period: 'MONTH', from: '2026-11-01', withMeasures: false }, member.accessToken);

    expect(recorder.calls.sort()).toEqual(['GetItem', 'Query']);
    expect(recorder.depth()).toBe(2);
  });

  it('refuses a malformed day naming the argument', async () => {
    const res = await api.gql(INSIGHTS, { period: 'WEEK', from: '2026-02-30' }, member.accessToken);

    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['from'] });
  });
});
