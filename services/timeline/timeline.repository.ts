import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { timeRange, userPartition, type TimelineEntity } from '../shared/db/keys';
import { queryPage, type Item, type Page } from '../shared/db/query-page';

export interface TimelineRepository {
  /** One page of a member's timeline, newest first, in exactly one Query. */
  page(
    sub: string,
    q: { entities: TimelineEntity[] | null; from?: string | null; to?: string | null; first: number; after?: string | null },
  ): Promise<Page<Item>>;
}

export class DynamoTimelineRepository implements TimelineRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  page(sub: string, q: { entities: TimelineEntity[] | null; from?: string | null; to?: string | null; first: number; after?: string | null }) {
    const base = { client: this.client, table: this.table, partition: userPartition(sub), first: q.first, after: q.after, newestFirst: true };
    // One kind: its own index range, no filtering. Several: the timeline index, filtered.
    if (q.entities?.length === 1) {
      return queryPage({ ...base, index: 'GSI2', range: timeRange(q.entities[0] as TimelineEntity, q.from, q.to) });
    }
    const filter = q.entities
      ? {
          expression: `#entity IN (${q.entities.map((_, i) => `:e${i}`).join(', ')})`,
          names: { '#entity': 'entity' },
          values: Object.fromEntries(q.entities.map((e, i) => [`:e${i}`, e])),
        }
      : undefined;
    return queryPage({ ...base, index: 'GSI1', range: timeRange(null, q.from, q.to), filter });
  }
}
