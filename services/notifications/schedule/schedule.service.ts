/**
 * Keeps the due index current from the table's changes (the stream handler
 * calls scheduleFromChange for every Routine, Profile and MeasureSchedule item
 * it sees).
 *
 * Why a sweep over an index of due times, not one EventBridge Scheduler entry
 * per reminder: the index lives in the member's partition (deleted with the
 * account, no second store to keep in step), a change costs a DynamoDB write
 * instead of a Scheduler API call per routine, and "never after the routine or
 * the preference is gone" is checked by one re-read at send time. Local and
 * cloud run the same sweep (startSweepLoop, or EventBridge each minute).
 *
 * Decisions: the images only say whether anything relevant changed and whose
 * it is; what gets written follows a fresh read, so a replayed or reordered
 * stream record cannot bring back an old schedule. Every write is conditional
 * on the due item's version (a sweep's claim and a recompute never both win),
 * and nothing is scheduled at or before the last claimed occurrence.
 */
import type { RoutineRecord } from '../../routines/routine.record';
import { systemClock, type Clock } from '../../shared/clock';
import { dueSourceId, type DueSource } from '../../shared/db/catalogue/schedule.catalogue';
import { ENTITY } from '../../shared/db/keys';
import type { ProfileRecord } from '../../users/user.type';
import type { MeasureScheduleRecord } from '../../measures/measure-schedule.record';
import type { DueRepository, SourceState } from './schedule.repository';
import type { DueReminderRecord } from './schedule.record';
import { cadenceOf, plannedDue, sameSchedule } from './schedule.plan';

/** A stored item's change, as the stream carries it (unmarshalled images). */
export interface ItemChange {
  entity: string;
  oldImage?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
}

export interface Scheduler {
  scheduleFromChange(change: ItemChange): Promise<void>;
}

// A lost version race means someone wrote in between: read again and decide again, a few times.
const ATTEMPTS = 3;

const WEEKLY: DueSource = { kind: 'WEEKLY_REFLECTION' };

const measureSource = (schedule: Pick<MeasureScheduleRecord, 'id' | 'therapistSub'>): DueSource => ({
  kind: 'MEASURE',
  scheduleId: schedule.id,
  therapistSub: schedule.therapistSub,
});

function routineRelevant(old: RoutineRecord | undefined, now: RoutineRecord | undefined): boolean {
  if (!old || !now) return true;
  return old.status !== now.status || JSON.stringify(old.schedule) !== JSON.stringify(now.schedule);
}

function profileRelevant(old: ProfileRecord | undefined, now: ProfileRecord | undefined): boolean {
  if (!old || !now) return true;
  return (
    old.timeZone !== now.timeZone ||
    old.preferences?.routineReminders !== now.preferences?.routineReminders ||
    old.preferences?.weeklyReflection !== now.preferences?.weeklyReflection
  );
}

export function createScheduler(deps: { repository: DueRepository; clock?: Clock }): Scheduler {
  const clock = deps.clock ?? systemClock;
  const repository = deps.repository;

  /** Writes or removes one due item so it matches `planned`; false when its version moved on. */
  async function settle(sub: string, source: DueSource, existing: DueReminderRecord | undefined, planned: DueReminderRecord | null) {
    if (sameSchedule(existing, planned)) return true;
    if (planned) return repository.put(planned, existing?.version ?? null);
    return repository.remove(sub, source, existing?.version ?? null);
  }

  async function settleSource(sub: string, source: DueSource): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const now = clock.now();
      const state = await repository.source(sub, source, now);
      const planned = plannedDue(source, state.profile, cadenceOf(source, state, now), state.due, now, sub);
      if (await settle(sub, source, state.due, planned)) return;
    }
    throw new Error(`The due item of ${source.kind} kept changing during ${ATTEMPTS} attempts`);
  }

  async function settleMember(sub: string): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const { profile, routines, dues, schedules } = await repository.member(sub);
      const now = clock.now();
      const existing = new Map(dues.map((due) => [dueSourceId(due.source), due]));
      const work: Array<Promise<boolean>> = [];
      const plan = (source: DueSource, state: Omit<SourceState, 'due'>) => {
        const due = existing.get(dueSourceId(source));
        existing.delete(dueSourceId(source));
        work.push(settle(sub, source, due, plannedDue(source, profile, cadenceOf(source, state, now), due, now, sub)));
      };
      for (const routine of routines) plan({ kind: 'ROUTINE', routineId: routine.id }, { profile, routine });
      plan(WEEKLY, { profile });
      // A measure's reminder needs its grant and recent measures: each is settled from its own fresh read.
      const measures = schedules.map((schedule) => measureSource(schedule));
      for (const source of measures) existing.delete(dueSourceId(source));
      // Left over: due items of routines or schedules that are gone.
      for (const due of existing.values()) work.push(repository.remove(sub, due.source, due.version));
      if ((await Promise.all(work)).every(Boolean)) {
        await Promise.all(measures.map((source) => settleSource(sub, source)));
        return;
      }
    }
    throw new Error(`A due item kept changing during ${ATTEMPTS} attempts`);
  }

  return {
    async scheduleFromChange(change) {
      const image = change.newImage ?? change.oldImage;
      if (change.entity === ENTITY.MeasureSchedule) {
        // Made or cancelled (schedules are never edited): one item, from a fresh read.
        const schedule = image as MeasureScheduleRecord | undefined;
        if (typeof schedule?.clientSub !== 'string' || typeof schedule.id !== 'string') return;
        const source = measureSource(schedule);
        if (!change.newImage) await repository.remove(schedule.clientSub, source, null);
        else await settleSource(schedule.clientSub, source);
        return;
      }
      const sub = image?.sub;
      if (typeof sub !== 'string') return;
      if (change.entity === ENTITY.Routine) {
        if (!routineRelevant(change.oldImage as RoutineRecord | undefined, change.newImage as RoutineRecord | undefined)) return;
        const routineId = image?.id;
        if (typeof routineId !== 'string') return;
        const source: DueSource = { kind: 'ROUTINE', routineId };
        // Deleted: nothing to read. A sweep that claims at the same moment loses: its write is conditional on the item.
        if (!change.newImage) await repository.remove(sub, source, null);
        else await settleSource(sub, source);
      } else if (change.entity === ENTITY.Profile) {
        if (!profileRelevant(change.oldImage as ProfileRecord | undefined, change.newImage as ProfileRecord | undefined)) return;
        await settleMember(sub);
      }
    },
  };
}
