import { Arg, ID, Resolver, Root, Subscription, type PubSub } from 'type-graphql';
import { CircleActivity, Notification, type LiveRoot } from './live.type';

/**
 * graphql's own subscribe() never runs: the WebSocket handler checks and
 * stores a subscription, and the LivePublisher executes its document with
 * `execute()` and the event as the root value for each event. A subscription
 * reaching `subscribe` came over HTTP, which carries none.
 */
function overWebSocketOnly(): never {
  throw new Error('Subscriptions are served over WebSocket (graphql-transport-ws) only');
}

/**
 * type-graphql refuses to build a schema with subscriptions and no PubSub,
 * though our fields bring their own `subscribe`: this one says so if ever used.
 */
export const NO_PUBSUB: PubSub = {
  publish: overWebSocketOnly,
  subscribe: overWebSocketOnly,
};

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('No event for this subscription');
  return value;
}

@Resolver()
export class LiveResolver {
  @Subscription(() => CircleActivity, {
    subscribe: overWebSocketOnly,
    description: 'Activity in one of your circles as it happens, filtered by the feed’s rules; ends when you leave or are removed',
  })
  circleActivity(@Root() root: LiveRoot, @Arg('circleId', () => ID, { description: 'One of your circles' }) _circleId: string): CircleActivity {
    return present(root.circleActivity);
  }

  @Subscription(() => Notification, {
    subscribe: overWebSocketOnly,
    description: 'Your own notifications as they happen: replies to your check-ins, invitations, suggestions, share changes, reminders',
  })
  myNotifications(@Root() root: LiveRoot): Notification {
    return present(root.myNotifications);
  }
}
