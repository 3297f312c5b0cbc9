import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ChangeDirection, MeasureBand, MeasureInstrument } from './measure.enums';

@ObjectType({ description: 'One measure result, with the change from the result of the same instrument before it' })
export class MeasurePoint {
  @Field(() => ID, { description: 'The measure’s id' })
  id!: string;

  @Field(() => MeasureInstrument, { description: 'Which instrument' })
  instrument!: MeasureInstrument;

  @Field(() => Int, { description: 'The raw score' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'WHO-5 only: the raw score x 4 (0-100); null for the others' })
  percentage!: number | null;

  @Field(() => MeasureBand, { description: 'The band the score falls in' })
  band!: MeasureBand;

  @Field(() => String, { description: 'The member’s local day it was completed on (YYYY-MM-DD)' })
  day!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'This result minus the one before it (points, or WHO-5 percentage points); null for the first result of its instrument in these two periods',
  })
  change!: number | null;

  @Field(() => ChangeDirection, { nullable: true, description: 'Which way it moved; null when change is null' })
  direction!: ChangeDirection | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the change reaches the instrument’s meaningful change; null when change is null' })
  meaningful!: boolean | null;
}

@ObjectType({ description: "One period's measure results beside its sessions' relief and flooding shares" })
export class MeasuresInPeriod {
  @Field(() => String, { description: 'First day (YYYY-MM-DD)' })
  fromDay!: string;

  @Field(() => String, { description: 'Last day, inclusive (YYYY-MM-DD)' })
  toDay!: string;

  @Field(() => Float, { nullable: true, description: "The period's InsightFigures.reliefShare, as it stands there" })
  reliefShare!: number | null;

  @Field(() => Float, { nullable: true, description: "The period's InsightFigures.floodingShare, as it stands there" })
  floodingShare!: number | null;

  @Field(() => [MeasurePoint], { description: 'Results completed in the period, oldest first' })
  results!: MeasurePoint[];
}

@ObjectType({ description: 'Standard measures over the same days as the insights, beside how the sessions ended' })
export class InsightMeasures {
  @Field(() => MeasuresInPeriod, { description: 'The period itself' })
  current!: MeasuresInPeriod;

  @Field(() => MeasuresInPeriod, { description: 'The previous week, month or quarter' })
  previous!: MeasuresInPeriod;
}
