import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MemberNotification } from '../../services/live/live.events';
import { DynamoDueRepository } from '../../services/notifications/schedule/schedule.repository';
import type { DueReminderRecord } from '../../services/notifications/schedule/schedule.record';
import { createScheduler } from '../../services/notifications/schedule/schedule.service';
import { createSweep, type Sweep } from '../../services/notifications/schedule/sweep.service';
import { FixedClock } from '../../services/shared/clock';
import { dueKey, dueShard } from '../../services/shared/db/catalogue/schedule.catalogue';
import { ENTITY } from '../../services/shared/db/keys';
import { routineKey } from '../../services/routines/routine.keys';
import { profileKey } from '../../services/users/user.keys';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { documentClient, testStack, type GraphqlResponse, type TestUser } from '../helpers/local-stack';

const ME = kit('Me');
const PROFILE = kit('UpdateProfile');
const CREATE = kit('CreateRoutine');
const DELETE = kit('DeleteRoutine');

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Sweeping every minute of three days: 4320 runs (twice side by side in one test), 30-60 s on DynamoDB Local.
const LONG = 180_000;

function data<T>(res: GraphqlResponse<T>): T {
  if (res.body.errors?.length || !res.body.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

async function stored(key: { PK: string; SK: string }): Promise<Record<string, unknown> | undefined> {
  return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: key, ConsistentRead: true }))).Item;
}

/** Every due item of a member, straight from the table. */
async function dueItems(sub: string): Promise<Array<Record<string, unknown>>> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :due)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':due': 'DUE#' },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

describe('reminder schedule (integration)', () => {
  const { api, users } = useIntegrationApi({ users: { river: {}, sky: {}, wren: {} } });
  const clock = new FixedClock(new Date('2026-03-27T12:00:00.000Z'));
  const repository = () => new DynamoDueRepository(documentClient(), testStack().tableName);
  const scheduler = () => createScheduler({ repository: repository(), clock });

  /** What the stream would hand over for an item as it is stored now (the stream wiring is not under test here). */
  async function feed(entity: typeof ENTITY.Routine | typeof ENTITY.Profile, key: { PK: string; SK: string }, oldImage?: Record<string, unknown>) {
    const newImage = await stored(key);
    await scheduler().scheduleFromChange({ entity, oldImage, newImage });
    return newImage;
  }

  async function setPreferences(user: TestUser, preferences: Record<string, boolean>) {
    const { me } = data(await api.gql<{ me: { version: number } }>(ME, {}, user.accessToken));
    const before = await stored(profileKey(user.sub));
    data(await api.gql(PROFILE, { input: { version: me.version, timeZone: 'Europe/Berlin', preferences } }, user.accessToken));
    return feed(ENTITY.Profile, profileKey(user.sub), before);
  }

  async function createRoutine(user: TestUser, reminderTimes: string[]): Promise<string> {
    const input = { name: 'Evening wind-down', kind: 'CUSTOM', steps: [{ title: 'Warm tea', minutes: 5 }], schedule: { reminderTimes } };
    const { createRoutine: created } = data(await api.gql<{ createRoutine: { routine: { id: string } } }>(CREATE, { input }, user.accessToken));
    await feed(ENTITY.Routine, routineKey(user.sub, created.routine.id));
    return created.routine.id;
  }

  /** Sweeps every minute from `from` for `ms`, `parallel` sweeps side by side each minute; what reached `sub`. */
  async function sweepEveryMinute(sub: string, from: string, ms: number, parallel = 1): Promise<MemberNotification[]> {
    const sweeps: Sweep[] = Array.from({ length: parallel }, () => createSweep({ repository: repository() }));
    const received: MemberNotification[] = [];
    const sink = async (n: MemberNotification) => {
      // Other files' members may have due items on the shared table: only this member's count.
      if (n.recipientSub === sub) received.push(n);
    };
    // The member's own shard: the other seven hold nothing of theirs, and cost a Query each a minute.
    const shards = [dueShard(sub)];
    const start = Date.parse(from);
    for (let at = start; at < start + ms; at += MINUTE) {
      await Promise.all(sweeps.map((sweep) => sweep.runSweep({ now: new Date(at), sink, shards })));
    }
    return received;
  }

  it(
    'delivers a 21:00 Europe/Berlin reminder exactly once a day around the spring change, to two sweeps side by side',
    async () => {
      const river = users.river;
      clock.set(new Date('2026-03-27T23:00:00.000Z'));
      await setPreferences(river, { routineReminders: true });
      const routineId = await createRoutine(river, ['21:00']);

      const received = await sweepEveryMinute(river.sub, '2026-03-27T23:00:00.000Z', 3 * DAY, 2);

      // 28 March 21:00 CET, 29 March (the change) and 30 March 21:00 CEST.
      expect(received.map((n) => [n.kind, n.at, n.id])).toEqual(
        ['2026-03-28T20:00:00.000Z', '2026-03-29T19:00:00.000Z', '2026-03-30T19:00:00.000Z'].map((at) => ['REMINDER_DUE', at, `reminder:${routineId}:${at}`]),
      );
      const due = (await stored(dueKey(river.sub, { kind: 'ROUTINE', routineId }))) as unknown as DueReminderRecord;
      expect(due).toMatchObject({ dueAt: '2026-03-31T19:00:00.000Z', lastClaimed: '2026-03-30T19:00:00.000Z', retry: null });
    },
    LONG,
  );

  it(
    'delivers it exactly once a day around the autumn change, when 21:00 moves from 19:00Z to 20:00Z',
    async () => {
      const sky = users.sky;
      clock.set(new Date('2026-10-23T23:00:00.000Z'));
      await setPreferences(sky, { routineReminders: true });
      const routineId = await createRoutine(sky, ['21:00']);

      const received = await sweepEveryMinute(sky.sub, '2026-10-23T23:00:00.000Z', 3 * DAY);

      expect(received.map((n) => n.at)).toEqual(['2026-10-24T19:00:00.000Z', '2026-10-25T20:00:00.000Z', '2026-10-26T20:00:00.000Z']);
      expect(new Set(received.map((n) => n.routineId))).toEqual(new Set([routineId]));
    },
    LONG,
  );

  it('delivers nothing once the routine is deleted, even before the change reaches the schedule', async () => {
    const wren = users.wren;
    clock.set(new Date('2026-06-01T12:00:00.000Z'));
    await setPreferences(wren, { routineReminders: true });
    const lagging = await createRoutine(wren, ['21:00']);
    const fed = await createRoutine(wren, ['21:00']);
    expect(await dueItems(wren.sub)).toHaveLength(2);

    const before = await stored(routineKey(wren.sub, fed));
    for (const id of [lagging, fed]) data(await api.gql(DELETE, { input: { id } }, wren.accessToken));
    await scheduler().scheduleFromChange({ entity: ENTITY.Routine, oldImage: before });
    expect(await dueItems(wren.sub)).toHaveLength(1);

    // 20:55-21:10 CEST: the lagging item is found due, re-read, and removed without a send.
    const received = await sweepEveryMinute(wren.sub, '2026-06-01T18:55:00.000Z', 15 * MINUTE);

    expect(received).toEqual([]);
    expect(await dueItems(wren.sub)).toEqual([]);
  });

  it('delivers nothing once routineReminders is turned off, and keeps the weekly reflection the member chose', async () => {
    const wren = users.wren;
    clock.set(new Date('2026-06-05T12:00:00.000Z'));
    const routineId = await createRoutine(wren, ['21:00']);
    const after = await setPreferences(wren, { routineReminders: false, weeklyReflection: true });
    expect((after?.preferences as { routineReminders: boolean }).routineReminders).toBe(false);

    // Friday 5 June 21:00 CEST passes in silence; Sunday 7 June 18:00 CEST brings the weekly reflection.
    const friday = await sweepEveryMinute(wren.sub, '2026-06-05T18:55:00.000Z', 15 * MINUTE);
    const sunday = await sweepEveryMinute(wren.sub, '2026-06-07T15:55:00.000Z', 10 * MINUTE);

    expect(friday).toEqual([]);
    expect(sunday.map((n) => [n.kind, n.at, n.routineId])).toEqual([['WEEKLY_REFLECTION', '2026-06-07T16:00:00.000Z', null]]);
    expect(await stored(dueKey(wren.sub, { kind: 'ROUTINE', routineId }))).toBeUndefined();
  });
});
