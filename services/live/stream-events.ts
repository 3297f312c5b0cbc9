import type { DynamoDBRecord } from 'aws-lambda';
import type { CheckInRecord, MembershipRecord, ReplyRecord } from '../circles/circle.record';
import { ENTITY } from '../shared/db/catalogue/shapes';
import { fromItem } from '../shared/db/items';
import { streamImage as image } from '../shared/db/stream-images';
import type { AlertRecord } from '../sharing/alert.record';
import type { GrantRecord, SuggestionRecord } from '../sharing/sharing.record';
import type { CircleActivityEvent, CircleActivityKind, MemberNotification } from './live.events';

/**
 * What a change to the table means to the live layer. Pure: the stream
 * handler reads the records, this says which circle events and which
 * notifications each one raises. Only the entities below raise anything
 * (infra filters the event source on the same list).
 */

export type Item = Record<string, unknown>;

/** One stream record, unmarshalled: the item as it was and as it is. */
export interface TableChange {
  /** The stream record's id: unique, so event ids built from it never collide. */
  id: string;
  name: 'INSERT' | 'MODIFY' | 'REMOVE';
  entity: string;
  /** ISO 8601 UTC: when DynamoDB saw the change. */
  at: string;
  oldItem?: Item;
  newItem?: Item;
}

/** The entities whose changes raise live events or move reminders; anything else is skipped. */
export const LIVE_ENTITIES = [
  ENTITY.CheckIn,
  ENTITY.CheckInReply,
  ENTITY.CircleMembership,
  ENTITY.Grant,
  ENTITY.PracticeSuggestion,
  ENTITY.Routine,
  ENTITY.Profile,
  // An alert notifies its therapist; sessions and measures (with suggestions and alerts) keep caseload summaries current.
  ENTITY.Alert,
  ENTITY.Session,
  ENTITY.Measure,
  // A therapist's measure schedule moves its client's reminders.
  ENTITY.MeasureSchedule,
] as const;

const raises: ReadonlySet<string> = new Set(LIVE_ENTITIES);

/** The change a stream record carries; undefined for an entity that raises nothing (its images are never read). */
export function changeOf(record: DynamoDBRecord): TableChange | undefined {
  const raw = record.dynamodb?.NewImage?.entity?.S ?? record.dynamodb?.OldImage?.entity?.S;
  if (!raw || !raises.has(raw)) return undefined;
  const name = record.eventName;
  const oldItem = image(record.dynamodb?.OldImage);
  const newItem = image(record.dynamodb?.NewImage);
  const entity = (newItem ?? oldItem)?.entity;
  if (!name || typeof entity !== 'string') return undefined;
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  const at = (seconds ? new Date(seconds * 1000) : new Date()).toISOString();
  return { id: record.eventID ?? `${record.dynamodb?.SequenceNumber}`, name, entity, at, oldItem, newItem };
}

const hiddenNow = (change: TableChange) => !change.oldItem?.hiddenAt && Boolean(change.newItem?.hiddenAt);

function reactionsChanged(before: Item, after: Item): boolean {
  const names = new Set([...Object.keys(before), ...Object.keys(after)].filter((name) => name.startsWith('reactions_')));
  const members = (value: unknown) => [...((value as Set<string> | undefined) ?? [])].sort().join(',');
  return [...names].some((name) => members(before[name]) !== members(after[name]));
}

/** The circle activity one change raises, in the order its members should see it. */
export function circleEventsOf(change: TableChange): CircleActivityEvent[] {
  const { oldItem, newItem } = change;
  const kinds: Array<{ kind: CircleActivityKind; record: Item }> = [];
  switch (change.entity) {
    case ENTITY.CheckIn:
      if (change.name === 'INSERT' && newItem) kinds.push({ kind: 'CHECK_IN_POSTED', record: newItem });
      if (change.name === 'MODIFY' && oldItem && newItem) {
        if (hiddenNow(change)) kinds.push({ kind: 'CONTENT_HIDDEN', record: newItem });
        else if (reactionsChanged(oldItem, newItem)) kinds.push({ kind: 'REACTIONS_CHANGED', record: newItem });
      }
      break;
    case ENTITY.CheckInReply:
      if (change.name === 'INSERT' && newItem) kinds.push({ kind: 'REPLY_POSTED', record: newItem });
      if (change.name === 'MODIFY' && newItem && hiddenNow(change)) kinds.push({ kind: 'CONTENT_HIDDEN', record: newItem });
      break;
    case ENTITY.CircleMembership: {
      const wasActive = oldItem?.status === 'ACTIVE';
      const isActive = newItem?.status === 'ACTIVE';
      if (!wasActive && isActive && newItem) kinds.push({ kind: 'MEMBER_JOINED', record: newItem });
      else if (wasActive && !isActive && oldItem) kinds.push({ kind: 'MEMBER_LEFT', record: newItem ?? oldItem });
      else if (wasActive && isActive && newItem && oldItem?.role !== newItem.role) kinds.push({ kind: 'ROLE_CHANGED', record: newItem });
      break;
    }
  }
  return kinds.map(({ kind, record }, index) => {
    const event: CircleActivityEvent = { id: `${change.id}:${index}`, kind, circleId: String(record.circleId), at: change.at };
    if (change.entity === ENTITY.CheckIn) event.checkIn = fromItem<CheckInRecord>(record);
    else if (change.entity === ENTITY.CheckInReply) event.reply = fromItem<ReplyRecord>(record);
    else event.member = fromItem<MembershipRecord>(record);
    return event;
  });
}

/** A new reply, whose check-in's author is told once the handler has looked them up (the reply names only member ids). */
export function newReplyOf(change: TableChange): ReplyRecord | undefined {
  return change.entity === ENTITY.CheckInReply && change.name === 'INSERT' && change.newItem ? fromItem<ReplyRecord>(change.newItem) : undefined;
}

function grantNotifications(change: TableChange): MemberNotification[] {
  const grant = change.newItem ? fromItem<GrantRecord>(change.newItem) : undefined;
  if (!grant) return [];
  const before = change.oldItem ? fromItem<GrantRecord>(change.oldItem) : undefined;
  const about = { at: change.at, grantId: grant.id };
  const to = (recipientSub: string, kind: MemberNotification['kind']): MemberNotification => ({
    id: `grant:${grant.id}:${grant.version}:${kind}`,
    recipientSub,
    kind,
    ...about,
  });
  if (!before) return grant.status === 'PENDING' ? [to(grant.therapistSub, 'INVITATION')] : [];
  if (before.status !== grant.status) {
    // The side that did not act hears of it: the client of an answer or an operator's ending, the therapist of a revocation.
    if (grant.status === 'ACTIVE' || grant.status === 'DECLINED' || grant.status === 'ENDED') return [to(grant.clientSub, 'GRANT_CHANGED')];
    if (grant.status === 'REVOKED') return [to(grant.therapistSub, 'GRANT_CHANGED')];
    return [];
  }
  const scopes = (g: GrantRecord) => [...g.scopes].sort().join(',');
  const changedByClient = scopes(before) !== scopes(grant) || before.expiresAt !== grant.expiresAt;
  return grant.status === 'ACTIVE' && changedByClient ? [to(grant.therapistSub, 'GRANT_CHANGED')] : [];
}

/** The notifications a change raises by itself (a new reply's needs a lookup: see newReplyOf). */
export function notificationsOf(change: TableChange): MemberNotification[] {
  if (change.entity === ENTITY.Grant) return grantNotifications(change);
  if (change.entity === ENTITY.PracticeSuggestion && change.name === 'INSERT' && change.newItem) {
    const suggestion = fromItem<SuggestionRecord>(change.newItem);
    return [{ id: `suggestion:${suggestion.id}`, recipientSub: suggestion.clientSub, kind: 'SUGGESTION', at: change.at, suggestionId: suggestion.id }];
  }
  if (change.entity === ENTITY.Alert && change.name === 'INSERT' && change.newItem) {
    const alert = fromItem<AlertRecord>(change.newItem);
    return [{ id: `alert:${alert.id}`, recipientSub: alert.therapistSub, kind: 'SAFETY_ALERT', at: change.at, grantId: alert.grantId }];
  }
  return [];
}

/** Routine, profile and measure-schedule changes move a member's reminders (services/notifications/schedule). */
export function movesReminders(change: TableChange): boolean {
  return change.entity === ENTITY.Routine || change.entity === ENTITY.Profile || change.entity === ENTITY.MeasureSchedule;
}
