import type { Server } from 'node:http';
import type { TokenVerifier } from '../live/live-protocol';
import { startSweepLoop } from '../notifications/schedule/sweep.loop';
import { attachLocalLive, type LiveAdapterOptions } from './live-adapter';
import { startStreamPoller } from './stream-poller';

export interface LocalLive {
  readonly wiring: ReturnType<typeof attachLocalLive>['wiring'];
  close(): Promise<void>;
}

/** How often `npm start` sweeps for due reminders (EventBridge Scheduler runs the cloud's every minute). */
export const LOCAL_SWEEP_INTERVAL_MS = 30_000;

/**
 * The cloud's live side on the local stack, on the HTTP adapter's own server
 * and port: WebSocket subscriptions (the same handler as API Gateway's
 * WebSocket API), DynamoDB Local's change stream fed to the same stream
 * handler as DynamoDB Streams, and the reminder sweep on a timer instead of
 * EventBridge Scheduler. The table's configuration is read from the
 * environment, as the handlers read it.
 */
export async function startLocalLive(options: {
  server: Server;
  verifier: TokenVerifier;
  dynamoDbEndpoint: string;
  tableName: string;
  others?: LiveAdapterOptions['others'];
  /** Off when 0 (tests that sweep with their own clock). */
  sweepIntervalMs?: number;
  log?: (line: string) => void;
}): Promise<LocalLive> {
  const live = attachLocalLive({ server: options.server, verifier: options.verifier, others: options.others });
  try {
    const poller = await startStreamPoller({
      endpoint: options.dynamoDbEndpoint,
      tableName: options.tableName,
      handle: live.wiring.handleStream,
      log: options.log,
    });
    const interval = options.sweepIntervalMs ?? LOCAL_SWEEP_INTERVAL_MS;
    const sweep = interval > 0 ? startSweepLoop({ intervalMs: interval, sink: live.wiring.notify }) : undefined;
    return {
      wiring: live.wiring,
      async close() {
        await sweep?.stop();
        await poller.stop();
        await live.close();
      },
    };
  } catch (error) {
    await live.close();
    throw error;
  }
}
