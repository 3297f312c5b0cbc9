import { getSchema } from '../graphql/schema';
import { createNotificationDispatcher } from '../notifications/delivery/delivery.factory';
import type { NotificationDispatcher } from '../notifications/delivery/notification.dispatcher';
import { scheduleFromChange } from '../notifications/schedule/schedule.wiring';
import { systemClock, type Clock } from '../shared/clock';
import { dynamo, tableName } from '../shared/db/client';
import type { NotificationSink } from './live.events';
import { DynamoLiveRepository } from './live.repository';
import { LivePublisher } from './live-publisher';
import type { LiveSender } from './live-sender';
import { createReplyRecipient } from './reply-recipient.repository';
import { caseloadFromChange } from '../sharing/caseload.wiring';
import { createStreamHandler } from './stream-changes';

/** What the live layer's entry points share, built once per container (or once by `npm start`). */
export interface LiveWiring {
  publisher: LivePublisher;
  dispatcher: NotificationDispatcher;
  /** A raised notification: to the recipient's live subscribers and their chosen channels, together. */
  notify: NotificationSink;
  /** The table's change stream (DynamoDB Streams in the cloud, the local poller on `npm start`). */
  handleStream: ReturnType<typeof createStreamHandler>;
}

/**
 * The one place the live layer is put together: the same parts in the
 * cloud's stream and sweep functions (sender: API Gateway's management API)
 * and in `npm start` (sender: the local WebSocket adapter).
 */
export function createLiveWiring(sender: LiveSender, options: { clock?: Clock; dispatcher?: NotificationDispatcher } = {}): LiveWiring {
  const clock = options.clock ?? systemClock;
  const client = dynamo();
  const table = tableName();
  const publisher = new LivePublisher({ repository: new DynamoLiveRepository(client, table), sender, clock, schema: getSchema });
  const dispatcher = options.dispatcher ?? createNotificationDispatcher({ clock });
  const notify: NotificationSink = async (notification) => {
    await Promise.all([publisher.publishNotification(notification), dispatcher.dispatch(notification)]);
  };
  const handleStream = createStreamHandler({
    publishCircle: (event) => publisher.publishCircle(event),
    publishNotification: (notification) => publisher.publishNotification(notification),
    dispatch: (notification) => dispatcher.dispatch(notification),
    replyRecipient: createReplyRecipient(client, table),
    moveReminders: (change) => scheduleFromChange({ entity: change.entity, oldImage: change.oldItem, newImage: change.newItem }),
    updateCaseload: (change) => caseloadFromChange(change),
  });
  return { publisher, dispatcher, notify, handleStream };
}
