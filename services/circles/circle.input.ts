import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdempotencyKeyRules } from '../shared/inputs';
import { CircleMood, CircleRole, ReactionKind, ReportOutcome, ReportReason } from './circle.enums';
import { INVITE_LIMITS } from './circle.invite-code';

/** Bounds of what members write in circles: check-ins and replies are short by design. */
export const CIRCLE_LIMITS = {
  name: 80,
  description: 500,
  topic: 80,
  pseudonym: 40,
  checkInText: 1000,
  replyText: 500,
  reportNote: 500,
  defaultMemberCap: 30,
  minMemberCap: 2,
  maxMemberCap: 50,
} as const;

@InputType()
export class CreateCircleInput {
  @Field(() => String)
  @Length(1, CIRCLE_LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.description)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. grief, burnout, new parents' })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.topic)
  topic?: string | null;

  @Field(() => Int, { nullable: true, description: `${CIRCLE_LIMITS.minMemberCap}-${CIRCLE_LIMITS.maxMemberCap} (default ${CIRCLE_LIMITS.defaultMemberCap})` })
  @IsOptional()
  @Min(CIRCLE_LIMITS.minMemberCap)
  @Max(CIRCLE_LIMITS.maxMemberCap)
  memberCap?: number | null;

  @Field(() => String, { nullable: true, description: 'How you appear here (default: your display name)' })
  @IsOptional()
  @Length(1, CIRCLE_LIMITS.pseudonym)
  pseudonym?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType()
export class CreateCircleInviteInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => Int, { nullable: true, description: `How many people may join with it, 1-${INVITE_LIMITS.maxUses} (default ${INVITE_LIMITS.defaultMaxUses})` })
  @IsOptional()
  @Min(1)
  @Max(INVITE_LIMITS.maxUses)
  maxUses?: number | null;

  @Field(() => Int, { nullable: true, description: `Hours until it expires, 1-${INVITE_LIMITS.maxExpiryHours} (default ${INVITE_LIMITS.defaultExpiryHours}: 7 days)` })
  @IsOptional()
  @Min(1)
  @Max(INVITE_LIMITS.maxExpiryHours)
  expiresInHours?: number | null;
}

@InputType()
export class JoinCircleInput {
  @Field(() => String, { description: 'The invite code, in any case, dashes optional' })
  @Length(1, 32)
  code!: string;

  @Field(() => String, { nullable: true, description: 'How you appear here (default: your display name)' })
  @IsOptional()
  @Length(1, CIRCLE_LIMITS.pseudonym)
  pseudonym?: string | null;
}

@InputType()
export class SetCircleMemberRoleInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => CircleRole, { description: 'MODERATOR or MEMBER; ownership moves with transferCircleOwnership' })
  role!: CircleRole;
}

@InputType({ description: 'The session to share, at the version you previewed (checkInPreview)' })
export class CheckInFromSessionInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;
}

@InputType({ description: 'A mood (with optional intensity and text), or a session summary you previewed, or both' })
export class PostCheckInInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => CircleMood, { nullable: true, description: 'Required unless fromSession is given' })
  mood?: CircleMood | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  @IsOptional()
  @Min(0)
  @Max(10)
  intensity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.checkInText)
  text?: string | null;

  @Field(() => CheckInFromSessionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  fromSession?: CheckInFromSessionInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType()
export class ReactionInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => ID)
  checkInId!: string;

  @Field(() => ReactionKind)
  kind!: ReactionKind;
}

@InputType()
export class ReplyToCheckInInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => ID)
  checkInId!: string;

  @Field(() => String)
  @Length(1, CIRCLE_LIMITS.replyText)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A check-in, or one of its replies when replyId is given' })
export class CircleContentInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => ID)
  checkInId!: string;

  @Field(() => ID, { nullable: true })
  replyId?: string | null;
}

@InputType()
export class ReportCircleContentInput extends CircleContentInput {
  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'Anything the moderators should know' })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.reportNote)
  note?: string | null;
}

@InputType()
export class ResolveCircleReportInput {
  @Field(() => ID)
  circleId!: string;

  @Field(() => ID)
  reportId!: string;

  @Field(() => ReportOutcome, { description: 'CONTENT_HIDDEN also hides the reported content' })
  outcome!: ReportOutcome;
}
