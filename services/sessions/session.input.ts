import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdempotencyKeyRules, TEXT_LIMITS } from '../shared/inputs';
import { AfterState, BodySensation, CatalystKind, Emotion } from './session.enums';

@InputType()
export class CatalystInput {
  @Field(() => CatalystKind)
  kind!: CatalystKind;

  @Field(() => String, { nullable: true, description: 'A song, a film, a poem' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.short)
  reference?: string | null;
}

/** What a member may say before a session starts; shared by start and log. */
@InputType()
export class SessionBeforeInput {
  @Field(() => String, { nullable: true })
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

  @Field(() => [CatalystInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  catalysts?: CatalystInput[] | null;
}

/** What a member may say during and after; shared by end, log and update. */
@InputType()
export class SessionAfterInput extends SessionBeforeInput {
  @Field(() => Boolean, { nullable: true })
  tearsCame?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member wanted tears to come' })
  wantedToCry?: boolean | null;

  @Field(() => [BodySensation], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(8)
  bodySensations?: BodySensation[] | null;

  @Field(() => [Emotion], { nullable: true })
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

  @Field(() => AfterState, { nullable: true })
  afterState?: AfterState | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType()
export class EndSessionInput extends SessionAfterInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now' })
  endedAt?: Date | null;
}

@InputType({ description: 'A complete session, possibly back-dated: give endedAt or durationMinutes' })
export class LogSessionInput extends SessionAfterInput {
  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '1-1440' })
  @IsOptional()
  @Min(1)
  @Max(1440)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field' })
export class UpdateSessionInput extends SessionAfterInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt?: Date | null;
}
