import {
  adherenceRange,
  ADHERENCE_NOTE,
  computeAdherence,
  CRYING_INTENTION_NOTE,
  targetsOf,
  type TargetFigures,
} from '../../../services/routines/routine.adherence';
import { RoutineStatus, TargetMeasure, Weekday } from '../../../services/routines/routine.enums';
import type { Activity, RoutineRecord } from '../../../services/routines/routine.record';
import { CatalystKind } from '../../../services/sessions/session.enums';
import type { JournalEntryRecord } from '../../../services/journal/journal.record';
import { buildCompletion, buildRoutine, buildStep, target } from '../../fixtures/routines';
import { buildSession } from '../../fixtures/sessions';

const BERLIN = 'Europe/Berlin';

function journal(writtenAt: string): JournalEntryRecord {
  return {
    id: `j-${writtenAt}`,
    sub: 'member-1',
    writtenAt,
    localDay: writtenAt.slice(0, 10),
    text: 'A few lines',
    emotions: [],
    version: 1,
    createdAt: writtenAt,
    updatedAt: writtenAt,
  };
}

/** A weekly plan planned for Mondays and Thursdays, with five targets and one plain step. */
function weeklyPlan(overrides: Partial<RoutineRecord> = {}): RoutineRecord {
  return buildRoutine({
    id: 'plan',
    name: 'My week',
    steps: [
      buildStep({ id: 'cry', title: 'Mindful crying', target: target(2, TargetMeasure.SESSIONS) }),
      buildStep({
        id: 'support',
        title: 'Therapy or group',
        target: target(1, TargetMeasure.SESSIONS, [CatalystKind.THERAPY_SESSION, CatalystKind.SUPPORT_GROUP]),
      }),
      buildStep({ id: 'journal', title: 'Journaling', target: target(7, TargetMeasure.JOURNAL) }),
      buildStep({ id: 'move', title: 'Movement', target: target(1, TargetMeasure.SESSIONS, [CatalystKind.MOVEMENT]) }),
      buildStep({ id: 'breath', title: 'Breathwork', target: target(3, TargetMeasure.COMPLETIONS) }),
      buildStep({ id: 'rest', title: 'Rest' }),
    ],
    schedule: { days: [Weekday.MONDAY, Weekday.THURSDAY], daysPerWeek: null, reminderTimes: [] },
    ...overrides,
  });
}

/**
 * Around the Berlin week of Mon 23 - Sun 29 March 2026, which ends with the spring change
 * (CET, UTC+1 -> CEST, UTC+2, at 02:00 on the 29th). Local times in the comments.
 */
function knownActivity(plan: RoutineRecord): Activity {
  const other = buildRoutine({ id: 'other' });
  return {
    sessions: [
      // This week
      buildSession({ startedAt: '2026-03-23T18:00:00.000Z', catalysts: [{ kind: CatalystKind.MUSIC }], reflection: 'Softer now.' }), // Mon 19:00
      buildSession({ startedAt: '2026-03-23T20:00:00.000Z', catalysts: [{ kind: CatalystKind.MOVEMENT }], reflection: null }), // Mon 21:00, same day
      buildSession({ status: 'IN_PROGRESS', startedAt: '2026-03-25T18:00:00.000Z', endedAt: null, catalysts: [{ kind: CatalystKind.MUSIC }] }), // Wed: not completed
      buildSession({ startedAt: '2026-03-29T21:30:00.000Z', catalysts: [{ kind: CatalystKind.THERAPY_SESSION }], reflection: '' }), // Sun 23:30 CEST
      // Previous week (Mon 16 - Sun 22 March)
      buildSession({ startedAt: '2026-03-17T07:00:00.000Z', catalysts: [], reflection: null }), // Tue 08:00
      buildSession({ startedAt: '2026-03-21T09:00:00.000Z', catalysts: [{ kind: CatalystKind.BREATHWORK }], reflection: null }), // Sat 10:00: no tick, so not breathwork
      buildSession({ startedAt: '2026-03-22T22:59:59.000Z', catalysts: [], reflection: null }), // Sun 23:59:59, last second of that week
    ],
    journalEntries: [
      journal('2026-03-24T07:00:00.000Z'), // Tue 08:00
      journal('2026-03-28T23:30:00.000Z'), // Sun 29 00:30 CET: before the change, still Sunday
      journal('2026-03-18T12:00:00.000Z'), // previous week, Wed
    ],
    completions: [
      buildCompletion(plan, '2026-03-23T19:00:00.000Z', ['cry']), // Mon: a tick on a day that already has a session
      buildCompletion(plan, '2026-03-25T11:00:00.000Z', ['breath']), // Wed
      buildCompletion(plan, '2026-03-26T09:00:00.000Z', ['breath', 'support']), // Thu
      buildCompletion(other, '2026-03-27T09:00:00.000Z', ['breath']), // another routine: ignored
      buildCompletion(plan, '2026-03-04T09:00:00.000Z', ['breath']), // Wed 4 March, three weeks back
    ],
  };
}

function byStep(targets: TargetFigures[], stepId: string): TargetFigures {
  const found = targets.find((t) => t.stepId === stepId);
  if (!found) throw new Error(`no target for ${stepId}`);
  return found;
}

describe('routine.adherence', () => {
  describe('computeAdherence', () => {
    it('counts days per target on a known history, worked out by hand', () => {
      // Arrange
      const plan = weeklyPlan();

      // Act: Thursday 26 March, a planned day, with three weeks before
      const result = computeAdherence({ routine: plan, activity: knownActivity(plan), day: '2026-03-26', recentWeeks: 3, timeZone: BERLIN });

      // Assert
      expect(result).toMatchObject({ day: '2026-03-26', weekStart: '2026-03-23', weekEnd: '2026-03-29', timeZone: BERLIN, note: ADHERENCE_NOTE });
      expect(result.targets.map((t) => t.stepId)).toEqual(['cry', 'support', 'journal', 'move', 'breath']);

      // Crying: Mon 23 (two sessions and a tick: one day) and Sun 29 (the therapy session) = 2 of 2.
      // So far (up to Thu) only Monday: 1 of 2, Thursday is planned, nothing today, so due.
      const cry = byStep(result.targets, 'cry');
      expect(cry.thisWeek).toEqual({ weekStart: '2026-03-23', weekEnd: '2026-03-29', done: 2, target: 2, days: ['2026-03-23', '2026-03-29'] });
      // Previous week: Tue 17, Sat 21, Sun 22 (23:59:59) = 3; the two before: none.
      expect(cry.recentWeeks.map((w) => [w.weekStart, w.done])).toEqual([
        ['2026-03-16', 3],
        ['2026-03-09', 0],
        ['2026-03-02', 0],
      ]);
      expect(cry).toMatchObject({ doneToday: false, dueToday: true, note: CRYING_INTENTION_NOTE });

      // Support: the tick on Thu 26 and the therapy session on Sun 29 = 2; done today, so not due.
      expect(byStep(result.targets, 'support')).toMatchObject({
        thisWeek: { done: 2, days: ['2026-03-26', '2026-03-29'] },
        doneToday: true,
        dueToday: false,
        note: null,
      });

      // Journal: Mon 23 (a session reflection), Tue 24 (entry), Sun 29 (entry at 00:30 CET) = 3 of 7;
      // a blank reflection does not count. Daily, not done today: due.
      const journalTarget = byStep(result.targets, 'journal');
      expect(journalTarget.thisWeek).toMatchObject({ done: 3, target: 7, days: ['2026-03-23', '2026-03-24', '2026-03-29'] });
      expect(journalTarget.recentWeeks[0]).toMatchObject({ done: 1, days: ['2026-03-18'] });
      expect(journalTarget).toMatchObject({ doneToday: false, dueToday: true });

      // Movement: the Monday session with a movement catalyst = 1 of 1: not due although Thursday is planned.
      expect(byStep(result.targets, 'move')).toMatchObject({ thisWeek: { done: 1, days: ['2026-03-23'] }, dueToday: false });

      // Breathwork counts only ticks of this plan: Wed 25 and Thu 26 = 2 of 3 (not the other
      // routine's tick, nor the breathwork session); Wed 4 March three weeks back.
      const breath = byStep(result.targets, 'breath');
      expect(breath.thisWeek).toMatchObject({ done: 2, target: 3, days: ['2026-03-25', '2026-03-26'] });
      expect(breath.recentWeeks.map((w) => w.done)).toEqual([0, 0, 1]);
      expect(breath).toMatchObject({ doneToday: true, dueToday: false });
    });

    it('reads days in the zone on the day of the spring change', () => {
      const plan = weeklyPlan();

      const result = computeAdherence({ routine: plan, activity: knownActivity(plan), day: '2026-03-29', recentWeeks: 0, timeZone: BERLIN });

      // The journal entry at 23:30Z on the 28th is 00:30 on Sunday 29 in Berlin (it would be Saturday in UTC).
      expect(byStep(result.targets, 'journal').thisWeek.days).toEqual(['2026-03-23', '2026-03-24', '2026-03-29']);
      expect(byStep(result.targets, 'support').thisWeek.days).toEqual(['2026-03-26', '2026-03-29']);
      expect(result.targets.every((t) => t.recentWeeks.length === 0)).toBe(true);
      // Sunday is not planned; the daily journal target was met today (00:30).
      expect(byStep(result.targets, 'journal')).toMatchObject({ doneToday: true, dueToday: false });
      expect(byStep(result.targets, 'cry')).toMatchObject({ doneToday: true, dueToday: false });
    });

    it('puts 22:30Z on Sunday 29 March, 00:30 CEST on Monday, in the next week (CET would say Sunday)', () => {
      const plan = weeklyPlan();
      const activity = knownActivity(plan);
      activity.sessions.push(buildSession({ startedAt: '2026-03-29T22:30:00.000Z', catalysts: [{ kind: CatalystKind.MOVEMENT }] }));

      const result = computeAdherence({ routine: plan, activity, day: '2026-03-29', recentWeeks: 0, timeZone: BERLIN });

      expect(byStep(result.targets, 'move').thisWeek.days).toEqual(['2026-03-23']);
    });

    it('counts days done so far when looking from an earlier day of the week', () => {
      const plan = weeklyPlan();

      // Monday 23: the crying target is done today (so not due); journaling too (a reflection).
      const result = computeAdherence({ routine: plan, activity: knownActivity(plan), day: '2026-03-23', recentWeeks: 0, timeZone: BERLIN });

      expect(byStep(result.targets, 'cry')).toMatchObject({ doneToday: true, dueToday: false });
      // Breathwork: nothing on Monday, Monday is planned, none done so far: due.
      expect(byStep(result.targets, 'breath')).toMatchObject({ doneToday: false, dueToday: true });
      // Support: Monday is planned but nothing so far: due, even though Thursday will bring a tick.
      expect(byStep(result.targets, 'support')).toMatchObject({ doneToday: false, dueToday: true });
    });

    it('is never due on an unplanned day unless daily', () => {
      const plan = weeklyPlan();

      // Wednesday 25 March
      const result = computeAdherence({ routine: plan, activity: knownActivity(plan), day: '2026-03-25', recentWeeks: 0, timeZone: BERLIN });

      expect(result.targets.filter((t) => t.dueToday).map((t) => t.stepId)).toEqual(['journal']);
    });

    it('makes nothing due for a paused routine, but still counts', () => {
      const plan = weeklyPlan({ status: RoutineStatus.PAUSED });

      const result = computeAdherence({ routine: plan, activity: knownActivity(plan), day: '2026-03-26', recentWeeks: 0, timeZone: BERLIN });

      expect(result.targets.some((t) => t.dueToday)).toBe(false);
      expect(byStep(result.targets, 'cry').thisWeek.done).toBe(2);
    });

    it('counts any completion of the routine for a routine-level target', () => {
      const routine = buildRoutine({ schedule: { days: [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY], daysPerWeek: null, reminderTimes: [] } });
      const [first] = routine.steps;
      const activity: Activity = {
        sessions: [buildSession({ startedAt: '2026-03-24T18:00:00.000Z' })],
        journalEntries: [],
        completions: [buildCompletion(routine, '2026-03-23T18:00:00.000Z', [first?.id as string]), buildCompletion(routine, '2026-03-25T18:00:00.000Z')],
      };

      const result = computeAdherence({ routine, activity, day: '2026-03-27', recentWeeks: 1, timeZone: BERLIN });

      // Planned Mon, Wed, Fri: 3 days a week; done Mon and Wed; Friday is planned and not done: due.
      expect(result.targets).toHaveLength(1);
      expect(result.targets[0]).toMatchObject({ stepId: null, title: routine.name, measure: TargetMeasure.COMPLETIONS, daysPerWeek: 3, dueToday: true });
      expect(result.targets[0]?.thisWeek).toMatchObject({ done: 2, target: 3, days: ['2026-03-23', '2026-03-25'] });
    });
  });

  describe('targetsOf', () => {
    it('prefers step targets over the schedule', () => {
      const routine = weeklyPlan({ schedule: { days: [], daysPerWeek: 4, reminderTimes: [] } });

      expect(targetsOf(routine).map((t) => t.stepId)).toEqual(['cry', 'support', 'journal', 'move', 'breath']);
    });

    it('uses daysPerWeek of the schedule over its number of days', () => {
      const routine = buildRoutine({ schedule: { days: [Weekday.MONDAY], daysPerWeek: 2, reminderTimes: [] } });

      expect(targetsOf(routine)).toEqual([{ stepId: null, title: routine.name, measure: TargetMeasure.COMPLETIONS, catalysts: [], daysPerWeek: 2 }]);
    });

    it('has no target without step targets or a schedule', () => {
      expect(targetsOf(buildRoutine())).toEqual([]);
    });
  });

  describe('adherenceRange', () => {
    it('spans a 167-hour week across the spring change', () => {
      const range = adherenceRange('2026-03-26', 0, BERLIN);

      expect(range.start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
      expect(range.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
      expect((range.end.getTime() - range.start.getTime()) / 3_600_000).toBe(167);
    });

    it('spans a 169-hour week across the autumn change, with the weeks before', () => {
      const range = adherenceRange('2026-10-25', 2, BERLIN);

      expect(range.weekStarts).toEqual(['2026-10-19', '2026-10-12', '2026-10-05']);
      expect(range.start.toISOString()).toBe('2026-10-04T22:00:00.000Z');
      expect(range.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    });
  });
});
