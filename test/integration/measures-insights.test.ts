import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import type { TestUser } from '../helpers/local-stack';
import { must, outcomeOf } from '../helpers/world';

// The client kit's documents (schema/operations/), as the apps send them.
const DOCS = {
  profile: kit('UpdateProfile'),
  log: kit('LogSession'),
  submit: kit('SubmitMeasure'),
  shareCode: kit('MyShareCode'),
  invite: kit('InviteTherapist'),
  accept: kit('AcceptInvitation'),
  accessLog: kit('AccessLog'),
  insights: kit('Insights'),
  clientInsights: kit('ClientInsights'),
};

type Point = { id: string; instrument: string; score: number; change: number | null; direction: string | null; meaningful: boolean | null };
type Period = { reliefShare: number | null; floodingShare: number | null; results: Point[] };
type WithMeasures = {
  current: { reliefShare: number | null; floodingShare: number | null };
  measures?: { current: Period; previous: Period } | null;
};

const phq9 = (total: number) => [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i))), 0];

describe('measures beside insights (integration)', () => {
  const {
    api,
    users: { river, sky, rowan, ash },
    recorder,
  } = useIntegrationApi({
    users: { river: {}, sky: {}, rowan: { group: 'therapists' }, ash: { group: 'therapists' } },
    seed: async () => {
      await must(api, river, DOCS.profile, { input: { version: 1, displayName: 'River', timeZone: 'UTC' } });
      for (const [therapist, scopes] of [
        [rowan, ['INSIGHTS', 'MEASURES']],
        [ash, ['INSIGHTS']],
      ] as const) {
        const { myShareCode } = await must<{ myShareCode: string }>(api, therapist, DOCS.shareCode);
        await must(api, river, DOCS.invite, { input: { shareCode: myShareCode, scopes } });
        await must(api, therapist, DOCS.accept, { input: { clientId: river.sub } });
      }
      const startedAt = new Date(Date.now() - 120_000).toISOString();
      await must(api, river, DOCS.log, { input: { startedAt, durationMinutes: 1, afterState: 'LIGHTER' } });
      await must(api, river, DOCS.log, { input: { startedAt: new Date(Date.now() - 60_000).toISOString(), durationMinutes: 1, afterState: 'FLOODED' } });
      await must(api, river, DOCS.submit, { input: { instrument: 'PHQ9', answers: phq9(14) } });
      await must(api, river, DOCS.submit, { input: { instrument: 'PHQ9', answers: phq9(8) } });
      await must(api, sky, DOCS.submit, { input: { instrument: 'PHQ9', answers: phq9(20) } });
    },
    timeout: 60_000,
  });

  async function lastLogged(user: TestUser) {
    const log = await must<{ accessLog: { edges: Array<{ node: { operation: string; itemIds: string[] } }> } }>(api, user, DOCS.accessLog, { first: 1 });
    return log.accessLog.edges[0]?.node;
  }

  it("gives the member's own results with their meaningful change beside the period's relief and flooding shares, in one more Query beside the sessions' own", async () => {
    const res = await api.gql<{ insights: WithMeasures }>(DOCS.insights, { period: 'WEEK' }, river.accessToken);

    expect(res.body.errors).toBeUndefined();
    const insights = res.body.data!.insights;
    expect(insights.measures!.current).toMatchObject({ reliefShare: insights.current.reliefShare, floodingShare: insights.current.floodingShare });
    expect(insights.current).toMatchObject({ reliefShare: 0.5, floodingShare: 0.5 });
    expect(insights.measures!.current.results.map(({ score, change, direction, meaningful }) => ({ score, change, direction, meaningful }))).toEqual([
      { score: 14, change: null, direction: null, meaningful: null },
      { score: 8, change: -6, direction: 'BETTER', meaningful: true },
    ]);
    expect(insights.measures!.previous.results).toEqual([]);
    // The profile (time zone), then the sessions' and the measures' Queries side by side.
    expect(recorder.calls.sort()).toEqual(['GetItem', 'Query', 'Query']);
    expect(recorder.depth()).toBe(2);
  });

  it('reads no measure when the field is left out', async () => {
    const res = await api.gql<{ insights: WithMeasures }>(DOCS.insights, { period: 'WEEK', withMeasures: false }, river.accessToken);

    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.insights.measures).toBeUndefined();
    expect(recorder.calls.sort()).toEqual(['GetItem', 'Query']);
    expect(recorder.depth()).toBe(2);
  });

  it('gives a therapist with MEASURES the client’s results in one grant check, one Query and one audit write more, and logs the results read', async () => {
    const without = await api.gql<{ clientInsights: WithMeasures }>(
      DOCS.clientInsights,
      { clientId: river.sub, period: 'WEEK', withMeasures: false },
      rowan.accessToken,
    );
    expect(without.body.errors).toBeUndefined();
    const base = [...recorder.calls];
    recorder.reset();

    const res = await api.gql<{ clientInsights: WithMeasures }>(DOCS.clientInsights, { clientId: river.sub, period: 'WEEK' }, rowan.accessToken);

    expect(res.body.errors).toBeUndefined();
    const results = res.body.data!.clientInsights.measures!.current.results;
    expect(results.map((r) => r.score)).toEqual([14, 8]);
    expect(recorder.calls.sort()).toEqual([...base, 'GetItem', 'Query', 'TransactWriteItems'].sort());
    expect(await lastLogged(river)).toMatchObject({ operation: 'clientInsights.measures', itemIds: results.map((r) => r.id) });
  });

  it('gives a therapist whose grant lacks MEASURES null, reading no measure and logging nothing for it', async () => {
    const res = await api.gql<{ clientInsights: WithMeasures }>(DOCS.clientInsights, { clientId: river.sub, period: 'WEEK' }, ash.accessToken);

    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.clientInsights.measures).toBeNull();
    // The insights' own reads and audit write, and the grant check: no Query of measures.
    expect(recorder.count('Query')).toBe(1);
    expect(await lastLogged(river)).toMatchObject({ operation: 'clientInsights' });
  });

  it('answers NOT_FOUND when a therapist asks for someone who shared nothing with them, reading no measure', async () => {
    const res = await api.gql(DOCS.clientInsights, { clientId: sky.sub, period: 'WEEK' }, rowan.accessToken);

    expect(outcomeOf(res, 'clientInsights').code).toBe('NOT_FOUND');
    expect(recorder.count('Query')).toBe(0);
    expect(recorder.writes()).toBe(0);
  });
});
