import { registerEnumType } from 'type-graphql';

export enum MeasureInstrument {
  PHQ9 = 'PHQ9',
  GAD7 = 'GAD7',
  WHO5 = 'WHO5',
}
registerEnumType(MeasureInstrument, {
  name: 'MeasureInstrument',
  description: 'A standard self-report measure, with its published wording and scoring',
  valuesConfig: {
    PHQ9: { description: 'Patient Health Questionnaire-9 (depression), 9 items, 0-27' },
    GAD7: { description: 'Generalized Anxiety Disorder-7 (anxiety), 7 items, 0-21' },
    WHO5: { description: 'WHO-Five Well-Being Index (1998 version), 5 items, raw 0-25 reported as 0-100 %' },
  },
});

/** One list for all three instruments: each uses the bands of its own published scoring. */
export enum MeasureBand {
  MINIMAL = 'MINIMAL',
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  MODERATELY_SEVERE = 'MODERATELY_SEVERE',
  SEVERE = 'SEVERE',
  LIKELY_DEPRESSION = 'LIKELY_DEPRESSION',
  POOR_WELLBEING = 'POOR_WELLBEING',
  ABOVE_CUTOFF = 'ABOVE_CUTOFF',
}
registerEnumType(MeasureBand, {
  name: 'MeasureBand',
  description: 'Where a score falls in its instrument’s published bands (Instrument.bands gives each range)',
  valuesConfig: {
    MINIMAL: { description: 'PHQ-9 0-4 (none-minimal) or GAD-7 0-4 (minimal)' },
    MILD: { description: 'PHQ-9 5-9 or GAD-7 5-9' },
    MODERATE: { description: 'PHQ-9 10-14 or GAD-7 10-14' },
    MODERATELY_SEVERE: { description: 'PHQ-9 15-19' },
    SEVERE: { description: 'PHQ-9 20-27 or GAD-7 15-21' },
    LIKELY_DEPRESSION: { description: 'WHO-5 28 % or less: likely depression' },
    POOR_WELLBEING: { description: 'WHO-5 above 28 % and at most 50 %: poor wellbeing, screening for depression is indicated' },
    ABOVE_CUTOFF: { description: 'WHO-5 above 50 %' },
  },
});

export enum ChangeDirection {
  BETTER = 'BETTER',
  WORSE = 'WORSE',
  SAME = 'SAME',
}
registerEnumType(ChangeDirection, {
  name: 'ChangeDirection',
  description: 'Which way a score moved, in the instrument’s own sense (a lower PHQ-9 or GAD-7 is better, a higher WHO-5 is better)',
  valuesConfig: {
    BETTER: { description: 'Fewer symptoms, or more wellbeing' },
    WORSE: { description: 'More symptoms, or less wellbeing' },
    SAME: { description: 'No change' },
  },
});

export enum MeasureCadence {
  ONCE = 'ONCE',
  WEEKLY = 'WEEKLY',
  EVERY_N_WEEKS = 'EVERY_N_WEEKS',
}
registerEnumType(MeasureCadence, {
  name: 'MeasureCadence',
  description: 'How often a scheduled measure falls due',
  valuesConfig: {
    ONCE: { description: 'Once, on its first day' },
    WEEKLY: { description: 'Every week, on the same local weekday as its first day' },
    EVERY_N_WEEKS: { description: 'Every everyWeeks weeks (2-12), on the same local weekday as its first day' },
  },
});
