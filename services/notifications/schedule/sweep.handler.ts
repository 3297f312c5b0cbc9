import type { ScheduledEvent } from 'aws-lambda';
import 'reflect-metadata';
import type { NotificationSink } from '../../live/live.events';
import { createLiveWiring } from '../../live/live.wiring';
import { cloudLiveSender } from '../../live/websocket.handler';
import { systemClock } from '../../shared/clock';
import { logger } from '../../shared/logger';
import { defaultSweep } from './schedule.wiring';
import type { SweepReport } from './sweep.service';

/** Where due reminders go in the cloud: the member's live subscribers and chosen channels (push, email; idempotent per notification id). */
export function reminderSink(): NotificationSink {
  return createLiveWiring(cloudLiveSender()).notify;
}

// Built on the first run, then kept for the container's life.
let sink: NotificationSink | undefined;

/** EventBridge, every minute: one sweep of every shard. */
export async function handler(_event: ScheduledEvent): Promise<SweepReport> {
  sink ??= reminderSink();
  const report = await defaultSweep().runSweep({ now: systemClock.now(), sink });
  logger.info('reminder sweep', { ...report });
  return report;
}
