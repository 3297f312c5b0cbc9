import type { Services } from '../../services/graphql/context';
import { FixedClock } from '../../services/shared/clock';
import type { Caller } from '../../services/shared/auth/caller';
import { SAFETY_THRESHOLDS } from '../../services/sessions/session.safety';
import { applyTestEnv, createTestUser, startTestApi, type GraphqlResponse, type TestApi, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';
import { snapshotPartitions } from '../helpers/world';

/**
 * Care: crisis lines that follow the country a member states, signals that see
 * what DOMAIN.md describes (a live session past two hours, an evening of
 * sessions, feeling unsafe), relief that counts cleansed and sleepy, keys that
 * never drop a disclosure, and words for the therapist that are theirs.
 * Boundaries run with an injected clock on the real table; the rest through
 * the real handler as an app calls it.
 */

// The client kit's documents (schema/operations/), as the apps send them.
const ME = kit('Me');
const UPDATE_PROFILE = kit('UpdateProfile');
const SAFETY = kit('SafetyStatus');
const LOG = kit('LogSession');
const START = kit('StartSession');
const INSIGHTS = kit('Insights');
const CREATE_CIRCLE = kit('CreateCircle');
const POST = kit('PostCheckIn');
const SHARE_CODE = kit('MyShareCode');
const INVITE = kit('InviteTherapist');
const ACCEPT = kit('AcceptInvitation');
const CLIENT_SAFETY = kit('ClientSafetyStatus');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

type Signal = { kind: string; sessionIds: string[] };
const errorOf = (res: GraphqlResponse) => res.body.errors?.[0]?.extensions;

describe('care (integration)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  async function call<T>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  describe('country', () => {
    it('gives a member without a country the international resources and offers the country of their time zone, without applying it', async () => {
      // Arrange: the language says Britain, the zone says Germany; neither is where they said they live.
      const member = await createTestUser();
      await call(member, UPDATE_PROFILE, { input: { version: 1, timeZone: 'Europe/Berlin', locale: 'en-GB' } });

      // Act
      const { me } = await call<{ me: { country: string | null; suggestedCountry: string | null } }>(member, ME);
      const { safetyStatus } = await call<{ safetyStatus: { resources: Record<string, unknown> } }>(member, SAFETY);

      // Assert
      expect(me).toMatchObject({ country: null, suggestedCountry: 'DE' });
      expect(safetyStatus.resources).toMatchObject({
        country: null,
        crisisLine: { name: 'Find A Helpline: a helpline in your country', phone: null, phoneUri: null, url: 'https://findahelpline.com' },
        textService: null,
        emergency: 'If you are in immediate danger, contact your local emergency services.',
        emergencyPhoneUri: null,
      });
    });

    it('gives a member who states DE the TelefonSeelsorge with tel: URIs, its source and the day it was checked', async () => {
      const member = await createTestUser();

      const { updateProfile } = await call<{ updateProfile: { profile: Record<string, unknown> } }>(member, UPDATE_PROFILE, {
        input: { version: 1, country: 'DE' },
      });
      const { safetyStatus } = await call<{ safetyStatus: { resources: Record<string, unknown> } }>(member, SAFETY);

      expect(updateProfile.profile).toMatchObject({ country: 'DE', suggestedCountry: null, locale: 'en-US' });
      expect(safetyStatus.resources).toMatchObject({
        country: 'DE',
        crisisLine: {
          name: 'TelefonSeelsorge',
          phone: '0800 111 0 111',
          phoneUri: 'tel:08001110111',
          alternativePhoneUri: 'tel:08001110222',
          source: expect.stringMatching(/^https:\/\//),
          verifiedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        },
        emergencyPhone: '112',
        emergencyPhoneUri: 'tel:112',
      });
    });

    it.each([['XX'], ['UK'], ['DEU'], ['']])('refuses the country %p as BAD_USER_INPUT naming the field, and changes nothing', async (country) => {
      const member = await createTestUser();
      await call(member, UPDATE_PROFILE, { input: { version: 1, timeZone: 'Europe/Berlin' } });

      const res = await api.gql(UPDATE_PROFILE, { input: { version: 2, country, displayName: 'Someone' } }, member.accessToken);

      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['country'] });
      expect((await call<{ me: Record<string, unknown> }>(member, ME)).me).toMatchObject({ country: null, timeZone: 'Europe/Berlin', version: 2 });
    });
  });

  describe('signals at their bounds (injected clock, real table)', () => {
    const T0 = new Date('2026-10-24T20:00:00.000Z');
    let clock: FixedClock;
    let services: Services;

    beforeAll(async () => {
      applyTestEnv();
      const { createServices } = await import('../../services/graphql/context');
      clock = new FixedClock(T0);
      services = createServices(clock);
    });

    const callerOf = (user: TestUser): Caller => ({ sub: user.sub, groups: [], role: 'MEMBER', isAdmin: false });
    const kinds = (signals: readonly { kind: string }[]) => signals.map((signal) => signal.kind);

    it('shows a live session on safetyStatus from 1 ms past two hours, and ending it without relief reports it', async () => {
      // Arrange
      const member = callerOf(await createTestUser());
      clock.set(T0);
      const { session } = await services.sessions.start(member, { startedAt: T0 });

      // Act
      clock.set(new Date(T0.getTime() + SAFETY_THRESHOLDS.longSessionMinutes * MINUTE));
      const atBound = await services.sessions.safetyStatus(member);
      clock.set(new Date(T0.getTime() + SAFETY_THRESHOLDS.longSessionMinutes * MINUTE + 1));
      const past = await services.sessions.safetyStatus(member);
      const ended = await services.sessions.end(member, { id: session.id, afterState: 'WORSE' as never });

      // Assert
      expect(kinds(atBound.signals)).toEqual([]);
      expect(past.signals.map((signal) => [signal.kind, signal.sessionIds])).toEqual([['LONG_SESSION_IN_PROGRESS', [session.id]]]);
      expect(ended.safetySignals.map((signal) => [signal.kind, signal.sessionIds])).toEqual([['LONG_SESSION_WITHOUT_RELIEF', [session.id]]]);
    });

    it.each([
      ['at the gap', 0, true],
      ['1 ms past the gap', 1, false],
    ])('adds up one evening in Berlin across local midnight and the DST change %s', async (_name, extraMs, expected) => {
      // Arrange: 00:40-01:50 CEST on 25 October; the clocks go back at 03:00 CEST; the second session starts 90 minutes
      // after the first ended (02:20 CET) and lasts 51 minutes: 121 minutes of crying in all, with the first ending worse.
      const member = callerOf(await createTestUser());
      await services.users.updateProfile(member, { version: 1, timeZone: 'Europe/Berlin' });
      clock.set(new Date('2026-10-25T12:00:00.000Z'));
      const first = await services.sessions.log(member, {
        startedAt: new Date('2026-10-24T22:40:00.000Z'),
        durationMinutes: 70,
        afterState: 'WORSE' as never,
        distressBefore: 7,
        distressAfter: 8,
      });
      const secondStart = new Date(Date.parse('2026-10-24T23:50:00.000Z') + SAFETY_THRESHOLDS.eveningGapMinutes * MINUTE + extraMs);

      // Act
      const second = await services.sessions.log(member, { startedAt: secondStart, durationMinutes: 51, afterState: 'SAME' as never });

      // Assert
      expect([first.session.day, second.session.day]).toEqual(['2026-10-25', '2026-10-25']);
      expect(second.safetySignals.map((signal) => [signal.kind, signal.sessionIds])).toEqual(
        expected ? [['LONG_SESSION_WITHOUT_RELIEF', [first.session.id, second.session.id]]] : [],
      );
    });

    it('raises FELT_UNSAFE at once, and keeps it for exactly 14 days', async () => {
      const member = callerOf(await createTestUser());
      clock.set(T0);
      const startedAt = new Date(T0.getTime() - HOUR);

      const logged = await services.sessions.log(member, { startedAt, durationMinutes: 20, feltUnsafe: true });
      clock.set(new Date(startedAt.getTime() + SAFETY_THRESHOLDS.windowDays * 24 * HOUR));
      const lastDay = await services.sessions.safetyStatus(member);
      clock.set(new Date(startedAt.getTime() + SAFETY_THRESHOLDS.windowDays * 24 * HOUR + 1));
      const after = await services.sessions.safetyStatus(member);

      expect(logged.safetySignals.map((signal) => [signal.kind, signal.sessionIds])).toEqual([['FELT_UNSAFE', [logged.session.id]]]);
      expect(logged.safetySignals[0]?.message).not.toMatch(/\b(should|weak)\b/i);
      expect(kinds(lastDay.signals)).toEqual(['FELT_UNSAFE']);
      expect(kinds(after.signals)).toEqual([]);
    });
  });

  describe('relief', () => {
    it('counts three MUSIC sessions (distress 7 -> 2) ending CLEANSED as relief', async () => {
      const member = await createTestUser();
      for (const day of ['2026-11-16', '2026-11-17', '2026-11-18']) {
        await call(member, LOG, {
          input: {
            startedAt: `${day}T18:00:00.000Z`,
            durationMinutes: 20,
            distressBefore: 7,
            distressAfter: 2,
            afterState: 'CLEANSED',
            catalysts: [{ kind: 'MUSIC' }],
          },
        });
      }

      const { insights } = await call<{
        insights: { current: { reliefShare: number; catalystOutcomes: Array<{ catalyst: string; reliefRate: number | null; floodingRate: number | null }> } };
      }>(member, INSIGHTS, { period: 'WEEK', from: '2026-11-16' });

      const { reliefShare, catalystOutcomes } = insights.current;
      expect({
        reliefShare,
        catalystOutcomes: catalystOutcomes.map(({ catalyst, reliefRate, floodingRate }) => ({ catalyst, reliefRate, floodingRate })),
      }).toEqual({
        reliefShare: 1,
        catalystOutcomes: [{ catalyst: 'MUSIC', reliefRate: 1, floodingRate: 0 }],
      });
    });
  });

  describe('idempotency keys', () => {
    const session = (extra: Record<string, unknown> = {}) => ({
      startedAt: '2026-11-30T18:00:00.000Z',
      durationMinutes: 30,
      distressBefore: 6,
      distressAfter: 4,
      afterState: 'CALMER',
      idempotencyKey: 'evening-1',
      ...extra,
    });

    it('returns the first session to the same retry, and answers CONFLICT naming idempotencyKey to a retry that adds a disclosure, storing nothing', async () => {
      // Arrange
      const member = await createTestUser();
      const first = await call<{ logSession: { session: { id: string } } }>(member, LOG, { input: session() });
      const retry = await call<{ logSession: { session: { id: string } } }>(member, LOG, { input: session() });
      const before = await snapshotPartitions([`USER#${member.sub}`]);

      // Act
      const changed = await api.gql(LOG, { input: session({ selfHarmThoughts: true }) }, member.accessToken);
      const otherOperation = await api.gql(START, { input: { idempotencyKey: 'evening-1' } }, member.accessToken);

      // Assert
      expect(retry.logSession.session.id).toBe(first.logSession.session.id);
      for (const res of [changed, otherOperation]) {
        expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', fields: ['idempotencyKey'] });
        expect(res.body.data).toBeNull();
      }
      expect(await snapshotPartitions([`USER#${member.sub}`])).toEqual(before);
    });

    it('answers CONFLICT when one key posts to another circle', async () => {
      const member = await createTestUser();
      const {
        createCircle: { circle: a },
      } = await call<{ createCircle: { circle: { id: string } } }>(member, CREATE_CIRCLE, { input: { name: 'Mondays' } });
      const {
        createCircle: { circle: b },
      } = await call<{ createCircle: { circle: { id: string } } }>(member, CREATE_CIRCLE, { input: { name: 'Thursdays' } });
      await call(member, POST, { input: { circleId: a.id, mood: 'CALM', idempotencyKey: 'check-in-1' } });
      const before = await snapshotPartitions([`CIRCLE#${a.id}`, `CIRCLE#${b.id}`, `USER#${member.sub}`]);

      const res = await api.gql(POST, { input: { circleId: b.id, mood: 'CALM', idempotencyKey: 'check-in-1' } }, member.accessToken);

      expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', fields: ['idempotencyKey'] });
      expect(await snapshotPartitions([`CIRCLE#${a.id}`, `CIRCLE#${b.id}`, `USER#${member.sub}`])).toEqual(before);
    });
  });

  describe('words for the therapist', () => {
    async function sharedWith(scopes: string[]) {
      const [client, therapist] = await Promise.all([createTestUser(), createTestUser({ group: 'therapists' })]);
      const { myShareCode } = await call<{ myShareCode: string }>(therapist, SHARE_CODE);
      await call(client, INVITE, { input: { shareCode: myShareCode, scopes } });
      await call(therapist, ACCEPT, { input: { clientId: client.sub } });
      const { logSession } = await call<{ logSession: { session: { id: string }; safetySignals: Signal[] } }>(client, LOG, {
        input: { startedAt: ago(5 * HOUR), durationMinutes: 20, selfHarmThoughts: true, feltUnsafe: true },
      });
      return { client, therapist, sessionId: logSession.session.id };
    }

    it('tells the therapist what was logged and when, in the third person, while the member keeps words written to them', async () => {
      const { client, therapist, sessionId } = await sharedWith(['SAFETY_SIGNALS', 'SESSIONS']);

      const { clientSafetyStatus } = await call<{ clientSafetyStatus: { signals: Array<Record<string, unknown> & { summary: string }> } }>(
        therapist,
        CLIENT_SAFETY,
        { clientId: client.sub },
      );
      const { safetyStatus } = await call<{ safetyStatus: { signals: Array<{ message: string }> } }>(client, SAFETY);

      expect(clientSafetyStatus.signals.map((signal) => [signal.__typename, signal.kind, signal.sessionCount, signal.sessionIds])).toEqual([
        ['ClientSafetySignal', 'SELF_HARM_THOUGHTS', 1, [sessionId]],
        ['ClientSafetySignal', 'FELT_UNSAFE', 1, [sessionId]],
      ]);
      for (const { summary } of clientSafetyStatus.signals) {
        expect(summary).toMatch(/^(Noted|Logged|Has) .* \d{4}-\d\d-\d\d\.$/);
        expect(summary).not.toMatch(/\b(you|your|should|weak|let your therapist)\b/i);
      }
      expect(safetyStatus.signals.map((signal) => signal.message)).toEqual([expect.stringMatching(/^You mentioned/), expect.stringMatching(/^You noted/)]);
    });

    it('gives no links to sessions without the SESSIONS scope', async () => {
      const { client, therapist } = await sharedWith(['SAFETY_SIGNALS']);

      const { clientSafetyStatus } = await call<{ clientSafetyStatus: { signals: Array<{ kind: string; sessionCount: number; sessionIds: string[] }> } }>(
        therapist,
        CLIENT_SAFETY,
        { clientId: client.sub },
      );

      expect(clientSafetyStatus.signals.map((signal) => [signal.kind, signal.sessionCount, signal.sessionIds])).toEqual([
        ['SELF_HARM_THOUGHTS', 1, []],
        ['FELT_UNSAFE', 1, []],
      ]);
    });
  });
});
