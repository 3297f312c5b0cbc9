/**
 * The three standard measures as data: the published wording, response
 * options, scoring bands and LOINC codes, so apps render the exact text and
 * the scoring reads from one place. Sources and terms of use: docs/measures.md.
 * Wording follows the instruments' own forms (Pfizer's PHQ-9 and GAD-7; the
 * 1998 WHO-5 of the Psychiatric Research Unit, Mental Health Centre North Zealand);
 * change a character only against those forms.
 */
import { MeasureBand, MeasureInstrument } from './measure.enums';

export interface ResponseOptionData {
  readonly value: number;
  readonly label: string;
}

export interface InstrumentItemData {
  /** 1-based, as printed on the form. */
  readonly number: number;
  readonly text: string;
  /** The item's LOINC code; null where none could be confirmed. */
  readonly loinc: string | null;
}

export interface BandData {
  readonly band: MeasureBand;
  readonly label: string;
  /** Inclusive, in the instrument's reported unit (raw score, or WHO-5 percentage). */
  readonly min: number;
  readonly max: number;
}

export interface InstrumentData {
  readonly id: MeasureInstrument;
  readonly name: string;
  readonly shortName: string;
  /** The question every item answers, printed above the items. */
  readonly stem: string;
  readonly items: readonly InstrumentItemData[];
  /** The same options for every item, lowest value first. */
  readonly options: readonly ResponseOptionData[];
  readonly maxScore: number;
  /** WHO-5 reports raw x 4 as a percentage; the others the raw score. */
  readonly reportsPercentage: boolean;
  /** Ascending and contiguous over the reported range. */
  readonly bands: readonly BandData[];
  /** True when a lower score is better. */
  readonly lowerIsBetter: boolean;
  /** The smallest change, in the reported unit, treated as meaningful, and where that comes from. */
  readonly meaningfulChange: number;
  readonly meaningfulChangeSource: string;
  readonly loincPanel: string | null;
  readonly loincTotal: string | null;
  readonly source: string;
  readonly termsOfUse: string;
}

const FREQUENCY: readonly ResponseOptionData[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

const PFIZER_TERMS =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

const items = (rows: ReadonlyArray<readonly [string, string | null]>): InstrumentItemData[] => rows.map(([text, loinc], i) => ({ number: i + 1, text, loinc }));

export const PHQ9: InstrumentData = {
  id: MeasureInstrument.PHQ9,
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: items([
    ['Little interest or pleasure in doing things', '44250-9'],
    ['Feeling down, depressed, or hopeless', '44255-8'],
    ['Trouble falling or staying asleep, or sleeping too much', '44259-0'],
    ['Feeling tired or having little energy', '44254-1'],
    ['Poor appetite or overeating', '44251-7'],
    ['Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your family down', '44258-2'],
    ['Trouble concentrating on things, such as reading the newspaper or watching television', '44252-5'],
    [
      'Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 being so fidgety or restless that you have been moving around a lot more than usual',
      '44253-3',
    ],
    ['Thoughts that you would be better off dead or of hurting yourself in some way', '44260-8'],
  ]),
  options: FREQUENCY,
  maxScore: 27,
  reportsPercentage: false,
  bands: [
    { band: MeasureBand.MINIMAL, label: 'None-minimal', min: 0, max: 4 },
    { band: MeasureBand.MILD, label: 'Mild', min: 5, max: 9 },
    { band: MeasureBand.MODERATE, label: 'Moderate', min: 10, max: 14 },
    { band: MeasureBand.MODERATELY_SEVERE, label: 'Moderately severe', min: 15, max: 19 },
    { band: MeasureBand.SEVERE, label: 'Severe', min: 20, max: 27 },
  ],
  lowerIsBetter: true,
  meaningfulChange: 5,
  meaningfulChangeSource: 'Kroenke, Spitzer & Williams 2001 and Löwe et al. 2004: a change of 5 points is clinically meaningful',
  loincPanel: '44249-1',
  loincTotal: '44261-6',
  source: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9. J Gen Intern Med 2001;16:606-613. Form: Pfizer Inc. (phqscreeners.com)',
  termsOfUse: PFIZER_TERMS,
};

export const GAD7: InstrumentData = {
  id: MeasureInstrument.GAD7,
  name: 'Generalized Anxiety Disorder-7',
  shortName: 'GAD-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: items([
    ['Feeling nervous, anxious or on edge', '69725-0'],
    ['Not being able to stop or control worrying', '68509-2'],
    ['Worrying too much about different things', '69733-4'],
    ['Trouble relaxing', '69734-2'],
    ['Being so restless that it is hard to sit still', '69735-9'],
    ['Becoming easily annoyed or irritable', '69689-8'],
    ['Feeling afraid as if something awful might happen', '69736-7'],
  ]),
  options: FREQUENCY,
  maxScore: 21,
  reportsPercentage: false,
  bands: [
    { band: MeasureBand.MINIMAL, label: 'Minimal', min: 0, max: 4 },
    { band: MeasureBand.MILD, label: 'Mild', min: 5, max: 9 },
    { band: MeasureBand.MODERATE, label: 'Moderate', min: 10, max: 14 },
    { band: MeasureBand.SEVERE, label: 'Severe', min: 15, max: 21 },
  ],
  lowerIsBetter: true,
  meaningfulChange: 4,
  meaningfulChangeSource: 'Toussaint et al. 2020 (J Affect Disord 265:395-401): a minimal clinically important difference of 4 points',
  loincPanel: '69737-5',
  loincTotal: '70274-6',
  source:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097. Form: Pfizer Inc. (phqscreeners.com)',
  termsOfUse: PFIZER_TERMS,
};

export const WHO5: InstrumentData = {
  id: MeasureInstrument.WHO5,
  name: 'WHO-Five Well-Being Index (1998 version)',
  shortName: 'WHO-5',
  stem: 'Over the last two weeks',
  items: items([
    ['I have felt cheerful and in good spirits', null],
    ['I have felt calm and relaxed', null],
    ['I have felt active and vigorous', null],
    ['I woke up feeling fresh and rested', null],
    ['My daily life has been filled with things that interest me', null],
  ]),
  options: [
    { value: 0, label: 'At no time' },
    { value: 1, label: 'Some of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 5, label: 'All of the time' },
  ],
  maxScore: 25,
  reportsPercentage: true,
  bands: [
    { band: MeasureBand.LIKELY_DEPRESSION, label: 'Likely depression', min: 0, max: 28 },
    { band: MeasureBand.POOR_WELLBEING, label: 'Poor wellbeing: screen for depression', min: 29, max: 50 },
    { band: MeasureBand.ABOVE_CUTOFF, label: 'Above the cut-off for poor wellbeing', min: 51, max: 100 },
  ],
  lowerIsBetter: false,
  meaningfulChange: 10,
  meaningfulChangeSource: 'Topp et al. 2015 (Psychother Psychosom 84:167-176): a change of 10 percentage points is clinically relevant',
  // No LOINC codes for the WHO-5 could be confirmed; none is invented.
  loincPanel: null,
  loincTotal: null,
  source:
    'Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Mental Health Centre North Zealand (Frederiksborg General Hospital), Hillerød, Denmark; WHO Regional Office for Europe 1998',
  termsOfUse:
    'Free to use with the source cited (Psychiatric Research Unit, Mental Health Centre North Zealand); the current English form is published under CC BY-NC-SA 3.0.',
};

export const INSTRUMENTS: Readonly<Record<MeasureInstrument, InstrumentData>> = { PHQ9, GAD7, WHO5 };

/** The instruments in the order apps list them. */
export const INSTRUMENT_LIST: readonly InstrumentData[] = [PHQ9, GAD7, WHO5];
