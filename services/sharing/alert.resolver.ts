import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AlertMyTherapistInput, SetGrantAlertsInput } from './alert.input';
import { AlertMyTherapistPayload, SetGrantAlertsPayload } from './alert.payload';

@Resolver()
export class AlertResolver {
  @Mutation(() => AlertMyTherapistPayload, {
    description: 'Members: "let my therapist know" — alerts a therapist you share with now; your access log lists it',
  })
  async alertMyTherapist(@Arg('input', () => AlertMyTherapistInput, { description: 'Which therapist' }) input: AlertMyTherapistInput, @Ctx() ctx: Context) {
    return { alert: await ctx.services.alerts.alertMyTherapist(ctx.caller, input) };
  }

  @Mutation(() => SetGrantAlertsPayload, { description: 'Members: opt in (or out) to alert a therapist whenever a safety signal fires for you' })
  async setGrantAlerts(@Arg('input', () => SetGrantAlertsInput, { description: 'The share and the setting' }) input: SetGrantAlertsInput, @Ctx() ctx: Context) {
    return { grant: await ctx.services.alerts.setGrantAlerts(ctx.caller, input) };
  }
}
