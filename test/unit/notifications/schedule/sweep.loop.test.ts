import '../../../helpers/unit-env';
import type { NotificationSink } from '../../../../services/live/live.events';
import { FixedClock } from '../../../../services/shared/clock';
import { startSweepLoop } from '../../../../services/notifications/schedule/sweep.loop';
import type { Sweep, SweepReport } from '../../../../services/notifications/schedule/sweep.service';

const REPORT: SweepReport = { delivered: 0, retried: 0, gaveUp: 0, skippedLate: 0, rescheduled: 0, lostRaces: 0, failed: 0, fullPages: 0 };
const sink: NotificationSink = async () => undefined;

/** A sweep whose runs end only when the test lets them, recording how many ran at once. */
function controlledSweep() {
  const state = { started: 0, running: 0, mostAtOnce: 0, times: [] as string[] };
  const waiting: Array<() => void> = [];
  const started: Array<() => void> = [];
  const sweep: Sweep = {
    runSweep: ({ now }) => {
      state.started += 1;
      state.running += 1;
      state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
      state.times.push(now.toISOString());
      started.shift()?.();
      return new Promise<SweepReport>((resolve) =>
        waiting.push(() => {
          state.running -= 1;
          resolve(REPORT);
        }),
      );
    },
  };
  return {
    sweep,
    state,
    /** Resolves when the next run starts (at once if one is already waiting to be let go). */
    nextStart: () => new Promise<void>((resolve) => (waiting.length > 0 ? resolve() : started.push(resolve))),
    finish: () => waiting.shift()?.(),
  };
}

describe('sweep.loop', () => {
  describe('startSweepLoop', () => {
    it('runs at once, then again only after the run before has ended, with the clock it was given', async () => {
      const clock = new FixedClock(new Date('2026-03-29T19:00:00.000Z'));
      const control = controlledSweep();
      const loop = startSweepLoop({ sweep: control.sweep, intervalMs: 1, sink, clock });

      await control.nextStart();
      clock.advance(60_000);
      control.finish();
      await control.nextStart();
      control.finish();
      await control.nextStart();
      const stopping = loop.stop();
      control.finish();
      await stopping;

      expect(control.state.mostAtOnce).toBe(1);
      expect(control.state.times.slice(0, 2)).toEqual(['2026-03-29T19:00:00.000Z', '2026-03-29T19:01:00.000Z']);
    });

    it('waits for the run in progress when stopped, and starts no other', async () => {
      const control = controlledSweep();
      const loop = startSweepLoop({ sweep: control.sweep, intervalMs: 1, sink });
      await control.nextStart();

      let stopped = false;
      const stopping = loop.stop().then(() => (stopped = true));
      await Promise.resolve();
      expect(stopped).toBe(false);
      control.finish();
      await stopping;

      expect(control.state.started).toBe(1);
    });

    it('keeps going after a run that failed', async () => {
      let runs = 0;
      let secondRun!: () => void;
      const second = new Promise<void>((resolve) => (secondRun = resolve));
      const sweep: Sweep = {
        runSweep: async () => {
          runs += 1;
          if (runs === 1) throw Object.assign(new Error('table gone'), { name: 'ResourceNotFoundException' });
          secondRun();
          return REPORT;
        },
      };
      const loop = startSweepLoop({ sweep, intervalMs: 1, sink });

      await second;
      await loop.stop();

      expect(runs).toBeGreaterThanOrEqual(2);
    });
  });
});
