import {
  AdoptRoutineTemplateDocument,
  RecordRoutineCompletionDocument,
  SessionsDocument,
  type AdoptRoutineTemplateInput,
  type AdoptRoutineTemplateMutation,
} from '../../schema/generated/graphql';
import { sendKit } from './demo-kit';
import type { DemoAccount, DemoSeedContext, DemoSeeder } from './demo-context';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

type Adopted = AdoptRoutineTemplateMutation['adoptRoutineTemplate']['routine'];

async function adopt(ctx: DemoSeedContext, account: DemoAccount, input: AdoptRoutineTemplateInput): Promise<Adopted> {
  return (await sendKit(ctx, account, AdoptRoutineTemplateDocument, { input })).adoptRoutineTemplate.routine;
}

function stepIds(routine: Adopted, titles: string[]): string[] {
  return routine.steps.filter((step) => titles.includes(step.title)).map((step) => step.id);
}

/**
 * Routines through the public API: river adopts the aftercare template and the weekly plan
 * (with an evening reminder) and has done aftercare after their two latest sessions and some
 * of the plan; sky adopts the aftercare template. Runs after demoHistorySeeder.
 */
export const demoRoutinesSeeder: DemoSeeder = async (ctx) => {
  const river = ctx.accounts.river;
  const aftercare = await adopt(ctx, river, { templateId: 'post-cry-aftercare' });
  const plan = await adopt(ctx, river, { templateId: 'weekly-wellness-plan', schedule: { reminderTimes: ['19:30'] } });

  const { sessions } = await sendKit(ctx, river, SessionsDocument, { first: 2 });
  for (const { node } of sessions.edges) {
    // Logged sessions: every one has ended.
    const completedAt = new Date(Date.parse(node.endedAt as string) + 10 * MINUTE).toISOString();
    const stepsDone = stepIds(aftercare, ['Pat your face dry', 'Cool compress over eyes and face', 'Drink a glass of water', 'Comfort cues']);
    await sendKit(ctx, river, RecordRoutineCompletionDocument, { input: { routineId: aftercare.id, sessionId: node.id, completedAt, stepIds: stepsDone } });
  }
  const planTicks = [
    { daysAgo: 2, titles: ['Breathwork'], note: 'Ten slow minutes before bed.' },
    { daysAgo: 4, titles: ['A movement practice', 'Breathwork'], note: 'A walk by the river, then box breathing.' },
  ];
  for (const { daysAgo, titles, note } of planTicks) {
    const completedAt = new Date(ctx.now.getTime() - daysAgo * DAY).toISOString();
    await sendKit(ctx, river, RecordRoutineCompletionDocument, { input: { routineId: plan.id, completedAt, stepIds: stepIds(plan, titles), note } });
  }

  await adopt(ctx, ctx.accounts.sky, { templateId: 'post-cry-aftercare' });
  ctx.log(`seeded 3 routines and ${sessions.edges.length + planTicks.length} routine completions`);
};
