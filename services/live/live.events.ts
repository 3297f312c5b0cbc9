import type { CheckInRecord, MembershipRecord, ReplyRecord } from '../circles/circle.record';

/**
 * What happened, as the live layer passes it on: read off the table's change
 * stream (stream-events.ts) or raised by the reminder sweep. Records are the
 * stored items as they are now; nothing here has been filtered for a viewer
 * yet (the publisher does that per subscriber, by the feed's own rules).
 */

/** What a circle's members see happen, in the order of the circle's changes. */
export type CircleActivityKind = 'CHECK_IN_POSTED' | 'REPLY_POSTED' | 'REACTIONS_CHANGED' | 'CONTENT_HIDDEN' | 'MEMBER_JOINED' | 'MEMBER_LEFT' | 'ROLE_CHANGED';

export interface CircleActivityEvent {
  /** Unique per event (from the stream record's id), so a normalized cache never merges two. */
  id: string;
  kind: CircleActivityKind;
  circleId: string;
  /** ISO 8601 UTC. */
  at: string;
  /** CHECK_IN_POSTED, REACTIONS_CHANGED, CONTENT_HIDDEN of a check-in. */
  checkIn?: CheckInRecord;
  /** REPLY_POSTED, CONTENT_HIDDEN of a reply. */
  reply?: ReplyRecord;
  /** MEMBER_JOINED, MEMBER_LEFT (left or removed), ROLE_CHANGED: the membership as it is now (as it was, when deleted). `sub` never leaves the server. */
  member?: MembershipRecord;
}

/** The caller's own events (myNotifications), and what push and email deliver. */
export type NotificationKind =
  'CHECK_IN_REPLY' | 'INVITATION' | 'SUGGESTION' | 'GRANT_CHANGED' | 'REMINDER_DUE' | 'WEEKLY_REFLECTION' | 'SAFETY_ALERT' | 'MEASURE_DUE';

/** The kinds a member opts into, per channel (Preferences); several notification kinds share one. */
export type NotificationTopic = 'ROUTINE_REMINDERS' | 'WEEKLY_REFLECTION' | 'CIRCLE_ACTIVITY' | 'THERAPIST_ACTIVITY';

export const TOPIC_OF: Readonly<Record<NotificationKind, NotificationTopic>> = {
  CHECK_IN_REPLY: 'CIRCLE_ACTIVITY',
  INVITATION: 'THERAPIST_ACTIVITY',
  SUGGESTION: 'THERAPIST_ACTIVITY',
  GRANT_CHANGED: 'THERAPIST_ACTIVITY',
  REMINDER_DUE: 'ROUTINE_REMINDERS',
  WEEKLY_REFLECTION: 'WEEKLY_REFLECTION',
  SAFETY_ALERT: 'THERAPIST_ACTIVITY',
  // A reminder like a routine's: the member turns both off with routineReminders.
  MEASURE_DUE: 'ROUTINE_REMINDERS',
};

export interface MemberNotification {
  /** Deterministic from its source (e.g. `reminder:<routineId>:<dueAt>`), so a retried delivery is recognised. */
  id: string;
  /** The account it is for; never sent to anyone. */
  recipientSub: string;
  kind: NotificationKind;
  /** ISO 8601 UTC. */
  at: string;
  circleId?: string | null;
  checkInId?: string | null;
  grantId?: string | null;
  suggestionId?: string | null;
  routineId?: string | null;
}

export type LiveEvent = { type: 'circle'; event: CircleActivityEvent } | { type: 'notification'; notification: MemberNotification };

/** Where a notification goes once raised: the live subscribers and the member's chosen channels. */
export type NotificationSink = (notification: MemberNotification) => Promise<void>;
