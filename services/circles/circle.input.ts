import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdempotencyKeyRules } from '../shared/inputs';
import { idInput } from '../shared/mutation-shapes';
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

@InputType({ description: 'A new support circle, with you as its owner' })
export class CreateCircleInput {
  @Field(() => String, { description: `Its name, 1-${CIRCLE_LIMITS.name} characters, not blank` })
  @Length(1, CIRCLE_LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true, description: `What the circle is for, up to ${CIRCLE_LIMITS.description} characters` })
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

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Owner and moderators: a new invite code for a circle' })
export class CreateCircleInviteInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => Int, { nullable: true, description: `How many people may join with it, 1-${INVITE_LIMITS.maxUses} (default ${INVITE_LIMITS.defaultMaxUses})` })
  @IsOptional()
  @Min(1)
  @Max(INVITE_LIMITS.maxUses)
  maxUses?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Hours until it expires, 1-${INVITE_LIMITS.maxExpiryHours} (default ${INVITE_LIMITS.defaultExpiryHours}: 7 days)`,
  })
  @IsOptional()
  @Min(1)
  @Max(INVITE_LIMITS.maxExpiryHours)
  expiresInHours?: number | null;
}

@InputType({ description: 'An invite code to join a circle with, and how you appear there' })
export class JoinCircleInput {
  @Field(() => String, { description: 'The invite code, in any case, dashes optional' })
  @Length(1, 32)
  code!: string;

  @Field(() => String, { nullable: true, description: 'How you appear here (default: your display name)' })
  @IsOptional()
  @Length(1, CIRCLE_LIMITS.pseudonym)
  pseudonym?: string | null;
}

@InputType({ description: 'Owner: a member and their new role' })
export class SetCircleMemberRoleInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'The member (CircleMember.id); not yourself' })
  memberId!: string;

  @Field(() => CircleRole, { description: 'MODERATOR or MEMBER; ownership moves with transferCircleOwnership' })
  role!: CircleRole;
}

@InputType({ description: 'The session to share, at the version you previewed (checkInPreview)' })
export class CheckInFromSessionInput {
  @Field(() => ID, { description: 'One of your sessions (CheckInPreview.sessionId)' })
  sessionId!: string;

  @Field(() => Int, { description: 'The version checkInPreview showed; if the session changed since, a CONFLICT' })
  @Min(1)
  version!: number;
}

@InputType({ description: 'A mood (with optional intensity and text), or a session summary you previewed, or both' })
export class PostCheckInInput {
  @Field(() => ID, { description: 'A circle you belong to' })
  circleId!: string;

  @Field(() => CircleMood, { nullable: true, description: 'Required unless fromSession is given' })
  mood?: CircleMood | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  @IsOptional()
  @Min(0)
  @Max(10)
  intensity?: number | null;

  @Field(() => String, { nullable: true, description: `How you are, in your words; up to ${CIRCLE_LIMITS.checkInText} characters, blank means none` })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.checkInText)
  text?: string | null;

  @Field(() => CheckInFromSessionInput, { nullable: true, description: 'One of your sessions to share as the redacted summary checkInPreview showed' })
  @IsOptional()
  @ValidateNested()
  fromSession?: CheckInFromSessionInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'One of your reactions on a check-in' })
export class ReactionInput {
  @Field(() => ID, { description: 'A circle you belong to' })
  circleId!: string;

  @Field(() => ID, { description: 'The check-in' })
  checkInId!: string;

  @Field(() => ReactionKind, { description: 'The reaction; one of each kind per member per check-in' })
  kind!: ReactionKind;
}

@InputType({ description: 'A short supportive reply to a check-in' })
export class ReplyToCheckInInput {
  @Field(() => ID, { description: 'A circle you belong to' })
  circleId!: string;

  @Field(() => ID, { description: 'The check-in to reply to' })
  checkInId!: string;

  @Field(() => String, { description: `The reply, 1-${CIRCLE_LIMITS.replyText} characters, not blank` })
  @Length(1, CIRCLE_LIMITS.replyText)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A check-in, or one of its replies when replyId is given' })
export class CircleContentInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'The check-in, or the one the reply belongs to' })
  checkInId!: string;

  @Field(() => ID, { nullable: true, description: 'The reply; left out for the check-in itself' })
  replyId?: string | null;
}

@InputType({ description: 'A check-in or reply to report to the moderators, anonymously; once each, never your own' })
export class ReportCircleContentInput extends CircleContentInput {
  @Field(() => ReportReason, { description: 'Why you report it' })
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'Anything the moderators should know' })
  @IsOptional()
  @MaxLength(CIRCLE_LIMITS.reportNote)
  note?: string | null;
}

@InputType({ description: 'Owner and moderators: close an open report with its outcome' })
export class ResolveCircleReportInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'An open report (CircleReport.id); one already resolved is a CONFLICT' })
  reportId!: string;

  @Field(() => ReportOutcome, { description: 'CONTENT_HIDDEN also hides the reported content' })
  outcome!: ReportOutcome;
}

export const LeaveCircleInput = idInput('LeaveCircleInput', 'circleId', 'The circle to leave');
export type LeaveCircleInput = InstanceType<typeof LeaveCircleInput>;

export const MarkCircleVisitedInput = idInput('MarkCircleVisitedInput', 'circleId', 'The circle you are visiting');
export type MarkCircleVisitedInput = InstanceType<typeof MarkCircleVisitedInput>;

@InputType({ description: 'How you appear in one circle' })
export class SetCirclePseudonymInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => String, { description: `Your name in this circle, 1-${CIRCLE_LIMITS.pseudonym} characters after trimming` })
  pseudonym!: string;
}

@InputType({ description: 'Owner and moderators: an invite code to stop' })
export class RevokeCircleInviteInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'The invite (CircleInvite.id)' })
  inviteId!: string;
}

@InputType({ description: 'Owner: the member to make owner' })
export class TransferCircleOwnershipInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'The new owner (CircleMember.id)' })
  memberId!: string;
}

@InputType({ description: 'Owner and moderators: the member to remove' })
export class RemoveCircleMemberInput {
  @Field(() => ID, { description: 'The circle' })
  circleId!: string;

  @Field(() => ID, { description: 'The member (CircleMember.id)' })
  memberId!: string;
}
