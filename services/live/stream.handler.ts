import 'reflect-metadata';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createLiveWiring, type LiveWiring } from './live.wiring';
import { cloudLiveSender } from './websocket.handler';

// Built on the first batch, then kept for the container's life.
let wiring: LiveWiring | undefined;

/** The table's DynamoDB stream (filtered to LIVE_ENTITIES by the event source): circle activity, notifications, reminders. */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  wiring ??= createLiveWiring(cloudLiveSender());
  return wiring.handleStream(event);
}
