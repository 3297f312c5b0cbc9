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

  @Field(() => CircleRole, { description: 'Their role in this circle' })
  role!: CircleRole;

  @Field(() => Date, { description: 'When they joined this circle' })
  joinedAt!: Date;

  @Field(() => Boolean, { description: 'True for the caller' })
  isMe!: boolean;
}

@ObjectType({ description: 'Who wrote a check-in or reply, by the pseudonym they used then' })
export class CircleAuthor {
  @Field(() => ID, { description: 'Their member id in this circle' })
  memberId!: string;

  @Field(() => String, { description: 'The pseudonym they had in this circle when they posted it' })
  pseudonym!: string;

  @Field(() => Boolean, { description: 'True for the caller' })
  isMe!: boolean;
}

@ObjectType({ description: 'A support circle, as one of its members sees it' })
export class Circle {
  @Field(() => ID, { description: 'The circle id' })
  id!: string;

  @Field(() => String, { description: 'The circle’s name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the circle is for, in its creator’s words; null if none was given' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'What the circle gathers around (e.g. grief, burnout, new parents); null if none was given' })
  topic!: string | null;

  @Field(() => Int, { description: 'At most this many members (2-50)' })
  memberCap!: number;

  @Field(() => Int, { description: 'Members in the circle now, you included' })
  memberCount!: number;

  @Field(() => Date, { nullable: true, description: 'When the latest check-in was posted; null before the first one' })
  lastCheckInAt!: Date | null;

  @Field(() => Int, { description: 'Check-ins posted since your last visit (markCircleVisited)' })
  unreadCount!: number;

  @Field(() => CircleMember, { description: 'Your membership: pseudonym and role' })
  me!: CircleMember;

  @Field(() => Date, { description: 'When the circle was created' })
  createdAt!: Date;

  access!: CircleAccess;
}

@ObjectType({ description: 'One of your circles, from your membership' })
export class CircleMembership {
  @Field(() => ID, { description: 'Your membership: the member id you have in this circle (as `me.id`); a new one if you leave and join again' })
  id!: string;

  @Field(() => ID, { description: 'The circle (as Circle.id)' })
  circleId!: string;

  @Field(() => String, { description: 'The circle’s name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the circle is for, in its creator’s words; null if none was given' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'What the circle gathers around (e.g. grief, burnout, new parents); null if none was given' })
  topic!: string | null;

  @Field(() => CircleMember, { description: 'Your membership: pseudonym and role' })
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

@ObjectType({
  description: 'The redacted summary of a session: how long, how it felt after, which kinds of catalyst. Never the reflection, intention or private flags',
})
export class CheckInSessionSummary {
  @Field(() => Int, { nullable: true, description: 'Minutes from start to end, rounded; null if the times give none' })
  durationMinutes!: number | null;

  @Field(() => AfterState, { nullable: true, description: 'How it felt afterwards; null if not recorded' })
  afterState!: AfterState | null;

  @Field(() => [CatalystKind], { description: 'The kinds of catalyst used, each once; never their references' })
  catalysts!: CatalystKind[];
}

@ObjectType({ description: 'Exactly what a check-in from this session would share; post it with postCheckIn(fromSession: { sessionId, version })' })
export class CheckInPreview {
  @Field(() => ID, { description: 'The session (one of yours, ended)' })
  sessionId!: string;

  @Field(() => Int, { description: 'Pass back in postCheckIn: the session must not have changed since' })
  version!: number;

  @Field(() => CheckInSessionSummary, { description: 'What the check-in would show of the session' })
  summary!: CheckInSessionSummary;
}

@ObjectType({ description: 'One kind of reaction on a check-in' })
export class ReactionSummary {
  @Field(() => ReactionKind, { description: 'The reaction' })
  kind!: ReactionKind;

  @Field(() => Int, { description: 'How many members gave it' })
  count!: number;

  @Field(() => Boolean, { description: 'Whether you gave it' })
  reactedByMe!: boolean;
}

@ObjectType({ description: 'How a member is, posted to a circle' })
export class CheckIn {
  @Field(() => ID, { description: 'The check-in id' })
  id!: string;

  @Field(() => CircleAuthor, { description: 'Who posted it' })
  author!: CircleAuthor;

  @Field(() => CircleMood, { nullable: true, description: 'How they are; null when they shared a session without choosing a mood' })
  mood!: CircleMood | null;

  @Field(() => Int, { nullable: true, description: '0-10' })
  intensity!: number | null;

  @Field(() => String, { nullable: true, description: 'What they wrote (at most 1000 characters); null if they wrote nothing' })
  text!: string | null;

  @Field(() => CheckInSessionSummary, { nullable: true, description: 'Present when made from a session' })
  session!: CheckInSessionSummary | null;

  @Field(() => Date, { description: 'When it was posted' })
  postedAt!: Date;

  @Field(() => [ReactionSummary], { description: 'Every kind, in a fixed order' })
  reactions!: ReactionSummary[];

  @Field(() => Int, { description: 'Replies to it, not counting hidden ones' })
  replyCount!: number;

  @Field(() => Boolean, { description: 'Only moderators ever see hidden content' })
  hidden!: boolean;

  @Field(() => Boolean, { description: 'You have reported it' })
  reportedByMe!: boolean;
}

@ObjectType({ description: 'A short supportive reply to a check-in' })
export class CheckInReply {
  @Field(() => ID, { description: 'The reply id' })
  id!: string;

  @Field(() => ID, { description: 'The check-in it answers' })
  checkInId!: string;

  @Field(() => CircleAuthor, { description: 'Who replied' })
  author!: CircleAuthor;

  @Field(() => String, { description: 'What they wrote (at most 500 characters)' })
  text!: string;

  @Field(() => Date, { description: 'When it was posted' })
  postedAt!: Date;

  @Field(() => Boolean, { description: 'Only moderators ever see hidden content' })
  hidden!: boolean;

  @Field(() => Boolean, { description: 'You have reported it' })
  reportedByMe!: boolean;
}

@ObjectType({ description: 'A page of CheckIn items (Relay cursor connection)' })
export class CheckInConnection extends Connection(() => CheckIn, 'CheckIn') {}

@ObjectType({ description: 'A page of CheckInReply items (Relay cursor connection)' })
export class CheckInReplyConnection extends Connection(() => CheckInReply, 'CheckInReply') {}

@ObjectType({ description: 'A check-in with its replies (oldest first)' })
export class CheckInThread {
  @Field(() => CheckIn, { description: 'The check-in' })
  checkIn!: CheckIn;

  access!: CircleAccess;
}

@ObjectType({ description: 'Shown only to the author when what they posted suggests they may be in crisis' })
export class CrisisSupport {
  @Field(() => String, { description: 'A gentle note to the author: their post is up, and the people below are there to listen' })
  message!: string;

  @Field(() => SupportResources, { description: 'Crisis resources for the country the author stated, or the international default' })
  resources!: SupportResources;
}

@ObjectType({ description: 'The check-in posted, and crisis support when what you wrote suggests you may need it' })
export class PostCheckInPayload {
  @Field(() => CheckIn, { description: 'The check-in, as the circle sees it' })
  checkIn!: CheckIn;

  @Field(() => CrisisSupport, { nullable: true, description: 'Only for you; the check-in is posted either way' })
  support!: CrisisSupport | null;
}

@ObjectType({ description: 'The reply posted, and the check-in it answers with its new reply count' })
export class ReplyToCheckInPayload {
  @Field(() => CheckInReply, { description: 'The reply, as the circle sees it' })
  reply!: CheckInReply;

  /** Where the reply was posted, and the check-in as read with the membership and counted on by this reply, for the `checkIn` field. */
  thread!: { access: CircleAccess; checkInId: string; checkIn: CheckIn };

  @Field(() => CrisisSupport, { nullable: true, description: 'Only for you; the reply is posted either way' })
  support!: CrisisSupport | null;
}

@ObjectType({ description: 'An invite code to a circle; visible to the owner and moderators' })
export class CircleInvite {
  @Field(() => ID, { description: 'The invite id' })
  id!: string;

  @Field(() => String, { description: 'Share it with the person you invite; typed in any case, dashes optional' })
  code!: string;

  @Field(() => InviteStatus, { description: 'Whether the code can still be used' })
  status!: InviteStatus;

  @Field(() => Int, { description: 'How many people may join with it (1-50)' })
  maxUses!: number;

  @Field(() => Int, { description: 'How many people have joined with it' })
  uses!: number;

  @Field(() => Date, { description: 'When it stops working' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null unless revoked' })
  revokedAt!: Date | null;

  @Field(() => Date, { description: 'When it was created' })
  createdAt!: Date;
}

@ObjectType({ description: 'A check-in, or a reply to one' })
export class CircleContentRef {
  @Field(() => ID, { description: 'The check-in, or for a reply the check-in it answers' })
  checkInId!: string;

  @Field(() => ID, { nullable: true, description: 'Set for a reply' })
  replyId!: string | null;
}

@ObjectType({ description: 'Content now hidden from everyone but moderators' })
export class HiddenContent {
  @Field(() => CircleContentRef, { description: 'What was hidden' })
  content!: CircleContentRef;

  @Field(() => Date, { description: 'When it was hidden; the first time, if it was already hidden' })
  hiddenAt!: Date;
}

@ObjectType({ description: 'A report, for moderators; reporters stay anonymous' })
export class CircleReport {
  @Field(() => ID, { description: 'The report id' })
  id!: string;

  @Field(() => ReportReason, { description: 'Why it was reported' })
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'The reporter’s note to the moderators; null if they left none' })
  note!: string | null;

  @Field(() => ReportStatus, { description: 'Open, or resolved' })
  status!: ReportStatus;

  @Field(() => CircleContentRef, { description: 'The reported check-in or reply' })
  content!: CircleContentRef;

  @Field(() => String, { nullable: true, description: 'The reported text as it read when reported' })
  contentText!: string | null;

  @Field(() => CircleAuthor, { description: 'Who wrote the reported content; never who reported it' })
  contentAuthor!: CircleAuthor;

  @Field(() => Date, { description: 'When it was reported' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was resolved; null while open' })
  resolvedAt!: Date | null;

  @Field(() => ReportOutcome, { nullable: true, description: 'What was decided; null while open' })
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
