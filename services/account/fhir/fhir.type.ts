import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Your data as a FHIR R4 Bundle, for a clinician or a health record (docs/fhir.md)' })
export class ExportFhirPayload {
  @Field(() => String, { description: 'A FHIR R4 Bundle of type "collection", as JSON text' })
  bundle!: string;

  @Field(() => Int, { description: 'Resources in the bundle (the Patient included)' })
  resourceCount!: number;

  @Field(() => Date, { description: 'When the bundle was made; also its `timestamp`' })
  generatedAt!: Date;

  @Field(() => Boolean, {
    description: 'False when a section held more records than one export reads (docs/fhir.md gives the limits): the bundle then holds the oldest of them',
  })
  complete!: boolean;
}
