import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { DeleteMyAccountInput, ExportArgs } from './account.input';
import { DeleteMyAccountPayload } from './account.payload';
import { DataExportPage, SessionsCsvPage } from './account.type';

/** The member's data rights: everything acts on the caller, and only the caller. */
@Resolver()
export class AccountResolver {
  @Query(() => DataExportPage, {
    description:
      'Everything you wrote and everything about you, as pages of one JSON document in the format "lacrima-export/1" (schema/EXPORT.md). ' +
      'Call without `after`, then with each `endCursor` while `hasMore`. Each page reads at most `first` stored records, one Query per source page.',
  })
  exportMyData(@Args(() => ExportArgs) args: ExportArgs, @Ctx() ctx: Context): Promise<DataExportPage> {
    return ctx.services.account.exportMyData(ctx.caller, args);
  }

  @Query(() => SessionsCsvPage, { description: 'Your sessions as CSV, oldest first, in pages of at most `first` sessions (one Query each)' })
  exportMySessionsCsv(@Args(() => ExportArgs) args: ExportArgs, @Ctx() ctx: Context): Promise<SessionsCsvPage> {
    return ctx.services.account.exportMySessionsCsv(ctx.caller, args);
  }

  @Mutation(() => DeleteMyAccountPayload, {
    description:
      'Deletes your account for good: your data, your check-ins (with the replies under them), replies, reactions and memberships in circles, ' +
      'your shares with therapists in both directions, and finally your sign-in. Each call does a bounded part; call again until `complete` is true. ' +
      'Safe to repeat after a failure. What stays (anonymised) and why: schema/EXPORT.md.',
  })
  async deleteMyAccount(@Arg('input', () => DeleteMyAccountInput, { description: 'Your confirmation' }) input: DeleteMyAccountInput, @Ctx() ctx: Context) {
    return { accountDeletion: await ctx.services.account.deleteMyAccount(ctx.caller, input) };
  }
}
