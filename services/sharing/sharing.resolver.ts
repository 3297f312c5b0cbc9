import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../shared/pagination';
import { InsightPeriod, Insights } from '../sessions/session.insights.type';
import { ClientSafetyStatus } from '../sessions/session.safety.type';
import { TimelineConnection } from '../timeline/timeline.type';
import {
  AcceptInvitationInput,
  AcceptPracticeSuggestionInput,
  AddNoteInput,
  ClientTimelineArgs,
  DeclineInvitationInput,
  DeclinePracticeSuggestionInput,
  DeleteNoteInput,
  InviteTherapistInput,
  RevokeGrantInput,
  SuggestPracticeInput,
  UpdateGrantInput,
  UpdateNoteInput,
} from './sharing.input';
import {
  AcceptInvitationPayload,
  AcceptPracticeSuggestionPayload,
  AddNotePayload,
  DeclineInvitationPayload,
  DeclinePracticeSuggestionPayload,
  DeleteNotePayload,
  InviteTherapistPayload,
  RevokeGrantPayload,
  RotateShareCodePayload,
  SuggestPracticePayload,
  UpdateGrantPayload,
  UpdateNotePayload,
} from './sharing.payload';
import { AccessLogConnection, Grant, GrantConnection, PracticeSuggestionConnection } from './sharing.type';

@Resolver()
export class SharingResolver {
  // Therapists

  @Query(() => String, { description: 'Therapists: the code a client uses to invite you' })
  myShareCode(@Ctx() ctx: Context) {
    return ctx.services.sharing.myShareCode(ctx.caller);
  }

  @Mutation(() => RotateShareCodePayload, { description: 'Therapists: a new share code; the old one stops working (the one mutation that needs no input)' })
  async rotateShareCode(@Ctx() ctx: Context): Promise<RotateShareCodePayload> {
    return { shareCode: await ctx.services.sharing.rotateShareCode(ctx.caller) };
  }

  @Query(() => GrantConnection, { description: 'Therapists: clients with an active share' })
  myClients(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.myClients(ctx.caller, args);
  }

  @Query(() => GrantConnection, { description: 'Therapists: invitations waiting for an answer' })
  myInvitations(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.myInvitations(ctx.caller, args);
  }

  @Mutation(() => AcceptInvitationPayload, { description: "Therapists: accept a client's invitation; their shared timeline opens to you" })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput, { description: 'Whose invitation' }) input: AcceptInvitationInput, @Ctx() ctx: Context) {
    return { grant: await ctx.services.sharing.respondToInvitation(ctx.caller, input.clientId, true) };
  }

  @Mutation(() => DeclineInvitationPayload, { description: "Therapists: decline a client's invitation" })
  async declineInvitation(@Arg('input', () => DeclineInvitationInput, { description: 'Whose invitation' }) input: DeclineInvitationInput, @Ctx() ctx: Context) {
    return { grant: await ctx.services.sharing.respondToInvitation(ctx.caller, input.clientId, false) };
  }

  @Query(() => TimelineConnection, { description: "Therapists: a client's shared timeline, filtered to the granted scopes; every read is logged" })
  clientTimeline(@Args(() => ClientTimelineArgs) args: ClientTimelineArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.clientTimeline(ctx.caller, args);
  }

  @Query(() => Insights, { description: "Therapists: a client's insights (INSIGHTS scope)" })
  clientInsights(
    @Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string,
    @Arg('period', () => InsightPeriod, { description: 'A week, a month or a quarter' }) period: InsightPeriod,
    @Arg('from', () => String, { nullable: true, description: 'Any day in the period (YYYY-MM-DD); default: today in the client’s time zone' })
    from: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sharing.clientInsights(ctx.caller, clientId, period, from);
  }

  @Query(() => ClientSafetyStatus, {
    description: "Therapists: a client's safety signals, what was logged and when (SAFETY_SIGNALS scope; session ids need SESSIONS)",
  })
  clientSafetyStatus(@Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.clientSafetyStatus(ctx.caller, clientId);
  }

  @Mutation(() => AddNotePayload, { description: "Therapists: a note on a client's timeline, seen by the two of you only" })
  async addNote(@Arg('input', () => AddNoteInput, { description: 'The note and where it goes' }) input: AddNoteInput, @Ctx() ctx: Context) {
    return { therapistNote: await ctx.services.sharing.addNote(ctx.caller, input) };
  }

  @Mutation(() => UpdateNotePayload, { description: 'Therapists: change the text of one of your notes' })
  async updateNote(@Arg('input', () => UpdateNoteInput, { description: 'The note and its new text' }) input: UpdateNoteInput, @Ctx() ctx: Context) {
    return { therapistNote: await ctx.services.sharing.updateNote(ctx.caller, input) };
  }

  @Mutation(() => DeleteNotePayload, { description: 'Therapists: delete one of your notes' })
  async deleteNote(@Arg('input', () => DeleteNoteInput, { description: 'The note' }) input: DeleteNoteInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.sharing.deleteNote(ctx.caller, input.clientId, input.noteId) };
  }

  // Clients

  @Mutation(() => InviteTherapistPayload, { description: 'Share with a therapist using their share code; they accept or decline' })
  async inviteTherapist(
    @Arg('input', () => InviteTherapistInput, { description: 'The share code and what to share' }) input: InviteTherapistInput,
    @Ctx() ctx: Context,
  ) {
    return { grant: await ctx.services.sharing.inviteTherapist(ctx.caller, input) };
  }

  @Mutation(() => UpdateGrantPayload, { description: 'Change scopes or expiry of a share' })
  async updateGrant(@Arg('input', () => UpdateGrantInput, { description: 'The share and what changes' }) input: UpdateGrantInput, @Ctx() ctx: Context) {
    return { grant: await ctx.services.sharing.updateGrant(ctx.caller, input) };
  }

  @Mutation(() => RevokeGrantPayload, { description: "Stop sharing at once; the therapist's next request is refused" })
  async revokeGrant(@Arg('input', () => RevokeGrantInput, { description: 'The therapist' }) input: RevokeGrantInput, @Ctx() ctx: Context) {
    return { grant: await ctx.services.sharing.revokeGrant(ctx.caller, input.therapistId) };
  }

  @Query(() => [Grant], { description: 'Everyone you share with, or invited' })
  myGrants(@Ctx() ctx: Context) {
    return ctx.services.sharing.myGrants(ctx.caller);
  }

  @Query(() => AccessLogConnection, { description: 'Every read of your data by a therapist, newest first' })
  accessLog(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.accessLog(ctx.caller, args);
  }

  @Mutation(() => SuggestPracticePayload, { description: 'Therapists: suggest a routine to a client' })
  async suggestPractice(
    @Arg('input', () => SuggestPracticeInput, { description: 'The client and the routine' }) input: SuggestPracticeInput,
    @Ctx() ctx: Context,
  ) {
    return { practiceSuggestion: await ctx.services.sharing.suggestPractice(ctx.caller, input) };
  }

  @Query(() => PracticeSuggestionConnection, { description: 'Practices your therapists suggested, newest first' })
  practiceSuggestions(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.practiceSuggestions(ctx.caller, args);
  }

  @Mutation(() => AcceptPracticeSuggestionPayload, { description: 'Accept a suggestion: it becomes your routine' })
  async acceptPracticeSuggestion(
    @Arg('input', () => AcceptPracticeSuggestionInput, { description: 'The suggestion' }) input: AcceptPracticeSuggestionInput,
    @Ctx() ctx: Context,
  ) {
    return { practiceSuggestion: await ctx.services.sharing.acceptSuggestion(ctx.caller, input.id) };
  }

  @Mutation(() => DeclinePracticeSuggestionPayload, { description: 'Decline a suggestion; your therapist sees it declined' })
  async declinePracticeSuggestion(
    @Arg('input', () => DeclinePracticeSuggestionInput, { description: 'The suggestion' }) input: DeclinePracticeSuggestionInput,
    @Ctx() ctx: Context,
  ) {
    return { practiceSuggestion: await ctx.services.sharing.declineSuggestion(ctx.caller, input.id) };
  }
}
