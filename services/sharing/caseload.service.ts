import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { ForbiddenError } from '../shared/errors';
import { newId } from '../shared/ids';
import { pageSize, toConnection } from '../shared/pagination';
import type { MeasureBand, MeasureInstrument } from '../measures/measure.enums';
import type { SafetySignalKind } from '../sessions/session.safety.type';
import type { AlertReason } from './alert.type';
import type { CaseloadLook, CaseloadRepository } from './caseload.repository';
import { caseloadView, emptySummary, type CaseloadView } from './caseload.rules';
import { summaryUpdateOf, type StreamedChange } from './caseload.stream';
import type { CaseloadEntry } from './caseload.type';
import { GrantStatus } from './sharing.enums';
import type { GrantRecord } from './sharing.record';
import type { SharingRepository } from './sharing.repository';
import { effectiveStatus } from './sharing.rules';
import type { SuggestionStatus } from './sharing.type';

function toCaseloadEntry(grant: GrantRecord, view: CaseloadView): CaseloadEntry {
  const alert = view.latestAlert;
  return {
    grantId: grant.id,
    client: { id: grant.clientSub, displayName: grant.clientName },
    scopes: grant.scopes,
    expiresAt: grant.expiresAt ? new Date(grant.expiresAt) : null,
    lastViewedAt: grant.caseloadViewedAt ? new Date(grant.caseloadViewedAt) : null,
    newSessions: view.newSessions,
    newMeasures: view.newMeasures,
    newAlerts: view.newAlerts,
    latestAlert: alert
      ? { alertId: alert.id, reason: alert.reason as AlertReason, signalKinds: alert.signalKinds as SafetySignalKind[], sentAt: new Date(alert.at) }
      : null,
    activeSignalKinds: view.activeSignalKinds as SafetySignalKind[],
    measures: view.measures.map((m) => ({
      measureId: m.id,
      instrument: m.instrument as MeasureInstrument,
      score: m.score,
      band: m.band as MeasureBand,
      completedAt: new Date(m.completedAt),
    })),
    suggestions: view.suggestions.map((s) => ({ suggestionId: s.id, name: s.name, status: s.status as SuggestionStatus, updatedAt: new Date(s.updatedAt) })),
  };
}

/**
 * A therapist's clients at a glance. A page costs one Query of the
 * therapist's grants (GSI1), one BatchGetItem of the clients' caseload
 * summaries and one transaction that logs every row in its client's access
 * log: never a call per client.
 */
export class CaseloadService {
  constructor(
    private readonly grants: Pick<SharingRepository, 'therapistGrants'>,
    private readonly repo: CaseloadRepository,
    private readonly clock: Clock,
  ) {}

  async myCaseload(caller: Caller, args: { first?: number | null; after?: string | null }) {
    if (caller.role !== 'THERAPIST') throw new ForbiddenError('Only therapists can do this');
    const now = this.clock.now();
    const page = await this.grants.therapistGrants(caller.sub, pageSize(args.first), args.after);
    const rows: Array<{ grant: GrantRecord; cursor: string }> = [];
    page.items.forEach((grant, i) => {
      if (effectiveStatus(grant, now) === GrantStatus.ACTIVE) rows.push({ grant, cursor: page.cursors[i] as string });
    });
    const summaries = rows.length ? await this.repo.summaries(rows.map((r) => r.grant.clientSub)) : new Map();
    const looks: CaseloadLook[] = [];
    const items = rows.map(({ grant }) => {
      const view = caseloadView(grant, summaries.get(grant.clientSub) ?? emptySummary(grant.clientSub), now);
      const entry = toCaseloadEntry(grant, view);
      const itemIds = [
        ...entry.measures.map((m) => m.measureId),
        ...entry.suggestions.map((s) => s.suggestionId),
        ...(entry.latestAlert ? [entry.latestAlert.alertId] : []),
      ];
      looks.push({
        grant,
        entry: {
          id: newId(now),
          clientSub: grant.clientSub,
          therapistSub: grant.therapistSub,
          therapistName: grant.therapistName,
          operation: 'myCaseload',
          itemIds,
          from: null,
          to: null,
          at: now.toISOString(),
        },
      });
      return entry;
    });
    if (looks.length) await this.repo.recordLook(caller.sub, looks, now.toISOString());
    return toConnection({ items, cursors: rows.map((r) => r.cursor), hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] });
  }
}

/** Keeps caseload summaries current from the table's stream (services/live/stream-changes.ts). */
export class CaseloadSummaryKeeper {
  constructor(
    private readonly repo: Pick<CaseloadRepository, 'applyUpdate'>,
    private readonly clock: Clock,
  ) {}

  async apply(change: StreamedChange): Promise<void> {
    const update = summaryUpdateOf(change);
    if (update) await this.repo.applyUpdate(update, this.clock.now().toISOString());
  }
}
