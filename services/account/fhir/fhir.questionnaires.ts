import { INSTRUMENTS, type InstrumentData } from '../../measures/instruments';
import type { MeasureRecord } from '../../measures/measure.record';
import { LACRIMA_FHIR, LOINC, ORDINAL_VALUE, resourceUuid, type FhirResource } from './fhir.codes';

/** The canonical URL of an instrument's Questionnaire, which each response names. */
export const questionnaireUrl = (instrument: InstrumentData): string => `${LACRIMA_FHIR}/Questionnaire/${instrument.shortName.toLowerCase()}`;

/** Answer codes: the option's value; LOINC answer (LA) codes were not confirmed, so the system is Lacrima's own. */
const answerSystem = (instrument: InstrumentData): string => `${LACRIMA_FHIR}/CodeSystem/${instrument.shortName.toLowerCase()}-answers`;

const loincCode = (code: string | null) => (code ? { code: [{ system: LOINC, code }] } : {});

function answerCoding(instrument: InstrumentData, value: number) {
  const option = instrument.options.find((o) => o.value === value);
  return {
    extension: [{ url: ORDINAL_VALUE, valueDecimal: value }],
    system: answerSystem(instrument),
    code: String(value),
    ...(option ? { display: option.label } : {}),
  };
}

/** The instrument's published form: items with their LOINC codes where confirmed, its options, and the total. */
export function questionnaireResource(instrument: InstrumentData): FhirResource {
  return {
    resourceType: 'Questionnaire',
    id: resourceUuid('Questionnaire', instrument.id),
    url: questionnaireUrl(instrument),
    name: instrument.id,
    title: instrument.name,
    status: 'active',
    subjectType: ['Patient'],
    description: instrument.stem,
    copyright: `${instrument.source}. ${instrument.termsOfUse}`,
    ...loincCode(instrument.loincPanel),
    item: [
      ...instrument.items.map((item) => ({
        linkId: String(item.number),
        ...loincCode(item.loinc),
        prefix: `${item.number}.`,
        text: item.text,
        type: 'choice',
        required: true,
        answerOption: instrument.options.map((option) => ({ valueCoding: answerCoding(instrument, option.value) })),
      })),
      { linkId: 'total', ...loincCode(instrument.loincTotal), text: `Total score (0-${instrument.maxScore})`, type: 'integer', readOnly: true },
      ...(instrument.reportsPercentage ? [{ linkId: 'percentage', text: 'Total score x 4, as a percentage (0-100)', type: 'integer', readOnly: true }] : []),
    ],
  };
}

/** One completed measure: each answer as its coded option, then the total (and WHO-5's percentage) as items. */
export function measureResponse(measure: MeasureRecord, patient: string): FhirResource {
  const instrument = INSTRUMENTS[measure.instrument];
  // A response item has no code of its own in R4: the Questionnaire's item carries the LOINC total code.
  const totals = [{ linkId: 'total', text: 'Total score', answer: [{ valueInteger: measure.score }] }];
  if (instrument.reportsPercentage)
    totals.push({ linkId: 'percentage', text: 'Total score x 4, as a percentage', answer: [{ valueInteger: measure.score * 4 }] });
  return {
    resourceType: 'QuestionnaireResponse',
    id: resourceUuid('QuestionnaireResponse', measure.id),
    identifier: { system: `${LACRIMA_FHIR}/NamingSystem/measure-id`, value: measure.id },
    questionnaire: questionnaireUrl(instrument),
    status: 'completed',
    subject: { reference: patient },
    authored: measure.completedAt,
    author: { reference: patient },
    item: [
      ...measure.answers.map((value, i) => {
        const item = instrument.items[i];
        return { linkId: String(i + 1), ...(item ? { text: item.text } : {}), answer: [{ valueCoding: answerCoding(instrument, value) }] };
      }),
      ...totals,
    ],
  };
}
