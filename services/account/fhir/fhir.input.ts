import { ArrayMaxSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { FhirSection } from './fhir.enums';

@InputType({ description: 'What the FHIR export holds' })
export class ExportFhirInput {
  @Field(() => [FhirSection], { nullable: true, description: 'The sections to include (at least one); omit for all of them' })
  @ArrayMaxSize(10)
  include?: FhirSection[] | null;
}
