import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { MemberNotification } from '../../services/live/live.events';
import { MeasureCadence, MeasureInstrument } from '../../services/measures/measure.enums';
import { DynamoMeasureRepository } from '../../services/measures/measure.repository';
import type { MeasureScheduleRecord } from '../../services/measures/measure-schedule.record';
import { DynamoMeasureScheduleRepository } from '../../services/measures/measure-schedule.repository';
import { measureScheduleKey } from '../../services/measures/measure-schedule.keys';
import { DynamoDueRepository } from '../../services/notifications/schedule/schedule.repository';
import type { DueReminderRecord } from '../../services/notifications/schedule/schedule.record';
import { createScheduler } from '../../services/notifications/schedule/schedule.service';
import { createSweep, type SweepReport } from '../../services/notifications/schedule/sweep.service';
import { FixedClock } from '../../services/shared/clock';
import { dueKey, dueShard, type DueSource } from '../../services/shared/db/catalogue/schedule.catalogue';
import { ENTITY } from '../../services/shared/db/keys';
import { newId } from '../../services/shared/ids';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { documentClient, testStack, type TestUser } from '../helpers/local-stack';
import { must } from '../helpers/world';

const DOCS = {
  profile: kit('UpdateProfile'),
  shareCode: kit('MyShareCode'),
  invite: kit('InviteTherapist'),
  accept: kit('AcceptInvitation'),
  cancel: kit('CancelMeasureSchedule'),
};

const MINUTE = 60_000;

async function stored(key: { PK: string; SK: string }): Promise<Record<string, unknown> | undefined> {
  return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: key, ConsistentRead: true }))).Item;
}

async function dueItems(sub: string): Promise<DueReminderRecord[]> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :due)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':due': 'DUE#MEASURE#' },
      ConsistentRead: true,
    }),
  );
  return (result.Items ?? []) as DueReminderRecord[];
}

/**
 * Schedules are written through their repository, not scheduleMeasure: the API
 * runs on the real clock (startsOn must be today or later) while the reminders
 * here run on an injected one in 2026's DST weeks. The grant is the API's own.
 */
describe('reminders for scheduled measures (integration)', () => {
  const { api, users } = useIntegrationApi({
    users: { river: {}, sky: {}, wren: {}, rowan: { group: 'therapists' } },
    seed: async () => {
      const { myShareCode } = await must<{ myShareCode: string }>(api, users.rowan, DOCS.shareCode);
      for (const client of [users.river, users.sky, users.wren]) {
        await must(api, client, DOCS.profile, { input: { version: 1, timeZone: 'Europe/Berlin', preferences: { routineReminders: true } } });
        await must(api, client, DOCS.invite, { input: { shareCode: myShareCode, scopes: ['SESSIONS', 'MEASURES'] } });
        await must(api, users.rowan, DOCS.accept, { input: { clientId: client.sub } });
      }
    },
    timeout: 60_000,
  });
  const clock = new FixedClock(new Date('2026-03-20T12:00:00.000Z'));
  const table = () => testStack().tableName;
  const dueRepository = () => new DynamoDueRepository(documentClient(), table());
  const scheduler = () => createScheduler({ repository: dueRepository(), clock });

  async function schedule(client: TestUser, instrument: MeasureInstrument, startsOn: string): Promise<MeasureScheduleRecord> {
    // Made after the grant was accepted (the real now), as scheduleMeasure would make it.
    const now = new Date();
    const record: MeasureScheduleRecord = {
      id: newId(now),
      clientSub: client.sub,
      therapistSub: users.rowan.sub,
      instrument,
      cadence: MeasureCadence.WEEKLY,
      everyWeeks: 1,
      startsOn,
      windowDays: 2,
      version: 1,
      createdAt: now.toISOString(),
    };
    await documentClient().send(
      new TransactWriteCommand({ TransactItems: [new DynamoMeasureScheduleRepository(documentClient(), table()).createPart(record)] }),
    );
    // What the stream hands over for the new item.
    await scheduler().scheduleFromChange({ entity: ENTITY.MeasureSchedule, newImage: await stored(measureScheduleKey(client.sub, record.id)) });
    return record;
  }

  const source = (record: MeasureScheduleRecord): DueSource => ({ kind: 'MEASURE', scheduleId: record.id, therapistSub: record.therapistSub });

  /** Sweeps the client's shard at each instant (`parallel` sweeps side by side); what reached them, and the reports. */
  async function sweepAt(client: TestUser, instants: string[], parallel = 1) {
    const received: MemberNotification[] = [];
    const reports: SweepReport[] = [];
    const sink = async (n: MemberNotification) => {
      if (n.recipientSub === client.sub) received.push(n);
    };
    for (const at of instants) {
      const runs = Array.from({ length: parallel }, () =>
        createSweep({ repository: dueRepository() }).runSweep({ now: new Date(at), sink, shards: [dueShard(client.sub)] }),
      );
      reports.push(...(await Promise.all(runs)));
    }
    return { received, reports };
  }

  const around = (at: string) => [new Date(Date.parse(at) - MINUTE).toISOString(), at, new Date(Date.parse(at) + MINUTE).toISOString()];

  it('reminds of a weekly measure once at 09:00 local on each side of the spring change (2026-03-29), to two sweeps side by side', async () => {
    const river = users.river;
    clock.set(new Date('2026-03-20T12:00:00.000Z'));
    const record = await schedule(river, MeasureInstrument.PHQ9, '2026-03-22');
    expect(await dueItems(river.sub)).toEqual([expect.objectContaining({ dueAt: '2026-03-22T08:00:00.000Z', localDay: '2026-03-22', localTime: '09:00' })]);

    // 09:00 CET is 08:00Z before the change, 09:00 CEST is 07:00Z after it; 08:00Z on the 29th is 10:00 local and sends nothing.
    const instants = [...around('2026-03-22T08:00:00.000Z'), ...around('2026-03-29T07:00:00.000Z'), '2026-03-29T08:00:00.000Z'];
    const { received } = await sweepAt(river, instants, 2);

    expect(received.map((n) => [n.kind, n.at, n.id])).toEqual(
      ['2026-03-22T08:00:00.000Z', '2026-03-29T07:00:00.000Z'].map((at) => ['MEASURE_DUE', at, `measure-due:${record.id}:${at}`]),
    );
    expect(received.every((n) => n.routineId === null)).toBe(true);
    expect(await stored(dueKey(river.sub, source(record)))).toMatchObject({
      dueAt: '2026-04-05T07:00:00.000Z',
      lastClaimed: '2026-03-29T07:00:00.000Z',
      retry: null,
    });
  }, 30_000);

  it('reminds of it once at 09:00 local on each side of the autumn change (2026-10-25)', async () => {
    const sky = users.sky;
    clock.set(new Date('2026-10-17T12:00:00.000Z'));
    const record = await schedule(sky, MeasureInstrument.GAD7, '2026-10-18');

    // 09:00 CEST is 07:00Z on the 18th; on the 25th 07:00Z is 08:00 CET and sends nothing, 08:00Z is 09:00 CET.
    const { received } = await sweepAt(sky, [...around('2026-10-18T07:00:00.000Z'), '2026-10-25T07:00:00.000Z', ...around('2026-10-25T08:00:00.000Z')]);

    expect(received.map((n) => n.at)).toEqual(['2026-10-18T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
    expect(new Set(received.map((n) => n.id.split(':')[1]))).toEqual(new Set([record.id]));
    expect(await stored(dueKey(sky.sub, source(record)))).toMatchObject({ dueAt: '2026-11-01T08:00:00.000Z' });
  }, 30_000);

  it('sends nothing for an occurrence already completed, nor for a schedule cancelled before the change reaches the index', async () => {
    const wren = users.wren;
    clock.set(new Date('2026-06-05T12:00:00.000Z'));
    const phq9 = await schedule(wren, MeasureInstrument.PHQ9, '2026-06-07');
    const gad7 = await schedule(wren, MeasureInstrument.GAD7, '2026-06-07');
    expect(await dueItems(wren.sub)).toHaveLength(2);

    // A PHQ-9 completed at 08:30 local on the opening day, before its 09:00 reminder.
    const completedAt = new Date('2026-06-07T06:30:00.000Z');
    await new DynamoMeasureRepository(documentClient(), table()).create(
      {
        id: newId(completedAt),
        sub: wren.sub,
        instrument: MeasureInstrument.PHQ9,
        answers: [0, 0, 0, 0, 0, 0, 0, 0, 0],
        score: 0,
        completedAt: completedAt.toISOString(),
        localDay: '2026-06-07',
        version: 1,
        createdAt: completedAt.toISOString(),
      },
      null,
      completedAt,
    );
    const first = await sweepAt(wren, ['2026-06-07T07:00:00.000Z']);
    expect(first.received.map((n) => n.id)).toEqual([`measure-due:${gad7.id}:2026-06-07T07:00:00.000Z`]);
    // The completed one moved on to next week without being claimed.
    expect(await stored(dueKey(wren.sub, source(phq9)))).toMatchObject({ dueAt: '2026-06-14T07:00:00.000Z', lastClaimed: null });

    // Cancelled by the therapist; the stream has not passed it on yet.
    await must(api, users.rowan, DOCS.cancel, { input: { id: gad7.id } });
    const second = await sweepAt(wren, ['2026-06-14T07:00:00.000Z', '2026-06-14T07:01:00.000Z']);
    expect(second.received.map((n) => n.id)).toEqual([`measure-due:${phq9.id}:2026-06-14T07:00:00.000Z`]);
    expect(await stored(dueKey(wren.sub, source(gad7)))).toBeUndefined();
    expect(second.reports.reduce((sum, r) => sum + r.rescheduled, 0)).toBe(1);
  }, 30_000);
});
