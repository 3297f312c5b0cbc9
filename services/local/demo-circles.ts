import {
  AddReactionDocument,
  CheckInPreviewDocument,
  CreateCircleDocument,
  CreateCircleInviteDocument,
  JoinCircleDocument,
  PostCheckInDocument,
  ReplyToCheckInDocument,
  SessionsDocument,
  type ReactionKind,
} from '../../schema/generated/graphql';
import { sendKit } from './demo-kit';
import type { DemoSeeder } from './demo-context';

/**
 * One circle through the public API: river owns it, sky joins with an invite
 * code, a few check-ins (one made from river's latest session with a
 * reflection, of which only the redacted summary shows), reactions and a reply. rowan is not a
 * member. Runs after demoHistorySeeder.
 */
export const demoCirclesSeeder: DemoSeeder = async (ctx) => {
  const { river, sky } = ctx.accounts;
  const { createCircle } = await sendKit(ctx, river, CreateCircleDocument, {
    input: { name: 'Evening tears', description: 'A small circle for letting the day go, together.', topic: 'everyday release', memberCap: 12 },
  });
  const circleId = createCircle.circle.id;
  const { createCircleInvite } = await sendKit(ctx, river, CreateCircleInviteDocument, { input: { circleId, maxUses: 5 } });
  await sendKit(ctx, sky, JoinCircleDocument, { input: { code: createCircleInvite.circleInvite.code, pseudonym: 'Sky at dusk' } });

  // River's latest session with a reflection: the check-in shows it is never shared.
  const { sessions } = await sendKit(ctx, river, SessionsDocument, { first: 10 });
  const completed = sessions.edges.filter(({ node }) => node.status === 'COMPLETED');
  const latest = completed.find(({ node }) => node.reflection) ?? completed[0];
  if (!latest) throw new Error('demo circles need a completed session of river (demoHistorySeeder)');
  const { checkInPreview } = await sendKit(ctx, river, CheckInPreviewDocument, { circleId, sessionId: latest.node.id });
  const fromSession = await sendKit(ctx, river, PostCheckInDocument, {
    input: {
      circleId,
      mood: 'TENDER',
      fromSession: { sessionId: checkInPreview.sessionId, version: checkInPreview.version },
      text: 'A hard week, but I let it out yesterday.',
    },
  });
  const skyCheckIn = await sendKit(ctx, sky, PostCheckInDocument, {
    input: { circleId, mood: 'CALM', intensity: 3, text: 'First time here. Glad this exists.' },
  });
  const riverCheckIn = await sendKit(ctx, river, PostCheckInDocument, { input: { circleId, mood: 'GRATEFUL', intensity: 6 } });

  const reactions: Array<[typeof river, string, ReactionKind]> = [
    [sky, fromSession.postCheckIn.checkIn.id, 'HUG'],
    [sky, fromSession.postCheckIn.checkIn.id, 'WITH_YOU'],
    [river, skyCheckIn.postCheckIn.checkIn.id, 'THANK_YOU_FOR_SHARING'],
    [sky, riverCheckIn.postCheckIn.checkIn.id, 'SENDING_WARMTH'],
  ];
  for (const [account, checkInId, kind] of reactions) await sendKit(ctx, account, AddReactionDocument, { input: { circleId, checkInId, kind } });
  await sendKit(ctx, sky, ReplyToCheckInDocument, {
    input: { circleId, checkInId: fromSession.postCheckIn.checkIn.id, text: 'Holding space for you. Letting it out takes courage.' },
  });
  ctx.log(`seeded the circle "Evening tears" (river, sky) with 3 check-ins, ${reactions.length} reactions and a reply`);
};
