import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, documentClient, testStack, type GraphqlResponse, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the apps send them.
const TEMPLATES = kit('RoutineTemplates');
const ADOPT = kit('AdoptRoutineTemplate');
const CREATE = kit('CreateRoutine');
const UPDATE = kit('UpdateRoutine');
const REORDER = kit('ReorderRoutineSteps');
const DELETE = kit('DeleteRoutine');
const GET = kit('Routine');
const LIST = kit('MyRoutines');
const RECORD = kit('RecordRoutineCompletion');
const GET_COMPLETION = kit('RoutineCompletion');
const DELETE_COMPLETION = kit('DeleteRoutineCompletion');
const ADHERENCE = kit('WeeklyAdherence');
const REMINDERS = kit('UpcomingReminders');
const LOG = kit('LogSession');
const START = kit('StartSession');
const END = kit('EndSession');
const JOURNAL = kit('CreateJournalEntry');
const TIMELINE = kit('Timeline');
const ME = kit('Me');
const PROFILE = kit('UpdateProfile');
const inTimeZone = (timeZone: string) => ({ input: { version: 1, timeZone } });

type Step = { id: string; title: string; minutes: number | null; target: { daysPerWeek: number; measure: string; catalysts: string[] } | null };
type Routine = {
  id: string;
  name: string;
  kind: string;
  status: string;
  templateId: string | null;
  version: number;
  steps: Step[];
  schedule: { days: string[]; daysPerWeek: number | null; reminderTimes: string[] };
};
type Completion = {
  id: string;
  kind: string;
  day: string;
  completedAt: string;
  routineId: string;
  routineName: string;
  stepsDone: Array<{ stepId: string; title: string }>;
  sessionId: string | null;
};
type Week = { weekStart: string; weekEnd: string; done: number; target: number; days: string[] };
type Target = {
  stepId: string | null;
  title: string;
  daysPerWeek: number;
  doneToday: boolean;
  dueToday: boolean;
  note: string | null;
  thisWeek: Week;
  recentWeeks: Week[];
};
type Adherence = { day: string; timeZone: string; weekStart: string; weekEnd: string; note: string; targets: Target[] };
type Suggestion = { message: string; routine: { id: string; name?: string } | null; template: { id: string; kind?: string } | null } | null;

const HOUR = 3600 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** The data of a response that must succeed (setup steps); fails the test with the errors otherwise. */
function data<T>(res: GraphqlResponse<T>): T {
  if (res.body.errors?.length || !res.body.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

function errorOf(res: GraphqlResponse<unknown>) {
  return res.body.errors?.[0]?.extensions;
}

/** Items of one kind in a member's partition, straight from the table. */
async function countItems(sub: string, prefix: 'ROUTINE#' | 'COMPLETION#'): Promise<number> {
  const result = await documentClient().send(
    new QueryCommand({
      TableName: testStack().tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': `USER#${sub}`, ':prefix': prefix },
      Select: 'COUNT',
    }),
  );
  return result.Count ?? 0;
}

function stepInputs(count: number, minutes = 5) {
  return Array.from({ length: count }, (_, i) => ({ title: `Step ${i + 1}`, minutes }));
}

function stepId(routine: Routine, title: string): string {
  const step = routine.steps.find((s) => s.title === title);
  if (!step) throw new Error(`no step ${title}`);
  return step.id;
}

function target(adherence: Adherence, title: string): Target {
  const found = adherence.targets.find((t) => t.title === title);
  if (!found) throw new Error(`no target ${title}`);
  return found;
}

describe('routines (integration)', () => {
  const {
    api,
    users: { river, sky },
    recorder,
  } = useIntegrationApi({
    users: { river: {}, sky: {} },
    seed: async () => {
      await api.gql(PROFILE, inTimeZone('Europe/Berlin'), river.accessToken);
      await api.gql(ME, {}, sky.accessToken);
    },
  });

  const adopt = async (user: TestUser, input: Record<string, unknown>) =>
    data(await api.gql<{ adoptRoutineTemplate: { routine: Routine } }>(ADOPT, { input }, user.accessToken)).adoptRoutineTemplate.routine;
  const create = async (user: TestUser, input: Record<string, unknown>) =>
    data(await api.gql<{ createRoutine: { routine: Routine } }>(CREATE, { input }, user.accessToken)).createRoutine.routine;
  const record = async (user: TestUser, input: Record<string, unknown>) =>
    data(await api.gql<{ recordRoutineCompletion: { routineCompletion: Completion } }>(RECORD, { input }, user.accessToken)).recordRoutineCompletion
      .routineCompletion;
  const logSession = async (user: TestUser, input: Record<string, unknown>) =>
    data(await api.gql<{ logSession: { session: { id: string; startedAt: string }; aftercareSuggestion: Suggestion } }>(LOG, { input }, user.accessToken))
      .logSession;
  const adherence = async (user: TestUser, vars: Record<string, unknown>) =>
    data(await api.gql<{ weeklyAdherence: Adherence }>(ADHERENCE, vars, user.accessToken)).weeklyAdherence;

  describe('templates', () => {
    it('lists aftercare, the mindful crying practice and the weekly plan without touching the table', async () => {
      const res = await api.gql<{ routineTemplates: Array<{ id: string; kind: string; steps: Step[] }> }>(TEMPLATES, {}, river.accessToken);

      const templates = data(res).routineTemplates;
      expect(templates.map((t) => [t.id, t.kind])).toEqual([
        ['post-cry-aftercare', 'AFTERCARE'],
        ['mindful-crying-practice', 'PRACTICE'],
        ['weekly-wellness-plan', 'WEEKLY_PLAN'],
      ]);
      expect(templates[2]?.steps.map((s) => s.target?.daysPerWeek)).toEqual([2, 1, 7, 1, 3]);
      expect(recorder.calls).toEqual([]);
      expect(recorder.depth()).toBe(0);
    });
  });

  describe('adoptRoutineTemplate', () => {
    it('makes a copy the member owns, with fresh step ids, in one write', async () => {
      const res = await api.gql<{ adoptRoutineTemplate: { routine: Routine } }>(ADOPT, { input: { templateId: 'post-cry-aftercare' } }, river.accessToken);

      const routine = data(res).adoptRoutineTemplate.routine;
      expect(routine).toMatchObject({ name: 'Post-cry aftercare', kind: 'AFTERCARE', status: 'ACTIVE', templateId: 'post-cry-aftercare', version: 1 });
      expect(routine.steps).toHaveLength(7);
      expect(routine.steps.map((s) => s.id)).not.toContain('pat-dry');
      expect(recorder.calls).toEqual(['TransactWriteItems']);
      expect(recorder.depth()).toBe(1);
    });

    it('takes a name and schedule of the member', async () => {
      const routine = await adopt(river, {
        templateId: 'weekly-wellness-plan',
        name: 'My gentle week',
        schedule: { days: ['THURSDAY', 'MONDAY'], reminderTimes: ['19:30'] },
      });

      expect(routine).toMatchObject({
        name: 'My gentle week',
        kind: 'WEEKLY_PLAN',
        schedule: { days: ['MONDAY', 'THURSDAY'], daysPerWeek: null, reminderTimes: ['19:30'] },
      });
    });

    it('returns the first copy for a retry with the same idempotency key', async () => {
      const before = await countItems(sky.sub, 'ROUTINE#');
      const input = { templateId: 'mindful-crying-practice', idempotencyKey: 'adopt-practice-1' };

      const first = await adopt(sky, input);
      const retry = await adopt(sky, input);

      expect(retry.id).toBe(first.id);
      expect(await countItems(sky.sub, 'ROUTINE#')).toBe(before + 1);
    });

    it('answers NOT_FOUND for an unknown template and writes nothing', async () => {
      const res = await api.gql(ADOPT, { input: { templateId: 'cry-on-cue' } }, river.accessToken);

      expect(errorOf(res)?.code).toBe('NOT_FOUND');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
    });
  });

  describe('createRoutine', () => {
    const valid = {
      name: 'Evening wind-down',
      kind: 'CUSTOM',
      steps: [
        { title: 'Dim the lights', minutes: 2 },
        { title: 'Tea', minutes: 10, products: ['chamomile'] },
      ],
    };

    it('creates a routine with ordered steps and a schedule in one write', async () => {
      const res = await api.gql<{ createRoutine: { routine: Routine } }>(
        CREATE,
        { input: { ...valid, description: 'Before bed', schedule: { days: ['SUNDAY'], daysPerWeek: 1, reminderTimes: ['21:00', '20:30'] } } },
        river.accessToken,
      );

      expect(data(res).createRoutine.routine).toMatchObject({
        name: 'Evening wind-down',
        kind: 'CUSTOM',
        status: 'ACTIVE',
        templateId: null,
        schedule: { days: ['SUNDAY'], daysPerWeek: 1, reminderTimes: ['20:30', '21:00'] },
        steps: [
          { title: 'Dim the lights', minutes: 2, target: null },
          { title: 'Tea', minutes: 10 },
        ],
      });
      expect(recorder.calls).toEqual(['TransactWriteItems']);
      expect(recorder.depth()).toBe(1);
    });

    it.each([
      ['1 step of 1 minute', [{ title: 'Breathe', minutes: 1 }]],
      ['30 steps of 240 minutes', stepInputs(30, 240)],
    ])('accepts %s', async (_name, steps) => {
      const routine = await create(river, { ...valid, steps });

      expect(routine.steps).toHaveLength(steps.length);
    });

    it.each([
      ['no steps', { steps: [] }, 'steps'],
      ['31 steps', { steps: stepInputs(31) }, 'steps'],
      ['a step of 0 minutes', { steps: [{ title: 'x', minutes: 0 }] }, 'steps.0.minutes'],
      [
        'a step of 241 minutes',
        {
          steps: [
            { title: 'x', minutes: 1 },
            { title: 'y', minutes: 241 },
          ],
        },
        'steps.1.minutes',
      ],
      ['a blank name', { name: '  ' }, 'name'],
      ['an over-long name', { name: 'n'.repeat(201) }, 'name'],
      ['an empty step title', { steps: [{ title: '' }] }, 'steps.0.title'],
      ['a reminder at 24:00', { schedule: { reminderTimes: ['24:00'] } }, 'schedule.reminderTimes'],
      ['a reminder without a colon', { schedule: { reminderTimes: ['0930'] } }, 'schedule.reminderTimes'],
      ['a day twice', { schedule: { days: ['MONDAY', 'MONDAY'] } }, 'schedule.days'],
      ['8 days a week', { schedule: { daysPerWeek: 8 } }, 'schedule.daysPerWeek'],
      ['a target of 0 days', { steps: [{ title: 'x', target: { daysPerWeek: 0 } }] }, 'steps.0.target.daysPerWeek'],
      [
        'catalysts on a journal target',
        { steps: [{ title: 'x', target: { daysPerWeek: 2, measure: 'JOURNAL', catalysts: ['MUSIC'] } }] },
        'steps.0.target.catalysts',
      ],
      ['a step id on a new routine', { steps: [{ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', title: 'x' }] }, 'steps.0.id'],
      ['a malformed idempotency key', { idempotencyKey: 'short' }, 'idempotencyKey'],
    ])('refuses %s naming the field and writes nothing', async (_name, overrides, field) => {
      const before = await countItems(river.sub, 'ROUTINE#');
      recorder.reset();

      const res = await api.gql(CREATE, { input: { ...valid, ...overrides } }, river.accessToken);

      expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(res)?.fields).toContain(field);
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
      expect(await countItems(river.sub, 'ROUTINE#')).toBe(before);
    });

    it('refuses an unknown kind', async () => {
      const res = await api.gql(CREATE, { input: { ...valid, kind: 'PUNISHMENT' } }, river.accessToken);

      expect(res.status).toBe(400);
      expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updating, reordering and deleting', () => {
    let routine: Routine;

    beforeAll(async () => {
      routine = await create(river, {
        name: 'Morning check',
        kind: 'PRACTICE',
        steps: [
          { title: 'A', minutes: 1 },
          { title: 'B', minutes: 2 },
          { title: 'C', minutes: 3 },
        ],
      });
    });

    it('updates with the current version, keeping the ids of steps passed back, and refuses a stale one', async () => {
      const [a, b] = routine.steps as [Step, Step, Step];
      const ok = await api.gql<{ updateRoutine: { routine: Routine } }>(
        UPDATE,
        {
          input: {
            id: routine.id,
            version: 1,
            name: 'Morning kindness',
            steps: [{ id: b.id, title: 'B, slower', minutes: 4 }, { id: a.id, title: 'A' }, { title: 'D' }],
          },
        },
        river.accessToken,
      );
      const updated = data(ok).updateRoutine.routine;
      expect(updated).toMatchObject({ name: 'Morning kindness', version: 2, kind: 'PRACTICE' });
      expect(updated.steps.map((s) => [s.title, s.minutes])).toEqual([
        ['B, slower', 4],
        ['A', null],
        ['D', null],
      ]);
      expect(updated.steps.slice(0, 2).map((s) => s.id)).toEqual([b.id, a.id]);
      routine = updated;

      const stale = await api.gql(UPDATE, { input: { id: routine.id, version: 1, name: 'Overwritten' } }, river.accessToken);

      expect(errorOf(stale)?.code).toBe('CONFLICT');
      expect(data(await api.gql<{ routine: Routine }>(GET, { id: routine.id }, river.accessToken)).routine).toMatchObject({
        name: 'Morning kindness',
        version: 2,
      });
    });

    it('pauses and resumes', async () => {
      const paused = data(
        await api.gql<{ updateRoutine: { routine: Routine } }>(UPDATE, { input: { id: routine.id, version: 2, status: 'PAUSED' } }, river.accessToken),
      ).updateRoutine.routine;
      expect(paused).toMatchObject({ status: 'PAUSED', version: 3, name: 'Morning kindness' });

      const resumed = data(
        await api.gql<{ updateRoutine: { routine: Routine } }>(UPDATE, { input: { id: routine.id, version: 3, status: 'ACTIVE' } }, river.accessToken),
      ).updateRoutine.routine;
      expect(resumed).toMatchObject({ status: 'ACTIVE', version: 4 });
      routine = resumed;
    });

    it.each([
      [
        'a step id of no step of this routine',
        (r: Routine) => ({
          steps: [
            { id: '01KAAAAAAAAAAAAAAAAAAAAAAA', title: 'x' },
            { id: r.steps[0]?.id, title: 'y' },
          ],
        }),
        'steps.0.id',
      ],
      ['a step of 241 minutes', () => ({ steps: [{ title: 'x', minutes: 241 }] }), 'steps.0.minutes'],
      ['31 steps', () => ({ steps: stepInputs(31) }), 'steps'],
      ['clearing the name', () => ({ name: null }), 'name'],
    ])('refuses %s and changes nothing', async (_name, change, field) => {
      recorder.reset();

      const res = await api.gql(UPDATE, { input: { id: routine.id, version: routine.version, ...change(routine) } }, river.accessToken);

      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(_name === 'a step id of no step of this routine' ? 1 : 0); // the others are refused before any read
      expect(data(await api.gql<{ routine: Routine }>(GET, { id: routine.id }, river.accessToken)).routine.version).toBe(routine.version);
    });

    it('reorders the steps, keeping their ids, with one GetItem and one UpdateItem', async () => {
      const reversed = [...routine.steps].reverse().map((s) => s.id);

      const res = await api.gql<{ reorderRoutineSteps: { routine: Routine } }>(
        REORDER,
        { input: { id: routine.id, version: routine.version, stepIds: reversed } },
        river.accessToken,
      );

      const reordered = data(res).reorderRoutineSteps.routine;
      expect(reordered.steps.map((s) => s.id)).toEqual(reversed);
      expect(reordered.steps.map((s) => s.title)).toEqual(['D', 'A', 'B, slower']);
      expect(reordered.version).toBe(routine.version + 1);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'UpdateItem']);
      expect(recorder.depth()).toBe(2);
      routine = reordered;
    });

    it.each([
      ['a step left out', (r: Routine) => r.steps.slice(1).map((s) => s.id), 'BAD_USER_INPUT'],
      ['a step of no routine', (r: Routine) => [...r.steps.slice(1).map((s) => s.id), '01KAAAAAAAAAAAAAAAAAAAAAAA'], 'BAD_USER_INPUT'],
      ['a step twice', (r: Routine) => [r.steps[0]?.id, r.steps[0]?.id, r.steps[1]?.id], 'BAD_USER_INPUT'],
    ])('refuses a reorder with %s', async (_name, ids, code) => {
      const res = await api.gql(REORDER, { input: { id: routine.id, version: routine.version, stepIds: ids(routine) } }, river.accessToken);

      expect(errorOf(res)).toMatchObject({ code, fields: ['stepIds'] });
    });

    it('refuses a reorder from a stale version', async () => {
      const res = await api.gql(REORDER, { input: { id: routine.id, version: 1, stepIds: routine.steps.map((s) => s.id) } }, river.accessToken);

      expect(errorOf(res)?.code).toBe('CONFLICT');
    });

    it('gets one routine in exactly one GetItem', async () => {
      const res = await api.gql<{ routine: Routine }>(GET, { id: routine.id }, river.accessToken);

      expect(data(res).routine.id).toBe(routine.id);
      expect(recorder.calls).toEqual(['GetItem']);
      expect(recorder.depth()).toBe(1);
    });

    it('deletes a routine in one write; then it is NOT_FOUND', async () => {
      const doomed = await create(river, { name: 'Short-lived', kind: 'CUSTOM', steps: [{ title: 'x' }] });
      recorder.reset();

      const res = await api.gql<{ deleteRoutine: { deletedId: string } }>(DELETE, { input: { id: doomed.id } }, river.accessToken);

      expect(data(res).deleteRoutine.deletedId).toBe(doomed.id);
      expect(recorder.calls).toEqual(['DeleteItem']);
      expect(recorder.depth()).toBe(1);
      expect(errorOf(await api.gql(GET, { id: doomed.id }, river.accessToken))?.code).toBe('NOT_FOUND');
      expect(errorOf(await api.gql(DELETE, { input: { id: doomed.id } }, river.accessToken))?.code).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for an id that is not an id, without reading', async () => {
      const res = await api.gql(GET, { id: 'ROUTINE#../x' }, river.accessToken);

      expect(errorOf(res)?.code).toBe('NOT_FOUND');
      expect(recorder.calls).toEqual([]);
      expect(recorder.depth()).toBe(0);
    });
  });

  describe('myRoutines', () => {
    let member: TestUser;
    let names: string[];

    beforeAll(async () => {
      member = await createTestUser();
      names = ['one', 'two', 'three', 'four', 'five'];
      for (const name of names) await create(member, { name, kind: 'CUSTOM', steps: [{ title: 'x' }] });
    });

    it('pages oldest first with opaque cursors, exactly one Query a page', async () => {
      recorder.reset();
      type List = { myRoutines: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };

      const first = data(await api.gql<List>(LIST, { first: 2 }, member.accessToken));
      const second = data(await api.gql<List>(LIST, { first: 2, after: first.myRoutines.pageInfo.endCursor }, member.accessToken));
      const third = data(await api.gql<List>(LIST, { first: 2, after: second.myRoutines.pageInfo.endCursor }, member.accessToken));

      expect([first, second, third].flatMap((page) => page.myRoutines.edges.map((e) => e.node.name))).toEqual(names);
      expect([first, second, third].map((page) => page.myRoutines.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect(recorder.calls).toEqual(['Query', 'Query', 'Query']);
      expect(recorder.depth()).toBe(3);
    });

    it('lists only the caller’s routines', async () => {
      const res = await api.gql<{ myRoutines: { edges: Array<{ node: { name: string } }> } }>(LIST, { first: 100 }, member.accessToken);

      expect(data(res).myRoutines.edges.map((e) => e.node.name)).toEqual(names);
    });

    it.each([
      ['a tampered cursor', { after: Buffer.from('c1:PROFILE').toString('base64url') }, 'after'],
      ['a page of 101', { first: 101 }, 'first'],
    ])('refuses %s', async (_name, vars, field) => {
      const res = await api.gql(LIST, vars, member.accessToken);

      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });
  });

  describe('recordRoutineCompletion', () => {
    let aftercare: Routine;
    let sessionId: string;
    let sessionStart: string;

    beforeAll(async () => {
      aftercare = await adopt(river, { templateId: 'post-cry-aftercare', name: 'After tears' });
      const logged = await logSession(river, { startedAt: ago(5 * HOUR), durationMinutes: 30, afterState: 'CALMER' });
      sessionId = logged.session.id;
      sessionStart = logged.session.startedAt;
    });

    it('records a back-dated completion after one of the member’s sessions in one write', async () => {
      const completedAt = ago(4 * HOUR);
      const steps = [stepId(aftercare, 'Drink a glass of water'), stepId(aftercare, 'Pat your face dry')];
      recorder.reset();

      const res = await api.gql<{ recordRoutineCompletion: { routineCompletion: Completion } }>(
        RECORD,
        { input: { routineId: aftercare.id, completedAt, stepIds: steps, sessionId, note: 'Cool cloth helped.' } },
        river.accessToken,
      );

      const completion = data(res).recordRoutineCompletion.routineCompletion;
      expect(completion).toMatchObject({
        kind: 'ROUTINE_COMPLETION',
        routineId: aftercare.id,
        routineName: 'After tears',
        routineKind: 'AFTERCARE',
        completedAt,
        sessionId,
        note: 'Cool cloth helped.',
      });
      // In routine order, not the order given.
      expect(completion.stepsDone.map((s) => s.title)).toEqual(['Pat your face dry', 'Drink a glass of water']);
      expect(recorder.writes()).toBe(1);
      expect(recorder.depth()).toBe(2);
      // The profile (for the day), the routine and the session: three GetItems, then one transaction (the completion and the open-account check).
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it('records every step by default, and costs two reads and one write without a session', async () => {
      const completion = await (async () => {
        recorder.reset();
        return record(river, { routineId: aftercare.id });
      })();

      expect(completion.stepsDone).toHaveLength(7);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it('puts a back-dated completion on the day of the member’s time zone', async () => {
      // 23:30Z on 24 October 2026 is 01:30 on the 25th in Berlin (summer time).
      const completion = await record(river, { routineId: aftercare.id, completedAt: '2026-10-24T23:30:00.000Z' });

      expect(completion.day).toBe('2026-10-25');
    });

    it('returns the first completion for a retry with the same idempotency key', async () => {
      const before = await countItems(river.sub, 'COMPLETION#');
      const input = { routineId: aftercare.id, idempotencyKey: 'aftercare-retry-1' };

      const first = await record(river, input);
      const retry = await record(river, input);

      expect(retry.id).toBe(first.id);
      expect(await countItems(river.sub, 'COMPLETION#')).toBe(before + 1);
    });

    it('accepts a completion for a paused routine', async () => {
      const paused = await create(river, { name: 'Paused practice', kind: 'PRACTICE', status: 'PAUSED', steps: [{ title: 'Breathe' }] });

      const completion = await record(river, { routineId: paused.id });

      expect(completion.routineName).toBe('Paused practice');
    });

    it('answers NOT_FOUND for a deleted routine and writes nothing, keeping its earlier completions', async () => {
      const doomed = await create(river, { name: 'Deleted soon', kind: 'CUSTOM', steps: [{ title: 'x' }] });
      const earlier = await record(river, { routineId: doomed.id });
      await api.gql(DELETE, { input: { id: doomed.id } }, river.accessToken);
      const before = await countItems(river.sub, 'COMPLETION#');
      recorder.reset();

      const res = await api.gql(RECORD, { input: { routineId: doomed.id } }, river.accessToken);

      expect(errorOf(res)?.code).toBe('NOT_FOUND');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(1);
      expect(await countItems(river.sub, 'COMPLETION#')).toBe(before);
      expect(data(await api.gql<{ routineCompletion: Completion }>(GET_COMPLETION, { id: earlier.id }, river.accessToken)).routineCompletion.routineName).toBe(
        'Deleted soon',
      );
    });

    it.each([
      ['a step of no step of the routine', () => ({ stepIds: ['01KAAAAAAAAAAAAAAAAAAAAAAA'] }), 'stepIds'],
      ['no steps at all', () => ({ stepIds: [] }), 'stepIds'],
      ['a time before the session started', () => ({ sessionId, completedAt: new Date(Date.parse(sessionStart) - 60_000).toISOString() }), 'completedAt'],
      ['a time in the future', () => ({ completedAt: new Date(Date.now() + 2 * HOUR).toISOString() }), 'completedAt'],
      ['an over-long note', () => ({ note: 'n'.repeat(2001) }), 'note'],
      ['a malformed idempotency key', () => ({ idempotencyKey: 'no' }), 'idempotencyKey'],
    ])('refuses %s naming the field and writes nothing', async (_name, overrides, field) => {
      const before = await countItems(river.sub, 'COMPLETION#');
      recorder.reset();

      const res = await api.gql(RECORD, { input: { routineId: aftercare.id, ...overrides() } }, river.accessToken);

      expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(res)?.fields).toContain(field);
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(['a step of no step of the routine', 'a time before the session started'].includes(_name) ? 1 : 0); // the others are refused before any read
      expect(await countItems(river.sub, 'COMPLETION#')).toBe(before);
    });

    it('shows completions on the timeline, with every kind and on their own', async () => {
      const completion = await record(river, { routineId: aftercare.id, completedAt: ago(HOUR), sessionId });

      type Timeline = { timeline: { edges: Array<{ node: { __typename: string; id: string; kind: string; routineName?: string; sessionId?: string } }> } };
      const all = data(await api.gql<Timeline>(TIMELINE, { first: 50 }, river.accessToken)).timeline.edges.map((e) => e.node);
      const only = data(await api.gql<Timeline>(TIMELINE, { first: 50, kinds: ['ROUTINE_COMPLETION'] }, river.accessToken)).timeline.edges.map((e) => e.node);

      expect(all.find((n) => n.id === completion.id)).toMatchObject({
        __typename: 'RoutineCompletion',
        kind: 'ROUTINE_COMPLETION',
        routineName: 'After tears',
        sessionId,
      });
      expect(all.some((n) => n.__typename === 'Session')).toBe(true);
      expect(only.length).toBeGreaterThan(1);
      expect(only.every((n) => n.__typename === 'RoutineCompletion')).toBe(true);
    });

    it('gets a completion in one GetItem and deletes it in one write', async () => {
      const completion = await record(river, { routineId: aftercare.id });
      recorder.reset();

      const got = await api.gql<{ routineCompletion: Completion }>(GET_COMPLETION, { id: completion.id }, river.accessToken);
      expect(data(got).routineCompletion.id).toBe(completion.id);
      expect(recorder.calls).toEqual(['GetItem']);
      expect(recorder.depth()).toBe(1);

      recorder.reset();
      expect(
        data(await api.gql<{ deleteRoutineCompletion: { deletedId: string } }>(DELETE_COMPLETION, { input: { id: completion.id } }, river.accessToken))
          .deleteRoutineCompletion.deletedId,
      ).toBe(completion.id);
      expect(recorder.calls).toEqual(['DeleteItem']);
      expect(recorder.depth()).toBe(1);
      expect(errorOf(await api.gql(GET_COMPLETION, { id: completion.id }, river.accessToken))?.code).toBe('NOT_FOUND');
    });
  });

  describe("another member's ids", () => {
    let routine: Routine;
    let sessionId: string;
    let completion: Completion;
    let skyRoutine: Routine;

    beforeAll(async () => {
      routine = await create(river, { name: 'River only', kind: 'CUSTOM', steps: [{ title: 'x' }, { title: 'y' }] });
      sessionId = (await logSession(river, { startedAt: ago(3 * HOUR), durationMinutes: 20 })).session.id;
      completion = await record(river, { routineId: routine.id, sessionId });
      skyRoutine = await create(sky, { name: 'Sky only', kind: 'AFTERCARE', steps: [{ title: 'z' }] });
    });

    const cases: Array<[string, string, () => Record<string, unknown>]> = [
      ['routine(id)', GET, () => ({ id: routine.id })],
      ['updateRoutine(input.id)', UPDATE, () => ({ input: { id: routine.id, version: 1, name: 'Taken' } })],
      ['reorderRoutineSteps(input.id)', REORDER, () => ({ input: { id: routine.id, version: 1, stepIds: routine.steps.map((s) => s.id).reverse() } })],
      ['deleteRoutine(input.id)', DELETE, () => ({ input: { id: routine.id } })],
      ['recordRoutineCompletion(input.routineId)', RECORD, () => ({ input: { routineId: routine.id } })],
      ['recordRoutineCompletion(input.sessionId)', RECORD, () => ({ input: { routineId: skyRoutine.id, sessionId } })],
      ['weeklyAdherence(routineId)', ADHERENCE, () => ({ routineId: routine.id })],
      ['routineCompletion(id)', GET_COMPLETION, () => ({ id: completion.id })],
      ['deleteRoutineCompletion(input.id)', DELETE_COMPLETION, () => ({ input: { id: completion.id } })],
    ];

    it.each(cases)('answers NOT_FOUND for %s, with no hint and nothing written', async (_field, query, vars) => {
      recorder.reset();

      const res = await api.gql(query, vars(), sky.accessToken);

      expect(errorOf(res)?.code).toBe('NOT_FOUND');
      expect(res.body.errors?.[0]?.message).not.toContain(river.sub);
      // Deletes are one conditional DeleteItem that DynamoDB refuses; everything else stops before writing.
      expect(recorder.writes()).toBe(query === DELETE || query === DELETE_COMPLETION ? 1 : 0);
      expect(recorder.depth()).toBe(1);
      expect(data(await api.gql<{ routine: Routine }>(GET, { id: routine.id }, river.accessToken)).routine).toMatchObject({ version: 1, name: 'River only' });
      expect(data(await api.gql<{ routineCompletion: Completion }>(GET_COMPLETION, { id: completion.id }, river.accessToken)).routineCompletion.id).toBe(
        completion.id,
      );
      expect(await countItems(sky.sub, 'COMPLETION#')).toBe(0);
    });

    it("never lists another member's routines", async () => {
      const res = await api.gql<{ myRoutines: { edges: Array<{ node: { id: string } }> } }>(LIST, { first: 100 }, sky.accessToken);

      expect(data(res).myRoutines.edges.map((e) => e.node.id)).not.toContain(routine.id);
    });
  });

  describe('weeklyAdherence', () => {
    let member: TestUser;
    let plan: Routine;

    /**
     * A known history in Berlin around the week of Mon 23 - Sun 29 March 2026, which ends
     * with the spring change (CET UTC+1 -> CEST UTC+2 at 02:00 on Sunday the 29th).
     * The plan is the weekly template, planned for Mondays and Thursdays. Local times in comments.
     */
    beforeAll(async () => {
      member = await createTestUser();
      await api.gql(PROFILE, inTimeZone('Europe/Berlin'), member.accessToken);
      plan = await adopt(member, { templateId: 'weekly-wellness-plan', schedule: { days: ['MONDAY', 'THURSDAY'] } });
      const aftercare = await adopt(member, { templateId: 'post-cry-aftercare' });
      const sessions = [
        { startedAt: '2026-03-23T18:00:00.000Z', catalysts: [{ kind: 'MUSIC' }], reflection: 'Softer than I feared.' }, // S1 Mon 23 19:00
        { startedAt: '2026-03-23T20:00:00.000Z', catalysts: [{ kind: 'MOVEMENT' }] }, // S2 Mon 23 21:00
        { startedAt: '2026-03-29T21:30:00.000Z', catalysts: [{ kind: 'SUPPORT_GROUP' }] }, // S3 Sun 29 23:30 CEST
        { startedAt: '2026-03-29T22:30:00.000Z', catalysts: [{ kind: 'BREATHWORK' }] }, // S4 Mon 30 00:30 CEST: next week (CET would say Sunday)
        { startedAt: '2026-03-17T07:00:00.000Z' }, // S5 Tue 17 08:00
        { startedAt: '2026-03-22T22:30:00.000Z', catalysts: [{ kind: 'BREATHWORK' }] }, // S6 Sun 22 23:30 CET
        { startedAt: '2026-03-10T19:00:00.000Z', catalysts: [{ kind: 'THERAPY_SESSION' }] }, // S7 Tue 10 20:00
        { startedAt: '2026-03-08T22:30:00.000Z', catalysts: [{ kind: 'THERAPY_SESSION' }] }, // S8 Sun 8 23:30: before the weeks shown
      ];
      for (const session of sessions) await logSession(member, { durationMinutes: 20, ...session });
      for (const writtenAt of ['2026-03-24T07:00:00.000Z', '2026-03-28T23:30:00.000Z', '2026-03-18T12:00:00.000Z']) {
        // J1 Tue 24 08:00; J2 Sun 29 00:30 CET (Saturday in UTC); J3 Wed 18 13:00
        data(await api.gql(JOURNAL, { input: { text: 'A few lines.', writtenAt } }, member.accessToken));
      }
      await record(member, { routineId: plan.id, completedAt: '2026-03-25T11:00:00.000Z', stepIds: [stepId(plan, 'Breathwork')] }); // C1 Wed 25
      await record(member, {
        routineId: plan.id,
        completedAt: '2026-03-26T09:00:00.000Z',
        stepIds: [stepId(plan, 'Breathwork'), stepId(plan, 'Therapy or a support group')],
      }); // C2 Thu 26
      await record(member, { routineId: plan.id, completedAt: '2026-03-23T19:30:00.000Z', stepIds: [stepId(plan, 'Mindful crying practice')] }); // C3 Mon 23
      await record(member, { routineId: aftercare.id, completedAt: '2026-03-27T09:00:00.000Z' }); // another routine: ignored
    });

    it('matches figures worked out by hand for a known history, in at most two Queries', async () => {
      recorder.reset();

      const result = await adherence(member, { routineId: plan.id, day: '2026-03-26', recentWeeks: 2 });

      // Thursday 26 March: the week of Mon 23 - Sun 29, then 16-22 and 9-15 March.
      expect(result).toMatchObject({ day: '2026-03-26', timeZone: 'Europe/Berlin', weekStart: '2026-03-23', weekEnd: '2026-03-29' });
      expect(result.note).toMatch(/not a score/);
      expect(result.targets.map((t) => [t.title, t.daysPerWeek])).toEqual([
        ['Mindful crying practice', 2],
        ['Therapy or a support group', 1],
        ['Journaling', 7],
        ['A movement practice', 1],
        ['Breathwork', 3],
      ]);

      // Crying: Mon 23 (S1, S2 and the tick C3: one day) and Sun 29 (S3) = 2 of 2; S4 is next week.
      // Up to Thursday only Monday (1 of 2); Thursday is planned and nothing happened today: due.
      // 16-22: Tue 17 (S5), Sun 22 (S6) = 2. 9-15: Tue 10 (S7) = 1; S8 (Sun 8) is before the weeks shown.
      const cry = target(result, 'Mindful crying practice');
      expect(cry.thisWeek).toEqual({
        __typename: 'AdherenceWeek',
        weekStart: '2026-03-23',
        weekEnd: '2026-03-29',
        done: 2,
        target: 2,
        days: ['2026-03-23', '2026-03-29'],
      });
      expect(cry.recentWeeks.map((w) => [w.weekStart, w.done])).toEqual([
        ['2026-03-16', 2],
        ['2026-03-09', 1],
      ]);
      expect(cry).toMatchObject({ doneToday: false, dueToday: true });
      expect(cry.note).toMatch(/intention, not a score/);

      // Therapy or a group: the tick on Thu 26 (C2) and the group on Sun 29 (S3) = 2; done today. 16-22: 0. 9-15: Tue 10 (S7).
      const support = target(result, 'Therapy or a support group');
      expect(support.thisWeek).toMatchObject({ done: 2, days: ['2026-03-26', '2026-03-29'] });
      expect(support.recentWeeks.map((w) => w.done)).toEqual([0, 1]);
      expect(support).toMatchObject({ doneToday: true, dueToday: false, note: null });

      // Journaling: Mon 23 (S1's reflection), Tue 24 (J1), Sun 29 (J2 at 00:30 CET) = 3 of 7; daily, nothing today: due. 16-22: Wed 18 (J3).
      const journaling = target(result, 'Journaling');
      expect(journaling.thisWeek).toMatchObject({ done: 3, target: 7, days: ['2026-03-23', '2026-03-24', '2026-03-29'] });
      expect(journaling.recentWeeks.map((w) => w.done)).toEqual([1, 0]);
      expect(journaling).toMatchObject({ doneToday: false, dueToday: true });

      // Movement: Mon 23 (S2) = 1 of 1: not due although Thursday is planned.
      expect(target(result, 'A movement practice')).toMatchObject({ thisWeek: { done: 1, days: ['2026-03-23'] }, doneToday: false, dueToday: false });

      // Breathwork: Wed 25 (C1), Thu 26 (C2) = 2 of 3, done today. 16-22: Sun 22 (S6, 23:30 CET) = 1.
      const breathwork = target(result, 'Breathwork');
      expect(breathwork.thisWeek).toMatchObject({ done: 2, days: ['2026-03-25', '2026-03-26'] });
      expect(breathwork.recentWeeks.map((w) => w.done)).toEqual([1, 0]);
      expect(breathwork).toMatchObject({ doneToday: true, dueToday: false });

      // The profile and the routine, then one Query of the three weeks' timeline.
      expect(recorder.count('Query')).toBeLessThanOrEqual(2);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'Query']);
      expect(recorder.depth()).toBe(2);
    });

    it('reads what is due today across the spring change in the member’s time zone', async () => {
      // Sunday 29 March (the change): Sunday is not planned, and the daily journaling happened at 00:30.
      const sunday = await adherence(member, { routineId: plan.id, day: '2026-03-29', recentWeeks: 0 });
      expect(sunday.targets.filter((t) => t.dueToday)).toEqual([]);
      expect(target(sunday, 'Mindful crying practice').doneToday).toBe(true);

      // Monday 30 March, a new week: S4 at 00:30 CEST is Monday's crying and breathwork, so neither is due;
      // with the winter offset it would have been Sunday 23:30 and crying would be due.
      const monday = await adherence(member, { routineId: plan.id, day: '2026-03-30', recentWeeks: 1 });
      expect(monday.weekStart).toBe('2026-03-30');
      expect(monday.targets.filter((t) => t.dueToday).map((t) => t.title)).toEqual(['Therapy or a support group', 'Journaling', 'A movement practice']);
      expect(target(monday, 'Mindful crying practice')).toMatchObject({ doneToday: true, thisWeek: { done: 1, days: ['2026-03-30'] } });
      expect(target(monday, 'Breathwork')).toMatchObject({ doneToday: true, thisWeek: { days: ['2026-03-30'] } });
      expect(target(monday, 'Mindful crying practice').recentWeeks[0]).toMatchObject({ weekStart: '2026-03-23', done: 2 });
    });

    it('shows nothing due for a paused plan', async () => {
      const paused = await adopt(member, { templateId: 'weekly-wellness-plan', status: 'PAUSED', schedule: { days: ['MONDAY'] } });

      const result = await adherence(member, { routineId: paused.id, day: '2026-03-30', recentWeeks: 0 });

      expect(result.targets.some((t) => t.dueToday)).toBe(false);
      // Sessions count for any plan; ticks only for their own plan.
      expect(target(result, 'Mindful crying practice').thisWeek.done).toBe(1);
    });

    it('defaults to today and four weeks before', async () => {
      const result = await adherence(member, { routineId: plan.id });

      expect(result.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(result.targets[0]?.recentWeeks).toHaveLength(4);
    });

    it.each([
      ['a day that does not exist', { day: '2026-02-30' }, 'day'],
      ['a day after today', { day: '2099-01-01' }, 'day'],
      ['13 recent weeks', { recentWeeks: 13 }, 'recentWeeks'],
      ['negative recent weeks', { recentWeeks: -1 }, 'recentWeeks'],
    ])('refuses %s naming the argument', async (_name, vars, field) => {
      const res = await api.gql(ADHERENCE, { routineId: plan.id, ...vars }, member.accessToken);

      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });
  });

  describe('upcomingReminders', () => {
    it('lists the next 24 hours of reminders of active routines in the member’s time zone, in one GetItem and one Query', async () => {
      // UTC, so no daylight-saving change can fall inside the window whatever day the test runs.
      const member = await createTestUser();
      await api.gql(ME, {}, member.accessToken);
      const daily = await create(member, {
        name: 'Four times a day',
        kind: 'CUSTOM',
        steps: [{ title: 'Breathe' }],
        schedule: { reminderTimes: ['00:00', '06:00', '12:00', '18:00'] },
      });
      await create(member, { name: 'Paused', kind: 'CUSTOM', status: 'PAUSED', steps: [{ title: 'x' }], schedule: { reminderTimes: ['03:00'] } });
      await create(member, { name: 'Quiet', kind: 'CUSTOM', steps: [{ title: 'x' }] });
      recorder.reset();

      const res = await api.gql<{
        upcomingReminders: {
          from: string;
          to: string;
          timeZone: string;
          deliveryEnabled: boolean;
          reminders: Array<{ at: string; day: string; time: string; routine: { id: string } }>;
        };
      }>(REMINDERS, {}, member.accessToken);

      const upcoming = data(res).upcomingReminders;
      expect(upcoming).toMatchObject({ timeZone: 'UTC', deliveryEnabled: false });
      expect(Date.parse(upcoming.to) - Date.parse(upcoming.from)).toBe(24 * HOUR);
      expect(upcoming.reminders).toHaveLength(4);
      for (const reminder of upcoming.reminders) {
        expect(reminder.routine.id).toBe(daily.id);
        expect(Date.parse(reminder.at)).toBeGreaterThanOrEqual(Date.parse(upcoming.from));
        expect(Date.parse(reminder.at)).toBeLessThan(Date.parse(upcoming.to));
        expect(reminder.at).toBe(`${reminder.day}T${reminder.time}:00.000Z`);
      }
      expect([...upcoming.reminders].sort((a, b) => a.at.localeCompare(b.at))).toEqual(upcoming.reminders);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'Query']);
      expect(recorder.depth()).toBe(1);
    });

    it('reads reminder times in the member’s zone and follows the delivery preference', async () => {
      const member = await createTestUser();
      await api.gql(PROFILE, { input: { version: 1, timeZone: 'Asia/Tokyo', preferences: { routineReminders: true } } }, member.accessToken);
      await create(member, { name: 'Evening', kind: 'CUSTOM', steps: [{ title: 'x' }], schedule: { reminderTimes: ['21:00'] } });

      const upcoming = data(
        await api.gql<{ upcomingReminders: { deliveryEnabled: boolean; reminders: Array<{ at: string; time: string }> } }>(REMINDERS, {}, member.accessToken),
      ).upcomingReminders;

      // Tokyo has no daylight saving: 21:00 there is always 12:00Z.
      expect(upcoming.deliveryEnabled).toBe(true);
      expect(upcoming.reminders).toHaveLength(1);
      expect(upcoming.reminders[0]?.at).toMatch(/T12:00:00\.000Z$/);
    });
  });

  describe('aftercare suggestion', () => {
    let member: TestUser;

    beforeAll(async () => {
      member = await createTestUser();
      await api.gql(ME, {}, member.accessToken);
    });

    it('suggests the aftercare template to a member without an aftercare routine, for one more Query and still one write', async () => {
      recorder.reset();

      const logged = await logSession(member, { startedAt: ago(2 * HOUR), durationMinutes: 30, afterState: 'CALMER' });

      expect(logged.aftercareSuggestion).toMatchObject({ routine: null, template: { id: 'post-cry-aftercare', kind: 'AFTERCARE' } });
      expect(logged.aftercareSuggestion?.message).toMatch(/dab, never rub/);
      expect(recorder.writes()).toBe(1);
      expect(recorder.calls.sort()).toEqual(['GetItem', 'Query', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it("suggests the member's active aftercare routine, and the template again once it is paused", async () => {
      const own = await create(member, { name: 'Soft landing', kind: 'AFTERCARE', steps: [{ title: 'Cool cloth', minutes: 12 }] });

      const withOwn = await logSession(member, { startedAt: ago(3 * HOUR), durationMinutes: 20 });
      expect(withOwn.aftercareSuggestion).toMatchObject({ routine: { id: own.id, name: 'Soft landing' }, template: null });

      await api.gql(UPDATE, { input: { id: own.id, version: 1, status: 'PAUSED' } }, member.accessToken);
      const paused = await logSession(member, { startedAt: ago(4 * HOUR), durationMinutes: 20 });
      expect(paused.aftercareSuggestion).toMatchObject({ routine: null, template: { id: 'post-cry-aftercare' } });
    });

    it('suggests nothing while a session is live, and nothing at its end once aftercare was recorded for it', async () => {
      const aftercare = await adopt(member, { templateId: 'post-cry-aftercare' });
      const started = data(
        await api.gql<{ startSession: { session: { id: string }; aftercareSuggestion: Suggestion } }>(
          START,
          { input: { startedAt: ago(HOUR) } },
          member.accessToken,
        ),
      ).startSession;
      expect(started.aftercareSuggestion).toBeNull();
      await record(member, { routineId: aftercare.id, sessionId: started.session.id });

      const ended = data(
        await api.gql<{ endSession: { aftercareSuggestion: Suggestion } }>(
          END,
          { input: { id: started.session.id, afterState: 'LIGHTER' } },
          member.accessToken,
        ),
      ).endSession;

      expect(ended.aftercareSuggestion).toBeNull();
    });

    it('suggests aftercare at the end of a live session without any, and not for a completion of another kind', async () => {
      const practice = await adopt(member, { templateId: 'mindful-crying-practice' });
      const started = data(
        await api.gql<{ startSession: { session: { id: string } } }>(START, { input: { startedAt: ago(HOUR) } }, member.accessToken),
      ).startSession;
      await record(member, { routineId: practice.id, sessionId: started.session.id });
      recorder.reset();

      const ended = data(
        await api.gql<{ endSession: { aftercareSuggestion: Suggestion } }>(END, { input: { id: started.session.id } }, member.accessToken),
      ).endSession;

      expect(ended.aftercareSuggestion?.routine?.id).toBeTruthy();
      // The session and the profile; then the end itself beside the safety window, the routines and the completions since the start.
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'Query', 'Query', 'Query', 'UpdateItem']);
      expect(recorder.depth()).toBe(2);
    });

    it('suggests nothing for a retried log once aftercare was recorded for the session', async () => {
      const aftercare = await adopt(member, { templateId: 'post-cry-aftercare', name: 'Retry aftercare' });
      const input = { startedAt: ago(6 * HOUR), durationMinutes: 20, idempotencyKey: 'log-then-aftercare-1' };
      const first = await logSession(member, input);
      expect(first.aftercareSuggestion).not.toBeNull();
      await record(member, { routineId: aftercare.id, sessionId: first.session.id });

      const retry = await logSession(member, input);

      expect(retry.session.id).toBe(first.session.id);
      expect(retry.aftercareSuggestion).toBeNull();
    });
  });
});
