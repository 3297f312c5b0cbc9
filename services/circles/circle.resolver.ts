import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../shared/pagination';
import {
  CircleContentInput,
  CreateCircleInput,
  CreateCircleInviteInput,
  JoinCircleInput,
  PostCheckInInput,
  ReactionInput,
  ReplyToCheckInInput,
  ReportCircleContentInput,
  ResolveCircleReportInput,
  SetCircleMemberRoleInput,
} from './circle.input';
import {
  CheckIn,
  CheckInConnection,
  CheckInPreview,
  CheckInReplyConnection,
  CheckInThread,
  Circle,
  CircleInvite,
  CircleInviteConnection,
  CircleMember,
  CircleMemberConnection,
  CircleMembership,
  CircleMembershipConnection,
  CircleReport,
  CircleReportConnection,
  HiddenContent,
  PostCheckInPayload,
  ReplyPayload,
} from './circle.type';

@Resolver(() => Circle)
export class CircleResolver {
  @Query(() => Circle, { description: 'A circle you belong to; NOT_FOUND for anyone else' })
  circle(@Arg('id', () => ID, { description: 'The circle' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.circles.get(ctx.caller, id);
  }

  @Query(() => CircleMembershipConnection, { description: 'Your circles, most recently joined first' })
  myCircles(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.myCircles(ctx.caller, args);
  }

  @Query(() => CheckInPreview, { description: 'What a check-in made from this session of yours would share, before you post it' })
  checkInPreview(@Arg('circleId', () => ID, { description: 'The circle to post to' }) circleId: string, @Arg('sessionId', () => ID, { description: 'Your session to summarise' }) sessionId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.preview(ctx.caller, circleId, sessionId);
  }

  @FieldResolver(() => CheckInConnection, { description: 'Newest first, with reaction summaries and reply counts' })
  checkIns(@Root() circle: Circle, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.checkIns(circle.access, args);
  }

  @FieldResolver(() => CheckInThread, { description: 'One check-in with its replies' })
  thread(@Root() circle: Circle, @Arg('checkInId', () => ID, { description: 'The check-in' }) checkInId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.thread(circle.access, checkInId);
  }

  @FieldResolver(() => CircleMemberConnection, { description: 'Members by pseudonym and role, in the order they joined' })
  members(@Root() circle: Circle, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.members(circle.access, args);
  }

  @FieldResolver(() => CircleInviteConnection, { description: 'Owner and moderators: invite codes, newest first' })
  invites(@Root() circle: Circle, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.invites(circle.access, args);
  }

  @FieldResolver(() => CircleReportConnection, { description: 'Owner and moderators: open reports, oldest first' })
  openReports(@Root() circle: Circle, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.openReports(circle.access, args);
  }

  @Mutation(() => Circle, { description: 'Start a circle; you are its owner' })
  createCircle(@Arg('input', () => CreateCircleInput) input: CreateCircleInput, @Ctx() ctx: Context) {
    return ctx.services.circles.create(ctx.caller, input);
  }

  @Mutation(() => Circle, { description: 'Join with an invite code' })
  joinCircle(@Arg('input', () => JoinCircleInput) input: JoinCircleInput, @Ctx() ctx: Context) {
    return ctx.services.circles.join(ctx.caller, input);
  }

  @Mutation(() => ID, { description: 'Leave a circle; an owner transfers ownership first, unless they are the last member (the circle is then archived). Answers the circle id' })
  leaveCircle(@Arg('circleId', () => ID) circleId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.leave(ctx.caller, circleId);
  }

  @Mutation(() => CircleMembership, { description: 'Record a visit: unread counts start again from here' })
  markCircleVisited(@Arg('circleId', () => ID) circleId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.markVisited(ctx.caller, circleId);
  }

  @Mutation(() => CircleMember, { description: 'Choose how you appear in this circle' })
  setCirclePseudonym(@Arg('circleId', () => ID) circleId: string, @Arg('pseudonym', () => String) pseudonym: string, @Ctx() ctx: Context) {
    return ctx.services.circles.setPseudonym(ctx.caller, circleId, pseudonym);
  }

  @Mutation(() => CircleInvite, { description: 'Owner and moderators: a new invite code (single use and 7 days by default)' })
  createCircleInvite(@Arg('input', () => CreateCircleInviteInput) input: CreateCircleInviteInput, @Ctx() ctx: Context) {
    return ctx.services.circles.createInvite(ctx.caller, input);
  }

  @Mutation(() => CircleInvite, { description: 'Owner and moderators: the code stops working at once' })
  revokeCircleInvite(@Arg('circleId', () => ID) circleId: string, @Arg('inviteId', () => ID) inviteId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.revokeInvite(ctx.caller, circleId, inviteId);
  }

  @Mutation(() => CircleMember, { description: 'Owner: promote a member to moderator, or a moderator back to member' })
  setCircleMemberRole(@Arg('input', () => SetCircleMemberRoleInput) input: SetCircleMemberRoleInput, @Ctx() ctx: Context) {
    return ctx.services.circles.setRole(ctx.caller, input);
  }

  @Mutation(() => Circle, { description: 'Owner: make another member the owner; you become a moderator' })
  transferCircleOwnership(@Arg('circleId', () => ID) circleId: string, @Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.transferOwnership(ctx.caller, circleId, memberId);
  }

  @Mutation(() => ID, { description: 'Owner and moderators: remove a member (moderators remove members only; nobody removes the owner). Answers the member id' })
  removeCircleMember(@Arg('circleId', () => ID) circleId: string, @Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context) {
    return ctx.services.circles.removeMember(ctx.caller, circleId, memberId);
  }

  @Mutation(() => PostCheckInPayload, { description: 'Post how you are; with fromSession, exactly the summary checkInPreview showed' })
  postCheckIn(@Arg('input', () => PostCheckInInput) input: PostCheckInInput, @Ctx() ctx: Context) {
    return ctx.services.circles.postCheckIn(ctx.caller, input);
  }

  @Mutation(() => CheckIn, { description: 'One of each kind per member per check-in' })
  addReaction(@Arg('input', () => ReactionInput) input: ReactionInput, @Ctx() ctx: Context) {
    return ctx.services.circles.react(ctx.caller, input);
  }

  @Mutation(() => CheckIn)
  removeReaction(@Arg('input', () => ReactionInput) input: ReactionInput, @Ctx() ctx: Context) {
    return ctx.services.circles.unreact(ctx.caller, input);
  }

  @Mutation(() => ReplyPayload, { description: 'A short supportive reply' })
  replyToCheckIn(@Arg('input', () => ReplyToCheckInInput) input: ReplyToCheckInInput, @Ctx() ctx: Context) {
    return ctx.services.circles.reply(ctx.caller, input);
  }

  @Mutation(() => ID, { description: 'Report a check-in or reply to the moderators, anonymously; once per item. Answers the report id' })
  reportCircleContent(@Arg('input', () => ReportCircleContentInput) input: ReportCircleContentInput, @Ctx() ctx: Context) {
    return ctx.services.circles.report(ctx.caller, input);
  }

  @Mutation(() => HiddenContent, { description: 'Owner and moderators: hide a check-in or reply from everyone but moderators' })
  hideCircleContent(@Arg('input', () => CircleContentInput) input: CircleContentInput, @Ctx() ctx: Context) {
    return ctx.services.circles.hide(ctx.caller, input);
  }

  @Mutation(() => CircleReport, { description: 'Owner and moderators: close a report, hiding the content if the outcome says so' })
  resolveCircleReport(@Arg('input', () => ResolveCircleReportInput) input: ResolveCircleReportInput, @Ctx() ctx: Context) {
    return ctx.services.circles.resolveReport(ctx.caller, input);
  }
}

@Resolver(() => CircleMembership)
export class CircleMembershipResolver {
  @FieldResolver(() => Int, { description: 'Check-ins posted since your last visit' })
  async unreadCount(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).unreadCount;
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).memberCount;
  }

  @FieldResolver(() => Date, { nullable: true })
  async lastCheckInAt(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).lastCheckInAt;
  }
}

@Resolver(() => ReplyPayload)
export class ReplyPayloadResolver {
  @FieldResolver(() => CheckIn, { description: 'The check-in replied to, with its new replyCount (one read, only when asked for)' })
  checkIn(@Root() payload: ReplyPayload, @Ctx() ctx: Context) {
    return ctx.services.circles.repliedCheckIn(payload.thread);
  }
}

@Resolver(() => CheckInThread)
export class CheckInThreadResolver {
  @FieldResolver(() => CheckInReplyConnection, { description: 'Oldest first' })
  replies(@Root() thread: CheckInThread, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.circles.replies(thread, args);
  }
}
