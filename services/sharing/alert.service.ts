import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { ConflictError, NotFoundError } from '../shared/errors';
import { newId } from '../shared/ids';
import { logger } from '../shared/logger';
import type { SafetySignalKind } from '../sessions/session.safety.type';
import type { AlertRecord, AlertReason } from './alert.record';
import type { AlertRepository } from './alert.repository';
import type { AlertReason as AlertReasonEnum, SafetyAlert } from './alert.type';
import type { CaseloadRepository } from './caseload.repository';
import { SUMMARY_ATTRIBUTE } from './caseload.rules';
import { GrantScope, GrantStatus } from './sharing.enums';
import { toGrant } from './sharing.mappers';
import type { AccessLogRecord, GrantRecord } from './sharing.record';
import type { SharingRepository } from './sharing.repository';
import { effectiveStatus } from './sharing.rules';
import type { Grant } from './sharing.type';

/** Cognito subs are UUIDs; anything else cannot name a therapist (as in sharing.service.ts). */
const SUB_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the writes that raise safety signals call afterwards (wired in alert.hooks.ts). */
export interface SignalListener {
  /** Never throws: the member's write has already happened and must not fail because of an alert. */
  afterSignals(sub: string, sourceId: string, kinds: string[]): Promise<void>;
}

function toSafetyAlert(record: AlertRecord, grant: GrantRecord): SafetyAlert {
  return {
    id: record.id,
    reason: record.reason as AlertReasonEnum,
    signalKinds: record.signalKinds as SafetySignalKind[],
    therapist: { personId: grant.therapistSub, displayName: grant.therapistName },
    sentAt: new Date(record.at),
  };
}

/**
 * Consented alerts. A client opts in per share; an alert is one item in the
 * client's partition whose arrival on the table's stream notifies the
 * therapist (services/live/stream-events.ts), written with an entry in the
 * client's access log, so the client sees every alert that went out.
 */
export class AlertService implements SignalListener {
  constructor(
    private readonly grants: Pick<SharingRepository, 'grant' | 'clientGrants' | 'updateGrant'>,
    private readonly alerts: AlertRepository,
    private readonly caseload: Pick<CaseloadRepository, 'applyUpdate'>,
    private readonly clock: Clock,
  ) {}

  async setGrantAlerts(caller: Caller, input: { therapistId: string; alertOnSafetySignal: boolean }): Promise<Grant> {
    const now = this.clock.now();
    const grant = SUB_PATTERN.test(input.therapistId) ? await this.grants.grant(caller.sub, input.therapistId) : undefined;
    if (!grant) throw new NotFoundError('Share');
    const status = effectiveStatus(grant, now);
    if (status !== GrantStatus.ACTIVE && status !== GrantStatus.PENDING) throw new ConflictError('This share has ended; invite the therapist again');
    const updated = await this.grants.updateGrant(grant, { alertOnSafetySignal: input.alertOnSafetySignal }, now.toISOString());
    return toGrant(updated, now);
  }

  /** "Let my therapist know": needs an active share, opt-in or not (asking is consent). */
  async alertMyTherapist(caller: Caller, input: { therapistId: string }): Promise<SafetyAlert> {
    const now = this.clock.now();
    const grant = SUB_PATTERN.test(input.therapistId) ? await this.grants.grant(caller.sub, input.therapistId) : undefined;
    if (!grant || effectiveStatus(grant, now) !== GrantStatus.ACTIVE) throw new NotFoundError('Share');
    const record = this.newAlert(grant, 'CLIENT_ASKED', [], null, now);
    await this.alerts.putAlert(record, record.id, this.logEntry(record, grant, 'alertMyTherapist'), grant, false, record.at);
    return toSafetyAlert(record, grant);
  }

  /**
   * After a session or measure raised signals: the kinds go on the client's
   * caseload summary when a therapist may see them (SAFETY_SIGNALS), and each
   * therapist the client opted in for gets one alert per source item, however
   * often the write is retried.
   */
  async afterSignals(sub: string, sourceId: string, kinds: string[]): Promise<void> {
    if (kinds.length === 0) return;
    try {
      const now = this.clock.now();
      const active = (await this.grants.clientGrants(sub)).filter((g) => effectiveStatus(g, now) === GrantStatus.ACTIVE);
      const writes: Array<Promise<unknown>> = [];
      if (active.some((g) => g.scopes.includes(GrantScope.SAFETY_SIGNALS))) {
        const set = Object.fromEntries(kinds.map((kind) => [SUMMARY_ATTRIBUTE.signal(kind), now.toISOString()]));
        writes.push(this.caseload.applyUpdate({ clientSub: sub, set, add: {} }, now.toISOString()));
      }
      for (const grant of active.filter((g) => g.alertOnSafetySignal === true)) {
        const record = this.newAlert(grant, 'SAFETY_SIGNAL', kinds, sourceId, now);
        writes.push(this.alerts.putAlert(record, sourceId, this.logEntry(record, grant, 'safetyAlert'), grant, true, record.at));
      }
      const failed = (await Promise.allSettled(writes)).filter((r) => r.status === 'rejected');
      for (const failure of failed) logger.error('safety alert not written', { sourceId, name: ((failure as PromiseRejectedResult).reason as Error)?.name });
    } catch (error) {
      logger.error('safety alert not written', { sourceId, name: (error as Error).name });
    }
  }

  private newAlert(grant: GrantRecord, reason: AlertReason, kinds: string[], sourceId: string | null, now: Date): AlertRecord {
    return {
      id: newId(now),
      clientSub: grant.clientSub,
      therapistSub: grant.therapistSub,
      grantId: grant.id,
      reason,
      signalKinds: [...kinds].sort(),
      sourceId,
      at: now.toISOString(),
    };
  }

  /** The client's access log lists each alert as sent to the therapist. */
  private logEntry(alert: AlertRecord, grant: GrantRecord, operation: string): AccessLogRecord {
    return {
      id: newId(new Date(alert.at)),
      clientSub: alert.clientSub,
      therapistSub: alert.therapistSub,
      therapistName: grant.therapistName,
      operation,
      itemIds: [alert.id],
      from: null,
      to: null,
      at: alert.at,
    };
  }
}
