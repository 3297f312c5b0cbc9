import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdempotencyKeyRules, TEXT_LIMITS } from '../shared/inputs';
import { idInput } from '../shared/mutation-shapes';
import { AfterState, BodySensation, CatalystKind, Emotion } from './session.enums';

@InputType({ description: 'Something that helped invite the tears' })
export class CatalystInput {
  @Field(() => CatalystKind, { description: 'What kind of catalyst it was' })
  kind!: CatalystKind;

  @Field(() => String, { nullable: true, description: 'A song, a film, a poem' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.short)
  reference?: string | null;
}

/** What a member may say before a session starts; shared by start and log. */
@InputType()
export class SessionBeforeInput {
  @Field(() => String, { nullable: true, description: 'What you set out to allow, in your words; up to 500 characters' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.intention)
  intention?: string | null;

  @Field(() => String, { nullable: true, description: 'Where: a private, safe space' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.short)
  setting?: string | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  @IsOptional()
  @Min(0)
  @Max(10)
  distressBefore?: number | null;

  @Field(() => [CatalystInput], { nullable: true, description: 'What helped invite the tears, up to 20; null for none' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  catalysts?: CatalystInput[] | null;
}

/** What a member may say during and after; shared by end, log and update. */
@InputType()
export class SessionAfterInput extends SessionBeforeInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether tears came' })
  tearsCame?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member wanted tears to come' })
  wantedToCry?: boolean | null;

  @Field(() => [BodySensation], { nullable: true, description: 'What the body did, each at most once; null for none' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(8)
  bodySensations?: BodySensation[] | null;

  @Field(() => [Emotion], { nullable: true, description: 'What surfaced, each at most once; null for none' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(11)
  emotions?: Emotion[] | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  @IsOptional()
  @Min(0)
  @Max(10)
  peakIntensity?: number | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  @IsOptional()
  @Min(0)
  @Max(10)
  distressAfter?: number | null;

  @Field(() => AfterState, { nullable: true, description: 'How it felt afterwards' })
  afterState?: AfterState | null;

  @Field(() => String, { nullable: true, description: 'Your reflection afterwards, in your words; up to 10000 characters' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.reflection)
  reflection?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Private: thoughts of self-harm came up' })
  selfHarmThoughts?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Private: the member felt unsafe' })
  feltUnsafe?: boolean | null;
}

@InputType({ description: 'Start a live session now (or at startedAt) and end it later' })
export class StartSessionInput extends SessionBeforeInput {
  @Field(() => Date, { nullable: true, description: 'Defaults to now' })
  startedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'End a live session with how it went; fields left out stay as they were, null clears one' })
export class EndSessionInput extends SessionAfterInput {
  @Field(() => ID, { description: 'The live session to end; one already ended is a CONFLICT' })
  id!: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now' })
  endedAt?: Date | null;
}

@InputType({ description: 'A complete session, possibly back-dated: give endedAt or durationMinutes' })
export class LogSessionInput extends SessionAfterInput {
  @Field(() => Date, { description: 'When it began; not in the future, at most 10 years back' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended, at most 24 hours after startedAt; give this or durationMinutes, not both' })
  endedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '1-1440' })
  @IsOptional()
  @Min(1)
  @Max(1440)
  durationMinutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field' })
export class UpdateSessionInput extends SessionAfterInput {
  @Field(() => ID, { description: 'The session to change' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => Date, { nullable: true, description: 'When it began; not in the future, cannot be cleared' })
  startedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it ended, at most 24 hours after the start; only for an ended session (endSession ends a live one), cannot be cleared',
  })
  endedAt?: Date | null;
}

export const DeleteSessionInput = idInput('DeleteSessionInput', 'id', 'The session to delete');
export type DeleteSessionInput = InstanceType<typeof DeleteSessionInput>;
