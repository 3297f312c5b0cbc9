import { GrantStatus } from './sharing.enums';
import type { GrantRecord } from './sharing.record';

/** The status as of `now`: a pending or active grant past its expiry has expired. */
export function effectiveStatus(grant: GrantRecord, now: Date): GrantStatus {
  const live = grant.status === 'PENDING' || grant.status === 'ACTIVE';
  if (live && grant.expiresAt && now.getTime() >= Date.parse(grant.expiresAt)) return GrantStatus.EXPIRED;
  return grant.status as GrantStatus;
}
