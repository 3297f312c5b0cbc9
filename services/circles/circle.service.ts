import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import type { SessionService } from '../sessions/session.service';
import type { UserService } from '../users/user.service';
import type {
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
import type { CircleRepository } from './circle.repository';
import type { CheckInThread, CircleAccess, CircleMembership, ReplyToCheckInPayload } from './circle.type';
import { CircleFeedService } from './circle-feed.service';
import { CircleInviteService } from './circle-invite.service';
import { CircleMembershipService } from './circle-membership.service';
import { CircleModerationService } from './circle-moderation.service';
import type { PageArgs } from './circle-service.shared';

/** The one circles service resolvers see; each call goes to the service of its aggregate, all on the same repository. */
export class CircleService {
  private readonly memberships: CircleMembershipService;
  private readonly invitations: CircleInviteService;
  private readonly feed: CircleFeedService;
  private readonly moderation: CircleModerationService;

  constructor(repo: CircleRepository, sessions: SessionService, users: UserService, clock: Clock) {
    this.memberships = new CircleMembershipService(repo, sessions, users, clock);
    this.invitations = new CircleInviteService(repo, sessions, users, clock);
    this.feed = new CircleFeedService(repo, sessions, users, clock);
    this.moderation = new CircleModerationService(repo, sessions, users, clock);
  }

  // Circles and memberships

  create(caller: Caller, input: CreateCircleInput) {
    return this.memberships.create(caller, input);
  }
  get(caller: Caller, circleId: string) {
    return this.memberships.get(caller, circleId);
  }
  myCircles(caller: Caller, args: PageArgs) {
    return this.memberships.myCircles(caller, args);
  }
  liveFigures(membership: CircleMembership) {
    return this.memberships.liveFigures(membership);
  }
  markVisited(caller: Caller, circleId: string) {
    return this.memberships.markVisited(caller, circleId);
  }
  setPseudonym(caller: Caller, circleId: string, pseudonym: string, attempt = 1) {
    return this.memberships.setPseudonym(caller, circleId, pseudonym, attempt);
  }
  members(access: CircleAccess, args: PageArgs) {
    return this.memberships.members(access, args);
  }
  setRole(caller: Caller, input: SetCircleMemberRoleInput) {
    return this.memberships.setRole(caller, input);
  }
  transferOwnership(caller: Caller, circleId: string, memberId: string) {
    return this.memberships.transferOwnership(caller, circleId, memberId);
  }
  removeMember(caller: Caller, circleId: string, memberId: string) {
    return this.memberships.removeMember(caller, circleId, memberId);
  }
  leave(caller: Caller, circleId: string) {
    return this.memberships.leave(caller, circleId);
  }

  // Invites

  createInvite(caller: Caller, input: CreateCircleInviteInput) {
    return this.invitations.createInvite(caller, input);
  }
  invites(access: CircleAccess, args: PageArgs) {
    return this.invitations.invites(access, args);
  }
  revokeInvite(caller: Caller, circleId: string, inviteId: string) {
    return this.invitations.revokeInvite(caller, circleId, inviteId);
  }
  join(caller: Caller, input: JoinCircleInput) {
    return this.invitations.join(caller, input);
  }

  // Check-ins, support, replies

  preview(caller: Caller, circleId: string, sessionId: string) {
    return this.feed.preview(caller, circleId, sessionId);
  }
  postCheckIn(caller: Caller, input: PostCheckInInput) {
    return this.feed.postCheckIn(caller, input);
  }
  checkIns(access: CircleAccess, args: PageArgs) {
    return this.feed.checkIns(access, args);
  }
  thread(access: CircleAccess, checkInId: string) {
    return this.feed.thread(access, checkInId);
  }
  repliedCheckIn(thread: ReplyToCheckInPayload['thread']) {
    return this.feed.repliedCheckIn(thread);
  }
  replies(thread: CheckInThread, args: PageArgs) {
    return this.feed.replies(thread, args);
  }
  react(caller: Caller, input: ReactionInput) {
    return this.feed.react(caller, input);
  }
  unreact(caller: Caller, input: ReactionInput) {
    return this.feed.unreact(caller, input);
  }
  reply(caller: Caller, input: ReplyToCheckInInput) {
    return this.feed.reply(caller, input);
  }

  // Safety: reports and moderation

  report(caller: Caller, input: ReportCircleContentInput) {
    return this.moderation.report(caller, input);
  }
  openReports(access: CircleAccess, args: PageArgs) {
    return this.moderation.openReports(access, args);
  }
  hide(caller: Caller, input: CircleContentInput) {
    return this.moderation.hide(caller, input);
  }
  resolveReport(caller: Caller, input: ResolveCircleReportInput) {
    return this.moderation.resolveReport(caller, input);
  }
}
