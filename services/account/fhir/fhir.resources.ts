import type { SessionRecord } from '../../sessions/session.record';
import type { GrantRecord } from '../../sharing/sharing.record';
import type { ProfileRecord } from '../../users/user.type';
import {
  CONSENT_ACTION,
  CONSENT_SCOPE,
  GRANT_SCOPES,
  LOINC,
  MEMBER_ID,
  OBSERVATION_CATEGORY,
  OPT_IN,
  PRIMARY_RECIPIENT,
  resourceUuid,
  SESSION_MEASURES,
  urn,
  type FhirResource,
} from './fhir.codes';

/** The member as a Patient: their id, and the name they chose to be shown (nothing else Lacrima holds is identifying). */
export function patientResource(sub: string, profile: ProfileRecord | undefined): FhirResource {
  const name = profile?.displayName?.trim();
  return {
    resourceType: 'Patient',
    id: resourceUuid('Patient', sub),
    identifier: [{ system: MEMBER_ID, value: sub }],
    ...(name ? { name: [{ text: name }] } : {}),
  };
}

const DISTRESS = {
  before: { code: 'distress-before', display: 'Distress before the session (SUDS 0-10)' },
  after: { code: 'distress-after', display: 'Distress after the session (SUDS 0-10)' },
} as const;

/**
 * Distress before and after a session as Observations. No LOINC code for a
 * SUDS rating could be confirmed, so the code is Lacrima's own.
 */
export function sessionObservations(session: SessionRecord, patient: string): FhirResource[] {
  const readings = [
    { when: 'before' as const, value: session.distressBefore, at: session.startedAt },
    { when: 'after' as const, value: session.distressAfter, at: session.endedAt ?? session.updatedAt },
  ];
  return readings
    .filter((r): r is typeof r & { value: number } => typeof r.value === 'number')
    .map((r) => ({
      resourceType: 'Observation',
      id: resourceUuid('Observation', `${session.id}:${r.when}`),
      identifier: [{ system: `${SESSION_MEASURES}/session`, value: `${session.id}:${r.when}` }],
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
      code: { coding: [{ system: SESSION_MEASURES, ...DISTRESS[r.when] }], text: DISTRESS[r.when].display },
      subject: { reference: patient },
      effectiveDateTime: r.at,
      valueInteger: r.value,
    }));
}

/** FHIR Consent.status for a grant: EXPIRED is derived from the clock, as everywhere else. */
export function consentStatus(grant: GrantRecord, now: Date): 'proposed' | 'active' | 'rejected' | 'inactive' {
  switch (grant.status) {
    case 'PENDING':
      return 'proposed';
    case 'DECLINED':
      return 'rejected';
    case 'ACTIVE':
      return grant.expiresAt && Date.parse(grant.expiresAt) <= now.getTime() ? 'inactive' : 'active';
    default:
      return 'inactive';
  }
}

/**
 * A share with a therapist as a Consent: the member permits the therapist
 * (named only as they chose to be shown) to access what the scopes open,
 * for the grant's period.
 */
export function grantConsent(grant: GrantRecord, patient: string, now: Date): FhirResource {
  const end = grant.revokedAt ?? grant.endedAt ?? grant.expiresAt;
  return {
    resourceType: 'Consent',
    id: resourceUuid('Consent', grant.id),
    identifier: [{ system: `${GRANT_SCOPES}/grant`, value: grant.id }],
    status: consentStatus(grant, now),
    scope: { coding: [{ system: CONSENT_SCOPE, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: patient },
    dateTime: grant.createdAt,
    performer: [{ reference: patient }],
    policyRule: { coding: [OPT_IN] },
    provision: {
      type: 'permit',
      period: { start: grant.respondedAt ?? grant.createdAt, ...(end ? { end } : {}) },
      actor: [
        {
          role: { coding: [PRIMARY_RECIPIENT] },
          reference: { display: grant.therapistName ?? 'Therapist' },
        },
      ],
      action: [{ coding: [{ system: CONSENT_ACTION, code: 'access', display: 'Access' }] }],
      class: grant.scopes.map((scope) => ({ system: GRANT_SCOPES, code: scope })),
    },
  };
}

export const reference = (resource: FhirResource): string => urn(resource.id);
