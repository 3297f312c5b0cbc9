import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { ReplyRecord } from '../circles/circle.record';
import { logger } from '../shared/logger';
import type { CircleActivityEvent, MemberNotification } from './live.events';
import { changeOf, circleEventsOf, movesReminders, newReplyOf, notificationsOf, type TableChange } from './stream-events';

/** What the stream handler hands each change to. */
export interface StreamHandlerDeps {
  /** The live subscribers of a circle (services/live/live-publisher.ts). */
  publishCircle(event: CircleActivityEvent): Promise<unknown>;
  /** The recipient's own live subscribers. */
  publishNotification(notification: MemberNotification): Promise<unknown>;
  /** The recipient's chosen channels (push, email): idempotent per notification id. */
  dispatch(notification: MemberNotification): Promise<unknown>;
  /** Whose check-in a new reply answers (undefined: nobody to tell). */
  replyRecipient(reply: ReplyRecord): Promise<string | undefined>;
  /** Keeps the reminder index current (services/notifications/schedule). */
  moveReminders(change: TableChange): Promise<void>;
  /** Keeps the client's caseload summary current (services/sharing/caseload.service.ts); absent where no caseload is kept. */
  updateCaseload?(change: TableChange): Promise<void>;
}

async function notify(deps: StreamHandlerDeps, notification: MemberNotification): Promise<void> {
  await Promise.all([deps.publishNotification(notification), deps.dispatch(notification)]);
}

async function handle(deps: StreamHandlerDeps, change: TableChange): Promise<void> {
  for (const event of circleEventsOf(change)) await deps.publishCircle(event);
  const reply = newReplyOf(change);
  if (reply) {
    const recipientSub = await deps.replyRecipient(reply);
    if (recipientSub) {
      await notify(deps, {
        id: `reply:${reply.id}`,
        recipientSub,
        kind: 'CHECK_IN_REPLY',
        at: change.at,
        circleId: reply.circleId,
        checkInId: reply.checkInId,
      });
    }
  }
  for (const notification of notificationsOf(change)) await notify(deps, notification);
  if (movesReminders(change)) await deps.moveReminders(change);
  await deps.updateCaseload?.(change);
}

/**
 * The table's change stream, in order: each change's events go out before
 * the next change is looked at. A change that fails stops the batch there and
 * is reported (ReportBatchItemFailures), so Lambda retries it and what follows
 * it, never what went before; push and email are idempotent per notification
 * id, so a retry does not deliver twice. The same function runs locally,
 * fed by services/local/stream-poller.ts.
 */
export function createStreamHandler(deps: StreamHandlerDeps) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records as DynamoDBRecord[]) {
      const change = changeOf(record);
      if (!change) continue;
      try {
        await handle(deps, change);
      } catch (error) {
        logger.error('stream change failed', { eventId: change.id, entity: change.entity, name: (error as Error).name });
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? change.id }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
