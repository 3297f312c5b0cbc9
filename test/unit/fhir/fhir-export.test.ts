import { INSTRUMENT_LIST } from '../../../services/measures/instruments';
import { MeasureInstrument } from '../../../services/measures/measure.enums';
import type { MeasureRecord } from '../../../services/measures/measure.record';
import type { SessionRecord } from '../../../services/sessions/session.record';
import { FixedClock } from '../../../services/shared/clock';
import { GrantScope } from '../../../services/sharing/sharing.enums';
import type { GrantRecord } from '../../../services/sharing/sharing.record';
import type { AccountExportRepository, SourcePage } from '../../../services/account/account.ports';
import type { ExportSource } from '../../../services/account/account.keys';
import { FhirSection } from '../../../services/account/fhir/fhir.enums';
import { FHIR_LIMITS, FHIR_PAGE, FhirExportService } from '../../../services/account/fhir/fhir.service';
import { questionnaireResource } from '../../../services/account/fhir/fhir.questionnaires';
import { consentStatus } from '../../../services/account/fhir/fhir.resources';
import { bundleErrors, FHIR_R4_SCHEMA_ID, schemaErrors } from './fhir-schema';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const SUB = 'sub-river';
const caller = { sub: SUB, role: 'MEMBER' as const, groups: [] } as never;

function buildSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: '01HSESSION0000000000000001',
    sub: SUB,
    status: 'COMPLETED',
    startedAt: '2026-03-01T20:00:00.000Z',
    endedAt: '2026-03-01T20:30:00.000Z',
    localDay: '2026-03-01',
    intention: 'PRIVATE-INTENTION',
    reflection: 'PRIVATE-REFLECTION',
    distressBefore: 7,
    distressAfter: 3,
    catalysts: [],
    bodySensations: [],
    emotions: [],
    selfHarmThoughts: false,
    feltUnsafe: false,
    version: 1,
    createdAt: '2026-03-01T20:31:00.000Z',
    updatedAt: '2026-03-01T20:31:00.000Z',
    ...overrides,
  };
}

function buildMeasure(instrument: MeasureInstrument, answers: number[], id = `01HMEASURE${instrument}`): MeasureRecord {
  const score = answers.reduce((a, b) => a + b, 0);
  return {
    id,
    sub: SUB,
    instrument,
    answers,
    score,
    completedAt: '2026-03-02T09:00:00.000Z',
    localDay: '2026-03-02',
    version: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
  };
}

function buildGrant(overrides: Partial<GrantRecord> = {}): GrantRecord {
  return {
    id: '01HGRANT000000000000000001',
    clientSub: SUB,
    therapistSub: 'sub-rowan',
    clientName: 'River',
    therapistName: 'Rowan',
    scopes: [GrantScope.SESSIONS, GrantScope.MEASURES],
    status: 'ACTIVE',
    expiresAt: '2026-06-01T00:00:00.000Z',
    version: 2,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-02T10:00:00.000Z',
    respondedAt: '2026-02-02T10:00:00.000Z',
    ...overrides,
  };
}

/** A fake of the export's reads that pages through fixed lists and records every call. */
class FakeExportReads implements AccountExportRepository {
  readonly calls: Array<{ source: ExportSource; after: string; limit: number }> = [];
  constructor(private readonly data: Partial<Record<ExportSource, unknown[]>>) {}
  profile() {
    return Promise.resolve({ profile: { sub: SUB, displayName: 'River' } as never });
  }
  sourcePage<T>(_sub: string, source: ExportSource, after: string, limit: number): Promise<SourcePage<T>> {
    this.calls.push({ source, after, limit });
    const all = this.data[source] ?? [];
    const start = after ? Number(after) : 0;
    const items = all.slice(start, start + limit) as T[];
    return Promise.resolve({ items, next: start + limit < all.length ? String(start + limit) : null });
  }
  memberships() {
    return Promise.resolve([]);
  }
  circleContentPage() {
    return Promise.resolve({ items: [], next: null });
  }
}

type Bundle = {
  resourceType: string;
  type: string;
  entry: Array<{ fullUrl: string; resource: Record<string, unknown> & { resourceType: string; id: string } }>;
};

async function exportWith(data: Partial<Record<ExportSource, unknown[]>>, include: FhirSection[] | null = null) {
  const reads = new FakeExportReads(data);
  const payload = await new FhirExportService(reads, new FixedClock(NOW)).exportFhir(caller, include);
  return { payload, bundle: JSON.parse(payload.bundle) as Bundle, reads };
}

const ofType = <T = Bundle['entry'][number]['resource']>(bundle: Bundle, type: string): T[] =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type) as unknown as T[];

describe('FhirExportService', () => {
  describe('exportFhir', () => {
    it('uses the official R4 schema from the registry package', () => {
      expect(FHIR_R4_SCHEMA_ID).toBe('http://hl7.org/fhir/json-schema/4.0');
    });

    it('makes a collection bundle whose every resource validates against the FHIR R4 schema', async () => {
      const { payload, bundle } = await exportWith({
        measures: [
          buildMeasure(MeasureInstrument.PHQ9, [1, 2, 0, 1, 3, 0, 1, 2, 1]),
          buildMeasure(MeasureInstrument.GAD7, [0, 1, 2, 3, 0, 1, 2]),
          buildMeasure(MeasureInstrument.WHO5, [5, 4, 3, 2, 1]),
        ],
        sessions: [buildSession(), buildSession({ id: '01HSESSION0000000000000002', distressAfter: null, status: 'IN_PROGRESS', endedAt: null })],
        grants: [
          buildGrant(),
          buildGrant({ id: '01HGRANT000000000000000002', status: 'PENDING', respondedAt: undefined, expiresAt: undefined, therapistName: null }),
        ],
      });

      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(bundleErrors(bundle)).toEqual([]);
      // Patient, 3 Questionnaires, 3 responses, 3 distress readings, 2 consents.
      expect(payload.resourceCount).toBe(12);
      expect(bundle.entry).toHaveLength(12);
      expect(payload.complete).toBe(true);
      expect(payload.generatedAt).toEqual(NOW);
    });

    it('names the LOINC panel, item and total codes it knows, and none for the WHO-5', async () => {
      const { bundle } = await exportWith({ measures: [buildMeasure(MeasureInstrument.PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 1])] }, [FhirSection.MEASURES]);

      type Form = { code: Array<{ code: string }>; item: Array<{ linkId: string; code?: Array<{ code: string }> }> };
      const [phq] = ofType<Form>(bundle, 'Questionnaire');
      expect(phq?.code).toEqual([{ system: 'http://loinc.org', code: '44249-1' }]);
      expect(phq?.item[0]?.code?.[0]?.code).toBe('44250-9');
      expect(phq?.item.find((i) => i.linkId === 'total')?.code?.[0]?.code).toBe('44261-6');
      expect(JSON.stringify(questionnaireResource(INSTRUMENT_LIST[2]!))).not.toContain('loinc.org');
      const [response] = ofType<{ item: Array<{ linkId: string; answer: Array<Record<string, unknown>> }> }>(bundle, 'QuestionnaireResponse');
      expect(response?.item.find((i) => i.linkId === '9')?.answer[0]).toMatchObject({ valueCoding: { code: '1', display: 'Several days' } });
      expect(response?.item.find((i) => i.linkId === 'total')?.answer).toEqual([{ valueInteger: 1 }]);
    });

    it('reports the WHO-5 percentage beside its raw total', async () => {
      const { bundle } = await exportWith({ measures: [buildMeasure(MeasureInstrument.WHO5, [3, 3, 3, 3, 3])] }, [FhirSection.MEASURES]);

      const [response] = ofType<{ item: Array<{ linkId: string; answer: unknown }> }>(bundle, 'QuestionnaireResponse');
      expect(response?.item.slice(-2)).toEqual([
        { linkId: 'total', text: 'Total score', answer: [{ valueInteger: 15 }] },
        { linkId: 'percentage', text: 'Total score x 4, as a percentage', answer: [{ valueInteger: 60 }] },
      ]);
    });

    it('turns session distress into final Observations with a Lacrima code and never the member’s words', async () => {
      const { bundle } = await exportWith({ sessions: [buildSession()] }, [FhirSection.SESSIONS]);

      const observations = ofType(bundle, 'Observation');
      expect(observations.map((o) => [(o.code as { coding: Array<{ code: string }> }).coding[0]?.code, o.valueInteger, o.effectiveDateTime, o.status])).toEqual(
        [
          ['distress-before', 7, '2026-03-01T20:00:00.000Z', 'final'],
          ['distress-after', 3, '2026-03-01T20:30:00.000Z', 'final'],
        ],
      );
      const patient = ofType(bundle, 'Patient')[0]!;
      expect(observations.every((o) => (o.subject as { reference: string }).reference === `urn:uuid:${patient.id}`)).toBe(true);
      expect(bundle.entry.map((e) => e.fullUrl)).toContain(`urn:uuid:${patient.id}`);
      expect(JSON.stringify(bundle)).not.toMatch(/PRIVATE/);
    });

    it('describes a grant as a Consent with its scopes, period and the therapist by name only', async () => {
      const { bundle } = await exportWith({ grants: [buildGrant()] }, [FhirSection.CONSENTS]);

      const [consent] = ofType(bundle, 'Consent');
      expect(consent).toMatchObject({
        status: 'active',
        scope: { coding: [{ code: 'patient-privacy' }] },
        provision: {
          type: 'permit',
          period: { start: '2026-02-02T10:00:00.000Z', end: '2026-06-01T00:00:00.000Z' },
          actor: [{ reference: { display: 'Rowan' } }],
          class: [{ code: 'SESSIONS' }, { code: 'MEASURES' }],
        },
      });
      expect(JSON.stringify(consent)).not.toContain('sub-rowan');
    });

    it('includes only the sections asked for, and the Patient', async () => {
      const { bundle, reads } = await exportWith({ sessions: [buildSession()], grants: [buildGrant()] }, [FhirSection.CONSENTS, FhirSection.CONSENTS]);

      expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Patient', 'Consent']);
      expect(reads.calls.map((c) => c.source)).toEqual(['grants']);
    });

    it('refuses an empty list of sections before reading anything', async () => {
      const reads = new FakeExportReads({});
      await expect(new FhirExportService(reads, new FixedClock(NOW)).exportFhir(caller, [])).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['include'],
      });
      expect(reads.calls).toEqual([]);
    });

    it('reads a section in pages up to its limit and says when the bundle is incomplete', async () => {
      const sessions = Array.from({ length: FHIR_LIMITS.SESSIONS + 1 }, (_, i) => buildSession({ id: `S${String(i).padStart(4, '0')}` }));
      const { payload, reads } = await exportWith({ sessions }, [FhirSection.SESSIONS]);

      expect(reads.calls.map((c) => c.limit)).toEqual([FHIR_PAGE, FHIR_LIMITS.SESSIONS - FHIR_PAGE]);
      expect(payload.complete).toBe(false);
      expect(payload.resourceCount).toBe(1 + 2 * FHIR_LIMITS.SESSIONS);
    });
  });

  describe('consentStatus', () => {
    it.each([
      ['PENDING', undefined, 'proposed'],
      ['ACTIVE', undefined, 'active'],
      ['ACTIVE', '2026-03-10T12:00:00.000Z', 'inactive'],
      ['DECLINED', undefined, 'rejected'],
      ['REVOKED', undefined, 'inactive'],
      ['ENDED', undefined, 'inactive'],
    ] as const)('maps a %s grant expiring %s to %s', (status, expiresAt, expected) => {
      expect(consentStatus(buildGrant({ status, expiresAt }), NOW)).toBe(expected);
    });
  });
});

describe('the R4 schema check', () => {
  it('rejects what R4 does not allow, so a passing export means something', () => {
    expect(schemaErrors({ resourceType: 'Observation', id: 'x', status: 'done', code: { text: 'SUDS' } })).not.toEqual([]);
    expect(
      schemaErrors({ resourceType: 'QuestionnaireResponse', id: 'x', status: 'completed', item: [{ linkId: 'total', code: [{ code: '1' }] }] }),
    ).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Patient', id: 'x' })).toEqual([]);
  });
});
