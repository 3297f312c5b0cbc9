import '../../helpers/unit-env';
import { GAD7, INSTRUMENT_LIST, PHQ9, WHO5 } from '../../../services/measures/instruments';

describe('instruments', () => {
  it('carry the published item counts and option values', () => {
    expect(INSTRUMENT_LIST.map((i) => [i.shortName, i.items.length, i.options.map((o) => o.value)])).toEqual([
      ['PHQ-9', 9, [0, 1, 2, 3]],
      ['GAD-7', 7, [0, 1, 2, 3]],
      ['WHO-5', 5, [0, 1, 2, 3, 4, 5]],
    ]);
  });

  it.each(INSTRUMENT_LIST.map((i) => [i.shortName, i] as const))('%s: bands cover the reported range without gaps or overlaps', (_name, instrument) => {
    const top = instrument.reportsPercentage ? instrument.maxScore * 4 : instrument.maxScore;
    const bands = instrument.bands;

    expect(bands[0]?.min).toBe(0);
    expect(bands[bands.length - 1]?.max).toBe(top);
    bands.slice(1).forEach((band, i) => expect(band.min).toBe((bands[i]?.max ?? NaN) + 1));
  });

  it('keep the LOINC codes of PHQ-9 and GAD-7 in item order', () => {
    expect([PHQ9.loincPanel, PHQ9.loincTotal, ...PHQ9.items.map((i) => i.loinc)]).toEqual([
      '44249-1',
      '44261-6',
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ]);
    expect([GAD7.loincPanel, GAD7.loincTotal, ...GAD7.items.map((i) => i.loinc)]).toEqual([
      '69737-5',
      '70274-6',
      '69725-0',
      '68509-2',
      '69733-4',
      '69734-2',
      '69735-9',
      '69689-8',
      '69736-7',
    ]);
  });

  it('leave WHO-5 LOINC codes empty rather than invent them', () => {
    expect([WHO5.loincPanel, WHO5.loincTotal, ...WHO5.items.map((i) => i.loinc)].every((code) => code === null)).toBe(true);
  });

  it('print PHQ-9 item 9 and the WHO-5 labels exactly as published', () => {
    expect(PHQ9.items[8]?.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(WHO5.options.map((o) => o.label)).toEqual([
      'At no time',
      'Some of the time',
      'Less than half of the time',
      'More than half of the time',
      'Most of the time',
      'All of the time',
    ]);
  });
});
