/**
 * The sweep: every minute, each shard's due items (one Query a shard, a
 * bounded page; what does not fit waits for the next run). For each item it
 * re-reads the routine (or the measure schedule, its grant and the client's
 * recent measures), the profile and the item itself, then:
 * - the routine, schedule, grant or preference is gone, or the occurrence is
 *   no longer in the schedule (for a measure: already completed): the item is
 *   removed or moved on, and nothing is sent;
 * - found more than LATE_BOUND_MS late (the machine was off): moved on to the
 *   next occurrence, nothing sent: no burst of stale reminders;
 * - otherwise the occurrence is claimed by a write conditional on the item's
 *   version (moving it to the next occurrence): of two sweeps, or a sweep and
 *   its retry, one wins and only the winner sends.
 * A send that throws is not lost: the occurrence is written back as a retry
 * (backoff 1, 2, 4, 8 minutes) that the sweep picks up from the index; after
 * MAX_ATTEMPTS, or past the late bound, it is given up on and recorded (a
 * count on the item and an error log line with the notification id).
 */
import type { NotificationSink } from '../../live/live.events';
import { DUE_SHARDS } from '../../shared/db/catalogue/schedule.catalogue';
import { logger } from '../../shared/logger';
import type { DueRepository } from './schedule.repository';
import type { DueReminderRecord } from './schedule.record';
import { isOccurrence } from './schedule.next-due';
import { cadenceOf, LATE_BOUND_MS, MAX_ATTEMPTS, plannedDue, reminderNotification, retryAt } from './schedule.plan';

export const SWEEP_PAGE = 100;

export interface SweepReport {
  delivered: number;
  retried: number;
  gaveUp: number;
  skippedLate: number;
  /** Moved on or removed without sending: the schedule changed or its routine or preference is gone. */
  rescheduled: number;
  /** Items another sweep (or a recompute) changed first. */
  lostRaces: number;
  /** Items whose handling threw (a store failure): left as they were for the next run. */
  failed: number;
  /** Shards whose page was full: more is due than one run takes. */
  fullPages: number;
}

export interface Sweep {
  /**
   * One run over every shard (or the `shards` given: a sweep that outgrows one
   * run can be split across workers, one set of shards each).
   */
  runSweep(options: { now: Date; sink: NotificationSink; shards?: readonly number[] }): Promise<SweepReport>;
}

type Outcome = Exclude<keyof SweepReport, 'fullPages' | 'failed'> | 'nothing';

const emptyReport = (): SweepReport => ({ delivered: 0, retried: 0, gaveUp: 0, skippedLate: 0, rescheduled: 0, lostRaces: 0, failed: 0, fullPages: 0 });

export function createSweep(deps: { repository: DueRepository; shards?: number; pageSize?: number }): Sweep {
  const { repository } = deps;
  const shards = deps.shards ?? DUE_SHARDS;
  const pageSize = deps.pageSize ?? SWEEP_PAGE;

  /** Sends one claimed occurrence; a throw is written back as a retry, or given up on and recorded. */
  async function send(claimed: DueReminderRecord, occurrence: string, attempts: number, now: Date, sink: NotificationSink): Promise<Outcome> {
    const notification = reminderNotification(claimed.sub, claimed.source, occurrence);
    try {
      await sink(notification);
      return 'delivered';
    } catch (error) {
      const giveUp = attempts >= MAX_ATTEMPTS || now.getTime() - Date.parse(occurrence) > LATE_BOUND_MS;
      const retry = giveUp ? null : { occurrence, attempts, at: retryAt(now, attempts) };
      // One retry is kept per item: an older one still waiting (two failures within minutes) is given up on, and recorded.
      const replaced = retry && claimed.retry ? claimed.retry : null;
      if (replaced) logger.error('reminder not delivered', { notificationId: reminderNotification(claimed.sub, claimed.source, replaced.occurrence).id });
      const kept = retry ?? claimed.retry;
      const next: DueReminderRecord = {
        ...claimed,
        retry: kept,
        lookAt: kept && kept.at < claimed.dueAt ? kept.at : claimed.dueAt,
        undelivered: claimed.undelivered + (giveUp ? 1 : 0) + (replaced ? 1 : 0),
        version: claimed.version + 1,
        updatedAt: now.toISOString(),
      };
      const recorded = await repository.put(next, claimed.version);
      const fields = { notificationId: notification.id, attempts, code: (error as Error).name, recorded };
      if (giveUp || !recorded) logger.error('reminder not delivered', fields);
      else logger.warn('reminder delivery failed; retry scheduled', { ...fields, retryAt: retry?.at });
      return giveUp || !recorded ? 'gaveUp' : 'retried';
    }
  }

  async function handle(seen: DueReminderRecord, now: Date, sink: NotificationSink): Promise<Outcome> {
    const nowIso = now.toISOString();
    const state = await repository.source(seen.sub, seen.source, now);
    const { profile, due } = state;
    if (!due || due.lookAt > nowIso) return 'lostRaces';
    const cadence = cadenceOf(due.source, state, now);
    const zone = profile?.timeZone ?? due.timeZone;
    const stillDue = (occurrence: string) => cadence !== null && isOccurrence(cadence, zone, new Date(occurrence));
    const lateness = (occurrence: string) => now.getTime() - Date.parse(occurrence);

    if (due.retry && due.retry.at <= nowIso) {
      const { occurrence, attempts } = due.retry;
      const give = !stillDue(occurrence) ? 'rescheduled' : lateness(occurrence) > LATE_BOUND_MS ? 'gaveUp' : null;
      const claimed: DueReminderRecord = {
        ...due,
        retry: null,
        lookAt: due.dueAt,
        undelivered: due.undelivered + (give === 'gaveUp' ? 1 : 0),
        version: due.version + 1,
        updatedAt: nowIso,
      };
      if (!(await repository.put(claimed, due.version))) return 'lostRaces';
      if (give === 'gaveUp') logger.error('reminder not delivered', { notificationId: reminderNotification(due.sub, due.source, occurrence).id, attempts });
      return give ?? send(claimed, occurrence, attempts + 1, now, sink);
    }

    if (due.dueAt > nowIso) return 'nothing';
    const planned = plannedDue(due.source, profile, cadence, { ...due, lastClaimed: due.dueAt }, now, due.sub);
    if (!planned) return (await repository.remove(due.sub, due.source, due.version)) ? 'rescheduled' : 'lostRaces';
    if (!stillDue(due.dueAt) || lateness(due.dueAt) > LATE_BOUND_MS) {
      // Not sent, and not claimed either: lastClaimed only ever names an occurrence that went to the sink.
      const moved = await repository.put({ ...planned, lastClaimed: due.lastClaimed }, due.version);
      if (!moved) return 'lostRaces';
      return stillDue(due.dueAt) ? 'skippedLate' : 'rescheduled';
    }
    if (!(await repository.put(planned, due.version))) return 'lostRaces';
    return send(planned, due.dueAt, 1, now, sink);
  }

  return {
    async runSweep({ now, sink, shards: only }) {
      const report = emptyReport();
      await Promise.all(
        (only ?? Array.from({ length: shards }, (_, shard) => shard)).map(async (shard) => {
          const page = await repository.dueBy(shard, now, pageSize);
          if (page.length >= pageSize) report.fullPages += 1;
          // One item at a time per shard: shards run side by side, so a run holds at most `shards` items in flight.
          for (const seen of page) {
            try {
              const outcome = await handle(seen, now, sink);
              if (outcome !== 'nothing') report[outcome] += 1;
            } catch (error) {
              // The item is untouched or its write failed: it stays due, and the next run sees it again.
              report.failed += 1;
              logger.error('reminder sweep item failed', { code: (error as Error).name, shard, source: seen.source.kind });
            }
          }
        }),
      );
      return report;
    },
  };
}
