import {
  AcceptInvitationDocument,
  AddNoteDocument,
  InviteTherapistDocument,
  LogSessionDocument,
  MyShareCodeDocument,
  SessionsDocument,
  SubmitMeasureDocument,
  SuggestPracticeDocument,
} from '../../schema/generated/graphql';
import { sendKit } from './demo-kit';
import type { DemoSeeder } from './demo-context';

/**
 * River shares sessions, reflections, insights, safety signals and measures
 * with rowan (accepted), has completed the PHQ-9 twice and felt unsafe in
 * yesterday's session (a signal rowan sees), and rowan has pinned a
 * note to one of river's sessions and suggested a practice. Sky shares
 * sessions and measures with rowan and has completed a GAD-7, so rowan's
 * caseload holds two clients. Runs after the history seeder.
 */
export const demoSharingSeeder: DemoSeeder = async (ctx) => {
  const { river, sky, rowan } = ctx.accounts;
  const { myShareCode } = await sendKit(ctx, rowan, MyShareCodeDocument);
  await sendKit(ctx, river, InviteTherapistDocument, {
    input: { shareCode: myShareCode, scopes: ['SESSIONS', 'REFLECTIONS', 'INSIGHTS', 'SAFETY_SIGNALS', 'MEASURES'] },
  });
  await sendKit(ctx, rowan, AcceptInvitationDocument, { input: { clientId: river.sub } });
  // Two PHQ-9 results, mild then moderate (item 9 answered 0: no self-harm signal from the measure itself).
  for (const answers of [
    [1, 1, 1, 1, 1, 0, 1, 1, 0],
    [2, 2, 1, 2, 1, 1, 1, 1, 0],
  ]) {
    await sendKit(ctx, river, SubmitMeasureDocument, { input: { instrument: 'PHQ9', answers } });
  }

  const { sessions } = await sendKit(ctx, river, SessionsDocument, { first: 20 });
  const flooded = sessions.edges.find((e) => e.node.afterState === 'FLOODED') ?? sessions.edges[0];
  if (flooded) {
    await sendKit(ctx, rowan, AddNoteDocument, {
      input: {
        clientId: river.sub,
        text: 'Let us talk about this one: what happened just before it got too much?',
        pinnedItem: { kind: 'SESSION', id: flooded.node.id },
      },
    });
  }
  await sendKit(ctx, rowan, SuggestPracticeDocument, {
    input: { clientId: river.sub, templateId: 'mindful-crying-practice', message: 'Shorter sessions with a clear ending might help.' },
  });
  // A session yesterday in which river felt unsafe: a signal rowan sees (river shares SAFETY_SIGNALS).
  const yesterday = new Date(ctx.now.getTime() - 24 * 3_600_000);
  await sendKit(ctx, river, LogSessionDocument, {
    input: { startedAt: yesterday.toISOString(), durationMinutes: 25, afterState: 'FLOODED', feltUnsafe: true, distressBefore: 8, distressAfter: 7 },
  });
  await sendKit(ctx, sky, InviteTherapistDocument, { input: { shareCode: myShareCode, scopes: ['SESSIONS', 'MEASURES'] } });
  await sendKit(ctx, rowan, AcceptInvitationDocument, { input: { clientId: sky.sub } });
  await sendKit(ctx, sky, SubmitMeasureDocument, { input: { instrument: 'GAD7', answers: [1, 0, 1, 1, 0, 1, 0] } });
  ctx.log('river and sky share with rowan (two PHQ-9 results, a note, a suggestion; a GAD-7)');
};
