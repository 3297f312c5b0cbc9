import type { Emotion } from '../sessions/session.enums';

export interface JournalEntryRecord {
  id: string;
  sub: string;
  /** When it was written (may be back-dated); places it on the timeline. */
  writtenAt: string;
  localDay: string;
  text: string;
  emotions: Emotion[];
  promptId?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
