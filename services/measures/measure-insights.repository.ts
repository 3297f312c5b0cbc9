import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fromItem } from '../shared/db/items';
import { userPartition } from '../shared/db/keys';
import { justBefore, queryPage } from '../shared/db/query-page';
import { measuresSinceRange } from './measure-schedule.keys';
import type { MeasureRecord } from './measure.record';

/** Two quarters of three instruments taken daily fit well under it; more in a window is not a pattern anyone keeps. */
export const WINDOW_LIMIT = 600;

export interface MeasureWindowRepository {
  /** Every instrument's results whose ULID was made in [since, until), oldest first. One Query. */
  between(sub: string, since: Date, until: Date): Promise<MeasureRecord[]>;
}

export class DynamoMeasureWindowRepository implements MeasureWindowRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async between(sub: string, since: Date, until: Date): Promise<MeasureRecord[]> {
    const range = { from: measuresSinceRange(since).from, to: justBefore(measuresSinceRange(until).from) };
    const page = await queryPage({ client: this.client, table: this.table, partition: userPartition(sub), range, first: WINDOW_LIMIT });
    return page.items.map((item) => fromItem<MeasureRecord>(item));
  }
}
