import { registerEnumType } from 'type-graphql';

/** What a member may include in their FHIR export. */
export enum FhirSection {
  MEASURES = 'MEASURES',
  SESSIONS = 'SESSIONS',
  CONSENTS = 'CONSENTS',
}

registerEnumType(FhirSection, {
  name: 'FhirSection',
  description: 'A part of the FHIR R4 export (docs/fhir.md)',
  valuesConfig: {
    MEASURES: { description: 'A Questionnaire for each instrument you used and a QuestionnaireResponse for each measure you completed' },
    SESSIONS: { description: 'Observations of your distress (SUDS 0-10) before and after each session' },
    CONSENTS: { description: 'A Consent for each share with a therapist, with its scopes and expiry' },
  },
});

export const ALL_FHIR_SECTIONS: readonly FhirSection[] = [FhirSection.MEASURES, FhirSection.SESSIONS, FhirSection.CONSENTS];
