import { toCheckIn, toReply } from '../circles/circle-feed.service';
import { can, CircleAction } from '../circles/circle.permissions';
import type { CircleAccess } from '../circles/circle.type';
import { toMember } from '../circles/circle-service.shared';
import type { CircleActivityEvent, MemberNotification } from './live.events';
import { CircleActivityKind, NotificationKind, type CircleActivity, type Notification } from './live.type';

/**
 * What one subscriber sees of a circle event, by the feed's own rules:
 * hidden content in full only to moderators (others learn only which ids
 * were hidden), a hidden check-in's or reply's other events not at all.
 */
export type CircleView = { kind: 'send'; activity: CircleActivity } | { kind: 'skip' } | { kind: 'end' };

export function viewCircleEvent(event: CircleActivityEvent, viewer: CircleAccess): CircleView {
  const moderator = can(viewer.role, CircleAction.MODERATE);
  const base: CircleActivity = {
    id: event.id,
    kind: CircleActivityKind[event.kind],
    circleId: event.circleId,
    at: new Date(event.at),
    checkIn: null,
    reply: null,
    member: null,
    hiddenContent: null,
  };
  switch (event.kind) {
    case 'CHECK_IN_POSTED':
    case 'REACTIONS_CHANGED':
      if (!event.checkIn || (event.checkIn.hiddenAt && !moderator)) return { kind: 'skip' };
      return { kind: 'send', activity: { ...base, checkIn: toCheckIn(event.checkIn, viewer) } };
    case 'REPLY_POSTED':
      if (!event.reply || (event.reply.hiddenAt && !moderator)) return { kind: 'skip' };
      return { kind: 'send', activity: { ...base, reply: toReply(event.reply, viewer) } };
    case 'CONTENT_HIDDEN': {
      const checkInId = event.reply?.checkInId ?? event.checkIn?.id;
      if (!checkInId) return { kind: 'skip' };
      const hiddenContent = { checkInId, replyId: event.reply?.id ?? null };
      if (!moderator) return { kind: 'send', activity: { ...base, hiddenContent } };
      return {
        kind: 'send',
        activity: {
          ...base,
          hiddenContent,
          checkIn: event.checkIn && !event.reply ? toCheckIn(event.checkIn, viewer) : null,
          reply: event.reply ? toReply(event.reply, viewer) : null,
        },
      };
    }
    case 'MEMBER_LEFT':
      if (!event.member) return { kind: 'skip' };
      // A removed member's stream ends: they are told nothing more of the circle.
      if (event.member.sub === viewer.sub) return { kind: 'end' };
      return { kind: 'send', activity: { ...base, member: toMember(event.member, viewer.memberId) } };
    case 'MEMBER_JOINED':
    case 'ROLE_CHANGED':
      if (!event.member || event.member.status !== 'ACTIVE') return { kind: 'skip' };
      return { kind: 'send', activity: { ...base, member: toMember(event.member, viewer.memberId) } };
  }
}

/** The notification as its recipient sees it: kind, time and ids (recipientSub never leaves the server). */
export function viewNotification(n: MemberNotification): Notification {
  return {
    id: n.id,
    kind: NotificationKind[n.kind],
    at: new Date(n.at),
    circleId: n.circleId ?? null,
    checkInId: n.checkInId ?? null,
    grantId: n.grantId ?? null,
    suggestionId: n.suggestionId ?? null,
    routineId: n.routineId ?? null,
  };
}
