import { newId } from '../shared/ids';
import { GrantStatus } from './sharing.enums';
import type { AccessLogRecord, GrantRecord } from './sharing.record';

/** The status as of `now`: a pending or active grant past its expiry has expired. */
export function effectiveStatus(grant: GrantRecord, now: Date): GrantStatus {
  const live = grant.status === 'PENDING' || grant.status === 'ACTIVE';
  if (live && grant.expiresAt && now.getTime() >= Date.parse(grant.expiresAt)) return GrantStatus.EXPIRED;
  return grant.status as GrantStatus;
}

/** What a therapist read under a grant, for the client's access log: ids and a time range, never the content. */
export interface AccessDetail {
  itemIds?: string[];
  from?: Date | null;
  to?: Date | null;
}

/** The access-log entry of a read (or a change) made under `grant` at `now`; every writer of the log builds it here. */
export function accessLogEntry(grant: GrantRecord, operation: string, detail: AccessDetail, now: Date): AccessLogRecord {
  return {
    id: newId(now),
    clientSub: grant.clientSub,
    therapistSub: grant.therapistSub,
    therapistName: grant.therapistName,
    operation,
    itemIds: detail.itemIds ?? [],
    from: detail.from?.toISOString() ?? null,
    to: detail.to?.toISOString() ?? null,
    at: now.toISOString(),
  };
}
