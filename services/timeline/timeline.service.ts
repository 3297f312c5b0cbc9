import type { Caller } from '../shared/auth/caller';
import type { TimelineEntity } from '../shared/db/keys';
import type { Item } from '../shared/db/query-page';
import { BadUserInputError } from '../shared/errors';
import { pageSize, toConnection } from '../shared/pagination';
import { type TimelineKind, type TimelineItem } from '../shared/timeline-item';
import type { TimelineRepository } from './timeline.repository';
import type { TimelineArgs } from './timeline.type';

const ENTITY_OF: Record<TimelineKind, TimelineEntity> = {
  SESSION: 'Session',
  JOURNAL_ENTRY: 'JournalEntry',
  ROUTINE_COMPLETION: 'RoutineCompletion',
  THERAPIST_NOTE: 'TherapistNote',
};

/** How each stored kind becomes its GraphQL type; the context factory hands in each domain's, so the timeline imports none (sharing reads it). */
export type TimelineMappers = Partial<Record<TimelineEntity, (item: Item) => TimelineItem>>;

export class TimelineService {
  constructor(
    private readonly repo: TimelineRepository,
    private readonly mappers: TimelineMappers,
  ) {}

  async timeline(caller: Caller, args: TimelineArgs) {
    const kinds = args.kinds?.length ? args.kinds : null;
    const entities = kinds && kinds.length < Object.keys(ENTITY_OF).length ? kinds.map((k) => ENTITY_OF[k]) : null;
    return this.page(caller.sub, entities, args);
  }

  /**
   * One page of a member's timeline in one Query, optionally narrowed to some
   * kinds and to items `keep` accepts (a reader may see less than the owner).
   */
  async page(
    sub: string,
    entities: TimelineEntity[] | null,
    args: { first?: number | null; after?: string | null; from?: Date | null; to?: Date | null },
    keep: (node: TimelineItem) => TimelineItem | null = (node) => node,
  ) {
    if (args.from && args.to && args.from.getTime() >= args.to.getTime()) throw new BadUserInputError('to', 'to must be after from');
    if (entities?.length === 0) return toConnection({ items: [], cursors: [], hasNextPage: false });
    const page = await this.repo.page(sub, {
      entities,
      from: args.from?.toISOString(),
      to: args.to?.toISOString(),
      first: pageSize(args.first),
      after: args.after,
    });
    const nodes: TimelineItem[] = [];
    const cursors: string[] = [];
    page.items.forEach((item, i) => {
      const map = this.mappers[item.entity as TimelineEntity];
      const node = map ? keep(map(item)) : null;
      if (!node) return;
      nodes.push(node);
      cursors.push(page.cursors[i] as string);
    });
    // A page that dropped its last items still resumes after everything it read (cursors are opaque, so
    // that position tells a reader nothing); the last page ends on what it showed.
    const endCursor = page.hasNextPage ? (page.endCursor ?? page.cursors[page.cursors.length - 1]) : cursors[cursors.length - 1];
    return toConnection({ items: nodes, cursors, hasNextPage: page.hasNextPage, endCursor });
  }
}
