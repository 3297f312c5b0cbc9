import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../shared/pagination';
import { TEXT_LIMITS } from '../shared/inputs';
import { TimelineKind } from '../shared/timeline-item';
import { CreateRoutineInput } from '../routines/routine.input';
import { GrantScope } from './sharing.enums';

@InputType({ description: "Share with a therapist by their share code; they accept or decline" })
export class InviteTherapistInput {
  @Field(() => String, { description: 'The code your therapist gave you, e.g. 7KQ2M-XW9RD' })
  @Length(1, 32)
  shareCode!: string;

  @Field(() => [GrantScope])
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(5)
  scopes!: GrantScope[];

  @Field(() => Date, { nullable: true, description: 'Access ends then; default: until you revoke' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Change what you share, or until when; takes effect on the next request' })
export class UpdateGrantInput {
  @Field(() => ID)
  therapistId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => [GrantScope], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(5)
  scopes?: GrantScope[] | null;

  @Field(() => Date, { nullable: true, description: 'null: until revoked' })
  expiresAt?: Date | null;
}

@InputType()
export class PinnedItemInput {
  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => ID)
  @MaxLength(64)
  id!: string;
}

@InputType({ description: 'A note pinned to one timeline item or to a day' })
export class AddNoteInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String)
  @Length(1, TEXT_LIMITS.note)
  text!: string;

  @Field(() => PinnedItemInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  pinnedItem?: PinnedItemInput | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @MaxLength(10)
  pinnedDay?: string | null;
}

@InputType()
export class UpdateNoteInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  noteId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => String)
  @Length(1, TEXT_LIMITS.note)
  text!: string;
}

@ArgsType()
export class ClientTimelineArgs extends PageArgs {
  @Field(() => ID)
  clientId!: string;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@InputType({ description: 'Suggest a built-in template or a routine of your own' })
export class SuggestPracticeInput {
  @Field(() => ID)
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
