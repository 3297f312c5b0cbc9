import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/pagination';
import { TimelineItem, type TimelineKind } from '../shared/timeline-item';
import { GrantScope, GrantStatus } from './sharing.enums';

@ObjectType({
  description:
    'One side of a share as it was named when the share, note or read was recorded: a value object with no id of its own, so a cache keeps each where it was given',
})
export class SharePerson {
  @Field(() => ID, { description: 'Who it is (a member’s or therapist’s id; a client’s is what clientTimeline takes)' })
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Their display name when it was recorded' })
  displayName!: string | null;
}

@ObjectType({ description: 'What a client shares with one therapist, and until when' })
export class Grant {
  @Field(() => ID, { description: 'The share id' })
  id!: string;

  @Field(() => GrantStatus, { description: 'Where the share stands now' })
  status!: GrantStatus;

  @Field(() => [GrantScope], { description: 'What the client shares; each scope opens one kind of data' })
  scopes!: GrantScope[];

  @Field(() => Date, { nullable: true, description: 'Access ends at this instant; null: until revoked' })
  expiresAt!: Date | null;

  @Field(() => SharePerson, { description: 'The member who shares' })
  client!: SharePerson;

  @Field(() => SharePerson, { description: 'The therapist they share with' })
  therapist!: SharePerson;

  @Field(() => Boolean, { description: 'Whether the client opted in to alert this therapist when a safety signal fires (setGrantAlerts)' })
  alertOnSafetySignal!: boolean;

  @Field(() => Int, { description: 'Pass back in updateGrant; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When the client invited the therapist' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of Grant items (Relay cursor connection)' })
export class GrantConnection extends Connection(() => Grant, 'Grant') {}

@ObjectType({ description: 'One read of your data by a therapist; append-only' })
export class AccessLogEntry {
  @Field(() => ID, { description: 'The entry id' })
  id!: string;

  @Field(() => SharePerson, { description: 'The therapist who read it' })
  therapist!: SharePerson;

  @Field(() => String, { description: 'The operation, e.g. clientTimeline' })
  operation!: string;

  @Field(() => [ID], { description: 'The items returned' })
  itemIds!: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'Start of the time range read (the timeline’s from, or the first day of an insights period); null when the read had none',
  })
  from!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'End of the time range read (the timeline’s to, or the last day of an insights period); null when the read had none',
  })
  to!: Date | null;

  @Field(() => Date, { description: 'When the read happened' })
  at!: Date;
}

@ObjectType({ description: 'A page of AccessLog items (Relay cursor connection)' })
export class AccessLogConnection extends Connection(() => AccessLogEntry, 'AccessLog') {}

@ObjectType({ implements: TimelineItem, description: "A therapist's note on a client's timeline, seen by the two of them only" })
export class TherapistNote extends TimelineItem {
  declare kind: TimelineKind.THERAPIST_NOTE;

  @Field(() => String, { description: 'The note, in the therapist’s words' })
  text!: string;

  @Field(() => SharePerson, { description: 'The therapist who wrote it' })
  author!: SharePerson;

  @Field(() => ID, { nullable: true, description: 'The timeline item it is pinned to, if any' })
  pinnedItemId!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is pinned to (YYYY-MM-DD), if any' })
  pinnedDay!: string | null;

  @Field(() => Int, { description: 'Pass back in updateNote; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When it was written' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: 'Whether the client has answered a practice suggestion',
  valuesConfig: {
    PENDING: { description: 'Not answered yet' },
    ACCEPTED: { description: 'Accepted: it became the client’s routine (routineId)' },
    DECLINED: { description: 'The client declined it' },
  },
});

@ObjectType({ description: 'A practice your therapist suggests; accepting makes it your routine' })
export class PracticeSuggestion {
  @Field(() => ID, { description: 'The suggestion id' })
  id!: string;

  @Field(() => SharePerson, { description: 'The therapist who suggested it' })
  therapist!: SharePerson;

  @Field(() => String, { description: 'The routine it would become' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A note from the therapist with it; null if they wrote none' })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'The built-in template, when it is one' })
  templateId!: string | null;

  @Field(() => SuggestionStatus, { description: 'Whether the client has answered it' })
  status!: SuggestionStatus;

  @Field(() => ID, { nullable: true, description: 'Your routine, once accepted' })
  routineId!: string | null;

  @Field(() => Date, { description: 'When it was suggested' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of PracticeSuggestion items (Relay cursor connection)' })
export class PracticeSuggestionConnection extends Connection(() => PracticeSuggestion, 'PracticeSuggestion') {}
