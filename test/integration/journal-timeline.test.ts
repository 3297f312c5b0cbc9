import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the apps send them.
const CREATE = kit('CreateJournalEntry');
const UPDATE = kit('UpdateJournalEntry');
const GET = kit('JournalEntry');
const DELETE = kit('DeleteJournalEntry');
const LIST = kit('JournalEntries');
const LOG = kit('LogSession');
const PROFILE = kit('UpdateProfile');
const TIMELINE = kit('Timeline');

type Node = { __typename: string; id: string; kind: string; day: string; occurredAt: string };
type TimelineData = { timeline: { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('journal and timeline (integration)', () => {
  const {
    api,
    users: { river, sky },
    recorder,
  } = useIntegrationApi({ users: { river: {}, sky: {} } });

  describe('journal', () => {
    let entryId: string;

    it('lists the built-in prompts', async () => {
      const res = await api.gql<{ journalPrompts: Array<{ id: string; theme: string }> }>(kit('JournalPrompts'), { theme: 'AFTER' }, river.accessToken);

      expect(res.body.data?.journalPrompts.length).toBeGreaterThan(2);
      expect(res.body.data?.journalPrompts.every((p) => p.theme === 'AFTER')).toBe(true);
    });

    it('creates an entry with a prompt in one write', async () => {
      await api.gql(kit('Me'), {}, river.accessToken);
      recorder.reset();

      const res = await api.gql<{ createJournalEntry: { journalEntry: { id: string; kind: string; prompt: { id: string } } } }>(
        CREATE,
        { input: { text: 'Today the grief felt softer.', emotions: ['GRIEF', 'TENDERNESS'], promptId: 'after-wave' } },
        river.accessToken,
      );

      expect(res.body.data?.createJournalEntry.journalEntry).toMatchObject({ kind: 'JOURNAL_ENTRY', prompt: { id: 'after-wave' } });
      expect(recorder.writes()).toBe(1);
      expect(recorder.depth()).toBe(2);
      entryId = res.body.data?.createJournalEntry.journalEntry.id as string;
    });

    it.each([
      ['an unknown prompt', { text: 'x', promptId: 'nope' }, 'promptId'],
      ['blank text', { text: '   ' }, 'text'],
      ['over-long text', { text: 'x'.repeat(20001) }, 'text'],
      ['a future date', { text: 'x', writtenAt: new Date(Date.now() + 86400000).toISOString() }, 'writtenAt'],
    ])('refuses %s naming the field and writes nothing', async (_name, input, field) => {
      recorder.reset();

      const res = await api.gql(CREATE, { input }, river.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
    });

    it('updates with the current version and refuses a stale one', async () => {
      const ok = await api.gql<{ updateJournalEntry: { journalEntry: { version: number; text: string } } }>(
        UPDATE,
        { input: { id: entryId, version: 1, text: 'Softer, and kinder.' } },
        river.accessToken,
      );
      const stale = await api.gql(UPDATE, { input: { id: entryId, version: 1, text: 'lost' } }, river.accessToken);

      expect(ok.body.data?.updateJournalEntry.journalEntry).toMatchObject({ version: 2, text: 'Softer, and kinder.' });
      expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it.each([
      ['journalEntry', GET, (id: string) => ({ id })],
      ['updateJournalEntry', UPDATE, (id: string) => ({ input: { id, version: 2, text: 'not mine' } })],
      ['deleteJournalEntry', DELETE, (id: string) => ({ input: { id } })],
    ])('answers NOT_FOUND when another member passes the id to %s', async (_field, query, vars) => {
      const res = await api.gql(query, vars(entryId), sky.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const mine = await api.gql<{ journalEntry: { version: number; text: string } }>(GET, { id: entryId }, river.accessToken);
      expect(mine.body.data?.journalEntry).toMatchObject({ version: 2, text: 'Softer, and kinder.' });
    });

    it('lists and deletes', async () => {
      const list = await api.gql<{ journalEntries: { edges: Array<{ node: { id: string } }> } }>(LIST, { first: 10 }, river.accessToken);
      expect(list.body.data?.journalEntries.edges.map((e) => e.node.id)).toContain(entryId);

      const res = await api.gql<{ deleteJournalEntry: unknown }>(DELETE, { input: { id: entryId } }, river.accessToken);

      expect(res.body.data?.deleteJournalEntry).toEqual({ __typename: 'DeleteJournalEntryPayload', deletedId: entryId });
      expect((await api.gql(GET, { id: entryId }, river.accessToken)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('timeline', () => {
    let member: TestUser;
    const base = Date.now() - 10 * 86400000;
    const at = (hours: number) => new Date(base + hours * 3600000).toISOString();

    beforeAll(async () => {
      member = await createTestUser();
      await api.gql(PROFILE, { input: { version: 1, timeZone: 'America/New_York' } }, member.accessToken);
      // Six items, alternating kinds, one hour apart.
      for (let i = 0; i < 6; i++) {
        if (i % 2 === 0) await api.gql(LOG, { input: { startedAt: at(i), durationMinutes: 20, afterState: 'CALMER' } }, member.accessToken);
        else await api.gql(CREATE, { input: { text: `entry ${i}`, writtenAt: at(i) } }, member.accessToken);
      }
    });

    it('interleaves sessions and journal entries newest first', async () => {
      const res = await api.gql<TimelineData>(TIMELINE, { first: 10 }, member.accessToken);

      const nodes = res.body.data?.timeline.edges.map((e) => e.node) ?? [];
      expect(nodes.map((n) => n.__typename)).toEqual(['JournalEntry', 'Session', 'JournalEntry', 'Session', 'JournalEntry', 'Session']);
      expect(nodes.map((n) => n.occurredAt)).toEqual([at(5), at(4), at(3), at(2), at(1), at(0)]);
      expect(res.body.data?.timeline.pageInfo.hasNextPage).toBe(false);
    });

    it.each([1, 5, 50, 100])('reads a page of %i in exactly one Query', async (first) => {
      recorder.reset();

      await api.gql(TIMELINE, { first }, member.accessToken);

      expect(recorder.calls).toEqual(['Query']);
      expect(recorder.depth()).toBe(1);
    });

    it('pages through with cursors without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: { body: { data?: TimelineData | null } } = await api.gql<TimelineData>(TIMELINE, { first: 4, after }, member.accessToken);
        seen.push(...(res.body.data?.timeline.edges.map((e) => e.node.occurredAt) ?? []));
        after = res.body.data?.timeline.pageInfo.hasNextPage ? res.body.data.timeline.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 5);

      expect(seen).toEqual([at(5), at(4), at(3), at(2), at(1), at(0)]);
      expect(pages).toBe(2);
    });

    it('filters by kind and by time', async () => {
      const sessions = await api.gql<TimelineData>(TIMELINE, { first: 10, kinds: ['SESSION'] }, member.accessToken);
      const window = await api.gql<TimelineData>(TIMELINE, { first: 10, from: at(1), to: at(4) }, member.accessToken);

      expect(sessions.body.data?.timeline.edges.map((e) => e.node.kind)).toEqual(['SESSION', 'SESSION', 'SESSION']);
      expect(window.body.data?.timeline.edges.map((e) => e.node.occurredAt)).toEqual([at(3), at(2), at(1)]);
    });

    it("shows nothing of another member's timeline", async () => {
      const res = await api.gql<TimelineData>(TIMELINE, { first: 10 }, sky.accessToken);

      expect(res.body.data?.timeline.edges).toEqual([]);
    });

    it('refuses a cursor from a page of another filter', async () => {
      const page = await api.gql<TimelineData>(TIMELINE, { first: 2, kinds: ['SESSION'] }, member.accessToken);

      const res = await api.gql(TIMELINE, { first: 2, after: page.body.data?.timeline.pageInfo.endCursor }, sky.accessToken);

      // A cursor carries only a position within one index range, never a partition.
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it("puts an item on the member's local day across a DST change", async () => {
      const ny = await createTestUser();
      await api.gql(PROFILE, { input: { version: 1, timeZone: 'America/New_York' } }, ny.accessToken);
      // New York leaves summer time on 2026-11-01 at 02:00 local (06:00Z).
      // 03:30Z on 1 Nov is 23:30 EDT on 31 Oct; 04:30Z on 2 Nov is 23:30 EST on 1 Nov.
      await api.gql(CREATE, { input: { text: 'before the change', writtenAt: '2026-11-01T03:30:00.000Z' } }, ny.accessToken);
      await api.gql(CREATE, { input: { text: 'after the change', writtenAt: '2026-11-02T04:30:00.000Z' } }, ny.accessToken);

      const res = await api.gql<TimelineData>(TIMELINE, { first: 10 }, ny.accessToken);

      expect(res.body.data?.timeline.edges.map((e) => e.node.day)).toEqual(['2026-11-01', '2026-10-31']);
    });
  });
});
