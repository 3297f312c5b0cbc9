import { ROUTINE_LIMITS } from '../../../services/routines/routine.input';
import { RoutineKind, TargetMeasure } from '../../../services/routines/routine.enums';
import {
  AFTERCARE_TEMPLATE_ID,
  findTemplate,
  PRACTICE_TEMPLATE_ID,
  ROUTINE_TEMPLATES,
  WEEKLY_PLAN_TEMPLATE_ID,
} from '../../../services/routines/routine.templates';
import { CatalystKind } from '../../../services/sessions/session.enums';

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

function text(id: string): string {
  const t = template(id);
  return [t.description, ...t.steps.flatMap((s) => [s.title, s.notes ?? '', ...s.products])].join(' ').toLowerCase();
}

describe('routine.templates', () => {
  it('offers the three templates of the product, one of each kind', () => {
    expect(ROUTINE_TEMPLATES.map((t) => [t.id, t.kind])).toEqual([
      [AFTERCARE_TEMPLATE_ID, RoutineKind.AFTERCARE],
      [PRACTICE_TEMPLATE_ID, RoutineKind.PRACTICE],
      [WEEKLY_PLAN_TEMPLATE_ID, RoutineKind.WEEKLY_PLAN],
    ]);
  });

  it.each(ROUTINE_TEMPLATES.map((t) => [t.id, t] as const))('%s keeps within the limits a member has', (_id, t) => {
    expect(t.steps.length).toBeGreaterThanOrEqual(ROUTINE_LIMITS.minSteps);
    expect(t.steps.length).toBeLessThanOrEqual(ROUTINE_LIMITS.maxSteps);
    expect(new Set(t.steps.map((s) => s.id)).size).toBe(t.steps.length);
    for (const step of t.steps) {
      if (step.minutes !== null) {
        expect(step.minutes).toBeGreaterThanOrEqual(ROUTINE_LIMITS.minStepMinutes);
        expect(step.minutes).toBeLessThanOrEqual(ROUTINE_LIMITS.maxStepMinutes);
      }
      expect(step.title.length).toBeLessThanOrEqual(200);
      expect(step.products.length).toBeLessThanOrEqual(ROUTINE_LIMITS.maxProducts);
      if (step.target && step.target.measure !== TargetMeasure.SESSIONS) expect(step.target.catalysts).toEqual([]);
    }
  });

  it.each(ROUTINE_TEMPLATES.map((t) => [t.id] as const))('%s avoids words the product does not use', (id) => {
    expect(text(id)).not.toMatch(/\b(should|weak|must)\b/);
  });

  it('covers post-cry skin care: dab not rub, a cool compress for 10-15 minutes, humectants, under-eyes, roller, water, comfort', () => {
    const aftercare = template(AFTERCARE_TEMPLATE_ID);
    const all = text(AFTERCARE_TEMPLATE_ID);

    expect(all).toMatch(/rub/);
    expect(all).toMatch(/not icy/);
    expect(all).toMatch(/10 to 15 minutes/);
    for (const word of ['hyaluronic acid', 'aloe vera', 'glycerin', 'under the eyes', 'jade roller', 'gua sha', 'water', 'blanket', 'candle'])
      expect(all).toContain(word);
    const compress = aftercare.steps.find((s) => s.id === 'cool-compress');
    expect(compress?.minutes).toBeGreaterThanOrEqual(10);
    expect(compress?.minutes).toBeLessThanOrEqual(15);
  });

  it('walks the mindful crying practice in order: intention first, aftercare last', () => {
    expect(template(PRACTICE_TEMPLATE_ID).steps.map((s) => s.id)).toEqual([
      'intention',
      'hands',
      'breaths',
      'body-scan',
      'catalyst',
      'wave',
      'journal',
      'aftercare',
    ]);
  });

  it('plans the example week: crying twice, therapy or a group once, daily journaling, movement once, breathwork', () => {
    const plan = template(WEEKLY_PLAN_TEMPLATE_ID);

    expect(plan.steps.map((s) => [s.id, s.target])).toEqual([
      ['mindful-crying', { daysPerWeek: 2, measure: TargetMeasure.SESSIONS, catalysts: [] }],
      ['support', { daysPerWeek: 1, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.THERAPY_SESSION, CatalystKind.SUPPORT_GROUP] }],
      ['journaling', { daysPerWeek: 7, measure: TargetMeasure.JOURNAL, catalysts: [] }],
      ['movement', { daysPerWeek: 1, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.MOVEMENT] }],
      ['breathwork', { daysPerWeek: 3, measure: TargetMeasure.SESSIONS, catalysts: [CatalystKind.BREATHWORK] }],
    ]);
  });

  it('finds nothing for an unknown id', () => {
    expect(findTemplate('cry-harder')).toBeUndefined();
  });
});
