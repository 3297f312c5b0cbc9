import { RoutineKind, RoutineStatus, TargetMeasure } from '../../../services/routines/routine.enums';
import type { CreateRoutineInput, RoutineStepInput } from '../../../services/routines/routine.input';
import type { RoutineCompletionRecord, RoutineRecord } from '../../../services/routines/routine.record';
import type { ActivityReader, CompletionRepository, RoutineChanges, RoutineRepository } from '../../../services/routines/routine.repository';
import { AFTERCARE_MESSAGE, AftercareService } from '../../../services/routines/routine-aftercare.service';
import { RoutineService } from '../../../services/routines/routine.service';
import { AFTERCARE_TEMPLATE_ID } from '../../../services/routines/routine.templates';
import { CatalystKind } from '../../../services/sessions/session.enums';
import type { SessionRecord } from '../../../services/sessions/session.record';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import { BadUserInputError, NotFoundError } from '../../../services/shared/errors';
import type { UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import { DEFAULT_PREFERENCES } from '../../../services/users/user.type';
import { buildCompletion, buildRoutine, buildStep } from '../../fixtures/routines';
import { buildSession } from '../../fixtures/sessions';

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };
/** One character to the input limits, seven bytes stored. */
const EMOJI = '😢\uFE0F';
const NOW = new Date('2026-11-22T23:45:00.000Z');

class FakeRoutines implements RoutineRepository {
  readonly items = new Map<string, RoutineRecord>();
  writes = 0;
  async create(record: RoutineRecord) {
    this.writes += 1;
    this.items.set(record.id, record);
    return { record, created: true };
  }
  async get(_sub: string, id: string) {
    return this.items.get(id);
  }
  async update(_sub: string, id: string, _expected: number, changes: RoutineChanges, updatedAt: string) {
    this.writes += 1;
    const current = this.items.get(id) as RoutineRecord;
    const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), version: current.version + 1, updatedAt };
    this.items.set(id, next);
    return next;
  }
  async delete(_sub: string, id: string) {
    this.writes += 1;
    this.items.delete(id);
  }
  async page() {
    return { items: [...this.items.values()], hasNextPage: false, cursors: [] };
  }
  async all() {
    return [...this.items.values()];
  }
}

class FakeCompletions implements CompletionRepository {
  readonly items: RoutineCompletionRecord[] = [];
  reads = 0;
  async create(record: RoutineCompletionRecord) {
    this.items.push(record);
    return { record, created: true };
  }
  async get(_sub: string, id: string) {
    return this.items.find((c) => c.id === id);
  }
  async delete() {}
  async between(_sub: string, from: string, to: string) {
    this.reads += 1;
    return { records: this.items.filter((c) => c.completedAt >= from && c.completedAt < to), calls: 1 };
  }
}

const noActivity: ActivityReader = { between: async () => ({ sessions: [], journalEntries: [], completions: [], calls: 1 }) };

const profiles: UserRepository = {
  getProfile: async (sub) => ({
    sub,
    displayName: null,
    pronouns: null,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    preferences: DEFAULT_PREFERENCES,
    version: 1,
    createdAt: '',
    updatedAt: '',
  }),
  createProfile: async () => true,
  updateProfile: async () => {
    throw new Error('not used');
  },
};

function stepInput(overrides: Partial<RoutineStepInput> = {}): RoutineStepInput {
  return { title: 'Cool compress', minutes: 10, ...overrides };
}

function createInput(overrides: Partial<CreateRoutineInput> = {}): CreateRoutineInput {
  return { name: 'After tears', kind: RoutineKind.AFTERCARE, steps: [stepInput(), stepInput({ title: 'Water', minutes: 1 })], ...overrides };
}

describe('RoutineService', () => {
  let routines: FakeRoutines;
  let completions: FakeCompletions;
  let sessions: Map<string, SessionRecord>;
  let service: RoutineService;

  beforeEach(() => {
    routines = new FakeRoutines();
    completions = new FakeCompletions();
    sessions = new Map();
    const clock = new FixedClock(NOW);
    service = new RoutineService(routines, completions, noActivity, { get: async (_sub, id) => sessions.get(id) }, new UserService(profiles, clock), clock);
  });

  describe('create', () => {
    it('trims text, gives each step an id and orders the schedule', async () => {
      const routine = await service.create(
        caller,
        createInput({ name: '  After tears ', schedule: { days: ['FRIDAY', 'MONDAY'] as never, reminderTimes: ['21:00', '07:30'] } }),
      );

      expect(routine).toMatchObject({ name: 'After tears', status: RoutineStatus.ACTIVE, version: 1, templateId: null });
      expect(new Set(routine.steps.map((s) => s.id)).size).toBe(2);
      expect(routine.schedule).toEqual({ days: ['MONDAY', 'FRIDAY'], daysPerWeek: null, reminderTimes: ['07:30', '21:00'] });
    });

    it.each([
      ['a blank name', { name: '   ' }, 'name'],
      ['a blank step title', { steps: [stepInput({ title: '  ' })] }, 'steps.0.title'],
      ['a blank product', { steps: [stepInput(), stepInput({ products: ['aloe vera', ' '] })] }, 'steps.1.products'],
      ['a step id on a new routine', { steps: [stepInput({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA' })] }, 'steps.0.id'],
      [
        'catalysts on a target that does not count sessions',
        { steps: [stepInput({ target: { daysPerWeek: 2, measure: TargetMeasure.JOURNAL, catalysts: [CatalystKind.MUSIC] } })] },
        'steps.0.target.catalysts',
      ],
      // Found by the bad-input property: every text within its limit, the whole over DynamoDB's 400 KB.
      [
        'more text than one item holds',
        { steps: Array<RoutineStepInput>(30).fill(stepInput({ title: EMOJI.repeat(200), notes: EMOJI.repeat(2000) })) },
        'steps',
      ],
    ])('refuses %s naming the field and writes nothing', async (_name, overrides, field) => {
      const attempt = service.create(caller, createInput(overrides));

      await expect(attempt).rejects.toBeInstanceOf(BadUserInputError);
      await expect(attempt).rejects.toMatchObject({ fields: [field] });
      expect(routines.writes).toBe(0);
    });
  });

  describe('checkDraft', () => {
    it('answers the name as stored, and refuses what create refuses', () => {
      expect(service.checkDraft(createInput({ name: ' After tears ' }))).toBe('After tears');
      expect(() => service.checkDraft(createInput({ steps: [stepInput({ title: ' ' })] }))).toThrow(BadUserInputError);
      expect(routines.writes).toBe(0);
    });
  });

  describe('adopt', () => {
    it('copies the template with fresh step ids', async () => {
      const routine = await service.adopt(caller, { templateId: AFTERCARE_TEMPLATE_ID });

      expect(routine).toMatchObject({ kind: RoutineKind.AFTERCARE, templateId: AFTERCARE_TEMPLATE_ID, name: 'Post-cry aftercare' });
      expect(routine.steps.map((s) => s.id)).not.toContain('pat-dry');
    });

    it('answers NOT_FOUND for an unknown template', async () => {
      await expect(service.adopt(caller, { templateId: 'cry-harder' })).rejects.toBeInstanceOf(NotFoundError);
      expect(routines.writes).toBe(0);
    });
  });

  describe('update', () => {
    it('keeps the ids of steps passed back and makes new ones for the rest', async () => {
      const routine = buildRoutine({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', steps: [buildStep({ id: 'keep' }), buildStep({ id: 'drop' })] });
      routines.items.set(routine.id, routine);

      const updated = await service.update(caller, {
        id: routine.id,
        version: 1,
        steps: [stepInput({ title: 'New first' }), stepInput({ id: 'keep', title: 'Kept' })],
      });

      expect(updated.steps.map((s) => s.title)).toEqual(['New first', 'Kept']);
      expect(updated.steps[1]?.id).toBe('keep');
      expect(updated.steps[0]?.id).not.toBe('drop');
    });

    it.each([
      ['a step id of no step', [stepInput({ id: 'elsewhere' })], 'steps.0.id'],
      ['the same step twice', [stepInput({ id: 'keep' }), stepInput({ id: 'keep' })], 'steps.1.id'],
    ])('refuses %s and writes nothing', async (_name, steps, field) => {
      const routine = buildRoutine({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', steps: [buildStep({ id: 'keep' })] });
      routines.items.set(routine.id, routine);

      await expect(service.update(caller, { id: routine.id, version: 1, steps })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(routines.writes).toBe(0);
    });

    it('refuses steps that would make the routine too large to store', async () => {
      const routine = buildRoutine({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', description: EMOJI.repeat(2000) });
      routines.items.set(routine.id, routine);

      const steps = Array<RoutineStepInput>(30).fill(stepInput({ title: EMOJI.repeat(200), notes: EMOJI.repeat(2000) }));

      await expect(service.update(caller, { id: routine.id, version: 1, steps })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: ['steps'] });
      expect(routines.writes).toBe(0);
    });

    it.each(['name', 'kind', 'status', 'steps'] as const)('refuses to clear %s', async (field) => {
      await expect(service.update(caller, { id: '01KAAAAAAAAAAAAAAAAAAAAAAA', version: 1, [field]: null })).rejects.toMatchObject({ fields: [field] });
    });
  });

  describe('reorderSteps', () => {
    it.each([
      ['a missing step', ['a', 'b']],
      ['a step of no routine', ['a', 'b', 'x']],
    ])('refuses %s and writes nothing', async (_name, stepIds) => {
      const routine = buildRoutine({ id: '01KAAAAAAAAAAAAAAAAAAAAAAA', steps: [buildStep({ id: 'a' }), buildStep({ id: 'b' }), buildStep({ id: 'c' })] });
      routines.items.set(routine.id, routine);

      await expect(service.reorderSteps(caller, { id: routine.id, version: 1, stepIds })).rejects.toMatchObject({ fields: ['stepIds'] });
      expect(routines.writes).toBe(0);
    });
  });

  describe('recordCompletion', () => {
    const routineId = '01KAAAAAAAAAAAAAAAAAAAAAAA';
    const sessionId = '01KBBBBBBBBBBBBBBBBBBBBBBB';

    beforeEach(() => {
      routines.items.set(
        routineId,
        buildRoutine({ id: routineId, steps: [buildStep({ id: 'a', title: 'A' }), buildStep({ id: 'b', title: 'B' }), buildStep({ id: 'c', title: 'C' })] }),
      );
      sessions.set(sessionId, buildSession({ id: sessionId, startedAt: '2026-11-22T18:00:00.000Z' }));
    });

    it('records the steps done in routine order, on the local day', async () => {
      const completion = await service.recordCompletion(caller, {
        routineId,
        stepIds: ['c', 'a'],
        completedAt: new Date('2026-11-22T23:30:00.000Z'),
        sessionId,
      });

      expect(completion.stepsDone).toEqual([
        { stepId: 'a', title: 'A' },
        { stepId: 'c', title: 'C' },
      ]);
      // 23:30Z is 00:30 on the 23rd in Berlin.
      expect(completion).toMatchObject({ day: '2026-11-23', sessionId, routineName: 'Evening wind-down' });
    });

    it('records every step when none are named', async () => {
      const completion = await service.recordCompletion(caller, { routineId });

      expect(completion.stepsDone.map((s) => s.stepId)).toEqual(['a', 'b', 'c']);
      expect(completion.completedAt).toEqual(NOW);
    });

    it.each([
      ['a step of no routine', { stepIds: ['a', 'z'] }, 'stepIds'],
      ['a time before the session started', { sessionId, completedAt: new Date('2026-11-22T17:59:00.000Z') }, 'completedAt'],
      ['a time in the future', { completedAt: new Date('2026-11-23T20:00:00.000Z') }, 'completedAt'],
    ])('refuses %s and writes nothing', async (_name, overrides, field) => {
      await expect(service.recordCompletion(caller, { routineId, ...overrides })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(completions.items).toHaveLength(0);
    });

    it.each([
      ['an unknown routine', { routineId: '01KCCCCCCCCCCCCCCCCCCCCCCC' }],
      ['a routine id that is not an id', { routineId: 'ROUTINE#x' }],
      ['an unknown session', { routineId, sessionId: '01KCCCCCCCCCCCCCCCCCCCCCCC' }],
      ['a session id that is not an id', { routineId, sessionId: '../x' }],
    ])('answers NOT_FOUND for %s and writes nothing', async (_name, input) => {
      await expect(service.recordCompletion(caller, input)).rejects.toBeInstanceOf(NotFoundError);
      expect(completions.items).toHaveLength(0);
    });
  });

  describe('suggest', () => {
    const session = { id: '01KBBBBBBBBBBBBBBBBBBBBBBB', startedAt: '2026-11-22T18:00:00.000Z' };
    const suggester = () => new AftercareService(routines, completions, new FixedClock(NOW));

    it('suggests the template when the member has no active aftercare routine', async () => {
      routines.items.set('paused', buildRoutine({ id: 'paused', kind: RoutineKind.AFTERCARE, status: RoutineStatus.PAUSED }));
      routines.items.set('practice', buildRoutine({ id: 'practice', kind: RoutineKind.PRACTICE }));

      const suggestion = await suggester().suggest(caller, session, { justCreated: true });

      expect(suggestion).toMatchObject({ routine: null, template: { id: AFTERCARE_TEMPLATE_ID }, message: AFTERCARE_MESSAGE.template });
    });

    it('suggests the most recently updated active aftercare routine', async () => {
      routines.items.set('older', buildRoutine({ id: 'older', kind: RoutineKind.AFTERCARE, updatedAt: '2026-11-01T00:00:00.000Z' }));
      routines.items.set('newer', buildRoutine({ id: 'newer', name: 'Soft landing', kind: RoutineKind.AFTERCARE, updatedAt: '2026-11-20T00:00:00.000Z' }));

      const suggestion = await suggester().suggest(caller, session, { justCreated: true });

      expect(suggestion).toMatchObject({ routine: { id: 'newer' }, template: null, message: AFTERCARE_MESSAGE.own('Soft landing') });
    });

    it('does not read completions for a session just written', async () => {
      await suggester().suggest(caller, session, { justCreated: true });

      expect(completions.reads).toBe(0);
    });

    it('answers null once aftercare was recorded for the session, but not for other kinds or sessions', async () => {
      const aftercare = buildRoutine({ kind: RoutineKind.AFTERCARE });
      const practice = buildRoutine({ kind: RoutineKind.PRACTICE });
      completions.items.push(buildCompletion(practice, '2026-11-22T18:30:00.000Z', undefined, { sessionId: session.id }));
      completions.items.push(buildCompletion(aftercare, '2026-11-22T18:40:00.000Z', undefined, { sessionId: 'another' }));
      expect(await suggester().suggest(caller, session, { justCreated: false })).not.toBeNull();

      completions.items.push(buildCompletion(aftercare, '2026-11-22T18:50:00.000Z', undefined, { sessionId: session.id }));

      expect(await suggester().suggest(caller, session, { justCreated: false })).toBeNull();
    });
  });
});
