/**
 * Scoring as the instruments publish it: pure functions, no storage. A score
 * is the sum of the item values; WHO-5 reports it x 4 as a percentage, and
 * its bands and meaningful change are in percentage points.
 */
import { BadUserInputError } from '../shared/errors';
import { ChangeDirection, type MeasureBand, MeasureInstrument } from './measure.enums';
import { INSTRUMENTS, type BandData, type InstrumentData } from './instruments';

export interface Scored {
  /** The raw sum of the answers. */
  score: number;
  /** WHO-5 only: raw x 4 (0-100). */
  percentage: number | null;
  band: MeasureBand;
  bandLabel: string;
}

/** PHQ-9 item 9 ("thoughts that you would be better off dead or of hurting yourself"), 0-based. */
export const PHQ9_SELF_HARM_ITEM = 8;

/** BAD_USER_INPUT naming `answers` for a wrong count, or each `answers.<i>` out of range; nothing else is checked later. */
export function checkAnswers(instrument: InstrumentData, answers: readonly number[]): void {
  if (answers.length !== instrument.items.length) {
    throw new BadUserInputError('answers', `${instrument.shortName} takes exactly ${instrument.items.length} answers`);
  }
  const highest = instrument.options[instrument.options.length - 1]?.value ?? 0;
  const bad = answers.flatMap((value, i) => (Number.isInteger(value) && value >= 0 && value <= highest ? [] : [`answers.${i}`]));
  if (bad.length > 0) throw new BadUserInputError(bad, `Each ${instrument.shortName} answer is a whole number from 0 to ${highest}`);
}

/** The value the bands and changes are read in: the raw score, or WHO-5's percentage. */
export function reported(instrument: InstrumentData, score: number): number {
  return instrument.reportsPercentage ? score * 4 : score;
}

export function bandOf(instrument: InstrumentData, value: number): BandData {
  const band = instrument.bands.find((b) => value >= b.min && value <= b.max);
  if (!band) throw new RangeError(`${instrument.shortName} has no band for ${value}`);
  return band;
}

/** Scores checked answers (call checkAnswers first). */
export function scoreAnswers(id: MeasureInstrument, answers: readonly number[]): Scored {
  const instrument = INSTRUMENTS[id];
  const score = answers.reduce((sum, value) => sum + value, 0);
  const value = reported(instrument, score);
  const band = bandOf(instrument, value);
  return { score, percentage: instrument.reportsPercentage ? value : null, band: band.band, bandLabel: band.label };
}

/** Any answer above "Not at all" to PHQ-9 item 9 raises the self-harm signal. */
export function raisesSelfHarmSignal(id: MeasureInstrument, answers: readonly number[]): boolean {
  return id === MeasureInstrument.PHQ9 && (answers[PHQ9_SELF_HARM_ITEM] ?? 0) > 0;
}

export interface Change {
  /** Latest minus previous, in the reported unit (points, or WHO-5 percentage points). */
  change: number;
  direction: ChangeDirection;
  /** True when the change is at least the instrument's meaningful change, either way. */
  meaningful: boolean;
}

export function changeBetween(id: MeasureInstrument, previousScore: number, latestScore: number): Change {
  const instrument = INSTRUMENTS[id];
  const change = reported(instrument, latestScore) - reported(instrument, previousScore);
  const better = instrument.lowerIsBetter ? change < 0 : change > 0;
  const direction = change === 0 ? ChangeDirection.SAME : better ? ChangeDirection.BETTER : ChangeDirection.WORSE;
  return { change, direction, meaningful: Math.abs(change) >= instrument.meaningfulChange };
}
