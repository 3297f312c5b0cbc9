import '../../helpers/unit-env';
import type { TimelineEntity } from '../../../services/shared/db/keys';
import type { Item, Page } from '../../../services/shared/db/query-page';
import { BadUserInputError } from '../../../services/shared/errors';
import { TimelineKind, type TimelineItem } from '../../../services/shared/timeline-item';
import type { TimelineRepository } from '../../../services/timeline/timeline.repository';
import { TimelineService, type TimelineMappers } from '../../../services/timeline/timeline.service';

type PageRequest = Parameters<TimelineRepository['page']>[1];

/** Answers one prepared page and remembers what was asked. */
class FakeTimeline implements TimelineRepository {
  readonly requests: Array<{ sub: string; q: PageRequest }> = [];
  constructor(private readonly answer: Page<Item> = { items: [], cursors: [], hasNextPage: false }) {}
  async page(sub: string, q: PageRequest) {
    this.requests.push({ sub, q });
    return this.answer;
  }
}

const stored = (entity: TimelineEntity, id: string, extra: Record<string, unknown> = {}): Item => ({
  entity,
  id,
  occurredAt: '2026-11-22T10:00:00.000Z',
  ...extra,
});

const node = (kind: TimelineKind) => (item: Item) =>
  ({ id: item.id as string, kind, occurredAt: new Date(item.occurredAt as string), day: '2026-11-22', ...item }) as TimelineItem;
const mappers: TimelineMappers = {
  Session: node(TimelineKind.SESSION),
  JournalEntry: node(TimelineKind.JOURNAL_ENTRY),
  TherapistNote: node(TimelineKind.THERAPIST_NOTE),
};
const caller = { sub: 'member-1', groups: [], role: 'MEMBER' as const, isAdmin: false };

function service(answer?: Page<Item>) {
  const repo = new FakeTimeline(answer);
  return { repo, timeline: new TimelineService(repo, mappers) };
}

describe('TimelineService', () => {
  describe('timeline', () => {
    it.each([
      ['no kinds', undefined],
      ['an empty list of kinds', []],
      ['every kind', [TimelineKind.SESSION, TimelineKind.JOURNAL_ENTRY, TimelineKind.ROUTINE_COMPLETION, TimelineKind.THERAPIST_NOTE]],
    ])('reads every kind unfiltered for %s', async (_what, kinds) => {
      const { repo, timeline } = service();

      await timeline.timeline(caller, { kinds });

      expect(repo.requests[0]?.q.entities).toBeNull();
      expect(repo.requests[0]?.sub).toBe('member-1');
    });

    it('narrows to the stored entities of the kinds asked for', async () => {
      const { repo, timeline } = service();

      await timeline.timeline(caller, { kinds: [TimelineKind.ROUTINE_COMPLETION, TimelineKind.JOURNAL_ENTRY] });

      expect(repo.requests[0]?.q.entities).toEqual(['RoutineCompletion', 'JournalEntry']);
    });
  });

  describe('page', () => {
    it('asks for the period as ISO instants and 20 items by default', async () => {
      const { repo, timeline } = service();

      await timeline.page('member-1', null, { from: new Date('2026-11-01T00:00:00Z'), after: 'cursor-x' });

      expect(repo.requests[0]?.q).toEqual({ entities: null, from: '2026-11-01T00:00:00.000Z', to: undefined, first: 20, after: 'cursor-x' });
    });

    it('refuses a period that does not move forward, before reading', async () => {
      const { repo, timeline } = service();
      const at = new Date('2026-11-01T00:00:00Z');

      await expect(timeline.page('member-1', null, { from: at, to: at })).rejects.toBeInstanceOf(BadUserInputError);
      expect(repo.requests).toHaveLength(0);
    });

    it('answers an empty page without reading when no kind is visible', async () => {
      const { repo, timeline } = service();

      const connection = await timeline.page('member-1', [], {});

      expect(connection).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
      expect(repo.requests).toHaveLength(0);
    });

    it('maps each item by its stored kind, keeping its cursor', async () => {
      const { timeline } = service({ items: [stored('Session', 's1'), stored('JournalEntry', 'j1')], cursors: ['c1', 'c2'], hasNextPage: false });

      const connection = await timeline.page('member-1', null, {});

      expect(connection.edges.map((e) => [e.node.kind, e.node.id, e.cursor])).toEqual([
        [TimelineKind.SESSION, 's1', 'c1'],
        [TimelineKind.JOURNAL_ENTRY, 'j1', 'c2'],
      ]);
    });

    it('drops items the reader may not see and items of a kind with no mapper, keeping cursors aligned', async () => {
      const items = [
        stored('TherapistNote', 'n1', { author: 'other' }),
        stored('RoutineCompletion', 'r1'),
        stored('Session', 's1'),
        stored('TherapistNote', 'n2', { author: 'me' }),
      ];
      const { timeline } = service({ items, cursors: ['c1', 'c2', 'c3', 'c4'], hasNextPage: false });
      const keep = (n: TimelineItem) => ((n as TimelineItem & { author?: string }).author === 'other' ? null : n);

      const connection = await timeline.page('member-1', null, {}, keep);

      expect(connection.edges.map((e) => [e.node.id, e.cursor])).toEqual([
        ['s1', 'c3'],
        ['n2', 'c4'],
      ]);
    });

    it('lets the keeper replace a node with a redacted copy', async () => {
      const { timeline } = service({ items: [stored('Session', 's1', { reflection: 'private words' })], cursors: ['c1'], hasNextPage: false });

      const connection = await timeline.page('member-1', null, {}, (n) => ({ ...n, reflection: null }) as TimelineItem);

      expect(connection.edges[0]?.node).toMatchObject({ id: 's1', reflection: null });
    });

    it('resumes after everything read when the items at the end of a full page were dropped', async () => {
      const items = [stored('Session', 's1'), stored('TherapistNote', 'n1')];
      const { timeline } = service({ items, cursors: ['c1', 'c2'], hasNextPage: true });

      const connection = await timeline.page('member-1', null, {}, (n) => (n.kind === TimelineKind.THERAPIST_NOTE ? null : n));

      expect(connection.edges.map((e) => e.cursor)).toEqual(['c1']);
      expect(connection.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'c2' });
    });

    it('resumes where a filtered read stopped when it read past its last match', async () => {
      const { timeline } = service({ items: [stored('Session', 's1')], cursors: ['c1'], hasNextPage: true, endCursor: 'read-up-to-here' });

      const connection = await timeline.page('member-1', ['Session', 'TherapistNote'], {});

      expect(connection.pageInfo.endCursor).toBe('read-up-to-here');
    });

    it('ends the last page on the last item it showed', async () => {
      const items = [stored('Session', 's1'), stored('TherapistNote', 'n1')];
      const { timeline } = service({ items, cursors: ['c1', 'c2'], hasNextPage: false });

      const connection = await timeline.page('member-1', null, {}, (n) => (n.kind === TimelineKind.THERAPIST_NOTE ? null : n));

      expect(connection.pageInfo).toMatchObject({ hasNextPage: false, startCursor: 'c1', endCursor: 'c1' });
    });

    it('gives an empty last page no cursors at all', async () => {
      const { timeline } = service({ items: [stored('TherapistNote', 'n1')], cursors: ['c1'], hasNextPage: false });

      const connection = await timeline.page('member-1', null, {}, () => null);

      expect(connection.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    });
  });
});
