import { registerEnumType } from 'type-graphql';

export enum CatalystKind {
  MUSIC = 'MUSIC',
  PHOTOGRAPHS = 'PHOTOGRAPHS',
  JOURNALING_PROMPT = 'JOURNALING_PROMPT',
  MEMORY = 'MEMORY',
  FILM = 'FILM',
  POETRY_OR_READING = 'POETRY_OR_READING',
  BREATHWORK = 'BREATHWORK',
  MOVEMENT = 'MOVEMENT',
  THERAPY_SESSION = 'THERAPY_SESSION',
  SUPPORT_GROUP = 'SUPPORT_GROUP',
  OTHER = 'OTHER',
}

export enum BodySensation {
  TIGHT_THROAT = 'TIGHT_THROAT',
  WARMTH_BEHIND_EYES = 'WARMTH_BEHIND_EYES',
  TREMBLING_CHEST = 'TREMBLING_CHEST',
  SHAKING_SHOULDERS = 'SHAKING_SHOULDERS',
  CATCHING_BREATH = 'CATCHING_BREATH',
  JAW_TENSION = 'JAW_TENSION',
  CHEST_TENSION = 'CHEST_TENSION',
  OTHER = 'OTHER',
}

export enum Emotion {
  GRIEF = 'GRIEF',
  SADNESS = 'SADNESS',
  ANGER = 'ANGER',
  FEAR = 'FEAR',
  LONELINESS = 'LONELINESS',
  OVERWHELM = 'OVERWHELM',
  RELIEF = 'RELIEF',
  GRATITUDE = 'GRATITUDE',
  JOY = 'JOY',
  TENDERNESS = 'TENDERNESS',
  OTHER = 'OTHER',
}

/** How the member felt afterwards: the first five are healing tears, the last three flooding. */
export enum AfterState {
  LIGHTER = 'LIGHTER',
  CALMER = 'CALMER',
  GROUNDED = 'GROUNDED',
  CLEANSED = 'CLEANSED',
  SLEEPY = 'SLEEPY',
  SAME = 'SAME',
  WORSE = 'WORSE',
  FLOODED = 'FLOODED',
  NUMB = 'NUMB',
}

/** The longest a session may last; one open longer was left open, not cried through. */
export const MAX_SESSION_HOURS = 24;

// Cleansed and sleepy are what healing tears leave (DOMAIN.md): relief in every figure.
export const RELIEF_STATES: ReadonlySet<AfterState> = new Set([AfterState.LIGHTER, AfterState.CALMER, AfterState.GROUNDED, AfterState.CLEANSED, AfterState.SLEEPY]);
export const FLOODING_STATES: ReadonlySet<AfterState> = new Set([AfterState.WORSE, AfterState.FLOODED, AfterState.NUMB]);

registerEnumType(CatalystKind, { name: 'CatalystKind', description: 'What helped invite the tears' });
registerEnumType(BodySensation, { name: 'BodySensation' });
registerEnumType(Emotion, { name: 'Emotion' });
registerEnumType(AfterState, { name: 'AfterState', description: 'LIGHTER/CALMER/GROUNDED/CLEANSED/SLEEPY: healing; WORSE/FLOODED/NUMB: signs of flooding' });
