import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import type { TransactItem } from '../shared/db/transaction';
import { ForbiddenError, NotFoundError } from '../shared/errors';
import { GrantScope, GrantStatus } from '../sharing/sharing.enums';
import type { AccessLogRecord, GrantRecord } from '../sharing/sharing.record';
import { accessLogEntry, effectiveStatus } from '../sharing/sharing.rules';

/** The share a therapist acts under, as the measures domain needs it. */
export interface MeasuresGrant {
  clientSub: string;
  therapistSub: string;
  therapistName: string | null;
  /** Opaque to this domain: handed back to logRead, whose transaction re-checks it. */
  record: unknown;
}

/** A therapist whose schedules may run for a client now. */
export interface Scheduler {
  name: string | null;
  /** When the share was accepted: schedules made under an earlier share stay stopped. */
  since: string;
}

/** What the measures domain asks of sharing; the rules stay sharing's own (sharing.rules.ts). */
export interface ClientAccess {
  /** FORBIDDEN for a member; NOT_FOUND, with no hint that the client exists, without an active grant that holds MEASURES. */
  requireMeasures(caller: Caller, clientId: string): Promise<MeasuresGrant>;
  /**
   * Writes the read to the client's access log in a transaction that re-checks the grant (NOT_FOUND when it ended meanwhile).
   * `alongside`: a change the therapist makes, written in the same transaction, so it lands only with its entry and while the grant stands.
   */
  logRead(grant: MeasuresGrant, operation: string, itemIds: string[], alongside?: readonly TransactItem[]): Promise<void>;
  /** The client's therapists whose grant is active and holds MEASURES, by therapist sub. One Query. */
  schedulers(clientSub: string): Promise<Map<string, Scheduler>>;
}

/** Cognito subs are UUIDs; anything else cannot name a client (as sharing.service.ts checks). */
const SUB_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const opensMeasures = (grant: GrantRecord, now: Date) => effectiveStatus(grant, now) === GrantStatus.ACTIVE && grant.scopes.includes(GrantScope.MEASURES);

/** The reads and the audit write of the sharing repository this adapter uses; context.ts hands in the repository itself. */
export interface GrantStore {
  grant(clientSub: string, therapistSub: string): Promise<GrantRecord | undefined>;
  clientGrants(clientSub: string): Promise<GrantRecord[]>;
  logAccess(entry: AccessLogRecord, grant: GrantRecord, now: string, alongside?: readonly TransactItem[]): Promise<void>;
}

/** ClientAccess over the sharing repository: the same grant check and audit write the other client* reads make. */
export class SharingClientAccess implements ClientAccess {
  constructor(
    private readonly repo: GrantStore,
    private readonly clock: Clock,
  ) {}

  async requireMeasures(caller: Caller, clientId: string): Promise<MeasuresGrant> {
    if (caller.role !== 'THERAPIST') throw new ForbiddenError('Only therapists can do this');
    if (!SUB_PATTERN.test(clientId)) throw new NotFoundError('Client');
    const grant = await this.repo.grant(clientId, caller.sub);
    if (!grant || !opensMeasures(grant, this.clock.now())) throw new NotFoundError('Client');
    return { clientSub: grant.clientSub, therapistSub: grant.therapistSub, therapistName: grant.therapistName, record: grant };
  }

  async logRead(grant: MeasuresGrant, operation: string, itemIds: string[], alongside: readonly TransactItem[] = []): Promise<void> {
    const now = this.clock.now();
    const record = grant.record as GrantRecord;
    await this.repo.logAccess(accessLogEntry(record, operation, { itemIds }, now), record, now.toISOString(), alongside);
  }

  async schedulers(clientSub: string): Promise<Map<string, Scheduler>> {
    const now = this.clock.now();
    const grants = (await this.repo.clientGrants(clientSub)).filter((grant) => opensMeasures(grant, now));
    return new Map(grants.map((grant) => [grant.therapistSub, { name: grant.therapistName, since: grant.respondedAt ?? grant.createdAt }]));
  }
}
