import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../shared/pagination';
import {
  CircleContentInput,
  CreateCircleInput,
  CreateCircleInviteInput,
  JoinCircleInput,
  LeaveCircleInput,
  MarkCircleVisitedInput,
  PostCheckInInput,
  ReactionInput,
  RemoveCircleMemberInput,
  ReplyToCheckInInput,
  ReportCircleContentInput,
  ResolveCircleReportInput,
  RevokeCircleInviteInput,
  SetCircleMemberRoleInput,
  SetCirclePseudonymInput,
  TransferCircleOwnershipInput,
} from './circle.input';
import {
  AddReactionPayload,
  CreateCircleInvitePayload,
  CreateCirclePayload,
  HideCircleContentPayload,
  JoinCirclePayload,
  LeaveCirclePayload,
  MarkCircleVisitedPayload,
  RemoveCircleMemberPayload,
  RemoveReactionPayload,
  ReportCircleContentPayload,
  ResolveCircleReportPayload,
  RevokeCircleInvitePayload,
  SetCircleMemberRolePayload,
  SetCirclePseudonymPayload,
  TransferCircleOwnershipPayload,
} from './circle.payload';
import {
  CheckIn,
  CheckInConnection,
  CheckInPreview,
  CheckInReplyConnection,
  CheckInThread,
  Circle,
  CircleInviteConnection,
  CircleMemberConnection,
  CircleMembership,
  CircleMembershipConnection,
  CircleReportConnection,
  PostCheckInPayload,
  ReplyToCheckInPayload,
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
  checkInPreview(
    @Arg('circleId', () => ID, { description: 'The circle to post to' }) circleId: string,
    @Arg('sessionId', () => ID, { description: 'Your session to summarise' }) sessionId: string,
    @Ctx() ctx: Context,
  ) {
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

  @Mutation(() => CreateCirclePayload, { description: 'Start a circle; you are its owner' })
  async createCircle(@Arg('input', () => CreateCircleInput, { description: 'The circle' }) input: CreateCircleInput, @Ctx() ctx: Context) {
    return { circle: await ctx.services.circles.create(ctx.caller, input) };
  }

  @Mutation(() => JoinCirclePayload, { description: 'Join with an invite code' })
  async joinCircle(@Arg('input', () => JoinCircleInput, { description: 'The invite code and how you appear' }) input: JoinCircleInput, @Ctx() ctx: Context) {
    return { circle: await ctx.services.circles.join(ctx.caller, input) };
  }

  @Mutation(() => LeaveCirclePayload, {
    description: 'Leave a circle; an owner transfers ownership first, unless they are the last member (the circle is then archived)',
  })
  async leaveCircle(@Arg('input', () => LeaveCircleInput, { description: 'The circle' }) input: LeaveCircleInput, @Ctx() ctx: Context) {
    return { circleId: await ctx.services.circles.leave(ctx.caller, input.circleId) };
  }

  @Mutation(() => MarkCircleVisitedPayload, { description: 'Record a visit: unread counts start again from here' })
  async markCircleVisited(@Arg('input', () => MarkCircleVisitedInput, { description: 'The circle' }) input: MarkCircleVisitedInput, @Ctx() ctx: Context) {
    return { circleMembership: await ctx.services.circles.markVisited(ctx.caller, input.circleId) };
  }

  @Mutation(() => SetCirclePseudonymPayload, { description: 'Choose how you appear in this circle' })
  async setCirclePseudonym(
    @Arg('input', () => SetCirclePseudonymInput, { description: 'The circle and your pseudonym' }) input: SetCirclePseudonymInput,
    @Ctx() ctx: Context,
  ) {
    return { circleMember: await ctx.services.circles.setPseudonym(ctx.caller, input.circleId, input.pseudonym) };
  }

  @Mutation(() => CreateCircleInvitePayload, { description: 'Owner and moderators: a new invite code (single use and 7 days by default)' })
  async createCircleInvite(
    @Arg('input', () => CreateCircleInviteInput, { description: 'The circle and the code’s limits' }) input: CreateCircleInviteInput,
    @Ctx() ctx: Context,
  ) {
    return { circleInvite: await ctx.services.circles.createInvite(ctx.caller, input) };
  }

  @Mutation(() => RevokeCircleInvitePayload, { description: 'Owner and moderators: the code stops working at once' })
  async revokeCircleInvite(@Arg('input', () => RevokeCircleInviteInput, { description: 'The invite' }) input: RevokeCircleInviteInput, @Ctx() ctx: Context) {
    return { circleInvite: await ctx.services.circles.revokeInvite(ctx.caller, input.circleId, input.inviteId) };
  }

  @Mutation(() => SetCircleMemberRolePayload, { description: 'Owner: promote a member to moderator, or a moderator back to member' })
  async setCircleMemberRole(
    @Arg('input', () => SetCircleMemberRoleInput, { description: 'The member and the role' }) input: SetCircleMemberRoleInput,
    @Ctx() ctx: Context,
  ) {
    return { circleMember: await ctx.services.circles.setRole(ctx.caller, input) };
  }

  @Mutation(() => TransferCircleOwnershipPayload, { description: 'Owner: make another member the owner; you become a moderator' })
  async transferCircleOwnership(
    @Arg('input', () => TransferCircleOwnershipInput, { description: 'The new owner' }) input: TransferCircleOwnershipInput,
    @Ctx() ctx: Context,
  ) {
    return { circle: await ctx.services.circles.transferOwnership(ctx.caller, input.circleId, input.memberId) };
  }

  @Mutation(() => RemoveCircleMemberPayload, {
    description: 'Owner and moderators: remove a member (moderators remove members only; nobody removes the owner)',
  })
  async removeCircleMember(@Arg('input', () => RemoveCircleMemberInput, { description: 'The member' }) input: RemoveCircleMemberInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.circles.removeMember(ctx.caller, input.circleId, input.memberId) };
  }

  @Mutation(() => PostCheckInPayload, { description: 'Post how you are; with fromSession, exactly the summary checkInPreview showed' })
  postCheckIn(@Arg('input', () => PostCheckInInput, { description: 'The circle and what to post' }) input: PostCheckInInput, @Ctx() ctx: Context) {
    return ctx.services.circles.postCheckIn(ctx.caller, input);
  }

  @Mutation(() => AddReactionPayload, { description: 'One of each kind per member per check-in' })
  async addReaction(@Arg('input', () => ReactionInput, { description: 'The check-in and the reaction' }) input: ReactionInput, @Ctx() ctx: Context) {
    return { checkIn: await ctx.services.circles.react(ctx.caller, input) };
  }

  @Mutation(() => RemoveReactionPayload, { description: 'Take back a reaction of yours' })
  async removeReaction(@Arg('input', () => ReactionInput, { description: 'The check-in and the reaction' }) input: ReactionInput, @Ctx() ctx: Context) {
    return { checkIn: await ctx.services.circles.unreact(ctx.caller, input) };
  }

  @Mutation(() => ReplyToCheckInPayload, { description: 'A short supportive reply' })
  replyToCheckIn(@Arg('input', () => ReplyToCheckInInput, { description: 'The check-in and the reply' }) input: ReplyToCheckInInput, @Ctx() ctx: Context) {
    return ctx.services.circles.reply(ctx.caller, input);
  }

  @Mutation(() => ReportCircleContentPayload, { description: 'Report a check-in or reply to the moderators, anonymously; once per item' })
  async reportCircleContent(
    @Arg('input', () => ReportCircleContentInput, { description: 'What and why' }) input: ReportCircleContentInput,
    @Ctx() ctx: Context,
  ) {
    return { reportId: await ctx.services.circles.report(ctx.caller, input) };
  }

  @Mutation(() => HideCircleContentPayload, { description: 'Owner and moderators: hide a check-in or reply from everyone but moderators' })
  async hideCircleContent(@Arg('input', () => CircleContentInput, { description: 'What to hide' }) input: CircleContentInput, @Ctx() ctx: Context) {
    return { hiddenContent: await ctx.services.circles.hide(ctx.caller, input) };
  }

  @Mutation(() => ResolveCircleReportPayload, { description: 'Owner and moderators: close a report, hiding the content if the outcome says so' })
  async resolveCircleReport(
    @Arg('input', () => ResolveCircleReportInput, { description: 'The report and its outcome' }) input: ResolveCircleReportInput,
    @Ctx() ctx: Context,
  ) {
    return { circleReport: await ctx.services.circles.resolveReport(ctx.caller, input) };
  }
}

@Resolver(() => CircleMembership)
export class CircleMembershipResolver {
  @FieldResolver(() => Int, { description: 'Check-ins posted since your last visit' })
  async unreadCount(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).unreadCount;
  }

  @FieldResolver(() => Int, { description: 'Members in the circle now, you included (read for the whole page at once, only when asked for)' })
  async memberCount(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).memberCount;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the latest check-in was posted; null before the first one' })
  async lastCheckInAt(@Root() membership: CircleMembership, @Ctx() ctx: Context) {
    return (await ctx.services.circles.liveFigures(membership)).lastCheckInAt;
  }
}

@Resolver(() => ReplyToCheckInPayload)
export class ReplyToCheckInPayloadResolver {
  @FieldResolver(() => CheckIn, { description: 'The check-in replied to, with its new replyCount (one read, only when asked for)' })
  checkIn(@Root() payload: ReplyToCheckInPayload, @Ctx() ctx: Context) {
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
