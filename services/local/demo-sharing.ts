import {
  AcceptInvitationDocument,
  AddNoteDocument,
  InviteTherapistDocument,
  MyShareCodeDocument,
  SessionsDocument,
  SuggestPracticeDocument,
} from '../../schema/generated/graphql';
import { sendKit } from './demo-kit';
import type { DemoSeeder } from './demo-context';

/**
 * River shares sessions, reflections and insights with rowan (accepted), and
 * rowan has pinned a note to one of river's sessions and suggested a practice.
 * Sky shares with no one. Runs after the history seeder.
 */
export const demoSharingSeeder: DemoSeeder = async (ctx) => {
  const { river, rowan } = ctx.accounts;
  const { myShareCode } = await sendKit(ctx, rowan, MyShareCodeDocument);
  await sendKit(ctx, river, InviteTherapistDocument, {
    input: { shareCode: myShareCode, scopes: ['SESSIONS', 'REFLECTIONS', 'INSIGHTS', 'SAFETY_SIGNALS'] },
  });
  await sendKit(ctx, rowan, AcceptInvitationDocument, { input: { clientId: river.sub } });

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
  ctx.log('river shares with rowan (one note, one suggestion)');
};
