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
  @Field(() => ID)
  id!: string;

  @Field(() => GrantStatus)
  status!: GrantStatus;

  @Field(() => [GrantScope])
  scopes!: GrantScope[];

  @Field(() => Date, { nullable: true, description: 'Access ends at this instant; null: until revoked' })
  expiresAt!: Date | null;

  @Field(() => SharePerson)
  client!: SharePerson;

  @Field(() => SharePerson)
  therapist!: SharePerson;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of Grant items (Relay cursor connection)' })
export class GrantConnection extends Connection(() => Grant, 'Grant') {}

@ObjectType({ description: 'One read of your data by a therapist; append-only' })
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => SharePerson)
  therapist!: SharePerson;

  @Field(() => String, { description: 'The operation, e.g. clientTimeline' })
  operation!: string;

  @Field(() => [ID], { description: 'The items returned' })
  itemIds!: string[];

  @Field(() => Date, { nullable: true })
  from!: Date | null;

  @Field(() => Date, { nullable: true })
  to!: Date | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'A page of AccessLog items (Relay cursor connection)' })
export class AccessLogConnection extends Connection(() => AccessLogEntry, 'AccessLog') {}

@ObjectType({ implements: TimelineItem, description: "A therapist's note on a client's timeline, seen by the two of them only" })
export class TherapistNote extends TimelineItem {
  declare kind: TimelineKind.THERAPIST_NOTE;

  @Field(() => String)
  text!: string;

  @Field(() => SharePerson)
  author!: SharePerson;

  @Field(() => ID, { nullable: true, description: 'The timeline item it is pinned to, if any' })
  pinnedItemId!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is pinned to (YYYY-MM-DD), if any' })
  pinnedDay!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

@ObjectType({ description: 'A practice your therapist suggests; accepting makes it your routine' })
export class PracticeSuggestion {
  @Field(() => ID)
  id!: string;

  @Field(() => SharePerson)
  therapist!: SharePerson;

  @Field(() => String, { description: 'The routine it would become' })
  name!: string;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true, description: 'The built-in template, when it is one' })
  templateId!: string | null;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field(() => ID, { nullable: true, description: 'Your routine, once accepted' })
  routineId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A page of PracticeSuggestion items (Relay cursor connection)' })
export class PracticeSuggestionConnection extends Connection(() => PracticeSuggestion, 'PracticeSuggestion') {}
