import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IdempotentRequest } from '../shared/idempotency';
import { createOnce } from '../shared/db/create-once';
import { fromItem } from '../shared/db/items';
import { ENTITY, userPartition } from '../shared/db/keys';
import { queryPage, type Page } from '../shared/db/query-page';
import type { MeasureInstrument } from './measure.enums';
import { instrumentMeasuresRange, measureIndexKeys, measureKey, measuresRange } from './measure.keys';
import type { MeasureRecord } from './measure.record';

export interface MeasureRepository {
  create(record: MeasureRecord, idempotency: IdempotentRequest | null, now: Date): Promise<{ record: MeasureRecord; created: boolean }>;
  /** Newest first; one instrument's (GSI2) or all of them (the partition). One Query. */
  page(sub: string, instrument: MeasureInstrument | null, first: number, after?: string | null): Promise<Page<MeasureRecord>>;
}

export class DynamoMeasureRepository implements MeasureRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async create(record: MeasureRecord, idempotency: IdempotentRequest | null, now: Date) {
    const item = { ...record, ...measureKey(record.sub, record.id), ...measureIndexKeys(record.sub, record.instrument, record.id), entity: ENTITY.Measure };
    const result = await createOnce({ client: this.client, table: this.table, sub: record.sub, item, idempotency, now });
    return { record: fromItem<MeasureRecord>(result.item), created: result.created };
  }

  async page(sub: string, instrument: MeasureInstrument | null, first: number, after?: string | null): Promise<Page<MeasureRecord>> {
    const page = await queryPage({
      client: this.client,
      table: this.table,
      ...(instrument ? { index: 'GSI2' as const, range: instrumentMeasuresRange(instrument) } : { range: measuresRange() }),
      partition: userPartition(sub),
      first,
      after,
      newestFirst: true,
    });
    return { ...page, items: page.items.map((item) => fromItem<MeasureRecord>(item)) };
  }
}
