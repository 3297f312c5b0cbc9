import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { IdempotencyKeyRules } from '../shared/inputs';
import { MeasureInstrument } from './measure.enums';

@InputType({ description: 'A completed standard measure' })
export class SubmitMeasureInput {
  @Field(() => MeasureInstrument, { description: 'Which instrument was answered' })
  instrument!: MeasureInstrument;

  @Field(() => [Int], { description: 'One value per item, in the form’s order (instruments gives the items and option values)' })
  @ArrayMaxSize(32)
  answers!: number[];

  @Field(() => String, {
    nullable: true,
    description:
      'Optional key to retry safely (8-64 letters, digits or . _ : -), yours alone: for at least 7 days the same key and input return the first result, the same key with other input is a CONFLICT',
  })
  @IsOptional()
  @IdempotencyKeyRules()
  idempotencyKey?: string | null;
}
