import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { caseloadSummaryKey } from '../../services/shared/db/catalogue/caseload.catalogue';
import { demoHistorySeeder } from '../../services/local/demo-history';
import { demoSharingSeeder } from '../../services/local/demo-sharing';
import { demoProfilesSeeder, type DemoAccountKey } from '../../services/local/demo-seeders';
import { startStreamPoller, type StreamPoller } from '../../services/local/stream-poller';
import { createLiveWiring } from '../../services/live/live.wiring';
import { demoSeedContext } from '../helpers/demo';
import { kit } from '../helpers/kit';
import { documentClient, startTestApi, testStack, type TestApi, type TestUser } from '../helpers/local-stack';

type Caseload = {
  myCaseload: {
    edges: Array<{
      node: {
        client: { id: string; displayName: string | null };
        scopes: string[];
        activeSignalKinds: string[] | null;
        newMeasures: number | null;
        measures: Array<{ instrument: string; score: number; band: string }> | null;
        suggestions: Array<{ name: string; status: string }>;
      };
    }>;
  };
};

/**
 * The demo as `npm start` seeds it, with the table's stream feeding the
 * caseload summaries as it does there: rowan's caseload shows river (safety
 * signals, a suggestion, two PHQ-9 results) and sky.
 */
describe('the demo therapist’s caseload (integration)', () => {
  let api: TestApi;
  let poller: StreamPoller;
  let users: Record<DemoAccountKey, TestUser>;

  beforeAll(async () => {
    api = await startTestApi();
    // Nobody subscribes here; a sender that reaches no socket is enough for the stream handler.
    const wiring = createLiveWiring({ post: async () => 'sent', close: async () => undefined });
    poller = await startStreamPoller({ endpoint: testStack().dynamoDbEndpoint, tableName: testStack().tableName, handle: wiring.handleStream, intervalMs: 50 });
    const seeded = await demoSeedContext(api);
    users = seeded.users;
    for (const seeder of [demoProfilesSeeder, demoHistorySeeder, demoSharingSeeder]) await seeder(seeded.ctx);
  }, 120_000);

  afterAll(async () => {
    await poller?.stop();
    await api?.close();
  });

  /** Caseload summaries follow the table's stream: wait until it has carried what the demo wrote (read straight from the table, so rowan's first look stays first). */
  async function summaryOf(sub: string, until: (item: Record<string, unknown>) => boolean) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { Item } = await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: caseloadSummaryKey(sub), ConsistentRead: true }));
      if (Item && until(Item)) return Item;
      if (Date.now() > deadline) throw new Error(`the caseload summary did not fill in: ${JSON.stringify(Item ?? null)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('shows river with a signal, a suggestion and her two PHQ-9 results (new since rowan last looked), and sky', async () => {
    const { river, sky, rowan } = users;
    await summaryOf(
      river.sub,
      (item) => (item.measureIds as Set<string> | undefined)?.size === 2 && Object.keys(item).some((name) => name.startsWith('signal_')),
    );
    await summaryOf(sky.sub, (item) => (item.measureIds as Set<string> | undefined)?.size === 1);

    const res = await api.gql<Caseload>(kit('MyCaseload'), { first: 10 }, rowan.accessToken);
    expect(res.body.errors).toBeUndefined();
    const rows = res.body.data!.myCaseload.edges.map((edge) => edge.node);
    const riverRow = rows.find((row) => row.client.id === river.sub);
    const skyRow = rows.find((row) => row.client.id === sky.sub);

    expect(rows).toHaveLength(2);
    expect(riverRow).toMatchObject({
      client: { displayName: 'River' },
      newMeasures: 2,
      measures: [{ instrument: 'PHQ9', score: 11, band: 'MODERATE' }],
      suggestions: [{ status: 'PENDING' }],
    });
    expect(riverRow?.activeSignalKinds).toContain('FELT_UNSAFE');
    expect(skyRow).toMatchObject({ client: { displayName: 'Sky' }, newMeasures: 1, measures: [{ instrument: 'GAD7' }], activeSignalKinds: [] });
    expect([...(skyRow?.scopes ?? [])].sort()).toEqual(['MEASURES', 'SESSIONS']);
  });
});
