import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { IdempotencyKeyRules, TEXT_LIMITS } from '../shared/inputs';
import { idInput } from '../shared/mutation-shapes';
import { Emotion } from '../sessions/session.enums';

@InputType({ description: 'A new journal entry' })
export class CreateJournalEntryInput {
  @Field(() => String, { description: 'What you wrote, 1-20000 characters, not blank' })
  @Length(1, TEXT_LIMITS.journal)
  text!: string;

  @Field(() => [Emotion], { nullable: true, description: 'What surfaced, each at most once; none when left out' })
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

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateJournalEntryInput {
  @Field(() => ID, { description: 'The entry to change' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is a CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'New text, 1-20000 characters, not blank; cannot be cleared' })
  @IsOptional()
  @Length(1, TEXT_LIMITS.journal)
  text?: string | null;

  @Field(() => [Emotion], { nullable: true, description: 'What surfaced, each at most once; replaces the list, null clears it' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(11)
  emotions?: Emotion[] | null;

  @Field(() => String, { nullable: true, description: 'Id of a built-in prompt (journalPrompts); null clears it' })
  @IsOptional()
  @MaxLength(64)
  promptId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was written; not in the future, cannot be cleared' })
  writtenAt?: Date | null;
}

export const DeleteJournalEntryInput = idInput('DeleteJournalEntryInput', 'id', 'The journal entry to delete');
export type DeleteJournalEntryInput = InstanceType<typeof DeleteJournalEntryInput>;
