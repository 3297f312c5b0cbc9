import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, documentClient, testStack } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the apps send them.
const LOG = kit('LogSession');
const START = kit('StartSession');
const END = kit('EndSession');
const UPDATE = kit('UpdateSession');
const GET = kit('Session');
const DELETE = kit('DeleteSession');
const LIST = kit('Sessions');
const SAFETY = kit('SafetyStatus');

type Session = { id: string; version: number; status: string; day: string; startedAt: string; durationMinutes: number | null; reflection: string | null };
type Payload = {
  session: Session;
  safetySignals: Array<{ kind: string; sessionIds: string[]; involveTherapistPrompt: string | null; resources: { disclaimer: string } }>;
};

const HOUR = 3600 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function logInput(overrides: Record<string, unknown> = {}) {
  return {
    startedAt: ago(3 * HOUR),
    durationMinutes: 25,
    intention: 'I give myself permission to feel whatever comes',
    distressBefore: 7,
    catalysts: [{ kind: 'MUSIC', reference: 'An old song' }, { kind: 'MEMORY' }],
    tearsCame: true,
    emotions: ['GRIEF', 'RELIEF'],
    peakIntensity: 8,
    distressAfter: 3,
    afterState: 'LIGHTER',
    reflection: 'It felt like setting something down.',
    ...overrides,
  };
}

async function countSessions(sub: string): Promise<number> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :s)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':s': 'SESSION#' },
      Select: 'COUNT',
    }),
  );
  return result.Count ?? 0;
}

describe('release sessions (integration)', () => {
  const {
    api,
    users: { river, sky },
    recorder,
  } = useIntegrationApi({
    users: { river: {}, sky: {} },
    seed: async () => {
      await api.gql(kit('UpdateProfile'), { input: { version: 1, timeZone: 'Europe/Berlin', locale: 'en-GB' } }, river.accessToken);
      await api.gql(kit('Me'), {}, sky.accessToken);
    },
  });

  describe('logSession', () => {
    it('logs a back-dated session in exactly one write', async () => {
      const res = await api.gql<{ logSession: Payload }>(LOG, { input: logInput() }, river.accessToken);

      const session = res.body.data?.logSession.session;
      expect(session).toMatchObject({ kind: 'SESSION', status: 'COMPLETED', durationMinutes: 25, afterState: 'LIGHTER', version: 1 });
      expect(res.body.data?.logSession.safetySignals).toEqual([]);
      expect(recorder.writes()).toBe(1);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'Query', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it('returns the first result for a retry with the same idempotency key and writes nothing twice', async () => {
      const input = logInput({ idempotencyKey: 'retry-key-0001' });
      const before = await countSessions(river.sub);

      const first = await api.gql<{ logSession: Payload }>(LOG, { input }, river.accessToken);
      const retry = await api.gql<{ logSession: Payload }>(LOG, { input }, river.accessToken);

      expect(retry.body.data?.logSession.session.id).toBe(first.body.data?.logSession.session.id);
      expect(await countSessions(river.sub)).toBe(before + 1);
    });

    it('keeps idempotency keys per member', async () => {
      const input = logInput({ idempotencyKey: 'shared-key-0001' });

      const mine = await api.gql<{ logSession: Payload }>(LOG, { input }, river.accessToken);
      const theirs = await api.gql<{ logSession: Payload }>(LOG, { input }, sky.accessToken);

      expect(theirs.body.data?.logSession.session.id).not.toBe(mine.body.data?.logSession.session.id);
    });

    it.each([
      ['endedAt before startedAt', { durationMinutes: undefined, endedAt: ago(4 * HOUR) }, 'endedAt'],
      ['SUDS above 10', { distressBefore: 11 }, 'distressBefore'],
      ['SUDS below 0', { distressAfter: -1 }, 'distressAfter'],
      ['an over-long reflection', { reflection: 'x'.repeat(10001) }, 'reflection'],
      ['an over-long catalyst reference', { catalysts: [{ kind: 'FILM', reference: 'y'.repeat(201) }] }, 'catalysts.0.reference'],
      ['a start far in the future', { startedAt: new Date(Date.now() + 48 * HOUR).toISOString() }, 'startedAt'],
      ['both endedAt and a duration', { endedAt: ago(2 * HOUR) }, 'endedAt'],
      ['a session over 24 hours', { durationMinutes: 1441 }, 'durationMinutes'],
      ['a malformed idempotency key', { idempotencyKey: 'short' }, 'idempotencyKey'],
    ])('refuses %s naming the field and writes nothing', async (_name, overrides, field) => {
      const before = await countSessions(river.sub);

      const res = await api.gql(LOG, { input: logInput(overrides) }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.extensions?.fields).toContain(field);
      expect(await countSessions(river.sub)).toBe(before);
    });

    it('refuses an unknown enum value', async () => {
      const res = await api.gql(LOG, { input: logInput({ afterState: 'EUPHORIC' }) }, river.accessToken);

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain('afterState');
    });
  });

  describe('live sessions', () => {
    it('starts now and ends later with how it went', async () => {
      const started = await api.gql<{ startSession: Payload }>(START, { input: { intention: 'Let the wave come', distressBefore: 6 } }, river.accessToken);
      const id = started.body.data?.startSession.session.id;
      expect(started.body.data?.startSession.session).toMatchObject({ status: 'IN_PROGRESS', endedAt: null });

      recorder.reset();
      const ended = await api.gql<{ endSession: Payload }>(END, { input: { id, distressAfter: 2, afterState: 'CALMER', tearsCame: true } }, river.accessToken);

      expect(ended.body.data?.endSession.session).toMatchObject({ id, status: 'COMPLETED', afterState: 'CALMER', version: 2 });
      // The session and profile, then the write beside the safety window, routines and completions reads.
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'Query', 'Query', 'Query', 'UpdateItem']);
      expect(recorder.depth()).toBe(2);
    });

    it('answers CONFLICT when a session is ended twice', async () => {
      const started = await api.gql<{ startSession: Payload }>(START, {}, river.accessToken);
      const id = started.body.data?.startSession.session.id;
      await api.gql(END, { input: { id, afterState: 'CALMER' } }, river.accessToken);

      const again = await api.gql(END, { input: { id, afterState: 'WORSE' } }, river.accessToken);

      expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const stored = await api.gql<{ session: { afterState: string } }>(GET, { id }, river.accessToken);
      expect(stored.body.data?.session.afterState).toBe('CALMER');
    });

    it('refuses an end before the start', async () => {
      const started = await api.gql<{ startSession: Payload }>(START, { input: { startedAt: ago(HOUR) } }, river.accessToken);
      const id = started.body.data?.startSession.session.id;

      const res = await api.gql(END, { input: { id, endedAt: ago(2 * HOUR) } }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endedAt'] });
    });
  });

  describe('reading, updating and deleting', () => {
    let id: string;

    beforeAll(async () => {
      const res = await api.gql<{ logSession: Payload }>(LOG, { input: logInput() }, river.accessToken);
      id = res.body.data?.logSession.session.id as string;
    });

    it('gets one session in exactly one GetItem', async () => {
      recorder.reset();

      const res = await api.gql<{ session: Session }>(GET, { id }, river.accessToken);

      expect(res.body.data?.session.id).toBe(id);
      expect(recorder.calls).toEqual(['GetItem']);
      expect(recorder.depth()).toBe(1);
    });

    it('updates with the current version and refuses a stale one', async () => {
      const ok = await api.gql<{ updateSession: { session: Session } }>(
        UPDATE,
        { input: { id, version: 1, reflection: 'Lighter than I thought.' } },
        river.accessToken,
      );
      expect(ok.body.data?.updateSession.session).toMatchObject({ version: 2, reflection: 'Lighter than I thought.' });

      const stale = await api.gql(UPDATE, { input: { id, version: 1, reflection: 'Overwritten' } }, river.accessToken);

      expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const stored = await api.gql<{ session: Session }>(GET, { id }, river.accessToken);
      expect(stored.body.data?.session.reflection).toBe('Lighter than I thought.');
    });

    it('lets exactly one of several concurrent updates with the same version win', async () => {
      const logged = await api.gql<{ logSession: Payload }>(LOG, { input: logInput() }, river.accessToken);
      const target = logged.body.data?.logSession.session.id;

      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => api.gql(UPDATE, { input: { id: target, version: 1, reflection: `attempt ${i}` } }, river.accessToken)),
      );

      const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      const stored = await api.gql<{ session: Session }>(GET, { id: target }, river.accessToken);
      expect(stored.body.data?.session.version).toBe(2);
    });

    it('moves the session when its start changes', async () => {
      const startedAt = '2026-10-24T22:30:00.000Z';

      const res = await api.gql<{ updateSession: { session: Session } }>(
        UPDATE,
        { input: { id, version: 2, startedAt, endedAt: '2026-10-24T23:00:00.000Z' } },
        river.accessToken,
      );

      // 22:30Z is 00:30 on 25 October in Berlin (still summer time, UTC+2).
      expect(res.body.data?.updateSession.session).toMatchObject({ startedAt, day: '2026-10-25', durationMinutes: 30 });
    });

    it.each([
      ['session', GET, (id: string) => ({ id })],
      ['updateSession', UPDATE, (id: string) => ({ input: { id, version: 3, reflection: 'not mine' } })],
      ['endSession', END, (id: string) => ({ input: { id } })],
      ['deleteSession', DELETE, (id: string) => ({ input: { id } })],
    ])('answers NOT_FOUND when another member passes the id to %s, changing nothing', async (_field, query, vars) => {
      recorder.reset();

      const res = await api.gql(query, vars(id), sky.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.body.errors?.[0]?.message).not.toContain(river.sub);
      const mine = await api.gql<{ session: Session }>(GET, { id }, river.accessToken);
      expect(mine.body.data?.session.version).toBe(3);
    });

    it('answers NOT_FOUND for an id that is not an id', async () => {
      const res = await api.gql(GET, { id: 'SESSION#../../etc' }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('deletes a session', async () => {
      const logged = await api.gql<{ logSession: Payload }>(LOG, { input: logInput() }, river.accessToken);
      const doomed = logged.body.data?.logSession.session.id;

      const res = await api.gql(DELETE, { input: { id: doomed } }, river.accessToken);

      expect(res.body.data).toEqual({ __typename: 'Mutation', deleteSession: { __typename: 'DeleteSessionPayload', deletedId: doomed } });
      expect((await api.gql(GET, { id: doomed }, river.accessToken)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await api.gql(DELETE, { input: { id: doomed } }, river.accessToken)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('sessions list', () => {
    it('pages newest first with opaque cursors, one Query a page', async () => {
      const member = await createTestUser();
      for (const hours of [50, 40, 30, 20, 10]) {
        await api.gql(LOG, { input: logInput({ startedAt: ago(hours * HOUR) }) }, member.accessToken);
      }
      recorder.reset();

      type List = { sessions: { edges: Array<{ node: { startedAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const first = await api.gql<List>(LIST, { first: 2 }, member.accessToken);
      const second = await api.gql<List>(LIST, { first: 2, after: first.body.data?.sessions.pageInfo.endCursor }, member.accessToken);
      const third = await api.gql<List>(LIST, { first: 2, after: second.body.data?.sessions.pageInfo.endCursor }, member.accessToken);

      const starts = [first, second, third].flatMap((r) => r.body.data?.sessions.edges.map((e) => e.node.startedAt) ?? []);
      expect(starts).toHaveLength(5);
      expect([...starts].sort().reverse()).toEqual(starts);
      expect(third.body.data?.sessions.pageInfo.hasNextPage).toBe(false);
      expect(recorder.count('Query')).toBe(3);
      expect(recorder.count()).toBe(3);
      expect(recorder.depth()).toBe(3);
    });

    it('refuses a tampered cursor', async () => {
      const res = await api.gql(LIST, { first: 2, after: Buffer.from('c1:PROFILE').toString('base64url') }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it('refuses a page size above 100', async () => {
      const res = await api.gql(LIST, { first: 101 }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    });
  });

  describe('safety signals', () => {
    it('returns FREQUENT_FLOODING with the third flooded session in 14 days, with resources for the stated country', async () => {
      const member = await createTestUser();
      await api.gql(kit('UpdateProfile'), { input: { version: 1, country: 'GB' } }, member.accessToken);
      const flooded = (hours: number) => logInput({ startedAt: ago(hours * HOUR), afterState: 'FLOODED', distressAfter: 8 });

      const one = await api.gql<{ logSession: Payload }>(LOG, { input: flooded(72) }, member.accessToken);
      const two = await api.gql<{ logSession: Payload }>(LOG, { input: flooded(48) }, member.accessToken);
      const three = await api.gql<{ logSession: Payload }>(LOG, { input: flooded(24) }, member.accessToken);

      expect(one.body.data?.logSession.safetySignals).toEqual([]);
      expect(two.body.data?.logSession.safetySignals).toEqual([]);
      const signal = three.body.data?.logSession.safetySignals.find((s) => s.kind === 'FREQUENT_FLOODING');
      expect(signal?.sessionIds).toHaveLength(3);
      expect(signal?.resources.disclaimer).toMatch(/not a crisis service/);
      expect(JSON.stringify(signal)).toContain('116 123');

      const status = await api.gql<{ safetyStatus: { signals: Array<{ kind: string }> } }>(SAFETY, {}, member.accessToken);
      expect(status.body.data?.safetyStatus.signals.map((s) => s.kind)).toContain('FREQUENT_FLOODING');
    });

    it('signals self-harm thoughts at once and never blocks the log', async () => {
      const member = await createTestUser();

      const res = await api.gql<{ logSession: Payload }>(LOG, { input: logInput({ selfHarmThoughts: true }) }, member.accessToken);

      expect(res.body.data?.logSession.session.id).toBeTruthy();
      expect(res.body.data?.logSession.safetySignals.map((s) => s.kind)).toEqual(['SELF_HARM_THOUGHTS']);
    });

    it("shows a member's signals to them only, in one round trip", async () => {
      recorder.reset();
      const status = await api.gql<{ safetyStatus: { signals: unknown[]; resources: { disclaimer: string } } }>(SAFETY, {}, sky.accessToken);

      expect(status.body.data?.safetyStatus.signals).toEqual([]);
      // The profile (country) beside the recent window.
      expect(recorder.calls.sort()).toEqual(['GetItem', 'Query']);
      expect(recorder.depth()).toBe(1);
      expect(status.body.data?.safetyStatus.resources.disclaimer).toBeTruthy();
    });
  });
});
