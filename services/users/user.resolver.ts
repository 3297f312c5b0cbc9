import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { UpdateProfileInput } from './user.input';
import { UpdateProfilePayload } from './user.payload';
import { Profile } from './user.type';

@Resolver(() => Profile)
export class UserResolver {
  @Query(() => Profile, { description: "The caller's profile, created on first call" })
  me(@Ctx() ctx: Context): Promise<Profile> {
    return ctx.services.users.me(ctx.caller);
  }

  @Mutation(() => UpdateProfilePayload, { description: 'Change display name, pronouns, time zone, locale, country or preferences' })
  async updateProfile(
    @Arg('input', () => UpdateProfileInput, { description: 'What changes, at the version you read' }) input: UpdateProfileInput,
    @Ctx() ctx: Context,
  ) {
    return { profile: await ctx.services.users.updateProfile(ctx.caller, input) };
  }
}
