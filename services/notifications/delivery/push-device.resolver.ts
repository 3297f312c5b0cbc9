import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { RegisterPushDeviceInput, RemovePushDeviceInput } from './push-device.input';
import { RegisterPushDevicePayload, RemovePushDevicePayload } from './push-device.payload';
import { PushDevice } from './push-device.type';

@Resolver(() => PushDevice)
export class PushDeviceResolver {
  @Query(() => String, { description: 'The VAPID application server key (base64url) to pass to pushManager.subscribe' })
  pushPublicKey(@Ctx() ctx: Context): string {
    return ctx.services.pushDevices.publicKey();
  }

  @Query(() => [PushDevice], { description: 'Your devices registered for Web Push (at most 10), oldest first' })
  myPushDevices(@Ctx() ctx: Context) {
    return ctx.services.pushDevices.list(ctx.caller);
  }

  @Mutation(() => RegisterPushDevicePayload, {
    description: 'Register a browser for Web Push; the same endpoint again updates it. At most 10 devices (LIMIT_REACHED)',
  })
  async registerPushDevice(
    @Arg('input', () => RegisterPushDeviceInput, { description: "The browser's push subscription" }) input: RegisterPushDeviceInput,
    @Ctx() ctx: Context,
  ) {
    return { device: await ctx.services.pushDevices.register(ctx.caller, input) };
  }

  @Mutation(() => RemovePushDevicePayload, { description: 'Stop pushing to a device; NOT_FOUND if it is not yours' })
  async removePushDevice(@Arg('input', () => RemovePushDeviceInput, { description: 'The device' }) input: RemovePushDeviceInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.pushDevices.remove(ctx.caller, input.id) };
  }
}
