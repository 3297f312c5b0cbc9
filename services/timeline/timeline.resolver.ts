import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { TimelineArgs, TimelineConnection } from './timeline.type';

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'Sessions and journal entries (and later more), newest first; one Query per page' })
  timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() ctx: Context) {
    return ctx.services.timeline.timeline(ctx.caller, args);
  }
}
