import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ExportFhirInput } from './fhir.input';
import { ExportFhirPayload } from './fhir.type';

/** The clinical export: always the caller's own data, whoever the caller is. */
@Resolver()
export class FhirResolver {
  @Query(() => ExportFhirPayload, {
    description:
      'Your measures, session distress and shares with therapists as one FHIR R4 Bundle (docs/fhir.md). ' +
      'A therapist gets their own data as a member, never a client’s. Unknown or empty sections are BAD_USER_INPUT.',
  })
  exportFhir(
    @Arg('input', () => ExportFhirInput, { nullable: true, description: 'The sections to include; omit for all' }) input: ExportFhirInput | null,
    @Ctx() ctx: Context,
  ): Promise<ExportFhirPayload> {
    return ctx.services.fhir.exportFhir(ctx.caller, input?.include ?? null);
  }
}
