import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../shared/pagination';
import { CaseloadEntryConnection } from './caseload.type';

@Resolver()
export class CaseloadResolver {
  @Query(() => CaseloadEntryConnection, {
    description:
      'Therapists: each client with an active share at a glance (what is new since you last looked, signals, alerts, measures, suggestions); each row is logged in its client’s access log',
  })
  myCaseload(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.caseload.myCaseload(ctx.caller, args);
  }
}
