import { execute, parse, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { CloseCode, MessageType, stringifyMessage } from 'graphql-ws';
import type { Caller } from '../shared/auth/caller';
import { USER_POOL_GROUPS } from '../shared/auth/user-pool.definition';
import type { Clock } from '../shared/clock';
import { CODE } from '../shared/error-codes';
import { logger } from '../shared/logger';
import type { CircleActivityEvent, MemberNotification } from './live.events';
import type { LiveSubscriptionRecord, SubscriptionTarget } from './live.record';
import type { LiveRepository } from './live.repository';
import type { LiveRoot } from './live.type';
import { viewCircleEvent, viewNotification } from './live.view';
import type { LiveSender } from './live-sender';

/** What one published event cost and reached (printed by the bench). */
export interface PublishReport {
  subscribers: number;
  sent: number;
  /** Connections found gone on their first failed post, and removed. */
  gone: number;
  /** DynamoDB calls reading the subscribers (1 unless the partition passed 1 MB). */
  calls: number;
}

type Outcome = 'sent' | 'gone' | 'skipped';

// A stored document is parsed once per container, however many events it receives.
const PARSED_LIMIT = 500;

/**
 * Fans one event out to its subscribers: one Query of the partition the
 * event belongs to, then per subscriber the feed's rules, the stored
 * document executed against the event, and a `next` posted. A post answering
 * gone removes that connection and all its subscriptions.
 */
export class LivePublisher {
  private readonly parsed = new Map<string, DocumentNode>();

  constructor(private readonly deps: { repository: LiveRepository; sender: LiveSender; clock: Clock; schema: () => GraphQLSchema }) {}

  async publishCircle(event: CircleActivityEvent): Promise<PublishReport> {
    return this.fanOut({ field: 'circleActivity', circleId: event.circleId }, undefined, async (s) => {
      const view = viewCircleEvent(event, { circleId: event.circleId, sub: s.sub, memberId: s.memberId ?? '', role: s.circleRole! });
      if (view.kind === 'end') return this.end(s);
      if (view.kind === 'skip') return 'skipped';
      // The subscriber's own new role applies from this event on (a new moderator sees hidden content).
      if (event.kind === 'ROLE_CHANGED' && event.member?.sub === s.sub && event.member.role !== s.circleRole) {
        await this.deps.repository.setCircleRole(s, event.member.role);
      }
      return this.next(s, { circleActivity: view.activity });
    });
  }

  async publishNotification(notification: MemberNotification): Promise<PublishReport> {
    return this.fanOut({ field: 'myNotifications' }, notification.recipientSub, (s) => this.next(s, { myNotifications: viewNotification(notification) }));
  }

  private async fanOut(target: SubscriptionTarget, sub: string | undefined, deliver: (s: LiveSubscriptionRecord) => Promise<Outcome>): Promise<PublishReport> {
    const { subscriptions, calls } = await this.deps.repository.subscribers(target, sub);
    const now = this.deps.clock.now().getTime();
    const gone = new Set<string>();
    const expired = new Map<string, LiveSubscriptionRecord[]>();
    let sent = 0;
    await Promise.all(
      subscriptions.map(async (s) => {
        if (Date.parse(s.tokenExpiresAt) <= now) {
          expired.set(s.connectionId, [...(expired.get(s.connectionId) ?? []), s]);
          return;
        }
        const outcome = await deliver(s);
        if (outcome === 'sent') sent += 1;
        if (outcome === 'gone') gone.add(s.connectionId);
      }),
    );
    await Promise.all([
      ...[...gone].map((connectionId) => this.removeConnection(connectionId, subscriptions)),
      ...[...expired].map(([connectionId, subs]) => this.endExpired(connectionId, subs)),
    ]);
    return { subscribers: subscriptions.length, sent, gone: gone.size, calls };
  }

  private async next(s: LiveSubscriptionRecord, root: LiveRoot): Promise<Outcome> {
    const result = (await execute({
      schema: this.deps.schema(),
      document: this.document(s.query),
      rootValue: root,
      contextValue: { caller: callerOf(s), requestId: `live:${s.connectionId}` },
      variableValues: s.variables ?? undefined,
      operationName: s.operationName ?? undefined,
    })) as ExecutionResult;
    if (result.errors?.length) {
      // A document that passed validation and fails on an event is ours to fix: logged by name, never sent raw.
      logger.error('live execute failed', { connectionId: s.connectionId, subscriptionId: s.subscriptionId, errors: result.errors.length });
      return 'skipped';
    }
    const message = stringifyMessage({ id: s.subscriptionId, type: MessageType.Next, payload: { data: result.data } });
    return this.deps.sender.post(s.connectionId, message);
  }

  /** The subscriber left or was removed: their stream ends with `complete` and the subscription goes. */
  private async end(s: LiveSubscriptionRecord): Promise<Outcome> {
    const posted = await this.deps.sender.post(s.connectionId, stringifyMessage({ id: s.subscriptionId, type: MessageType.Complete }));
    await this.deps.repository.removeSubscription(s, s.subscriptionId, s.target);
    return posted === 'gone' ? 'gone' : 'skipped';
  }

  private async endExpired(connectionId: string, subs: LiveSubscriptionRecord[]): Promise<void> {
    const error = [{ message: 'Your access token expired: sign in again and reconnect', extensions: { code: CODE.UNAUTHENTICATED } }];
    await Promise.all(
      subs.map((s) => this.deps.sender.post(connectionId, stringifyMessage({ id: s.subscriptionId, type: MessageType.Error, payload: error }))),
    );
    await this.removeConnection(connectionId, subs);
    await this.deps.sender.close(connectionId, CloseCode.Unauthorized, 'Token expired');
  }

  /** The connection and every subscription it lists (read from the connection item: they span partitions). */
  private async removeConnection(connectionId: string, seen: LiveSubscriptionRecord[]): Promise<void> {
    const connection = await this.deps.repository.getConnection(connectionId);
    const fallback = seen.find((s) => s.connectionId === connectionId);
    const subscriptions = { ...connection?.subscriptions };
    for (const s of seen) if (s.connectionId === connectionId) subscriptions[s.subscriptionId] = s.target;
    const sub = connection?.sub ?? fallback?.sub;
    if (sub) await this.deps.repository.deleteConnection({ connectionId, sub, subscriptions });
  }

  private document(query: string): DocumentNode {
    let document = this.parsed.get(query);
    if (!document) {
      if (this.parsed.size >= PARSED_LIMIT) this.parsed.clear();
      document = parse(query);
      this.parsed.set(query, document);
    }
    return document;
  }
}

function callerOf(s: LiveSubscriptionRecord): Caller {
  return { sub: s.sub, groups: s.groups, role: s.role, isAdmin: s.groups.includes(USER_POOL_GROUPS.admins) };
}
