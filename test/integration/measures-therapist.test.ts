import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import type { TestUser } from '../helpers/local-stack';
import { must, outcomeOf } from '../helpers/world';

// The client kit's documents (schema/operations/), as the apps send them.
const DOCS = {
  profile: kit('UpdateProfile'),
  submit: kit('SubmitMeasure'),
  shareCode: kit('MyShareCode'),
  invite: kit('InviteTherapist'),
  accept: kit('AcceptInvitation'),
  updateGrant: kit('UpdateGrant'),
  accessLog: kit('AccessLog'),
  list: kit('ClientMeasures'),
  trend: kit('ClientMeasureTrend'),
  schedules: kit('ClientMeasureSchedules'),
  schedule: kit('ScheduleMeasure'),
  cancel: kit('CancelMeasureSchedule'),
  due: kit('DueMeasures'),
};

type Due = { dueMeasures: Array<{ scheduleId: string; instrument: string; dueOn: string; closesOn: string; scheduledBy: { displayName: string | null } }> };
type Scheduled = { scheduleMeasure: { measureSchedule: { id: string; nextDueOn: string | null; everyWeeks: number | null } } };

const phq9 = (total: number) => [...Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i))), 0];
const today = () => new Date().toISOString().slice(0, 10);

describe('standard measures for therapists (integration)', () => {
  let grantVersion = 0;
  const {
    api,
    users: { river, rowan, ash, sky },
    recorder,
  } = useIntegrationApi({
    users: { river: {}, rowan: { group: 'therapists' }, ash: { group: 'therapists' }, sky: { group: 'therapists' } },
    seed: async () => {
      await must(api, river, DOCS.profile, { input: { version: 1, displayName: 'River', timeZone: 'UTC' } });
      await must(api, rowan, DOCS.profile, { input: { version: 1, displayName: 'Dr Rowan' } });
      for (const [therapist, scopes] of [
        [rowan, ['SESSIONS', 'MEASURES']],
        [ash, ['SESSIONS', 'INSIGHTS']],
      ] as const) {
        const { myShareCode } = await must<{ myShareCode: string }>(api, therapist, DOCS.shareCode);
        await must(api, river, DOCS.invite, { input: { shareCode: myShareCode, scopes } });
        const accepted = await must<{ acceptInvitation: { grant: { version: number } } }>(api, therapist, DOCS.accept, { input: { clientId: river.sub } });
        if (therapist === rowan) grantVersion = accepted.acceptInvitation.grant.version;
      }
      await must(api, river, DOCS.submit, { input: { instrument: 'PHQ9', answers: phq9(14) } });
      await must(api, river, DOCS.submit, { input: { instrument: 'PHQ9', answers: phq9(8) } });
    },
    timeout: 60_000,
  });

  async function lastLogged(user: TestUser) {
    const log = await must<{ accessLog: { edges: Array<{ node: { operation: string; itemIds: string[] } }> } }>(api, user, DOCS.accessLog, { first: 1 });
    return log.accessLog.edges[0]?.node;
  }

  describe('clientMeasures and clientMeasureTrend', () => {
    it('reads a client’s measures under MEASURES in one grant check, one Query and one audit write, three round trips, and logs the read', async () => {
      const res = await api.gql<{ clientMeasures: { edges: Array<{ node: { id: string; score: number } }> } }>(
        DOCS.list,
        { clientId: river.sub, instrument: 'PHQ9', first: 10 },
        rowan.accessToken,
      );

      expect(res.body.errors).toBeUndefined();
      const nodes = res.body.data!.clientMeasures.edges.map((e) => e.node);
      expect(nodes.map((n) => n.score)).toEqual([8, 14]);
      expect(recorder.calls).toEqual(['GetItem', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);
      expect(await lastLogged(river)).toMatchObject({ operation: 'clientMeasures', itemIds: nodes.map((n) => n.id) });
    });

    it('gives the trend with its meaningful change at the same cost, and logs the two results read', async () => {
      const res = await api.gql<{
        clientMeasureTrend: { change: number; direction: string; meaningful: boolean; latest: { id: string }; previous: { id: string } };
      }>(DOCS.trend, { clientId: river.sub, instrument: 'PHQ9' }, rowan.accessToken);

      const trend = res.body.data!.clientMeasureTrend;
      expect(trend).toMatchObject({ change: -6, direction: 'BETTER', meaningful: true });
      expect(recorder.calls).toEqual(['GetItem', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);
      expect(await lastLogged(river)).toMatchObject({ operation: 'clientMeasureTrend', itemIds: [trend.latest.id, trend.previous.id] });
    });

    it.each([
      ['a therapist whose grant lacks MEASURES', 'NOT_FOUND', () => ash],
      ['a therapist without a grant', 'NOT_FOUND', () => sky],
      ['a member', 'FORBIDDEN', () => river],
    ])('refuses %s with %s, reading no measure and writing nothing', async (_who, code, caller) => {
      const list = await api.gql(DOCS.list, { clientId: river.sub, first: 5 }, caller().accessToken);
      const trend = await api.gql(DOCS.trend, { clientId: river.sub, instrument: 'PHQ9' }, caller().accessToken);

      expect([outcomeOf(list, 'clientMeasures').code, outcomeOf(trend, 'clientMeasureTrend').code]).toEqual([code, code]);
      expect(recorder.count('Query')).toBe(0);
      expect(recorder.writes()).toBe(0);
    });

    it('answers NOT_FOUND for a client id that names nobody, without reading', async () => {
      const res = await api.gql(DOCS.list, { clientId: 'not-a-client', first: 5 }, rowan.accessToken);

      expect(outcomeOf(res, 'clientMeasures').code).toBe('NOT_FOUND');
      expect(recorder.count()).toBe(0);
    });
  });

  describe('scheduling', () => {
    it('refuses bad timing with BAD_USER_INPUT naming the field, and writes nothing', async () => {
      const base = { clientId: river.sub, instrument: 'GAD7', cadence: 'WEEKLY', startsOn: today(), windowDays: 3 };
      const bad = [
        { ...base, windowDays: 8 },
        { ...base, startsOn: '2020-01-01' },
        { ...base, startsOn: '2026-02-30' },
        { ...base, cadence: 'EVERY_N_WEEKS' },
        { ...base, cadence: 'ONCE', everyWeeks: 2 },
      ];

      const codes = [];
      for (const input of bad) codes.push(outcomeOf(await api.gql(DOCS.schedule, { input }, rowan.accessToken), 'scheduleMeasure').code);

      expect(codes).toEqual(Array.from({ length: bad.length }, () => 'BAD_USER_INPUT'));
      expect(recorder.writes()).toBe(0);
    });

    it('refuses a therapist without MEASURES with NOT_FOUND', async () => {
      const res = await api.gql(
        DOCS.schedule,
        { input: { clientId: river.sub, instrument: 'GAD7', cadence: 'ONCE', startsOn: today(), windowDays: 1 } },
        ash.accessToken,
      );

      expect(outcomeOf(res, 'scheduleMeasure').code).toBe('NOT_FOUND');
      expect(recorder.writes()).toBe(0);
    });

    it('schedules, shows it due to the client until they submit the instrument, and lets only its therapist or the client cancel it', async () => {
      const scheduled = await api.gql<Scheduled>(
        DOCS.schedule,
        { input: { clientId: river.sub, instrument: 'GAD7', cadence: 'WEEKLY', startsOn: today(), windowDays: 2 } },
        rowan.accessToken,
      );
      expect(scheduled.body.errors).toBeUndefined();
      const schedule = scheduled.body.data!.scheduleMeasure.measureSchedule;
      expect(schedule).toMatchObject({ nextDueOn: today(), everyWeeks: 1 });
      expect(recorder.calls).toEqual(['GetItem', 'GetItem', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);

      recorder.reset();
      const due = await must<Due>(api, river, DOCS.due);
      expect(due.dueMeasures).toMatchObject([
        { scheduleId: schedule.id, instrument: 'GAD7', dueOn: today(), closesOn: expect.any(String) as string, scheduledBy: { displayName: 'Dr Rowan' } },
      ]);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'Query', 'Query', 'Query']);
      expect(recorder.depth()).toBe(1);

      recorder.reset();
      const listed = await must<{ clientMeasureSchedules: Array<{ id: string }> }>(api, rowan, DOCS.schedules, { clientId: river.sub });
      expect(listed.clientMeasureSchedules.map((s) => s.id)).toContain(schedule.id);
      expect(recorder.calls).toEqual(['GetItem', 'GetItem', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);
      expect(await lastLogged(river)).toMatchObject({ operation: 'clientMeasureSchedules' });

      await must(api, river, DOCS.submit, { input: { instrument: 'GAD7', answers: [1, 1, 1, 1, 1, 1, 1] } });
      expect((await must<Due>(api, river, DOCS.due)).dueMeasures.map((d) => d.scheduleId)).not.toContain(schedule.id);

      const bySky = await api.gql(DOCS.cancel, { input: { id: schedule.id } }, sky.accessToken);
      expect(outcomeOf(bySky, 'cancelMeasureSchedule').code).toBe('NOT_FOUND');
      recorder.reset();
      expect(await must(api, rowan, DOCS.cancel, { input: { id: schedule.id } })).toMatchObject({ cancelMeasureSchedule: { deletedId: schedule.id } });
      expect(recorder.calls).toEqual(['Query', 'DeleteItem']);
      expect(recorder.depth()).toBe(2);
      const again = await api.gql(DOCS.cancel, { input: { id: schedule.id } }, river.accessToken);
      expect(outcomeOf(again, 'cancelMeasureSchedule').code).toBe('NOT_FOUND');
    });

    it('stops a schedule when the client takes MEASURES away', async () => {
      const { scheduleMeasure } = await must<Scheduled>(api, rowan, DOCS.schedule, {
        input: { clientId: river.sub, instrument: 'WHO5', cadence: 'ONCE', startsOn: today(), windowDays: 1 },
      });
      expect((await must<Due>(api, river, DOCS.due)).dueMeasures.map((d) => d.scheduleId)).toContain(scheduleMeasure.measureSchedule.id);

      await must(api, river, DOCS.updateGrant, { input: { therapistId: rowan.sub, version: grantVersion, scopes: ['SESSIONS'] } });

      expect((await must<Due>(api, river, DOCS.due)).dueMeasures).toEqual([]);
      expect(outcomeOf(await api.gql(DOCS.schedules, { clientId: river.sub }, rowan.accessToken), 'clientMeasureSchedules').code).toBe('NOT_FOUND');
    });
  });
});
