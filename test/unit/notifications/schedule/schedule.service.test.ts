import '../../../helpers/unit-env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDueRepository } from '../../../../services/notifications/schedule/schedule.repository';
import { createScheduler } from '../../../../services/notifications/schedule/schedule.service';
import { RoutineStatus } from '../../../../services/routines/routine.enums';
import { FixedClock } from '../../../../services/shared/clock';
import { dueKey } from '../../../../services/shared/db/catalogue/schedule.catalogue';
import { ENTITY, userPartition } from '../../../../services/shared/db/keys';
import { buildRoutine } from '../../../fixtures/routines';

const TABLE = 'lacrima-unit';
const SUB = 'member-sub';
const ddb = mockClient(DynamoDBDocumentClient);
const clock = new FixedClock(new Date('2026-10-24T12:00:00.000Z'));
const scheduler = () =>
  createScheduler({ repository: new DynamoDueRepository(DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), TABLE), clock });

const profile = (preferences: Record<string, boolean>, timeZone = 'Europe/Berlin') => ({
  PK: userPartition(SUB),
  SK: 'PROFILE',
  entity: ENTITY.Profile,
  sub: SUB,
  timeZone,
  displayName: 'River',
  preferences: { routineReminders: false, weeklyReflection: false, circleActivity: false, ...preferences },
});
const routine = (overrides: Parameters<typeof buildRoutine>[0] = {}) => {
  const record = buildRoutine({ id: 'R1', sub: SUB, status: RoutineStatus.ACTIVE, ...overrides });
  return { PK: userPartition(SUB), SK: `ROUTINE#${record.id}`, entity: ENTITY.Routine, ...record };
};
const evening = { days: [], daysPerWeek: null, reminderTimes: ['21:00'] };

describe('schedule.service', () => {
  beforeEach(() => ddb.reset());

  describe('scheduleFromChange', () => {
    it('writes the next due of a new routine from a fresh read, as a create that cannot overwrite', async () => {
      const item = routine({ schedule: evening });
      ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [profile({ routineReminders: true }), item] } });
      ddb.on(PutCommand).resolves({});

      await scheduler().scheduleFromChange({ entity: ENTITY.Routine, newImage: item });

      const put = ddb.commandCalls(PutCommand)[0]?.args[0].input;
      expect(put?.ConditionExpression).toBe('attribute_not_exists(PK)');
      expect(put?.Item).toMatchObject({ ...dueKey(SUB, { kind: 'ROUTINE', routineId: 'R1' }), dueAt: '2026-10-24T19:00:00.000Z', version: 1 });
      expect(put?.Item?.GSI2PK).toMatch(/^DUE#[0-7]$/);
    });

    it('reads and writes nothing when a routine changes in ways reminders do not follow (its name)', async () => {
      const old = routine({ schedule: evening, name: 'Before' });

      await scheduler().scheduleFromChange({ entity: ENTITY.Routine, oldImage: old, newImage: { ...old, name: 'After' } });

      expect(ddb.calls()).toHaveLength(0);
    });

    it('removes the due item of a deleted routine without reading anything', async () => {
      ddb.on(DeleteCommand).resolves({});

      await scheduler().scheduleFromChange({ entity: ENTITY.Routine, oldImage: routine({ schedule: evening }) });

      expect(ddb.calls()).toHaveLength(1);
      expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input.Key).toEqual(dueKey(SUB, { kind: 'ROUTINE', routineId: 'R1' }));
    });

    it('reads again and decides again when a sweep changed the item in between', async () => {
      const item = routine({ schedule: evening });
      ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [profile({ routineReminders: true }), item] } });
      ddb
        .on(PutCommand)
        .rejectsOnce(Object.assign(new Error('conditional'), { name: 'ConditionalCheckFailedException' }))
        .resolves({});

      await scheduler().scheduleFromChange({ entity: ENTITY.Routine, newImage: item });

      expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(2);
      expect(ddb.commandCalls(PutCommand)).toHaveLength(2);
    });

    it('reads and writes nothing when a profile changes in ways reminders do not follow (its display name)', async () => {
      const old = profile({ routineReminders: true });

      await scheduler().scheduleFromChange({ entity: ENTITY.Profile, oldImage: old, newImage: { ...old, displayName: 'Wren' } });

      expect(ddb.calls()).toHaveLength(0);
    });

    it('recomputes every due item of the member when the time zone changes, and drops those of routines that are gone', async () => {
      const old = profile({ routineReminders: true, weeklyReflection: true });
      const now = profile({ routineReminders: true, weeklyReflection: true }, 'America/New_York');
      const gone = {
        ...dueKey(SUB, { kind: 'ROUTINE', routineId: 'GONE' }),
        entity: ENTITY.DueReminder,
        sub: SUB,
        source: { kind: 'ROUTINE', routineId: 'GONE' },
        version: 2,
      };
      ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE]: [now] } });
      ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) => ({
        Items: input.ExpressionAttributeValues[':from']?.startsWith('ROUTINE#') ? [routine({ schedule: evening })] : [gone],
      }));
      ddb.on(PutCommand).resolves({});
      ddb.on(DeleteCommand).resolves({});

      await scheduler().scheduleFromChange({ entity: ENTITY.Profile, oldImage: old, newImage: now });

      const written = ddb.commandCalls(PutCommand).map((call) => [call.args[0].input.Item?.SK, call.args[0].input.Item?.dueAt]);
      // Saturday 24 October 21:00 EDT = 01:00Z; Sunday 25 October 18:00 EDT = 22:00Z.
      expect(written).toEqual(
        expect.arrayContaining([
          ['DUE#ROUTINE#R1', '2026-10-25T01:00:00.000Z'],
          ['DUE#WEEKLY_REFLECTION', '2026-10-25T22:00:00.000Z'],
        ]),
      );
      expect(ddb.commandCalls(DeleteCommand).map((call) => call.args[0].input.ExpressionAttributeValues)).toEqual([{ ':expected': 2 }]);
    });
  });
});
