import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SafetySignal } from '../sessions/session.safety.type';
import { ChangeDirection, MeasureBand, MeasureInstrument } from './measure.enums';

@ObjectType({ description: 'One response option, as printed on the form' })
export class ResponseOption {
  @Field(() => Int, { description: 'The value the option scores' })
  value!: number;

  @Field(() => String, { description: 'The published label' })
  label!: string;
}

@ObjectType({ description: 'One item of an instrument, in the published wording' })
export class InstrumentItem {
  @Field(() => Int, { description: 'Its number on the form (1-based); answers are given in this order' })
  number!: number;

  @Field(() => String, { description: 'The exact published text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The item’s LOINC code; null where none is confirmed' })
  loinc!: string | null;
}

@ObjectType({ description: 'One severity or wellbeing band of an instrument' })
export class InstrumentBand {
  @Field(() => MeasureBand, { description: 'The band' })
  band!: MeasureBand;

  @Field(() => String, { description: 'Its published name' })
  label!: string;

  @Field(() => Int, { description: 'Lowest value in the band, inclusive (raw score, or WHO-5 percentage)' })
  min!: number;

  @Field(() => Int, { description: 'Highest value in the band, inclusive (raw score, or WHO-5 percentage)' })
  max!: number;
}

@ObjectType({ description: 'A standard measure with its exact published wording, so apps render the text as validated' })
export class Instrument {
  @Field(() => MeasureInstrument, { description: 'The instrument' })
  id!: MeasureInstrument;

  @Field(() => String, { description: 'Its full name' })
  name!: string;

  @Field(() => String, { description: 'Its usual short name (PHQ-9, GAD-7, WHO-5)' })
  shortName!: string;

  @Field(() => String, { description: 'The question every item answers, printed above the items' })
  stem!: string;

  @Field(() => [InstrumentItem], { description: 'The items, in order' })
  items!: InstrumentItem[];

  @Field(() => [ResponseOption], { description: 'The options every item offers, lowest value first' })
  options!: ResponseOption[];

  @Field(() => Int, { description: 'The highest raw score' })
  maxScore!: number;

  @Field(() => Boolean, { description: 'True when the score is reported as a percentage (raw x 4: WHO-5)' })
  reportsPercentage!: boolean;

  @Field(() => [InstrumentBand], { description: 'The published bands, ascending' })
  bands!: InstrumentBand[];

  @Field(() => Boolean, { description: 'True when a lower score is better' })
  lowerIsBetter!: boolean;

  @Field(() => Int, { description: 'The smallest change treated as meaningful (points, or WHO-5 percentage points)' })
  meaningfulChange!: number;

  @Field(() => String, { description: 'Where that threshold comes from' })
  meaningfulChangeSource!: string;

  @Field(() => String, { nullable: true, description: 'LOINC code of the panel; null where none is confirmed' })
  loincPanel!: string | null;

  @Field(() => String, { nullable: true, description: 'LOINC code of the total score; null where none is confirmed' })
  loincTotal!: string | null;

  @Field(() => String, { description: 'The published source' })
  source!: string;

  @Field(() => String, { description: 'The terms under which it is used' })
  termsOfUse!: string;
}

@ObjectType({ description: 'A standard measure the member completed' })
export class Measure {
  @Field(() => ID, { description: 'The measure’s id' })
  id!: string;

  @Field(() => MeasureInstrument, { description: 'Which instrument' })
  instrument!: MeasureInstrument;

  @Field(() => [Int], { description: 'The answers, one per item in the form’s order' })
  answers!: number[];

  @Field(() => Int, { description: 'The raw score (sum of the answers)' })
  score!: number;

  @Field(() => Int, { nullable: true, description: 'WHO-5 only: the raw score x 4 (0-100); null for the others' })
  percentage!: number | null;

  @Field(() => MeasureBand, { description: 'The band the score falls in' })
  band!: MeasureBand;

  @Field(() => String, { description: 'The band’s published name' })
  bandLabel!: string;

  @Field(() => Date, { description: 'When it was completed' })
  completedAt!: Date;

  @Field(() => String, { description: 'The member’s local day it was completed on (YYYY-MM-DD)' })
  day!: string;
}

@ObjectType({ description: 'The latest result of one instrument beside the one before it' })
export class MeasureTrend {
  @Field(() => MeasureInstrument, { description: 'The instrument' })
  instrument!: MeasureInstrument;

  @Field(() => Measure, { nullable: true, description: 'The latest result; null when none' })
  latest!: Measure | null;

  @Field(() => Measure, { nullable: true, description: 'The result before it; null when fewer than two' })
  previous!: Measure | null;

  @Field(() => Int, { nullable: true, description: 'Latest minus previous (points, or WHO-5 percentage points); null when fewer than two' })
  change!: number | null;

  @Field(() => ChangeDirection, { nullable: true, description: 'Which way it moved; null when fewer than two' })
  direction!: ChangeDirection | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the change reaches the instrument’s meaningful change; null when fewer than two' })
  meaningful!: boolean | null;

  @Field(() => Int, { description: 'The instrument’s meaningful change (Instrument.meaningfulChange)' })
  meaningfulChange!: number;
}

@ObjectType({ description: 'The measure just submitted, with any safety signal its answers raised' })
export class SubmitMeasurePayload {
  @Field(() => Measure, { description: 'The measure stored' })
  measure!: Measure;

  @Field(() => [SafetySignal], { description: 'SELF_HARM_THOUGHTS when PHQ-9 item 9 was answered above "Not at all"; empty otherwise. Never blocks the write' })
  safetySignals!: SafetySignal[];
}
