import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AfterState, CatalystKind } from '../sessions/session.enums';
import { SupportResources } from '../sessions/session.safety.type';
import { Connection } from '../shared/pagination';
import { CircleMood, CircleRole, InviteStatus, ReactionKind, ReportOutcome, ReportReason, ReportStatus } from './circle.enums';

/** Who may see what, established by the membership check; never a GraphQL field. */
export interface CircleAccess {
  circleId: string;
  sub: string;
  memberId: string;
  role: CircleRole;
}

@ObjectType({ description: 'A member of a circle as the other members see them: never an account id or email' })
export class CircleMember {
  @Field(() => ID, { description: 'The member id in this circle (not the account)' })
  id!: string;

  @Field(() => String, { description: 'How they appear in this circle' })
  pseudonym!: string;

  @Field(() => CircleRole)
  role!: CircleRole;

  @Field(() => Date)
  joinedAt!: Date;

  @Field(() => Boolean, { description: 'True for the caller' })
  isMe!: boolean;
}

@ObjectType({ description: 'Who wrote a check-in or reply, by the pseudonym they used then' })
export class CircleAuthor {
  @Field(() => ID, { description: 'Their member id in this circle' })
  memberId!: string;

  @Field(() => String)
  pseudonym!: string;

  @Field(() => Boolean, { description: 'True for the caller' })
  isMe!: boolean;
}

@ObjectType({ description: 'A support circle, as one of its members sees it' })
export class Circle {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  topic!: string | null;

  @Field(() => Int, { description: 'At most this many members (2-50)' })
  memberCap!: number;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Date, { nullable: true })
  lastCheckInAt!: Date | null;

  @Field(() => Int, { description: 'Check-ins posted since your last visit (markCircleVisited)' })
  unreadCount!: number;

  @Field(() => CircleMember, { description: 'Your membership: pseudonym and role' })
  me!: CircleMember;

  @Field(() => Date)
  createdAt!: Date;

  access!: CircleAccess;
}

@ObjectType({ description: 'One of your circles, from your membership' })
export class CircleMembership {
  @Field(() => ID, { description: 'Your membership: the member id you have in this circle (as `me.id`); a new one if you leave and join again' })
  id!: string;

  @Field(() => ID)
  circleId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  topic!: string | null;

  @Field(() => CircleMember)
  me!: CircleMember;

  @Field(() => Date, { nullable: true, description: 'When you last marked the circle visited' })
  lastVisitedAt!: Date | null;

  seenCheckInCount!: number;

  /** Loads the live figures of every circle on the page in one read, on first use. */
  live!: () => Promise<CircleLive | undefined>;
}

/** A circle's figures that change with every join and post. */
export interface CircleLive {
  memberCount: number;
  checkInCount: number;
  lastCheckInAt: string | null;
}

@ObjectType({ description: 'The redacted summary of a session: how long, how it felt after, which kinds of catalyst. Never the reflection, intention or private flags' })
export class CheckInSessionSummary {
  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => AfterState, { nullable: true })
  afterState!: AfterState | null;

  @Field(() => [CatalystKind])
  catalysts!: CatalystKind[];
}

@ObjectType({ description: 'Exactly what a check-in from this session would share; post it with postCheckIn(fromSession: { sessionId, version })' })
export class CheckInPreview {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int, { description: 'Pass back in postCheckIn: the session must not have changed since' })
  version!: number;

  @Field(() => CheckInSessionSummary)
  summary!: CheckInSessionSummary;
}

@ObjectType()
export class ReactionSummary {
  @Field(() => ReactionKind)
  kind!: ReactionKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Boolean)
  reactedByMe!: boolean;
}

@ObjectType({ description: 'How a member is, posted to a circle' })
export class CheckIn {
  @Field(() => ID)
  id!: string;

  @Field(() => CircleAuthor)
  author!: CircleAuthor;

  @Field(() => CircleMood, { nullable: true })
  mood!: CircleMood | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  intensity!: number | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => CheckInSessionSummary, { nullable: true, description: 'Present when made from a session' })
  session!: CheckInSessionSummary | null;

  @Field(() => Date)
  postedAt!: Date;

  @Field(() => [ReactionSummary], { description: 'Every kind, in a fixed order' })
  reactions!: ReactionSummary[];

  @Field(() => Int)
  replyCount!: number;

  @Field(() => Boolean, { description: 'Only moderators ever see hidden content' })
  hidden!: boolean;

  @Field(() => Boolean, { description: 'You have reported it' })
  reportedByMe!: boolean;
}

@ObjectType({ description: 'A short supportive reply to a check-in' })
export class CheckInReply {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  checkInId!: string;

  @Field(() => CircleAuthor)
  author!: CircleAuthor;

  @Field(() => String)
  text!: string;

  @Field(() => Date)
  postedAt!: Date;

  @Field(() => Boolean, { description: 'Only moderators ever see hidden content' })
  hidden!: boolean;

  @Field(() => Boolean)
  reportedByMe!: boolean;
}

@ObjectType({ description: 'A page of CheckIn items (Relay cursor connection)' })
export class CheckInConnection extends Connection(() => CheckIn, 'CheckIn') {}

@ObjectType({ description: 'A page of CheckInReply items (Relay cursor connection)' })
export class CheckInReplyConnection extends Connection(() => CheckInReply, 'CheckInReply') {}

@ObjectType({ description: 'A check-in with its replies (oldest first)' })
export class CheckInThread {
  @Field(() => CheckIn)
  checkIn!: CheckIn;

  access!: CircleAccess;
}

@ObjectType({ description: 'Shown only to the author when what they posted suggests they may be in crisis' })
export class CrisisSupport {
  @Field(() => String)
  message!: string;

  @Field(() => SupportResources)
  resources!: SupportResources;
}

@ObjectType()
export class PostCheckInPayload {
  @Field(() => CheckIn)
  checkIn!: CheckIn;

  @Field(() => CrisisSupport, { nullable: true, description: 'Only for you; the check-in is posted either way' })
  support!: CrisisSupport | null;
}

@ObjectType({ description: 'The reply posted, and the check-in it answers with its new reply count' })
export class ReplyPayload {
  @Field(() => CheckInReply)
  reply!: CheckInReply;

  /** Where the reply was posted, for the `checkIn` field (read only when asked for). */
  thread!: { access: CircleAccess; checkInId: string };

  @Field(() => CrisisSupport, { nullable: true, description: 'Only for you; the reply is posted either way' })
  support!: CrisisSupport | null;
}

@ObjectType({ description: 'An invite code to a circle; visible to the owner and moderators' })
export class CircleInvite {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Share it with the person you invite; typed in any case, dashes optional' })
  code!: string;

  @Field(() => InviteStatus)
  status!: InviteStatus;

  @Field(() => Int)
  maxUses!: number;

  @Field(() => Int)
  uses!: number;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A check-in, or a reply to one' })
export class CircleContentRef {
  @Field(() => ID)
  checkInId!: string;

  @Field(() => ID, { nullable: true, description: 'Set for a reply' })
  replyId!: string | null;
}

@ObjectType({ description: 'Content now hidden from everyone but moderators' })
export class HiddenContent {
  @Field(() => CircleContentRef)
  content!: CircleContentRef;

  @Field(() => Date)
  hiddenAt!: Date;
}

@ObjectType({ description: 'A report, for moderators; reporters stay anonymous' })
export class CircleReport {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => CircleContentRef)
  content!: CircleContentRef;

  @Field(() => String, { nullable: true, description: 'The reported text as it read when reported' })
  contentText!: string | null;

  @Field(() => CircleAuthor)
  contentAuthor!: CircleAuthor;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => ReportOutcome, { nullable: true })
  outcome!: ReportOutcome | null;
}

@ObjectType({ description: 'A page of CircleMember items (Relay cursor connection)' })
export class CircleMemberConnection extends Connection(() => CircleMember, 'CircleMember') {}

@ObjectType({ description: 'A page of CircleMembership items (Relay cursor connection)' })
export class CircleMembershipConnection extends Connection(() => CircleMembership, 'CircleMembership') {}

@ObjectType({ description: 'A page of CircleInvite items (Relay cursor connection)' })
export class CircleInviteConnection extends Connection(() => CircleInvite, 'CircleInvite') {}

@ObjectType({ description: 'A page of CircleReport items (Relay cursor connection)' })
export class CircleReportConnection extends Connection(() => CircleReport, 'CircleReport') {}
