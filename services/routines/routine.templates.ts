/**
 * Built-in routines, written for Lacrima from the product knowledge (DOMAIN.md, Routines).
 * Ids are stable: adopted routines remember which template they came from. Nothing here
 * replaces professional care, and nothing asks anyone to cry on cue.
 */
import { CatalystKind } from '../sessions/session.enums';
import { RoutineKind, TargetMeasure } from './routine.enums';
import type { RoutineStepRecord, ScheduleRecord } from './routine.record';

export interface RoutineTemplateRecord {
  id: string;
  name: string;
  kind: RoutineKind;
  description: string;
  /** Step ids are template-local; an adopted copy gets fresh ones. */
  steps: RoutineStepRecord[];
  schedule: ScheduleRecord;
}

export const AFTERCARE_TEMPLATE_ID = 'post-cry-aftercare';
export const PRACTICE_TEMPLATE_ID = 'mindful-crying-practice';
export const WEEKLY_PLAN_TEMPLATE_ID = 'weekly-wellness-plan';

const NO_SCHEDULE: ScheduleRecord = { days: [], daysPerWeek: null, reminderTimes: [] };

function step(id: string, title: string, fields: Partial<Omit<RoutineStepRecord, 'id' | 'title'>> = {}): RoutineStepRecord {
  return { id, title, minutes: null, notes: null, products: [], target: null, ...fields };
}

export const ROUTINE_TEMPLATES: readonly RoutineTemplateRecord[] = [
  {
    id: AFTERCARE_TEMPLATE_ID,
    name: 'Post-cry aftercare',
    kind: RoutineKind.AFTERCARE,
    description:
      'Tears are salty and closer to neutral than your skin, so a long cry can leave it red, tight and dry. A few gentle minutes afterwards look after your skin and tell your body the wave has passed.',
    steps: [
      step('pat-dry', 'Pat your face dry', {
        minutes: 1,
        notes: 'Press a soft tissue or towel against the skin. Rubbing adds friction to skin the salt has already stressed.',
      }),
      step('cool-compress', 'Cool compress over eyes and face', {
        minutes: 12,
        notes: 'A cloth rinsed in cool (not icy) water, resting for 10 to 15 minutes, eases redness and puffiness.',
      }),
      step('hydrate-skin', 'Hydrating serum or mask', {
        minutes: 5,
        notes: 'Humectants draw water back into the outer layer of the skin.',
        products: ['hyaluronic acid', 'aloe vera', 'glycerin'],
      }),
      step('under-eyes', 'Extra care under the eyes', { minutes: 2, notes: 'The skin there is thin: a light touch with your ring finger is enough.' }),
      step('roller', 'Jade roller or gua sha (optional)', {
        minutes: 5,
        notes: 'Only if it feels good: light pressure, strokes outwards.',
        products: ['jade roller', 'gua sha'],
      }),
      step('water', 'Drink a glass of water', { minutes: 1 }),
      step('comfort', 'Comfort cues', {
        minutes: 10,
        notes: 'Cosy clothes, a blanket, music you love, dim light or a candle: signals that the session is over and you are safe.',
      }),
    ],
    schedule: NO_SCHEDULE,
  },
  {
    id: PRACTICE_TEMPLATE_ID,
    name: 'Mindful crying practice',
    kind: RoutineKind.PRACTICE,
    description:
      'Making room for tears on purpose, in a private and safe space. The aim is to invite what is already there, never to force it; if nothing comes, that is fine too.',
    steps: [
      step('intention', 'Set an intention', { minutes: 2, notes: 'For example: "I give myself permission to feel whatever arises."' }),
      step('hands', 'One hand on your heart, one on your belly', { minutes: 1 }),
      step('breaths', 'Slow breaths with long exhales', { minutes: 3, notes: 'Several deep breaths; let each exhale be a little longer than the inhale.' }),
      step('body-scan', 'Scan your body', {
        minutes: 5,
        notes: 'Notice the throat, jaw, chest and shoulders. Observe any tension without trying to make it relax.',
      }),
      step('catalyst', 'Invite a catalyst (optional)', {
        minutes: 10,
        notes: 'Music, a photograph, a poem or a memory, if feelings need an opening. Invite, never manufacture.',
      }),
      step('wave', 'Let the wave pass', { minutes: 15, notes: 'No apologies and no hurry. Stay with what comes, and with the room around you.' }),
      step('journal', 'Write a few lines', { minutes: 10, notes: 'What came up, and how you feel now.' }),
      step('aftercare', 'Aftercare', { minutes: 15, notes: 'Your aftercare routine: cool compress, hydration, water, comfort.' }),
    ],
    schedule: NO_SCHEDULE,
  },
  {
    id: WEEKLY_PLAN_TEMPLATE_ID,
    name: 'Weekly emotional wellness plan',
    kind: RoutineKind.WEEKLY_PLAN,
    description:
      'An example week to adapt to your own. The numbers are intentions, not scores: over time many people cry less often because feelings are met as they come, and that is not a bad sign.',
    steps: [
      step('mindful-crying', 'Mindful crying practice', {
        minutes: 45,
        notes: 'Twice this week, if it feels right. A session counts whether or not tears came.',
        target: { daysPerWeek: 2, measure: TargetMeasure.SESSIONS, catalysts: [] },
      }),
      step('support', 'Therapy or a support group', {
        notes: 'A session with a therapy or support-group catalyst counts, or tick it here.',
        target: { daysPerWeek: 1, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.THERAPY_SESSION, CatalystKind.SUPPORT_GROUP] },
      }),
      step('journaling', 'Journaling', {
        minutes: 10,
        notes: 'A few lines a day: a journal entry or a session reflection counts.',
        target: { daysPerWeek: 7, measure: TargetMeasure.JOURNAL, catalysts: [] },
      }),
      step('movement', 'A movement practice', {
        minutes: 30,
        notes: 'Yoga, dance or a walk.',
        target: { daysPerWeek: 1, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.MOVEMENT] },
      }),
      step('breathwork', 'Breathwork', {
        minutes: 10,
        notes: 'Slow breathing with long exhales, on its own or before a session.',
        target: { daysPerWeek: 3, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.BREATHWORK] },
      }),
    ],
    schedule: NO_SCHEDULE,
  },
];

const BY_ID = new Map(ROUTINE_TEMPLATES.map((template) => [template.id, template]));

export function findTemplate(id: string): RoutineTemplateRecord | undefined {
  return BY_ID.get(id);
}
