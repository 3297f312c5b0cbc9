import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../shared/pagination';
import { TEXT_LIMITS } from '../shared/inputs';
import { idInput } from '../shared/mutation-shapes';
import { TimelineKind } from '../shared/timeline-item';
import { CreateRoutineInput } from '../routines/routine.input';
import { GrantScope } from './sharing.enums';

@InputType({ description: 'Share with a therapist by their share code; they accept or decline' })
export class InviteTherapistInput {
  @Field(() => String, { description: 'The code your therapist gave you, e.g. 7KQ2M-XW9RD' })
  @Length(1, 32)
  shareCode!: string;

  @Field(() => [GrantScope], { description: 'What to share: one or more scopes, each once' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(Object.keys(GrantScope).length)
  scopes!: GrantScope[];

  @Field(() => Date, { nullable: true, description: 'Access ends then; default: until you revoke' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Change what you share, or until when; takes effect on the next request' })
export class UpdateGrantInput {
  @Field(() => ID, { description: 'The therapist you share with or invited (SharePerson.personId)' })
  therapistId!: string;

  @Field(() => Int, { description: 'The version of the share you last read; a stale one is a CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => [GrantScope], {
    nullable: true,
    description: 'The new scopes, one or more, each once, replacing the old; unchanged when left out, cannot be cleared (revoke instead)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(Object.keys(GrantScope).length)
  scopes?: GrantScope[] | null;

  @Field(() => Date, { nullable: true, description: 'null: until revoked' })
  expiresAt?: Date | null;
}

@InputType({ description: 'A timeline item of the client, visible under your scopes (not a note); pinning to it is logged as a read' })
export class PinnedItemInput {
  @Field(() => TimelineKind, { description: 'Its kind: SESSION, JOURNAL_ENTRY or ROUTINE_COMPLETION' })
  kind!: TimelineKind;

  @Field(() => ID, { description: 'Its id' })
  @MaxLength(64)
  id!: string;
}

@InputType({ description: 'A note pinned to one timeline item or to a day' })
export class AddNoteInput {
  @Field(() => ID, { description: 'The client (SharePerson.personId); needs an active share' })
  clientId!: string;

  @Field(() => String, { description: 'The note, 1-2000 characters, not blank' })
  @Length(1, TEXT_LIMITS.note)
  text!: string;

  @Field(() => PinnedItemInput, { nullable: true, description: 'The item to pin it to; give this or pinnedDay, not both' })
  @IsOptional()
  @ValidateNested()
  pinnedItem?: PinnedItemInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @MaxLength(10)
  pinnedDay?: string | null;
}

@InputType({ description: 'Therapists: new text for one of your notes on a client’s timeline' })
export class UpdateNoteInput {
  @Field(() => ID, { description: 'The client (SharePerson.personId); needs an active share' })
  clientId!: string;

  @Field(() => ID, { description: 'One of your notes on their timeline' })
  noteId!: string;

  @Field(() => Int, { description: 'The version of the note you last read; a stale one is a CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => String, { description: 'The new text, 1-2000 characters, not blank' })
  @Length(1, TEXT_LIMITS.note)
  text!: string;
}

@ArgsType()
export class ClientTimelineArgs extends PageArgs {
  @Field(() => ID, { description: 'The client (SharePerson.personId); needs an active share' })
  clientId!: string;

  @Field(() => Date, { nullable: true, description: 'Items that happened at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Items that happened before this instant; must be after from' })
  to?: Date | null;
}

@InputType({ description: 'Suggest a built-in template or a routine of your own' })
export class SuggestPracticeInput {
  @Field(() => ID, { description: 'The client (SharePerson.personId); needs an active share' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'A routineTemplates id' })
  @IsOptional()
  @MaxLength(64)
  templateId?: string | null;

  @Field(() => CreateRoutineInput, { nullable: true, description: 'Your own steps and schedule' })
  @IsOptional()
  @ValidateNested()
  routine?: CreateRoutineInput | null;

  @Field(() => String, { nullable: true, description: 'A word for your client' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.note)
  message?: string | null;
}

export const AcceptInvitationInput = idInput('AcceptInvitationInput', 'clientId', 'The client whose invitation you accept (SharePerson.personId)');
export type AcceptInvitationInput = InstanceType<typeof AcceptInvitationInput>;

export const DeclineInvitationInput = idInput('DeclineInvitationInput', 'clientId', 'The client whose invitation you decline (SharePerson.personId)');
export type DeclineInvitationInput = InstanceType<typeof DeclineInvitationInput>;

export const RevokeGrantInput = idInput('RevokeGrantInput', 'therapistId', 'The therapist to stop sharing with (SharePerson.personId)');
export type RevokeGrantInput = InstanceType<typeof RevokeGrantInput>;

export const AcceptPracticeSuggestionInput = idInput('AcceptPracticeSuggestionInput', 'id', 'The suggestion to accept');
export type AcceptPracticeSuggestionInput = InstanceType<typeof AcceptPracticeSuggestionInput>;

export const DeclinePracticeSuggestionInput = idInput('DeclinePracticeSuggestionInput', 'id', 'The suggestion to decline');
export type DeclinePracticeSuggestionInput = InstanceType<typeof DeclinePracticeSuggestionInput>;

@InputType({ description: 'Therapists: delete one of your notes on a client’s timeline' })
export class DeleteNoteInput {
  @Field(() => ID, { description: 'The client (SharePerson.personId)' })
  clientId!: string;

  @Field(() => ID, { description: 'The note' })
  noteId!: string;
}
