import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, testStack, type TestUser } from '../helpers/local-stack';

// The client kit's documents (schema/operations/), as the apps send them.
const SUBMIT = kit('SubmitMeasure');
const LIST = kit('MyMeasures');
const TREND = kit('MeasureTrend');
const INSTRUMENTS = kit('Instruments');
const ME = kit('Me');

type Measure = { id: string; instrument: string; answers: number[]; score: number; percentage: number | null; band: string; bandLabel: string; day: string };
type Signal = { kind: string; sessionIds: string[]; resources: { country: string | null }; involveTherapistPrompt: string | null };
type Submitted = { submitMeasure: { measure: Measure; safetySignals: Signal[] } };
type Listed = { measures: { edges: Array<{ cursor: string; node: Measure }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type Trend = {
  measureTrend: { latest: Measure | null; previous: Measure | null; change: number | null; direction: string | null; meaningful: boolean | null };
};

const zeros = (n: number) => Array.from({ length: n }, () => 0);
/** Answers adding up to `total`, filled from the first item. */
function answers(items: number, top: number, total: number): number[] {
  let left = total;
  return Array.from({ length: items }, () => {
    const value = Math.min(top, left);
    left -= value;
    return value;
  });
}
/** A PHQ-9 adding up to `total` (at most 24) with item 9 at 0. */
const phq9 = (total: number) => [...answers(8, 3, total), 0];

async function storedMeasures(sub: string): Promise<number> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :measure)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':measure': 'MEASURE#' },
    }),
  );
  return result.Items?.length ?? 0;
}

describe('standard measures (integration)', () => {
  const {
    api,
    users: { river, sky },
    recorder,
  } = useIntegrationApi({ users: { river: {}, sky: {} } });

  async function submit(user: TestUser, instrument: string, given: number[], idempotencyKey?: string) {
    const res = await api.gql<Submitted>(SUBMIT, { input: { instrument, answers: given, ...(idempotencyKey ? { idempotencyKey } : {}) } }, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.submitMeasure;
  }

  it('gives the exact published wording and options without reading the table', async () => {
    const res = await api.gql<{ instruments: Array<{ id: string; stem: string; items: Array<{ text: string }>; options: Array<{ label: string }> }> }>(
      INSTRUMENTS,
      {},
      river.accessToken,
    );

    const [phq, gad, who] = res.body.data!.instruments;
    expect(phq?.stem).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(phq?.items[8]?.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(gad?.items).toHaveLength(7);
    expect(who?.options.map((o) => o.label)).toEqual([
      'At no time',
      'Some of the time',
      'Less than half of the time',
      'More than half of the time',
      'Most of the time',
      'All of the time',
    ]);
    expect(recorder.count()).toBe(0);
  });

  describe('submitMeasure', () => {
    beforeAll(async () => {
      await api.gql(ME, {}, river.accessToken);
    });

    it.each([
      ['PHQ9', phq9(10), { score: 10, band: 'MODERATE', percentage: null }],
      ['GAD7', answers(7, 3, 15), { score: 15, band: 'SEVERE', percentage: null }],
      ['WHO5', answers(5, 5, 13), { score: 13, band: 'ABOVE_CUTOFF', percentage: 52 }],
    ])('stores a %s with its score in one profile read and one write, two round trips', async (instrument, given, expected) => {
      const result = await submit(river, instrument, given);

      expect(result.measure).toMatchObject({ instrument, answers: given, ...expected });
      expect(result.safetySignals).toEqual([]);
      expect(recorder.calls).toEqual(['GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it.each([
      ['PHQ9', phq9(4), 'MINIMAL'],
      ['PHQ9', phq9(5), 'MILD'],
      ['PHQ9', phq9(19), 'MODERATELY_SEVERE'],
      ['PHQ9', phq9(20), 'SEVERE'],
      ['GAD7', answers(7, 3, 9), 'MILD'],
      ['GAD7', answers(7, 3, 10), 'MODERATE'],
      ['WHO5', answers(5, 5, 7), 'LIKELY_DEPRESSION'],
      ['WHO5', answers(5, 5, 8), 'POOR_WELLBEING'],
      ['WHO5', answers(5, 5, 12), 'POOR_WELLBEING'],
    ])('bands a %s of %j as %s', async (instrument, given, band) => {
      expect((await submit(river, instrument, given)).measure.band).toBe(band);
    });

    it('raises the self-harm signal in the same answer when PHQ-9 item 9 is above 0, and still stores the measure', async () => {
      const given = [0, 0, 0, 0, 0, 0, 0, 0, 1];

      const result = await submit(sky, 'PHQ9', given);

      expect(result.safetySignals).toEqual([expect.objectContaining({ kind: 'SELF_HARM_THOUGHTS', sessionIds: [], involveTherapistPrompt: null })]);
      expect(result.safetySignals[0]?.resources.country).toBeNull();
      const listed = await api.gql<Listed>(LIST, { instrument: 'PHQ9', first: 5 }, sky.accessToken);
      expect(listed.body.data?.measures.edges.map((e) => e.node.id)).toContain(result.measure.id);
    });

    it.each([
      ['too few answers', 'PHQ9', zeros(8), ['answers']],
      ['too many answers', 'WHO5', zeros(6), ['answers']],
      ['an answer above the top option', 'GAD7', [0, 0, 4, 0, 0, 0, 0], ['answers.2']],
      ['a negative answer', 'WHO5', [0, -1, 0, 0, 6], ['answers.1', 'answers.4']],
    ])('refuses %s naming the fields and writes nothing', async (_name, instrument, given, fields) => {
      const before = await storedMeasures(river.sub);
      recorder.reset();

      const res = await api.gql(SUBMIT, { input: { instrument, answers: given } }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      expect(recorder.writes()).toBe(0);
      expect(recorder.count()).toBe(0);
      expect(await storedMeasures(river.sub)).toBe(before);
    });

    it('returns the first measure on a retry with the same idempotency key', async () => {
      const first = await submit(sky, 'GAD7', answers(7, 3, 3), 'measure-retry-01');
      const before = await storedMeasures(sky.sub);

      const retry = await submit(sky, 'GAD7', answers(7, 3, 3), 'measure-retry-01');
      const other = await api.gql(SUBMIT, { input: { instrument: 'GAD7', answers: answers(7, 3, 4), idempotencyKey: 'measure-retry-01' } }, sky.accessToken);

      expect(retry.measure.id).toBe(first.measure.id);
      expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['idempotencyKey'] });
      expect(await storedMeasures(sky.sub)).toBe(before);
    });
  });

  describe('reading results', () => {
    let member: TestUser;

    beforeAll(async () => {
      member = await createTestUser();
      // Oldest first: the PHQ-9 moves from 16 to 12 to 6.
      for (const total of [16, 12, 6]) await submit(member, 'PHQ9', phq9(total));
      await submit(member, 'WHO5', answers(5, 5, 10));
    });

    it('lists one instrument newest first, a page per Query', async () => {
      recorder.reset();
      const first = await api.gql<Listed>(LIST, { instrument: 'PHQ9', first: 2 }, member.accessToken);
      const rest = await api.gql<Listed>(LIST, { instrument: 'PHQ9', first: 2, after: first.body.data?.measures.pageInfo.endCursor }, member.accessToken);

      expect(first.body.data?.measures.edges.map((e) => e.node.score)).toEqual([6, 12]);
      expect(first.body.data?.measures.pageInfo.hasNextPage).toBe(true);
      expect(rest.body.data?.measures.edges.map((e) => e.node.score)).toEqual([16]);
      expect(rest.body.data?.measures.pageInfo.hasNextPage).toBe(false);
      expect(recorder.calls).toEqual(['Query', 'Query']);
    });

    it('lists every instrument together, newest first', async () => {
      const res = await api.gql<Listed>(LIST, { first: 10 }, member.accessToken);

      expect(res.body.data?.measures.edges.map((e) => e.node.instrument)).toEqual(['WHO5', 'PHQ9', 'PHQ9', 'PHQ9']);
    });

    it('gives the change since the previous result and whether it is meaningful, in one Query', async () => {
      recorder.reset();

      const res = await api.gql<Trend>(TREND, { instrument: 'PHQ9' }, member.accessToken);

      expect(res.body.data?.measureTrend).toMatchObject({ change: -6, direction: 'BETTER', meaningful: true, latest: { score: 6 }, previous: { score: 12 } });
      expect(recorder.calls).toEqual(['Query']);
      expect(recorder.depth()).toBe(1);
    });

    it('refuses a cursor of one instrument’s list in another’s', async () => {
      const phq = await api.gql<Listed>(LIST, { instrument: 'PHQ9', first: 1 }, member.accessToken);

      const res = await api.gql(LIST, { instrument: 'GAD7', first: 1, after: phq.body.data?.measures.pageInfo.endCursor }, member.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it('never shows one member’s results to another', async () => {
      const stranger = await createTestUser();

      const listed = await api.gql<Listed>(LIST, { first: 100 }, stranger.accessToken);
      const trend = await api.gql<Trend>(TREND, { instrument: 'PHQ9' }, stranger.accessToken);
      const cursor = (await api.gql<Listed>(LIST, { first: 1 }, member.accessToken)).body.data?.measures.pageInfo.endCursor;
      const probed = await api.gql<Listed>(LIST, { first: 5, after: cursor }, stranger.accessToken);

      expect(listed.body.data?.measures.edges).toEqual([]);
      expect(trend.body.data?.measureTrend).toMatchObject({ latest: null, previous: null, change: null });
      // A cursor carries no partition: the stranger still reads only their own (empty) list.
      expect(probed.body.data?.measures.edges ?? []).toEqual([]);
    });

    it('exports the results and deleting the account removes them', async () => {
      const exported = await api.gql<{ exportMyData: { document: { measures: Array<{ instrument: string; score: number; band: string }> } } }>(
        kit('ExportMyData'),
        { first: 100 },
        member.accessToken,
      );
      expect(exported.body.data?.exportMyData.document.measures.map((m) => [m.instrument, m.score, m.band])).toEqual([
        ['PHQ9', 16, 'MODERATELY_SEVERE'],
        ['PHQ9', 12, 'MODERATE'],
        ['PHQ9', 6, 'MILD'],
        ['WHO5', 10, 'POOR_WELLBEING'],
      ]);

      for (let call = 0; call < 20; call += 1) {
        const res = await api.gql<{ deleteMyAccount: { accountDeletion: { complete: boolean } } }>(
          kit('DeleteMyAccount'),
          { input: { confirm: 'DELETE MY ACCOUNT' } },
          member.accessToken,
        );
        if (res.body.data?.deleteMyAccount.accountDeletion.complete) break;
      }
      expect(await storedMeasures(member.sub)).toBe(0);
    });
  });
});
