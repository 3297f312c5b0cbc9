import type { MemberNotification, NotificationKind } from '../../live/live.events';

/**
 * What a push or an email says. Fixed wording per kind and the ids an app
 * needs to open the right screen: never a routine's words, a session, a
 * circle's name or anything a member wrote. A lock screen is not private.
 */
const WORDING: Readonly<Record<NotificationKind, string>> = {
  CHECK_IN_REPLY: 'Someone replied to your check-in',
  INVITATION: 'You have a new invitation',
  SUGGESTION: 'Your therapist suggested a practice',
  GRANT_CHANGED: 'Your sharing settings changed',
  REMINDER_DUE: 'A moment for your routine',
  WEEKLY_REFLECTION: 'A moment to look back on your week',
  SAFETY_ALERT: 'A client asked you to check in with them',
  // Not the instrument's name: which questionnaire a therapist asks for hints at what they watch for.
  MEASURE_DUE: 'A short check-in your therapist asked for is ready',
};

export interface PushPayload {
  title: string;
  kind: NotificationKind;
  notificationId: string;
  at: string;
  circleId?: string;
  checkInId?: string;
  grantId?: string;
  suggestionId?: string;
  routineId?: string;
}

const IDS = ['circleId', 'checkInId', 'grantId', 'suggestionId', 'routineId'] as const;

export function pushPayloadOf(n: MemberNotification): PushPayload {
  const payload: PushPayload = { title: WORDING[n.kind], kind: n.kind, notificationId: n.id, at: n.at };
  for (const name of IDS) {
    const id = n[name];
    if (id) payload[name] = id;
  }
  return payload;
}

/** How long a push service keeps trying, and how urgently: a reminder is stale after an hour, a weekly note is not urgent. */
export const PUSH_TIMING: Readonly<Record<NotificationKind, { ttlSeconds: number; urgency: 'low' | 'normal' | 'high' }>> = {
  CHECK_IN_REPLY: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  INVITATION: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  SUGGESTION: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  GRANT_CHANGED: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  REMINDER_DUE: { ttlSeconds: 3600, urgency: 'high' },
  WEEKLY_REFLECTION: { ttlSeconds: 12 * 3600, urgency: 'low' },
  SAFETY_ALERT: { ttlSeconds: 24 * 3600, urgency: 'high' },
  MEASURE_DUE: { ttlSeconds: 12 * 3600, urgency: 'normal' },
};

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export function emailOf(n: MemberNotification, to: string): EmailMessage {
  const subject = WORDING[n.kind];
  const text = [
    `${subject}.`,
    '',
    'Open Lacrima to see it.',
    '',
    '--',
    'You get this email because you chose email for this kind of notification. Change it under Settings > Notifications.',
  ].join('\n');
  return { to, subject, text };
}
