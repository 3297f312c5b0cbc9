import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../shared/pagination';
import { InsightPeriod, Insights } from '../sessions/session.insights.type';
import { ClientSafetyStatus } from '../sessions/session.safety.type';
import { TimelineConnection } from '../timeline/timeline.type';
import { AddNoteInput, ClientTimelineArgs, InviteTherapistInput, SuggestPracticeInput, UpdateGrantInput, UpdateNoteInput } from './sharing.input';
import { AccessLogConnection, Grant, GrantConnection, PracticeSuggestion, PracticeSuggestionConnection, TherapistNote } from './sharing.type';

@Resolver()
export class SharingResolver {
  // Therapists

  @Query(() => String, { description: 'Therapists: the code a client uses to invite you' })
  myShareCode(@Ctx() ctx: Context) {
    return ctx.services.sharing.myShareCode(ctx.caller);
  }

  @Mutation(() => String, { description: 'Therapists: a new share code; the old one stops working' })
  rotateShareCode(@Ctx() ctx: Context) {
    return ctx.services.sharing.rotateShareCode(ctx.caller);
  }

  @Query(() => GrantConnection, { description: 'Therapists: clients with an active share' })
  myClients(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.myClients(ctx.caller, args);
  }

  @Query(() => GrantConnection, { description: 'Therapists: invitations waiting for an answer' })
  myInvitations(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.myInvitations(ctx.caller, args);
  }

  @Mutation(() => Grant)
  acceptInvitation(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.respondToInvitation(ctx.caller, clientId, true);
  }

  @Mutation(() => Grant)
  declineInvitation(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.respondToInvitation(ctx.caller, clientId, false);
  }

  @Query(() => TimelineConnection, { description: "Therapists: a client's shared timeline, filtered to the granted scopes; every read is logged" })
  clientTimeline(@Args(() => ClientTimelineArgs) args: ClientTimelineArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.clientTimeline(ctx.caller, args);
  }

  @Query(() => Insights, { description: "Therapists: a client's insights (INSIGHTS scope)" })
  clientInsights(
    @Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string,
    @Arg('period', () => InsightPeriod, { description: 'A week, a month or a quarter' }) period: InsightPeriod,
    @Arg('from', () => String, { nullable: true, description: 'Any day in the period (YYYY-MM-DD); default: today in the client’s time zone' }) from: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sharing.clientInsights(ctx.caller, clientId, period, from);
  }

  @Query(() => ClientSafetyStatus, { description: "Therapists: a client's safety signals, what was logged and when (SAFETY_SIGNALS scope; session ids need SESSIONS)" })
  clientSafetyStatus(@Arg('clientId', () => ID, { description: 'The client (SharePerson.personId)' }) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.clientSafetyStatus(ctx.caller, clientId);
  }

  @Mutation(() => TherapistNote, { description: "Therapists: a note on a client's timeline, seen by the two of you only" })
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @Ctx() ctx: Context) {
    return ctx.services.sharing.addNote(ctx.caller, input);
  }

  @Mutation(() => TherapistNote)
  updateNote(@Arg('input', () => UpdateNoteInput) input: UpdateNoteInput, @Ctx() ctx: Context) {
    return ctx.services.sharing.updateNote(ctx.caller, input);
  }

  @Mutation(() => ID)
  deleteNote(@Arg('clientId', () => ID) clientId: string, @Arg('noteId', () => ID) noteId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.deleteNote(ctx.caller, clientId, noteId);
  }

  // Clients

  @Mutation(() => Grant, { description: "Share with a therapist using their share code; they accept or decline" })
  inviteTherapist(@Arg('input', () => InviteTherapistInput) input: InviteTherapistInput, @Ctx() ctx: Context) {
    return ctx.services.sharing.inviteTherapist(ctx.caller, input);
  }

  @Mutation(() => Grant, { description: 'Change scopes or expiry of a share' })
  updateGrant(@Arg('input', () => UpdateGrantInput) input: UpdateGrantInput, @Ctx() ctx: Context) {
    return ctx.services.sharing.updateGrant(ctx.caller, input);
  }

  @Mutation(() => Grant, { description: "Stop sharing at once; the therapist's next request is refused" })
  revokeGrant(@Arg('therapistId', () => ID) therapistId: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.revokeGrant(ctx.caller, therapistId);
  }

  @Query(() => [Grant], { description: 'Everyone you share with, or invited' })
  myGrants(@Ctx() ctx: Context) {
    return ctx.services.sharing.myGrants(ctx.caller);
  }

  @Query(() => AccessLogConnection, { description: 'Every read of your data by a therapist, newest first' })
  accessLog(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.accessLog(ctx.caller, args);
  }

  @Mutation(() => PracticeSuggestion, { description: 'Therapists: suggest a routine to a client' })
  suggestPractice(@Arg('input', () => SuggestPracticeInput) input: SuggestPracticeInput, @Ctx() ctx: Context) {
    return ctx.services.sharing.suggestPractice(ctx.caller, input);
  }

  @Query(() => PracticeSuggestionConnection, { description: 'Practices your therapists suggested, newest first' })
  practiceSuggestions(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sharing.practiceSuggestions(ctx.caller, args);
  }

  @Mutation(() => PracticeSuggestion, { description: 'Accept a suggestion: it becomes your routine' })
  acceptPracticeSuggestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.acceptSuggestion(ctx.caller, id);
  }

  @Mutation(() => PracticeSuggestion)
  declinePracticeSuggestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.sharing.declineSuggestion(ctx.caller, id);
  }
}
