import type { MeasureInstrument } from './measure.enums';

export interface MeasureRecord {
  id: string;
  sub: string;
  instrument: MeasureInstrument;
  /** One value per item, in the form's order. */
  answers: number[];
  /** The raw sum, kept so readers of many measures (a caseload) need not rescore. */
  score: number;
  completedAt: string;
  /** The member's local day it was completed on. */
  localDay: string;
  version: number;
  createdAt: string;
}
