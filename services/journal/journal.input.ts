import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { IdempotencyKeyRules, TEXT_LIMITS } from '../shared/inputs';
import { Emotion } from '../sessions/session.enums';

@InputType()
export class CreateJournalEntryInput {
  @Field(() => String)
  @Length(1, TEXT_LIMITS.journal)
  text!: string;

  @Field(() => [Emotion], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(11)
  emotions?: Emotion[] | null;

  @Field(() => String, { nullable: true, description: 'Id of a built-in prompt (journalPrompts)' })
  @IsOptional()
  @MaxLength(64)
  promptId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to now; may be back-dated' })
  writtenAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateJournalEntryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, TEXT_LIMITS.journal)
  text?: string | null;

  @Field(() => [Emotion], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(11)
  emotions?: Emotion[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  promptId?: string | null;

  @Field(() => Date, { nullable: true })
  writtenAt?: Date | null;
}
