import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CheckIn, CheckInReply, CircleContentRef, CircleMember } from '../circles/circle.type';

export enum CircleActivityKind {
  CHECK_IN_POSTED = 'CHECK_IN_POSTED',
  REPLY_POSTED = 'REPLY_POSTED',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  ROLE_CHANGED = 'ROLE_CHANGED',
}

registerEnumType(CircleActivityKind, {
  name: 'CircleActivityKind',
  description: 'What happened in a circle',
  valuesConfig: {
    CHECK_IN_POSTED: { description: 'A member posted a check-in (`checkIn`)' },
    REPLY_POSTED: { description: 'A member replied to a check-in (`reply`)' },
    REACTIONS_CHANGED: { description: 'The reactions on a check-in changed (`checkIn`, with its new counts)' },
    CONTENT_HIDDEN: { description: 'A moderator hid a check-in or reply (`hiddenContent`; moderators also get the content)' },
    MEMBER_JOINED: { description: 'Someone joined the circle (`member`)' },
    MEMBER_LEFT: { description: 'A member left or was removed (`member`); your own removal ends the subscription instead' },
    ROLE_CHANGED: { description: 'A member’s role changed (`member`)' },
  },
});

export enum NotificationKind {
  CHECK_IN_REPLY = 'CHECK_IN_REPLY',
  INVITATION = 'INVITATION',
  SUGGESTION = 'SUGGESTION',
  GRANT_CHANGED = 'GRANT_CHANGED',
  REMINDER_DUE = 'REMINDER_DUE',
  WEEKLY_REFLECTION = 'WEEKLY_REFLECTION',
  SAFETY_ALERT = 'SAFETY_ALERT',
  MEASURE_DUE = 'MEASURE_DUE',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; the ids say which item, never what it says',
  valuesConfig: {
    CHECK_IN_REPLY: { description: 'Someone replied to your check-in (`circleId`, `checkInId`)' },
    INVITATION: { description: 'A therapist invited you, or answered your invitation (`grantId`)' },
    SUGGESTION: { description: 'Your therapist suggested a practice (`suggestionId`)' },
    GRANT_CHANGED: { description: 'A share with a therapist changed (`grantId`)' },
    REMINDER_DUE: { description: 'One of your routines is due (`routineId`)' },
    WEEKLY_REFLECTION: { description: 'Your weekly reflection is ready' },
    SAFETY_ALERT: {
      description: 'Therapists: a client you share with asked you to know, or a safety signal fired and they opted in (`grantId`); open your caseload',
    },
    MEASURE_DUE: { description: 'A check-in your therapist scheduled is open; dueMeasures lists it' },
  },
});

@ObjectType({ description: 'Something that happened in one of your circles, as the feed would show it to you' })
export class CircleActivity {
  @Field(() => ID, { description: 'The event id: unique per event, never the id of what it is about' })
  id!: string;

  @Field(() => CircleActivityKind, { description: 'What happened; it says which of the fields below are set' })
  kind!: CircleActivityKind;

  @Field(() => ID, { description: 'The circle (as Circle.id)' })
  circleId!: string;

  @Field(() => Date, { description: 'When it happened' })
  at!: Date;

  @Field(() => CheckIn, { nullable: true, description: 'The check-in posted, reacted to or (for moderators) hidden; null otherwise' })
  checkIn!: CheckIn | null;

  @Field(() => CheckInReply, { nullable: true, description: 'The reply posted or (for moderators) hidden; null otherwise' })
  reply!: CheckInReply | null;

  @Field(() => CircleMember, { nullable: true, description: 'Who joined, left or changed role, by pseudonym; null otherwise' })
  member!: CircleMember | null;

  @Field(() => CircleContentRef, { nullable: true, description: 'CONTENT_HIDDEN: what was hidden, by id only; null otherwise' })
  hiddenContent!: CircleContentRef | null;
}

@ObjectType({ description: 'One of your own notifications: ids to fetch what it is about, never its words' })
export class Notification {
  @Field(() => ID, { description: 'The notification id; the same on every delivery of one notification' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What it is about' })
  kind!: NotificationKind;

  @Field(() => Date, { description: 'When it happened' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The circle, for CHECK_IN_REPLY' })
  circleId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The check-in replied to, for CHECK_IN_REPLY' })
  checkInId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The share, for INVITATION and GRANT_CHANGED' })
  grantId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The suggested practice, for SUGGESTION' })
  suggestionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The routine, for REMINDER_DUE' })
  routineId!: string | null;
}

/** What the publisher executes a stored document against: the event, already mapped for its subscriber. */
export interface LiveRoot {
  circleActivity?: CircleActivity;
  myNotifications?: Notification;
}
