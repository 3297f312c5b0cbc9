import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MemberNotification } from '../../services/live/live.events';
import { createStreamHandler } from '../../services/live/stream-changes';
import { startStreamPoller, type StreamPoller } from '../../services/local/stream-poller';
import { systemClock } from '../../services/shared/clock';
import { DynamoCaseloadRepository } from '../../services/sharing/caseload.repository';
import { CaseloadSummaryKeeper } from '../../services/sharing/caseload.service';
import { caseloadSummaryKey } from '../../services/shared/db/catalogue/caseload.catalogue';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { createTestUser, documentClient, testStack, type TestUser } from '../helpers/local-stack';
import { must } from '../helpers/world';

// The client kit's documents (schema/operations/), as the apps send them.
const CASELOAD = kit('MyCaseload');
const ALERT = kit('AlertMyTherapist');
const SET_ALERTS = kit('SetGrantAlerts');
const LOG = kit('LogSession');
const SUBMIT = kit('SubmitMeasure');
const SUGGEST = kit('SuggestPractice');
const ACCESS_LOG = kit('AccessLog');

type Row = {
  grantId: string;
  client: { id: string; displayName: string | null };
  scopes: string[];
  lastViewedAt: string | null;
  newSessions: number | null;
  newMeasures: number | null;
  newAlerts: number;
  latestAlert: { alertId: string; reason: string; signalKinds: string[] } | null;
  activeSignalKinds: string[];
  measures: Array<{ measureId: string; instrument: string; score: number; band: string }>;
  suggestions: Array<{ suggestionId: string; name: string; status: string }>;
};
type Caseload = { myCaseload: { edges: Array<{ node: Row }>; pageInfo: { hasNextPage: boolean } } };
type Log = { accessLog: { edges: Array<{ node: { operation: string; itemIds: string[]; therapist: { personId: string } } }> } };

const HOUR_MS = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const session = (extra: Record<string, unknown> = {}) => ({ startedAt: ago(2 * HOUR_MS), durationMinutes: 20, distressBefore: 6, distressAfter: 4, ...extra });
const PHQ9_SELF_HARM = [1, 1, 1, 1, 1, 1, 1, 1, 2];
const PHQ9_MILD = [1, 1, 1, 1, 1, 1, 0, 0, 0];

async function alertItems(sub: string): Promise<number> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :alert)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':alert': 'ALERT#' },
    }),
  );
  return result.Items?.length ?? 0;
}

async function summaryOf(sub: string): Promise<Record<string, unknown> | undefined> {
  return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: caseloadSummaryKey(sub) }))).Item;
}

/** Waits (polling, never a fixed sleep) until the stream has carried what `ready` looks for. */
async function eventually<T>(pick: () => Promise<T | undefined> | T | undefined, withinMs = 8_000): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const found = await pick();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('the stream did not deliver in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const size = (value: unknown) => (value instanceof Set ? value.size : 0);

describe('caseload and consented alerts (integration)', () => {
  const notifications: MemberNotification[] = [];
  let poller: StreamPoller;
  const {
    api,
    users: { rowan, river, sky, fern, stranger },
    recorder,
  } = useIntegrationApi({
    users: { rowan: { group: 'therapists' }, river: {}, sky: {}, fern: {}, stranger: {} },
    timeout: 60_000,
    seed: async () => {
      await must(api, rowan, kit('UpdateProfile'), { input: { version: 1, displayName: 'Rowan' } });
      const { myShareCode } = await must<{ myShareCode: string }>(api, rowan, kit('MyShareCode'));
      const shares: Array<[TestUser, string, string[]]> = [
        [river, 'River', ['SESSIONS', 'SAFETY_SIGNALS', 'MEASURES', 'INSIGHTS']],
        [sky, 'Sky', ['SESSIONS']],
        [fern, 'Fern', ['SESSIONS', 'SAFETY_SIGNALS']],
      ];
      for (const [client, name, scopes] of shares) {
        await must(api, client, kit('UpdateProfile'), { input: { version: 1, displayName: name } });
        await must(api, client, kit('InviteTherapist'), { input: { shareCode: myShareCode, scopes } });
        await must(api, rowan, kit('AcceptInvitation'), { input: { clientId: client.sub } });
      }
    },
  });

  beforeAll(async () => {
    // The stream handler as the cloud wires it, with the caseload summaries kept and notifications recorded.
    const keeper = new CaseloadSummaryKeeper(new DynamoCaseloadRepository(documentClient(), testStack().tableName), systemClock);
    const handle = createStreamHandler({
      publishCircle: async () => undefined,
      publishNotification: async (notification) => void notifications.push(notification),
      dispatch: async () => undefined,
      replyRecipient: async () => undefined,
      moveReminders: async () => undefined,
      updateCaseload: (change) => keeper.apply(change),
    });
    poller = await startStreamPoller({ endpoint: testStack().dynamoDbEndpoint, tableName: testStack().tableName, handle, intervalMs: 50 });
  });

  afterAll(async () => {
    await poller?.stop();
  });

  async function caseload(user: TestUser, first = 10) {
    return api.gql<Caseload>(CASELOAD, { first }, user.accessToken);
  }
  const rowOf = (page: Caseload, client: TestUser) => page.myCaseload.edges.map((e) => e.node).find((row) => row.client.id === client.sub);

  it('refuses a member with FORBIDDEN and reads nothing', async () => {
    const res = await caseload(river);

    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(recorder.count()).toBe(0);
  });

  it('sends an alert only with the opt-in, once per signal, and lists it in the access log', async () => {
    // Fern never opted in: her signal is recorded for the caseload but alerts nobody.
    const fernLogged = await must<{ logSession: { safetySignals: Array<{ kind: string }> } }>(api, fern, LOG, { input: session({ feltUnsafe: true }) });
    expect(fernLogged.logSession.safetySignals.map((s) => s.kind)).toContain('FELT_UNSAFE');
    expect(await alertItems(fern.sub)).toBe(0);

    const opted = await must<{ setGrantAlerts: { grant: { alertOnSafetySignal: boolean } } }>(api, river, SET_ALERTS, {
      input: { therapistId: rowan.sub, alertOnSafetySignal: true },
    });
    expect(opted.setGrantAlerts.grant.alertOnSafetySignal).toBe(true);

    const input = session({ selfHarmThoughts: true, idempotencyKey: 'caseload-retry-01' });
    const logged = await must<{ logSession: { session: { id: string }; safetySignals: Array<{ kind: string }> } }>(api, river, LOG, { input });
    expect(logged.logSession.safetySignals.map((s) => s.kind)).toContain('SELF_HARM_THOUGHTS');
    // A retry of the same write alerts no one twice.
    await must(api, river, LOG, { input });
    expect(await alertItems(river.sub)).toBe(1);

    const told = await eventually(() => notifications.find((n) => n.kind === 'SAFETY_ALERT' && n.recipientSub === rowan.sub));
    expect(told.grantId).toEqual(expect.any(String));
    expect(Object.keys(told).sort()).toEqual(['at', 'grantId', 'id', 'kind', 'recipientSub']);
    const log = await must<Log>(api, river, ACCESS_LOG, { first: 5 });
    expect(log.accessLog.edges.map((e) => e.node.operation)).toContain('safetyAlert');
    expect(notifications.filter((n) => n.kind === 'SAFETY_ALERT' && n.recipientSub === fern.sub)).toEqual([]);
  });

  it('lets a client alert their therapist at any moment, and nobody else', async () => {
    recorder.reset();
    const sent = await must<{ alertMyTherapist: { alert: { id: string; reason: string; therapist: { personId: string } } } }>(api, sky, ALERT, {
      input: { therapistId: rowan.sub },
    });

    expect(sent.alertMyTherapist.alert).toMatchObject({ reason: 'CLIENT_ASKED', therapist: { personId: rowan.sub } });
    expect(recorder.calls).toEqual(['GetItem', 'TransactWriteItems']);
    expect(recorder.depth()).toBe(2);
    const log = await must<Log>(api, sky, ACCESS_LOG, { first: 5 });
    expect(log.accessLog.edges[0]?.node).toMatchObject({ operation: 'alertMyTherapist', itemIds: [sent.alertMyTherapist.alert.id] });
    await eventually(() => notifications.find((n) => n.id === `alert:${sent.alertMyTherapist.alert.id}`));

    const refused = await api.gql(ALERT, { input: { therapistId: rowan.sub } }, stranger.accessToken);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notSub = await api.gql(ALERT, { input: { therapistId: 'not-a-therapist' } }, sky.accessToken);
    expect(notSub.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows three clients in one Query, one BatchGetItem and one logging transaction, each row as its scopes allow', async () => {
    const phq = await must<{ submitMeasure: { measure: { id: string } } }>(api, river, SUBMIT, { input: { instrument: 'PHQ9', answers: PHQ9_SELF_HARM } });
    const latest = await must<{ submitMeasure: { measure: { id: string } } }>(api, river, SUBMIT, { input: { instrument: 'PHQ9', answers: PHQ9_MILD } });
    const suggested = await must<{ suggestPractice: { practiceSuggestion: { id: string } } }>(api, rowan, SUGGEST, {
      input: { clientId: river.sub, templateId: 'post-cry-aftercare' },
    });
    await must(api, sky, LOG, { input: session() });
    // The stream keeps the summaries: wait until it has carried every write above.
    await eventually(async () => {
      const [r, s] = await Promise.all([summaryOf(river.sub), summaryOf(sky.sub)]);
      const ready =
        size(r?.measureIds) === 2 &&
        size(r?.sessionIds) === 1 &&
        r?.[`suggestion_${suggested.suggestPractice.practiceSuggestion.id}`] &&
        size(s?.sessionIds) === 1;
      return ready ? true : undefined;
    });
    recorder.reset();

    const res = await caseload(rowan);

    expect(res.body.errors).toBeUndefined();
    expect(recorder.calls).toEqual(['Query', 'BatchGetItem', 'TransactWriteItems']);
    expect(recorder.depth()).toBe(3);
    const page = res.body.data!;
    expect(page.myCaseload.edges).toHaveLength(3);
    expect(rowOf(page, river)).toMatchObject({
      client: { displayName: 'River' },
      lastViewedAt: null,
      newSessions: 1,
      newMeasures: 2,
      activeSignalKinds: ['SELF_HARM_THOUGHTS'],
      measures: [{ measureId: latest.submitMeasure.measure.id, instrument: 'PHQ9', score: 6, band: 'MILD' }],
      suggestions: [{ suggestionId: suggested.suggestPractice.practiceSuggestion.id, status: 'PENDING' }],
      latestAlert: { reason: 'SAFETY_SIGNAL', signalKinds: ['SELF_HARM_THOUGHTS'] },
    });
    // The session's alert and the PHQ-9 item 9 alert (one per source item).
    expect(rowOf(page, river)?.newAlerts).toBe(2);
    expect(phq.submitMeasure.measure.id).not.toBe(latest.submitMeasure.measure.id);
    // Sky shares SESSIONS only: no signals, no scores, no measure count.
    expect(rowOf(page, sky)).toMatchObject({ newSessions: 1, newMeasures: null, activeSignalKinds: [], measures: [], newAlerts: 1 });
    expect(rowOf(page, sky)?.latestAlert).toMatchObject({ reason: 'CLIENT_ASKED', signalKinds: [] });
    // Fern never opted in: her signal shows (SAFETY_SIGNALS), but no alert was sent.
    expect(rowOf(page, fern)).toMatchObject({ activeSignalKinds: ['FELT_UNSAFE'], newAlerts: 0, latestAlert: null, measures: [] });

    for (const client of [river, sky, fern]) {
      const log = await must<Log>(api, client, ACCESS_LOG, { first: 10 });
      const looks = log.accessLog.edges.filter((e) => e.node.operation === 'myCaseload');
      expect(looks).toHaveLength(1);
      expect(looks[0]?.node.therapist.personId).toBe(rowan.sub);
    }

    // Seen now: the next look shows nothing new, and when it last looked.
    const again = (await caseload(rowan)).body.data!;
    expect(rowOf(again, river)).toMatchObject({ newSessions: 0, newMeasures: 0, newAlerts: 0, lastViewedAt: expect.any(String) });
  });

  it('shows a therapist without clients an empty page in one Query', async () => {
    const newcomer = await createTestUser({ group: 'therapists' });
    recorder.reset();

    const res = await caseload(newcomer);

    expect(res.body.data?.myCaseload.edges).toEqual([]);
    expect(recorder.calls).toEqual(['Query']);
  });
});
