import type { DemoSeeder } from './demo-seeders';

/**
 * River shares sessions, reflections and insights with rowan (accepted), and
 * rowan has pinned a note to one of river's sessions and suggested a practice.
 * Sky shares with no one. Runs after the history seeder.
 */
export const demoSharingSeeder: DemoSeeder = async (ctx) => {
  const { river, rowan } = ctx.accounts;
  const { myShareCode } = await ctx.graphql<{ myShareCode: string }>(rowan, '{ myShareCode }');
  await ctx.graphql(river, 'mutation ($input: InviteTherapistInput!) { inviteTherapist(input: $input) { id } }', {
    input: { shareCode: myShareCode, scopes: ['SESSIONS', 'REFLECTIONS', 'INSIGHTS', 'SAFETY_SIGNALS'] },
  });
  await ctx.graphql(rowan, 'mutation ($clientId: ID!) { acceptInvitation(clientId: $clientId) { id } }', { clientId: river.sub });

  const { sessions } = await ctx.graphql<{ sessions: { edges: Array<{ node: { id: string; afterState: string } }> } }>(
    river,
    '{ sessions(first: 20) { edges { node { id afterState } } } }',
  );
  const flooded = sessions.edges.find((e) => e.node.afterState === 'FLOODED') ?? sessions.edges[0];
  if (flooded) {
    await ctx.graphql(rowan, 'mutation ($input: AddNoteInput!) { addNote(input: $input) { id } }', {
      input: { clientId: river.sub, text: 'Let us talk about this one: what happened just before it got too much?', pinnedItem: { kind: 'SESSION', id: flooded.node.id } },
    });
  }
  await ctx.graphql(rowan, 'mutation ($input: SuggestPracticeInput!) { suggestPractice(input: $input) { id } }', {
    input: { clientId: river.sub, templateId: 'mindful-crying-practice', message: 'Shorter sessions with a clear ending might help.' },
  });
  ctx.log('river shares with rowan (one note, one suggestion)');
};
