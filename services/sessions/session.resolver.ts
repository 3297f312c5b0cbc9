import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { selects } from '../graphql/selection';
import { Connection, PageArgs } from '../shared/pagination';
import { DeleteSessionInput, EndSessionInput, LogSessionInput, StartSessionInput, UpdateSessionInput } from './session.input';
import { DeleteSessionPayload, EndSessionPayload, LogSessionPayload, StartSessionPayload, UpdateSessionPayload } from './session.payload';
import { InsightPeriod, Insights } from './session.insights.type';
import { SafetyStatus } from './session.safety.type';
import { Session } from './session.type';

@ObjectType({ description: 'A page of Session items (Relay cursor connection)' })
export class SessionConnection extends Connection(() => Session, 'Session') {}

@ArgsType()
export class SessionsArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Sessions started at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sessions started before this instant' })
  to?: Date | null;
}

@Resolver(() => Session)
export class SessionResolver {
  @Mutation(() => StartSessionPayload, { description: 'Start a live session now; end it with endSession' })
  startSession(
    @Arg('input', () => StartSessionInput, { nullable: true, description: 'Optional: what brought it on, and a key to retry safely' })
    input: StartSessionInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.sessions.start(ctx.caller, input ?? {});
  }

  @Mutation(() => EndSessionPayload, { description: 'End a live session with how it went; returns any safety signals' })
  endSession(@Arg('input', () => EndSessionInput, { description: 'The live session and how it went' }) input: EndSessionInput, @Ctx() ctx: Context) {
    return ctx.services.sessions.end(ctx.caller, input);
  }

  @Mutation(() => LogSessionPayload, { description: 'Log a complete session, possibly back-dated; returns any safety signals' })
  logSession(@Arg('input', () => LogSessionInput, { description: 'The session' }) input: LogSessionInput, @Ctx() ctx: Context) {
    return ctx.services.sessions.log(ctx.caller, input);
  }

  @Mutation(() => UpdateSessionPayload, { description: 'Change a session you logged (at the version you read)' })
  async updateSession(@Arg('input', () => UpdateSessionInput, { description: 'The session and what changes' }) input: UpdateSessionInput, @Ctx() ctx: Context) {
    return { session: await ctx.services.sessions.update(ctx.caller, input) };
  }

  @Mutation(() => DeleteSessionPayload, { description: 'Delete one of your sessions for good' })
  async deleteSession(@Arg('input', () => DeleteSessionInput, { description: 'The session' }) input: DeleteSessionInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.sessions.delete(ctx.caller, input.id) };
  }

  @Query(() => Session, { description: 'One of your sessions; NOT_FOUND if it is not yours' })
  session(@Arg('id', () => ID, { description: 'Your session' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.sessions.get(ctx.caller, id);
  }

  @Query(() => SessionConnection, { description: 'Your sessions, newest first' })
  sessions(@Args(() => SessionsArgs) args: SessionsArgs, @Ctx() ctx: Context) {
    return ctx.services.sessions.list(ctx.caller, args);
  }

  @Query(() => Insights, { description: 'A period of sessions beside the one before it; no streaks, no scores' })
  insights(
    @Arg('period', () => InsightPeriod, { description: 'A week, a month or a quarter' }) period: InsightPeriod,
    @Arg('from', () => String, { nullable: true, description: 'A day (YYYY-MM-DD) in the period; default today' }) from: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The measures beside them need only the periods' days: their read starts beside the sessions' (one round trip fewer).
    const measuresAsked = selects(info, 'measures');
    return ctx.services.sessions.insights(
      ctx.caller,
      period,
      from,
      measuresAsked ? (days) => ctx.services.measureInsights.readAhead(ctx.caller, days) : undefined,
    );
  }

  @Query(() => SafetyStatus, { description: 'Signals worth a gentle look, with support resources; visible only to you' })
  safetyStatus(@Ctx() ctx: Context) {
    return ctx.services.sessions.safetyStatus(ctx.caller);
  }
}
