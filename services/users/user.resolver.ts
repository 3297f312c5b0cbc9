import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { UpdateProfileInput } from './user.input';
import { Profile } from './user.type';

@Resolver(() => Profile)
export class UserResolver {
  @Query(() => Profile, { description: "The caller's profile, created on first call" })
  me(@Ctx() ctx: Context): Promise<Profile> {
    return ctx.services.users.me(ctx.caller);
  }

  @Mutation(() => Profile, { description: 'Change display name, pronouns, time zone, locale or preferences' })
  updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<Profile> {
    return ctx.services.users.updateProfile(ctx.caller, input);
  }
}
