import { INSTRUMENTS } from '../../measures/instruments';
import type { MeasureRecord } from '../../measures/measure.record';
import type { SessionRecord } from '../../sessions/session.record';
import type { Caller } from '../../shared/auth/caller';
import type { Clock } from '../../shared/clock';
import { BadUserInputError } from '../../shared/errors';
import type { GrantRecord } from '../../sharing/sharing.record';
import type { ExportSource } from '../account.keys';
import type { AccountExportRepository } from '../account.ports';
import { resourceUuid, urn, type FhirResource } from './fhir.codes';
import { ALL_FHIR_SECTIONS, FhirSection } from './fhir.enums';
import { measureResponse, questionnaireResource } from './fhir.questionnaires';
import { grantConsent, patientResource, sessionObservations } from './fhir.resources';
import type { ExportFhirPayload } from './fhir.type';

/**
 * What one export reads at most, per section, in pages of FHIR_PAGE records
 * (one Query each): the sections are read side by side, so a member waits
 * for at most two Queries one after another, and the bundle stays well inside
 * Lambda's 6 MB response. query-cost.ts prices exportFhir from these.
 */
export const FHIR_PAGE = 250;
export const FHIR_LIMITS: Readonly<Record<FhirSection, number>> = { MEASURES: 500, SESSIONS: 500, CONSENTS: 50 };

const SOURCE: Readonly<Record<FhirSection, ExportSource>> = { MEASURES: 'measures', SESSIONS: 'sessions', CONSENTS: 'grants' };

/** The member's own measures, session distress and shares as one FHIR R4 Bundle of type "collection". */
export class FhirExportService {
  constructor(
    private readonly repo: AccountExportRepository,
    private readonly clock: Clock,
  ) {}

  async exportFhir(caller: Caller, include: FhirSection[] | null): Promise<ExportFhirPayload> {
    const sections = this.sections(include);
    const now = this.clock.now();
    // Every read names the caller's own partition: a therapist gets their own data here, never a client's.
    const [{ profile }, ...pages] = await Promise.all([this.repo.profile(caller.sub), ...sections.map((section) => this.read(caller.sub, section))]);
    const patient = patientResource(caller.sub, profile);
    const subject = urn(patient.id);
    const resources: FhirResource[] = [patient];
    let complete = true;
    sections.forEach((section, i) => {
      const page = pages[i];
      if (!page) return;
      complete &&= page.complete;
      resources.push(...this.map(section, page.records, subject, now));
    });
    const bundle = {
      resourceType: 'Bundle',
      id: resourceUuid('Bundle', `${caller.sub}:${now.toISOString()}`),
      meta: { lastUpdated: now.toISOString() },
      type: 'collection',
      timestamp: now.toISOString(),
      entry: resources.map((resource) => ({ fullUrl: urn(resource.id), resource })),
    };
    return { bundle: JSON.stringify(bundle), resourceCount: resources.length, generatedAt: now, complete };
  }

  private sections(include: FhirSection[] | null): FhirSection[] {
    if (include === null) return [...ALL_FHIR_SECTIONS];
    if (include.length === 0) throw new BadUserInputError('include', 'Choose at least one section, or omit `include` for all of them');
    return ALL_FHIR_SECTIONS.filter((section) => include.includes(section));
  }

  /** Oldest first, in pages, up to the section's limit. */
  private async read(sub: string, section: FhirSection): Promise<{ records: unknown[]; complete: boolean }> {
    const limit = FHIR_LIMITS[section];
    const records: unknown[] = [];
    let after = '';
    for (;;) {
      const page = await this.repo.sourcePage<unknown>(sub, SOURCE[section], after, Math.min(FHIR_PAGE, limit - records.length));
      records.push(...page.items);
      if (!page.next) return { records, complete: true };
      if (records.length >= limit) return { records, complete: false };
      after = page.next;
    }
  }

  private map(section: FhirSection, records: unknown[], subject: string, now: Date): FhirResource[] {
    switch (section) {
      case FhirSection.MEASURES: {
        // Only completed measures: the same range may one day hold schedules.
        const measures = (records as MeasureRecord[]).filter((m) => Array.isArray(m.answers) && m.instrument in INSTRUMENTS);
        const used = [...new Set(measures.map((m) => m.instrument))];
        return [...used.map((id) => questionnaireResource(INSTRUMENTS[id])), ...measures.map((m) => measureResponse(m, subject))];
      }
      case FhirSection.SESSIONS:
        return (records as SessionRecord[]).flatMap((s) => sessionObservations(s, subject));
      case FhirSection.CONSENTS:
        return (records as GrantRecord[]).map((g) => grantConsent(g, subject, now));
    }
  }
}
