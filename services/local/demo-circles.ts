import type { DemoSeeder } from './demo-seeders';

const CREATE = 'mutation ($input: CreateCircleInput!) { createCircle(input: $input) { id } }';
const INVITE = 'mutation ($input: CreateCircleInviteInput!) { createCircleInvite(input: $input) { code } }';
const JOIN = 'mutation ($input: JoinCircleInput!) { joinCircle(input: $input) { id } }';
const SESSIONS = '{ sessions(first: 10) { edges { node { id status reflection } } } }';
const PREVIEW = 'query ($circleId: ID!, $sessionId: ID!) { checkInPreview(circleId: $circleId, sessionId: $sessionId) { sessionId version } }';
const POST = 'mutation ($input: PostCheckInInput!) { postCheckIn(input: $input) { checkIn { id } } }';
const REACT = 'mutation ($input: ReactionInput!) { addReaction(input: $input) { id } }';
const REPLY = 'mutation ($input: ReplyToCheckInInput!) { replyToCheckIn(input: $input) { reply { id } } }';

type Posted = { postCheckIn: { checkIn: { id: string } } };

/**
 * One circle through the public API: river owns it, sky joins with an invite
 * code, a few check-ins (one made from river's latest session with a
 * reflection, of which only the redacted summary shows), reactions and a reply. rowan is not a
 * member. Runs after demoHistorySeeder.
 */
export const demoCirclesSeeder: DemoSeeder = async (ctx) => {
  const { river, sky } = ctx.accounts;
  const { createCircle } = await ctx.graphql<{ createCircle: { id: string } }>(river, CREATE, {
    input: { name: 'Evening tears', description: 'A small circle for letting the day go, together.', topic: 'everyday release', memberCap: 12 },
  });
  const circleId = createCircle.id;
  const { createCircleInvite } = await ctx.graphql<{ createCircleInvite: { code: string } }>(river, INVITE, { input: { circleId, maxUses: 5 } });
  await ctx.graphql(sky, JOIN, { input: { code: createCircleInvite.code, pseudonym: 'Sky at dusk' } });

  // River's latest session with a reflection: the check-in shows it is never shared.
  const { sessions } = await ctx.graphql<{ sessions: { edges: Array<{ node: { id: string; status: string; reflection: string | null } }> } }>(river, SESSIONS);
  const completed = sessions.edges.filter(({ node }) => node.status === 'COMPLETED');
  const latest = completed.find(({ node }) => node.reflection) ?? completed[0];
  if (!latest) throw new Error('demo circles need a completed session of river (demoHistorySeeder)');
  const { checkInPreview } = await ctx.graphql<{ checkInPreview: { sessionId: string; version: number } }>(river, PREVIEW, { circleId, sessionId: latest.node.id });
  const fromSession = await ctx.graphql<Posted>(river, POST, {
    input: { circleId, mood: 'TENDER', fromSession: { sessionId: checkInPreview.sessionId, version: checkInPreview.version }, text: 'A hard week, but I let it out yesterday.' },
  });
  const skyCheckIn = await ctx.graphql<Posted>(sky, POST, { input: { circleId, mood: 'CALM', intensity: 3, text: 'First time here. Glad this exists.' } });
  const riverCheckIn = await ctx.graphql<Posted>(river, POST, { input: { circleId, mood: 'GRATEFUL', intensity: 6 } });

  const reactions: Array<[typeof river, string, string]> = [
    [sky, fromSession.postCheckIn.checkIn.id, 'HUG'],
    [sky, fromSession.postCheckIn.checkIn.id, 'WITH_YOU'],
    [river, skyCheckIn.postCheckIn.checkIn.id, 'THANK_YOU_FOR_SHARING'],
    [sky, riverCheckIn.postCheckIn.checkIn.id, 'SENDING_WARMTH'],
  ];
  for (const [account, checkInId, kind] of reactions) await ctx.graphql(account, REACT, { input: { circleId, checkInId, kind } });
  await ctx.graphql(sky, REPLY, { input: { circleId, checkInId: fromSession.postCheckIn.checkIn.id, text: 'Holding space for you. Letting it out takes courage.' } });
  ctx.log(`seeded the circle "Evening tears" (river, sky) with 3 check-ins, ${reactions.length} reactions and a reply`);
};
