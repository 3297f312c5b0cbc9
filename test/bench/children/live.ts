import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { handler } from '../../../services/graphql/handler';
import { createHttpAdapter } from '../../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../../services/local/jwt-verifier';
import { attachLocalLive } from '../../../services/local/live-adapter';
import { startStreamPoller } from '../../../services/local/stream-poller';
import { dynamo } from '../../../services/shared/db/client';
import { kit } from '../../helpers/kit';
import type { BenchUser } from '../lib/stack';
import { median, percentile, round } from '../lib/stats';
import { progress, report } from './report';

/**
 * Event delivery on the local stack, as a circle's members meet it: one
 * member posts check-ins over HTTP, the other 29 of a 30-member circle hold a
 * graphql-ws subscription each, and every post is timed from the moment it is
 * sent to each member's receipt, through DynamoDB Local's stream, the stream
 * handler and the publisher (the code the cloud runs). The DynamoDB calls the
 * stream handler makes for each event are counted on the table's own client.
 */
export interface LiveTask {
  cognitoEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
  dynamoDbEndpoint: string;
  tableName: string;
  users: BenchUser[];
  events: number;
}

export interface LiveResult {
  members: number;
  subscribers: number;
  events: number;
  receipts: number;
  /** From the post being sent to each subscriber's receipt. */
  fromPost: { p50Ms: number; p99Ms: number; maxMs: number };
  /** From the post's answer (the check-in stored) to each receipt. */
  fromStored: { p50Ms: number; p99Ms: number };
  /** DynamoDB calls the stream handler made per published event, and what they were. */
  callsPerEvent: { median: number; max: number; commands: string };
  /** Wall time of the stream handler per event (fan-out to every subscriber included): the cost model's Lambda duration. */
  handlerMsPerEvent: { p50Ms: number; p99Ms: number };
  /** Capacity units the stream handler consumed per event (median), as DynamoDB Local reports them. */
  capacityUnitsPerEvent: number;
}

const task = JSON.parse(process.argv[2] ?? '{}') as LiveTask;

/** Calls made while the stream handler runs (the HTTP handler is idle then: posts wait for every receipt). */
let streaming = false;
let streamCalls: string[] = [];
let streamMs = 0;
/** Capacity units the stream handler's calls consumed (ReturnConsumedCapacity asked for while it runs). */
let streamUnits = 0;
dynamo().middlewareStack.add(
  (next, context) => async (args) => {
    if (!streaming) return next(args);
    streamCalls.push(String(context.commandName).replace(/Command$/, ''));
    (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
    const result = await next(args);
    const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> }).ConsumedCapacity;
    for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) streamUnits += c.CapacityUnits ?? 0;
    return result;
  },
  { step: 'initialize', name: 'lacrima-bench-live-calls' },
);

async function gql<T>(url: string, user: BenchUser, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`bench setup failed: ${body.errors?.[0]?.message ?? res.status}`);
  return body.data;
}

async function main(): Promise<void> {
  const verifier = await createCognitoLocalVerifier(task);
  const http = createHttpAdapter({ handler, verifier });
  const url = (await http.listen(0)).url;
  const live = attachLocalLive({ server: http.server, verifier, others: 'gone' });
  const poller = await startStreamPoller({
    endpoint: task.dynamoDbEndpoint,
    tableName: task.tableName,
    intervalMs: 20,
    handle: async (event) => {
      streaming = true;
      const started = performance.now();
      try {
        return await live.wiring.handleStream(event);
      } finally {
        streamMs += performance.now() - started;
        streaming = false;
      }
    },
  });
  const clients: Client[] = [];
  try {
    const [poster, ...others] = task.users;
    if (!poster) throw new Error('no users');
    const circleId = (
      await gql<{ createCircle: { circle: { id: string } } }>(url, poster, kit('CreateCircle'), {
        input: { name: 'Bench circle', memberCap: 30, pseudonym: 'Poster' },
      })
    ).createCircle.circle.id;
    const { code } = (
      await gql<{ createCircleInvite: { circleInvite: { code: string } } }>(url, poster, kit('CreateCircleInvite'), {
        input: { circleId, maxUses: others.length },
      })
    ).createCircleInvite.circleInvite;
    for (const [i, member] of others.entries()) await gql(url, member, kit('JoinCircle'), { input: { code, pseudonym: `Member ${i + 1}` } });
    progress(`circle of ${task.users.length} members ready`);

    // Each subscriber's receipts: check-in id -> performance.now() at receipt.
    const received = others.map(() => new Map<string, number>());
    const wsUrl = url.replace(/^http/, 'ws');
    others.forEach((member, i) => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${member.accessToken}` },
        retryAttempts: 0,
      });
      clients.push(client);
      client.subscribe<{ circleActivity: { kind: string; checkIn: { id: string } | null } }>(
        { query: kit('CircleActivity'), variables: { circleId } },
        {
          next: ({ data }) => {
            const id = data?.circleActivity.checkIn?.id;
            if (data?.circleActivity.kind === 'CHECK_IN_POSTED' && id) received[i]?.set(id, performance.now());
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });

    const post = async () => {
      const sent = performance.now();
      const { postCheckIn } = await gql<{ postCheckIn: { checkIn: { id: string } } }>(url, poster, kit('PostCheckIn'), {
        input: { circleId, mood: 'SAD', text: 'A bench check-in' },
      });
      return { id: postCheckIn.checkIn.id, sent, stored: performance.now() };
    };
    const allReceived = async (id: string, timeoutMs: number) => {
      const deadline = performance.now() + timeoutMs;
      while (!received.every((r) => r.has(id))) {
        if (performance.now() > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return true;
    };
    // Warm up until every subscription is live (a subscribe has no ack in graphql-transport-ws).
    for (let tries = 0; ; tries++) {
      const { id } = await post();
      if (await allReceived(id, 2_000)) break;
      if (tries > 20) throw new Error('subscriptions did not all become live');
    }
    progress(`${others.length} subscriptions live`);

    const fromPost: number[] = [];
    const fromStored: number[] = [];
    const calls: number[] = [];
    const handlerMs: number[] = [];
    const units: number[] = [];
    const commands = new Map<string, number>();
    for (let n = 0; n < task.events; n++) {
      streamCalls = [];
      streamMs = 0;
      streamUnits = 0;
      const { id, sent, stored } = await post();
      if (!(await allReceived(id, 10_000))) throw new Error(`event ${n} did not reach every subscriber`);
      for (const r of received) {
        const at = r.get(id) as number;
        fromPost.push(at - sent);
        fromStored.push(at - stored);
      }
      // The stream handler may still be finishing the batch's other records: wait for it.
      while (streaming) await new Promise((resolve) => setTimeout(resolve, 2));
      calls.push(streamCalls.length);
      handlerMs.push(streamMs);
      units.push(streamUnits);
      for (const command of streamCalls) commands.set(command, (commands.get(command) ?? 0) + 1);
    }
    const per = [...commands].map(([command, count]) => `${round(count / task.events, 2)} ${command}`).join(' + ') || '0';
    const result: LiveResult = {
      members: task.users.length,
      subscribers: others.length,
      events: task.events,
      receipts: fromPost.length,
      fromPost: { p50Ms: round(median(fromPost), 1), p99Ms: round(percentile(fromPost, 99), 1), maxMs: round(Math.max(...fromPost), 1) },
      fromStored: { p50Ms: round(median(fromStored), 1), p99Ms: round(percentile(fromStored, 99), 1) },
      callsPerEvent: { median: median(calls), max: Math.max(...calls), commands: per },
      handlerMsPerEvent: { p50Ms: round(median(handlerMs), 1), p99Ms: round(percentile(handlerMs, 99), 1) },
      capacityUnitsPerEvent: median(units),
    };
    report(result);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await poller.stop();
    await live.close();
    await http.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
