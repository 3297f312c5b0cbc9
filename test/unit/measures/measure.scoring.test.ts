import '../../helpers/unit-env';
import { GAD7, INSTRUMENT_LIST, PHQ9, WHO5, type InstrumentData } from '../../../services/measures/instruments';
import { ChangeDirection, MeasureBand, MeasureInstrument } from '../../../services/measures/measure.enums';
import { changeBetween, checkAnswers, raisesSelfHarmSignal, scoreAnswers } from '../../../services/measures/measure.scoring';
import { BadUserInputError } from '../../../services/shared/errors';

/** Answers of an instrument adding up to `total` (filled from the first item, each at most the top option). */
function answersFor(instrument: InstrumentData, total: number): number[] {
  const top = instrument.options[instrument.options.length - 1]!.value;
  let left = total;
  return instrument.items.map(() => {
    const value = Math.min(top, left);
    left -= value;
    return value;
  });
}

function thrown(fn: () => void): BadUserInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('measure scoring', () => {
  describe('PHQ-9 bands', () => {
    it.each([
      [0, MeasureBand.MINIMAL],
      [4, MeasureBand.MINIMAL],
      [5, MeasureBand.MILD],
      [9, MeasureBand.MILD],
      [10, MeasureBand.MODERATE],
      [14, MeasureBand.MODERATE],
      [15, MeasureBand.MODERATELY_SEVERE],
      [19, MeasureBand.MODERATELY_SEVERE],
      [20, MeasureBand.SEVERE],
      [27, MeasureBand.SEVERE],
    ])('scores %i as %s', (total, band) => {
      const scored = scoreAnswers(MeasureInstrument.PHQ9, answersFor(PHQ9, total));

      expect(scored).toMatchObject({ score: total, band, percentage: null });
    });

    it('names the lowest band as published', () => {
      expect(scoreAnswers(MeasureInstrument.PHQ9, answersFor(PHQ9, 0)).bandLabel).toBe('None-minimal');
    });
  });

  describe('GAD-7 bands', () => {
    it.each([
      [0, MeasureBand.MINIMAL],
      [4, MeasureBand.MINIMAL],
      [5, MeasureBand.MILD],
      [9, MeasureBand.MILD],
      [10, MeasureBand.MODERATE],
      [14, MeasureBand.MODERATE],
      [15, MeasureBand.SEVERE],
      [21, MeasureBand.SEVERE],
    ])('scores %i as %s', (total, band) => {
      expect(scoreAnswers(MeasureInstrument.GAD7, answersFor(GAD7, total))).toMatchObject({ score: total, band, percentage: null });
    });
  });

  describe('WHO-5 bands (percentage = raw x 4)', () => {
    it.each([
      [0, 0, MeasureBand.LIKELY_DEPRESSION],
      [7, 28, MeasureBand.LIKELY_DEPRESSION],
      [8, 32, MeasureBand.POOR_WELLBEING],
      [12, 48, MeasureBand.POOR_WELLBEING],
      [13, 52, MeasureBand.ABOVE_CUTOFF],
      [25, 100, MeasureBand.ABOVE_CUTOFF],
    ])('scores raw %i as %i %% (%s)', (raw, percentage, band) => {
      expect(scoreAnswers(MeasureInstrument.WHO5, answersFor(WHO5, raw))).toMatchObject({ score: raw, percentage, band });
    });
  });

  describe('checkAnswers', () => {
    it.each(INSTRUMENT_LIST.map((i) => [i.shortName, i] as const))('accepts the lowest and highest answers of %s', (_name, instrument) => {
      const top = instrument.options[instrument.options.length - 1]!.value;

      expect(() =>
        checkAnswers(
          instrument,
          instrument.items.map(() => 0),
        ),
      ).not.toThrow();
      expect(() =>
        checkAnswers(
          instrument,
          instrument.items.map(() => top),
        ),
      ).not.toThrow();
    });

    it.each([
      ['too few', PHQ9, [0, 0, 0, 0, 0, 0, 0, 0]],
      ['too many', GAD7, [0, 0, 0, 0, 0, 0, 0, 0]],
      ['none', WHO5, []],
    ])('refuses %s answers naming answers', (_name, instrument, answers) => {
      expect(thrown(() => checkAnswers(instrument, answers)).fields).toEqual(['answers']);
    });

    it('names every answer out of range by its index', () => {
      const error = thrown(() => checkAnswers(PHQ9, [0, 4, 0, -1, 0, 0, 0, 0, 3]));

      expect(error.fields).toEqual(['answers.1', 'answers.3']);
    });

    it('allows 5 on WHO-5 but not 6', () => {
      expect(() => checkAnswers(WHO5, [5, 5, 5, 5, 5])).not.toThrow();
      expect(thrown(() => checkAnswers(WHO5, [5, 5, 6, 5, 5])).fields).toEqual(['answers.2']);
    });
  });

  describe('raisesSelfHarmSignal', () => {
    it.each([
      [0, false],
      [1, true],
      [3, true],
    ])('PHQ-9 item 9 answered %i raises it: %s', (item9, raised) => {
      expect(raisesSelfHarmSignal(MeasureInstrument.PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, item9])).toBe(raised);
    });

    it('is never raised by the other instruments, whatever the answers', () => {
      expect(raisesSelfHarmSignal(MeasureInstrument.GAD7, [3, 3, 3, 3, 3, 3, 3])).toBe(false);
      expect(raisesSelfHarmSignal(MeasureInstrument.WHO5, [0, 0, 0, 0, 0])).toBe(false);
    });
  });

  describe('changeBetween', () => {
    it.each([
      [MeasureInstrument.PHQ9, 15, 11, -4, ChangeDirection.BETTER, false],
      [MeasureInstrument.PHQ9, 15, 10, -5, ChangeDirection.BETTER, true],
      [MeasureInstrument.PHQ9, 10, 15, 5, ChangeDirection.WORSE, true],
      [MeasureInstrument.GAD7, 12, 9, -3, ChangeDirection.BETTER, false],
      [MeasureInstrument.GAD7, 12, 8, -4, ChangeDirection.BETTER, true],
      [MeasureInstrument.GAD7, 6, 6, 0, ChangeDirection.SAME, false],
      // WHO-5 in percentage points: 2 raw points are 8, 3 are 12; higher is better.
      [MeasureInstrument.WHO5, 10, 12, 8, ChangeDirection.BETTER, false],
      [MeasureInstrument.WHO5, 10, 13, 12, ChangeDirection.BETTER, true],
      [MeasureInstrument.WHO5, 13, 10, -12, ChangeDirection.WORSE, true],
    ])('%s from %i to %i is %i, %s, meaningful: %s', (instrument, previous, latest, change, direction, meaningful) => {
      expect(changeBetween(instrument, previous, latest)).toEqual({ change, direction, meaningful });
    });
  });
});
