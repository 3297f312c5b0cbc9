import { Arg, Args, ArgsType, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Connection, PageArgs } from '../shared/pagination';
import { MeasureInstrument } from './measure.enums';
import { SubmitMeasureInput } from './measure.input';
import { Instrument, Measure, MeasureTrend, SubmitMeasurePayload } from './measure.type';

@ObjectType({ description: 'A page of Measure items (Relay cursor connection)' })
export class MeasureConnection extends Connection(() => Measure, 'Measure') {}

@ArgsType()
export class MeasuresArgs extends PageArgs {
  @Field(() => MeasureInstrument, { nullable: true, description: 'Only this instrument’s results; all of them when left out' })
  instrument?: MeasureInstrument | null;
}

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => [Instrument], { description: 'The standard measures with their exact wording, options, bands and terms of use' })
  instruments(@Ctx() ctx: Context) {
    return ctx.services.measures.instruments();
  }

  @Mutation(() => SubmitMeasurePayload, { description: 'Store a completed PHQ-9, GAD-7 or WHO-5 with its score; private to you' })
  submitMeasure(@Arg('input', () => SubmitMeasureInput, { description: 'The instrument and the answers' }) input: SubmitMeasureInput, @Ctx() ctx: Context) {
    return ctx.services.measures.submit(ctx.caller, input);
  }

  @Query(() => MeasureConnection, { description: 'Your measures, newest first' })
  measures(@Args(() => MeasuresArgs) args: MeasuresArgs, @Ctx() ctx: Context) {
    return ctx.services.measures.list(ctx.caller, args);
  }

  @Query(() => MeasureTrend, { description: 'Your latest result of one instrument, the one before it, and whether the change is meaningful' })
  measureTrend(@Arg('instrument', () => MeasureInstrument, { description: 'The instrument' }) instrument: MeasureInstrument, @Ctx() ctx: Context) {
    return ctx.services.measures.trend(ctx.caller, instrument);
  }
}
