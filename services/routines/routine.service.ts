import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { checkWhen } from '../shared/inputs';
import { pageSize, toConnection } from '../shared/pagination';
import { TimelineKind } from '../shared/timeline-item';
import { isValidDay, localDay } from '../shared/time';
import type { UserService } from '../users/user.service';
import { adherenceRange, computeAdherence } from './routine.adherence';
import type { WeeklyAdherence } from './routine.adherence.type';
import { RoutineStatus, TargetMeasure, WEEKDAYS } from './routine.enums';
import {
  ROUTINE_LIMITS,
  type AdoptRoutineTemplateInput,
  type CreateRoutineInput,
  type RecordRoutineCompletionInput,
  type ReorderRoutineStepsInput,
  type RoutineScheduleInput,
  type RoutineStepInput,
  type StepTargetInput,
  type UpdateRoutineInput,
  type WeeklyAdherenceArgs,
} from './routine.input';
import type { RoutineCompletionRecord, RoutineRecord, RoutineStepRecord, ScheduleRecord, StepTargetRecord } from './routine.record';
import { REMINDER_WINDOW_HOURS, remindersBetween } from './routine.reminders';
import type { UpcomingReminders } from './routine.reminders.type';
import type { ActivityReader, CompletionRepository, RoutineChanges, RoutineRepository, SessionLookup } from './routine.repository';
import { findTemplate, ROUTINE_TEMPLATES, type RoutineTemplateRecord } from './routine.templates';
import type { Routine, RoutineCompletion, RoutineStep, RoutineTemplate } from './routine.type';
import { idempotentRequest } from '../shared/idempotency';

const HOUR_MS = 3_600_000;

function toStep(step: RoutineStepRecord): RoutineStep {
  return {
    id: step.id,
    title: step.title,
    minutes: step.minutes ?? null,
    notes: step.notes ?? null,
    products: step.products ?? [],
    target: step.target ? { daysPerWeek: step.target.daysPerWeek, measure: step.target.measure, catalysts: step.target.catalysts ?? [] } : null,
  };
}

function toSchedule(schedule: ScheduleRecord) {
  return { days: schedule.days ?? [], daysPerWeek: schedule.daysPerWeek ?? null, reminderTimes: schedule.reminderTimes ?? [] };
}

export function toRoutine(record: RoutineRecord): Routine {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    description: record.description ?? null,
    status: record.status,
    steps: record.steps.map(toStep),
    schedule: toSchedule(record.schedule),
    templateId: record.templateId ?? null,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

export function toTemplate(template: RoutineTemplateRecord): RoutineTemplate {
  return { ...template, steps: template.steps.map(toStep), schedule: toSchedule(template.schedule) };
}

export function toRoutineCompletion(record: RoutineCompletionRecord): RoutineCompletion {
  const completedAt = new Date(record.completedAt);
  return {
    id: record.id,
    kind: TimelineKind.ROUTINE_COMPLETION,
    occurredAt: completedAt,
    day: record.localDay,
    routineId: record.routineId,
    routineName: record.routineName,
    routineKind: record.routineKind,
    completedAt,
    stepsDone: (record.steps ?? []).map((step) => ({ stepId: step.id, title: step.title })),
    sessionId: record.sessionId ?? null,
    note: record.note ?? null,
    createdAt: new Date(record.createdAt),
  };
}

function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadUserInputError(field, `${field} must not be blank`);
  return trimmed;
}

function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function buildTarget(input: StepTargetInput | null | undefined, field: string): StepTargetRecord | null {
  if (!input) return null;
  const measure = input.measure ?? TargetMeasure.COMPLETIONS;
  const catalysts = input.catalysts ?? [];
  if (catalysts.length > 0 && measure !== TargetMeasure.SESSIONS) throw new BadUserInputError(`${field}.catalysts`, 'catalysts only narrow a SESSIONS target');
  return { daysPerWeek: input.daysPerWeek, measure, catalysts };
}

/**
 * Steps as stored. A step given the id of one of `existing` keeps that id (completions
 * and weekly figures refer to it); any other id is refused; a step without one is new.
 */
function buildSteps(inputs: readonly RoutineStepInput[], existing: readonly RoutineStepRecord[], now: Date): RoutineStepRecord[] {
  const known = new Set(existing.map((step) => step.id));
  const used = new Set<string>();
  return inputs.map((input, i) => {
    const field = `steps.${i}`;
    let id = newId(now);
    if (input.id !== undefined && input.id !== null) {
      if (!known.has(input.id)) throw new BadUserInputError(`${field}.id`, 'Not a step of this routine; leave id out for a new step');
      if (used.has(input.id)) throw new BadUserInputError(`${field}.id`, 'A step id may appear only once');
      id = input.id;
    }
    used.add(id);
    const products = (input.products ?? []).map((product) => requiredText(product, `${field}.products`));
    return {
      id,
      title: requiredText(input.title, `${field}.title`),
      minutes: input.minutes ?? null,
      notes: optionalText(input.notes),
      products,
      target: buildTarget(input.target, `${field}.target`),
    };
  });
}

/** Refuses a routine whose text, as stored, would not fit in one item (JSON over-counts DynamoDB's size). */
function checkStoredSize(routine: Pick<RoutineRecord, 'name' | 'description' | 'steps' | 'schedule'>): void {
  const bytes = Buffer.byteLength(JSON.stringify(routine));
  if (bytes > ROUTINE_LIMITS.maxStoredBytes) {
    throw new BadUserInputError(
      'steps',
      `This routine holds too much text to save (${Math.ceil(bytes / 1000)} KB of at most ${ROUTINE_LIMITS.maxStoredBytes / 1000} KB); shorten some steps or notes`,
    );
  }
}

const EMPTY_SCHEDULE: ScheduleRecord = { days: [], daysPerWeek: null, reminderTimes: [] };

function buildSchedule(input: RoutineScheduleInput | null | undefined): ScheduleRecord {
  if (!input) return { ...EMPTY_SCHEDULE };
  return {
    days: WEEKDAYS.filter((day) => input.days?.includes(day)),
    daysPerWeek: input.daysPerWeek ?? null,
    reminderTimes: [...(input.reminderTimes ?? [])].sort(),
  };
}

function checkRoutineId(id: string): void {
  if (!isUlid(id)) throw new NotFoundError('Routine');
}

export class RoutineService {
  constructor(
    private readonly routines: RoutineRepository,
    private readonly completions: CompletionRepository,
    private readonly activity: ActivityReader,
    private readonly sessions: SessionLookup,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  templates(): RoutineTemplate[] {
    return ROUTINE_TEMPLATES.map(toTemplate);
  }

  async create(caller: Caller, input: CreateRoutineInput): Promise<Routine> {
    const now = this.clock.now();
    const record = this.newRecord(caller, now, {
      name: requiredText(input.name, 'name'),
      kind: input.kind,
      description: optionalText(input.description),
      status: input.status ?? RoutineStatus.ACTIVE,
      steps: buildSteps(input.steps, [], now),
      schedule: buildSchedule(input.schedule),
      templateId: null,
    });
    checkStoredSize(record);
    const { record: stored } = await this.routines.create(record, idempotentRequest('createRoutine', input), now);
    return toRoutine(stored);
  }

  /**
   * The checks `create` makes, without writing, for a routine kept now and
   * created later (a therapist's suggestion). Answers the name as it will be stored.
   */
  checkDraft(input: CreateRoutineInput): string {
    const name = requiredText(input.name, 'name');
    const steps = buildSteps(input.steps, [], this.clock.now());
    checkStoredSize({ name, description: optionalText(input.description), steps, schedule: buildSchedule(input.schedule) });
    return name;
  }

  /** A copy the member owns: fresh step ids, the template's name and schedule unless given. */
  async adopt(caller: Caller, input: AdoptRoutineTemplateInput): Promise<Routine> {
    const template = findTemplate(input.templateId);
    if (!template) throw new NotFoundError('Routine template');
    const now = this.clock.now();
    const record = this.newRecord(caller, now, {
      name: input.name ? requiredText(input.name, 'name') : template.name,
      kind: template.kind,
      description: template.description,
      status: input.status ?? RoutineStatus.ACTIVE,
      steps: template.steps.map((step) => ({ ...step, id: newId(now), products: [...step.products], target: step.target ? { ...step.target } : null })),
      schedule: input.schedule ? buildSchedule(input.schedule) : { ...template.schedule },
      templateId: template.id,
    });
    const { record: stored } = await this.routines.create(record, idempotentRequest('adoptRoutineTemplate', input), now);
    return toRoutine(stored);
  }

  private newRecord(caller: Caller, now: Date, fields: Omit<RoutineRecord, 'id' | 'sub' | 'version' | 'createdAt' | 'updatedAt'>): RoutineRecord {
    return { id: newId(now), sub: caller.sub, ...fields, version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() };
  }

  /** One GetItem (the current steps, to keep their ids) and one conditional update. */
  async update(caller: Caller, input: UpdateRoutineInput): Promise<Routine> {
    const now = this.clock.now();
    checkRoutineId(input.id);
    for (const field of ['name', 'kind', 'status', 'steps'] as const) {
      if (input[field] === null) throw new BadUserInputError(field, `${field} cannot be cleared`);
    }
    const current = await this.getRecord(caller, input.id);
    const changes: RoutineChanges = {
      name: input.name === undefined || input.name === null ? undefined : requiredText(input.name, 'name'),
      kind: input.kind ?? undefined,
      description: input.description === undefined ? undefined : optionalText(input.description),
      status: input.status ?? undefined,
      steps: input.steps ? buildSteps(input.steps, current.steps, now) : undefined,
      schedule: input.schedule === undefined ? undefined : buildSchedule(input.schedule),
    };
    checkStoredSize({
      name: changes.name ?? current.name,
      description: changes.description === undefined ? current.description : changes.description,
      steps: changes.steps ?? current.steps,
      schedule: changes.schedule ?? current.schedule,
    });
    return toRoutine(await this.routines.update(caller.sub, input.id, input.version, changes, now.toISOString()));
  }

  async reorderSteps(caller: Caller, input: ReorderRoutineStepsInput): Promise<Routine> {
    const now = this.clock.now();
    checkRoutineId(input.id);
    const current = await this.getRecord(caller, input.id);
    const byId = new Map(current.steps.map((step) => [step.id, step]));
    if (input.stepIds.length !== current.steps.length || !input.stepIds.every((id) => byId.has(id))) {
      throw new BadUserInputError('stepIds', 'Give every step id of the routine exactly once');
    }
    const steps = input.stepIds.map((id) => byId.get(id) as RoutineStepRecord);
    return toRoutine(await this.routines.update(caller.sub, input.id, input.version, { steps }, now.toISOString()));
  }

  /** Deletes the routine; its completions stay on the timeline. */
  async delete(caller: Caller, id: string): Promise<string> {
    checkRoutineId(id);
    await this.routines.delete(caller.sub, id);
    return id;
  }

  private async getRecord(caller: Caller, id: string): Promise<RoutineRecord> {
    checkRoutineId(id);
    const record = await this.routines.get(caller.sub, id);
    if (!record) throw new NotFoundError('Routine');
    return record;
  }

  async get(caller: Caller, id: string): Promise<Routine> {
    return toRoutine(await this.getRecord(caller, id));
  }

  async list(caller: Caller, args: { first?: number | null; after?: string | null }) {
    const page = await this.routines.page(caller.sub, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toRoutine) });
  }

  /**
   * Paused routines take completions (a paused plan can still be done); a deleted one is
   * NOT_FOUND. Reads the profile, the routine and the named session, then writes once.
   */
  async recordCompletion(caller: Caller, input: RecordRoutineCompletionInput): Promise<RoutineCompletion> {
    const now = this.clock.now();
    const completedAt = input.completedAt ?? now;
    checkWhen(completedAt, 'completedAt', now);
    checkRoutineId(input.routineId);
    const sessionId = input.sessionId ?? null;
    if (sessionId !== null && !isUlid(sessionId)) throw new NotFoundError('Session');
    const [profile, routine, session] = await Promise.all([
      this.users.ensureProfile(caller),
      this.routines.get(caller.sub, input.routineId),
      sessionId === null ? Promise.resolve(undefined) : this.sessions.get(caller.sub, sessionId),
    ]);
    if (!routine) throw new NotFoundError('Routine');
    if (sessionId !== null && !session) throw new NotFoundError('Session');
    if (session && completedAt.getTime() < Date.parse(session.startedAt)) {
      throw new BadUserInputError('completedAt', 'A completion that followed a session cannot be before the session started');
    }
    const wanted = input.stepIds ?? routine.steps.map((step) => step.id);
    const known = new Set(routine.steps.map((step) => step.id));
    if (!wanted.every((id) => known.has(id))) throw new BadUserInputError('stepIds', 'Every step id must be a step of this routine');
    const record: RoutineCompletionRecord = {
      id: newId(now),
      sub: caller.sub,
      routineId: routine.id,
      routineName: routine.name,
      routineKind: routine.kind,
      completedAt: completedAt.toISOString(),
      localDay: localDay(completedAt, profile.timeZone),
      steps: routine.steps.filter((step) => wanted.includes(step.id)).map((step) => ({ id: step.id, title: step.title })),
      sessionId,
      note: optionalText(input.note),
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const { record: stored } = await this.completions.create(record, idempotentRequest('recordRoutineCompletion', input), now);
    return toRoutineCompletion(stored);
  }

  async getCompletion(caller: Caller, id: string): Promise<RoutineCompletion> {
    const record = isUlid(id) ? await this.completions.get(caller.sub, id) : undefined;
    if (!record) throw new NotFoundError('Routine completion');
    return toRoutineCompletion(record);
  }

  async deleteCompletion(caller: Caller, id: string): Promise<string> {
    if (!isUlid(id)) throw new NotFoundError('Routine completion');
    await this.completions.delete(caller.sub, id);
    return id;
  }

  /**
   * This week and the ones before for each target, and what is due today: the profile and
   * the routine (two GetItems), then one Query of the timeline over the weeks shown.
   */
  async weeklyAdherence(caller: Caller, args: WeeklyAdherenceArgs): Promise<WeeklyAdherence> {
    checkRoutineId(args.routineId);
    if (args.day !== undefined && args.day !== null && !isValidDay(args.day))
      throw new BadUserInputError('day', 'day must be a calendar date written YYYY-MM-DD');
    const [profile, routine] = await Promise.all([this.users.ensureProfile(caller), this.routines.get(caller.sub, args.routineId)]);
    if (!routine) throw new NotFoundError('Routine');
    const timeZone = profile.timeZone;
    const today = localDay(this.clock.now(), timeZone);
    const day = args.day ?? today;
    if (day > today) throw new BadUserInputError('day', 'day cannot be after today');
    const recentWeeks = args.recentWeeks ?? ROUTINE_LIMITS.defaultRecentWeeks;
    const range = adherenceRange(day, recentWeeks, timeZone);
    const activity = await this.activity.between(caller.sub, range.start.toISOString(), range.end.toISOString());
    return { ...computeAdherence({ routine, activity, day, recentWeeks, timeZone }), routine: toRoutine(routine) };
  }

  /** The profile (time zone, preference) and every routine: one GetItem and one Query. */
  async upcomingReminders(caller: Caller): Promise<UpcomingReminders> {
    const now = this.clock.now();
    const [profile, routines] = await Promise.all([this.users.ensureProfile(caller), this.routines.all(caller.sub)]);
    const reminders = remindersBetween(routines, now, profile.timeZone);
    return {
      from: now,
      to: new Date(now.getTime() + REMINDER_WINDOW_HOURS * HOUR_MS),
      timeZone: profile.timeZone,
      deliveryEnabled: profile.preferences?.routineReminders ?? false,
      reminders: reminders.map((reminder) => ({ at: reminder.at, day: reminder.day, time: reminder.time, routine: toRoutine(reminder.routine) })),
    };
  }
}
