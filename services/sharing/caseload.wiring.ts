import { systemClock } from '../shared/clock';
import { dynamo, tableName } from '../shared/db/client';
import { DynamoCaseloadRepository } from './caseload.repository';
import { CaseloadSummaryKeeper } from './caseload.service';
import type { StreamedChange } from './caseload.stream';

/** Built on first use, then kept for the container's life. */
let keeper: CaseloadSummaryKeeper | undefined;

/** For the stream handler: keeps a client's caseload summary current (entities other than CASELOAD_ENTITIES are ignored). */
export function caseloadFromChange(change: StreamedChange): Promise<void> {
  keeper ??= new CaseloadSummaryKeeper(new DynamoCaseloadRepository(dynamo(), tableName()), systemClock);
  return keeper.apply(change);
}
