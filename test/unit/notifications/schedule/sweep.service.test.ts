import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import type { MemberNotification } from '../../../../services/live/live.events';
import { DynamoDueRepository } from '../../../../services/notifications/schedule/schedule.repository';
import type { DueReminderRecord } from '../../../../services/notifications/schedule/schedule.record';
import { createSweep } from '../../../../services/notifications/schedule/sweep.service';
import { RoutineStatus } from '../../../../services/routines/routine.enums';
import type { RoutineRecord } from '../../../../services/routines/routine.record';
import { dueIndexKeys, dueKey, dueShard, dueShardPartition } from '../../../../services/shared/db/catalogue/schedule.catalogue';
import { ENTITY, userPartition } from '../../../../services/shared/db/keys';
import type { ProfileRecord } from '../../../../services/users/user.type';
import { buildRoutine } from '../../../fixtures/routines';

const TABLE = 'lacrima-unit';
const SUB = 'member-sub';
const ROUTINE_ID = '01JROUTINE';
const SOURCE = { kind: 'ROUTINE', routineId: ROUTINE_ID } as const;
// Sunday 29 March 2026, the spring change in Berlin: 21:00 CEST is 19:00Z.
const DUE = '2026-03-29T19:00:00.000Z';
const NEXT = '2026-03-30T19:00:00.000Z';
const AT_DUE = new Date('2026-03-29T19:00:20.000Z');

const ddb = mockClient(DynamoDBDocumentClient);
const client = () => DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const conditionFailed = () => Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' });

function buildProfile(overrides: Partial<ProfileRecord['preferences']> = {}): ProfileRecord {
  return {
    sub: SUB,
    displayName: null,
    pronouns: null,
    timeZone: 'Europe/Berlin',
    locale: 'de-DE',
    preferences: { routineReminders: true, weeklyReflection: false, circleActivity: false, ...overrides },
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function buildDue(overrides: Partial<DueReminderRecord> = {}): DueReminderRecord {
  return {
    sub: SUB,
    source: SOURCE,
    dueAt: DUE,
    localDay: '2026-03-29',
    localTime: '21:00',
    timeZone: 'Europe/Berlin',
    lookAt: DUE,
    lastClaimed: null,
    retry: null,
    undelivered: 0,
    version: 3,
    updatedAt: '2026-03-28T20:00:01.000Z',
    ...overrides,
  };
}

const stored = (due: DueReminderRecord) => ({ ...dueKey(SUB, SOURCE), ...dueIndexKeys(SUB, SOURCE, due.lookAt), entity: ENTITY.DueReminder, ...due });
const routineItem = (routine: RoutineRecord) => ({ PK: userPartition(SUB), SK: `ROUTINE#${routine.id}`, entity: ENTITY.Routine, ...routine });
const profileItem = (profile: ProfileRecord) => ({ PK: userPartition(SUB), SK: 'PROFILE', entity: ENTITY.Profile, ...profile });

/** The table as the sweep finds it: the item on its shard, and what the re-read returns. */
function given(options: { due: DueReminderRecord; routine?: RoutineRecord | null; profile?: ProfileRecord | null }) {
  const routine = options.routine === undefined ? buildRoutine({ id: ROUTINE_ID, sub: SUB, status: RoutineStatus.ACTIVE }) : options.routine;
  const profile = options.profile === undefined ? buildProfile() : options.profile;
  if (routine)
    routine.schedule = { days: [], daysPerWeek: null, reminderTimes: routine.schedule.reminderTimes.length ? routine.schedule.reminderTimes : ['21:00'] };
  ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) => ({
    Items: input.ExpressionAttributeValues[':shard'] === dueShardPartition(dueShard(SUB)) ? [stored(options.due)] : [],
  }));
  const items = [stored(options.due), ...(routine ? [routineItem(routine)] : []), ...(profile ? [profileItem(profile)] : [])];
  ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: items } });
}

const puts = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input);

describe('sweep.service', () => {
  const sent: MemberNotification[] = [];
  const sink = async (notification: MemberNotification) => {
    sent.push(notification);
  };
  const sweep = () => createSweep({ repository: new DynamoDueRepository(client(), TABLE) });

  beforeEach(() => {
    ddb.reset();
    sent.length = 0;
  });

  describe('runSweep', () => {
    it('claims a due occurrence with a write conditional on its version, then sends it once', async () => {
      given({ due: buildDue() });
      ddb.on(PutCommand).resolves({});

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(report).toMatchObject({ delivered: 1, lostRaces: 0 });
      expect(sent).toEqual([{ id: `reminder:${ROUTINE_ID}:${DUE}`, recipientSub: SUB, kind: 'REMINDER_DUE', at: DUE, routineId: ROUTINE_ID }]);
      const [claim] = puts();
      expect(claim).toMatchObject({ ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': 3 } });
      expect(claim?.Item).toMatchObject({ dueAt: NEXT, lookAt: NEXT, lastClaimed: DUE, version: 4, GSI2SK: `${NEXT}#${SUB}#DUE#ROUTINE#${ROUTINE_ID}` });
    });

    it('costs one Query a shard, then one BatchGetItem and one PutItem for the due item', async () => {
      given({ due: buildDue() });
      ddb.on(PutCommand).resolves({});

      await sweep().runSweep({ now: AT_DUE, sink });

      expect(ddb.commandCalls(QueryCommand)).toHaveLength(8);
      expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(1);
      expect(ddb.commandCalls(BatchGetCommand)[0]?.args[0].input.RequestItems?.[TABLE]?.ConsistentRead).toBe(true);
      expect(ddb.calls()).toHaveLength(10);
    });

    it('sends nothing when another sweep claimed the occurrence first', async () => {
      given({ due: buildDue() });
      ddb.on(PutCommand).rejects(conditionFailed());

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(sent).toEqual([]);
      expect(report).toMatchObject({ delivered: 0, lostRaces: 1 });
    });

    it('sends nothing for an item whose fresh read shows it already moved on (a stale index entry)', async () => {
      given({ due: buildDue() });
      ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [stored(buildDue({ dueAt: NEXT, lookAt: NEXT, version: 4 })), profileItem(buildProfile())] } });

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(sent).toEqual([]);
      expect(puts()).toEqual([]);
      expect(report.lostRaces).toBe(1);
    });

    it.each([
      ['the routine is gone', { routine: null }],
      ['the routine is paused', { routine: buildRoutine({ id: ROUTINE_ID, sub: SUB, status: RoutineStatus.PAUSED }) }],
      ['routineReminders is off', { profile: buildProfile({ routineReminders: false }) }],
    ])('removes the item and sends nothing when %s', async (_, state) => {
      given({ due: buildDue(), ...state });
      ddb.on(DeleteCommand).resolves({});

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(sent).toEqual([]);
      expect(report.rescheduled).toBe(1);
      expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input).toMatchObject({
        Key: dueKey(SUB, SOURCE),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': 3 },
      });
    });

    it('moves on without sending when the reminder time changed since the item was written', async () => {
      const routine = buildRoutine({ id: ROUTINE_ID, sub: SUB, status: RoutineStatus.ACTIVE });
      routine.schedule = { days: [], daysPerWeek: null, reminderTimes: ['21:30'] };
      given({ due: buildDue(), routine });
      ddb.on(PutCommand).resolves({});

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(sent).toEqual([]);
      expect(report.rescheduled).toBe(1);
      expect(puts()[0]?.Item).toMatchObject({ dueAt: '2026-03-29T19:30:00.000Z', lastClaimed: null });
    });

    it('skips an occurrence found more than an hour late (the machine was off) and keeps the next one', async () => {
      given({ due: buildDue() });
      ddb.on(PutCommand).resolves({});

      const report = await sweep().runSweep({ now: new Date('2026-03-29T20:30:00.000Z'), sink });

      expect(sent).toEqual([]);
      expect(report.skippedLate).toBe(1);
      expect(puts()[0]?.Item).toMatchObject({ dueAt: NEXT, lastClaimed: null, version: 4 });
    });

    it('writes a failed send back as a retry on the index, a minute later', async () => {
      given({ due: buildDue() });
      ddb.on(PutCommand).resolves({});
      const failing = async () => {
        throw Object.assign(new Error('down'), { name: 'SinkDown' });
      };

      const report = await sweep().runSweep({ now: AT_DUE, sink: failing });

      expect(report).toMatchObject({ delivered: 0, retried: 1 });
      const [, retry] = puts();
      expect(retry).toMatchObject({ ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': 4 } });
      expect(retry?.Item).toMatchObject({
        dueAt: NEXT,
        retry: { occurrence: DUE, attempts: 1, at: '2026-03-29T19:01:20.000Z' },
        lookAt: '2026-03-29T19:01:20.000Z',
        GSI2SK: `2026-03-29T19:01:20.000Z#${SUB}#DUE#ROUTINE#${ROUTINE_ID}`,
        version: 5,
      });
    });

    it('delivers a pending retry with the same notification id, after claiming it', async () => {
      const retryAt = '2026-03-29T19:01:20.000Z';
      given({ due: buildDue({ dueAt: NEXT, lastClaimed: DUE, retry: { occurrence: DUE, attempts: 1, at: retryAt }, lookAt: retryAt }) });
      ddb.on(PutCommand).resolves({});

      const report = await sweep().runSweep({ now: new Date('2026-03-29T19:01:30.000Z'), sink });

      expect(report.delivered).toBe(1);
      expect(sent.map((n) => n.id)).toEqual([`reminder:${ROUTINE_ID}:${DUE}`]);
      expect(puts()[0]?.Item).toMatchObject({ retry: null, lookAt: NEXT, dueAt: NEXT, version: 4 });
    });

    it('gives up on an occurrence after the last attempt and records it', async () => {
      const retryAt = '2026-03-29T19:20:00.000Z';
      given({ due: buildDue({ dueAt: NEXT, lastClaimed: DUE, retry: { occurrence: DUE, attempts: 4, at: retryAt }, lookAt: retryAt }) });
      ddb.on(PutCommand).resolves({});

      const report = await sweep().runSweep({
        now: new Date('2026-03-29T19:20:05.000Z'),
        sink: () => Promise.reject(new Error('still down')),
      });

      expect(report).toMatchObject({ gaveUp: 1, retried: 0 });
      expect(puts()[1]?.Item).toMatchObject({ retry: null, undelivered: 1, lookAt: NEXT });
    });

    it('leaves an item whose re-read fails for the next run, and goes on with the rest', async () => {
      given({ due: buildDue() });
      ddb.on(BatchGetCommand).rejects(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' }));

      const report = await sweep().runSweep({ now: AT_DUE, sink });

      expect(report.failed).toBe(1);
      expect(puts()).toEqual([]);
    });
  });
});
