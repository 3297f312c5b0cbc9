import type { NotificationSink } from '../../live/live.events';
import { systemClock, type Clock } from '../../shared/clock';
import { logger } from '../../shared/logger';
import { defaultSweep } from './schedule.wiring';
import type { Sweep } from './sweep.service';

export interface SweepLoop {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * The sweep on a timer, for `npm start` (the cloud runs it from EventBridge).
 * The next run is set when one ends, so runs never overlap; the timer is
 * unref'd, so it never keeps the process alive by itself.
 */
export function startSweepLoop(options: { intervalMs: number; sink: NotificationSink; clock?: Clock; sweep?: Sweep }): SweepLoop {
  const clock = options.clock ?? systemClock;
  const sweep = options.sweep ?? defaultSweep();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, options.intervalMs);
    timer.unref();
  };

  function tick() {
    running = sweep
      .runSweep({ now: clock.now(), sink: options.sink })
      .then((report) => {
        if (report.delivered + report.retried + report.gaveUp + report.failed > 0) logger.info('reminder sweep', { ...report });
      })
      .catch((error: unknown) => logger.error('reminder sweep failed', { code: (error as Error).name }))
      .finally(() => {
        running = undefined;
        schedule();
      });
  }

  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
