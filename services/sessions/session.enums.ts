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
export const RELIEF_STATES: ReadonlySet<AfterState> = new Set([
  AfterState.LIGHTER,
  AfterState.CALMER,
  AfterState.GROUNDED,
  AfterState.CLEANSED,
  AfterState.SLEEPY,
]);
export const FLOODING_STATES: ReadonlySet<AfterState> = new Set([AfterState.WORSE, AfterState.FLOODED, AfterState.NUMB]);

registerEnumType(CatalystKind, {
  name: 'CatalystKind',
  description: 'What helped invite the tears (inviting feeling, never manufacturing it)',
  valuesConfig: {
    MUSIC: { description: 'Meaningful music' },
    PHOTOGRAPHS: { description: 'Photographs' },
    JOURNALING_PROMPT: { description: 'A journaling prompt' },
    MEMORY: { description: 'A memory' },
    FILM: { description: 'A moving film' },
    POETRY_OR_READING: { description: 'Poetry or a book' },
    BREATHWORK: { description: 'Breathwork (long exhales)' },
    MOVEMENT: { description: 'Movement: yoga, dance' },
    THERAPY_SESSION: { description: 'A therapy session' },
    SUPPORT_GROUP: { description: 'A support group or circle' },
    OTHER: { description: 'Something else (say what in the reference)' },
  },
});
registerEnumType(BodySensation, {
  name: 'BodySensation',
  description: 'What the body did during a session',
  valuesConfig: {
    TIGHT_THROAT: { description: 'A tight throat' },
    WARMTH_BEHIND_EYES: { description: 'Warmth behind the eyes' },
    TREMBLING_CHEST: { description: 'A trembling chest' },
    SHAKING_SHOULDERS: { description: 'Shaking shoulders' },
    CATCHING_BREATH: { description: 'Catching breath' },
    JAW_TENSION: { description: 'Tension in the jaw' },
    CHEST_TENSION: { description: 'Tension in the chest' },
    OTHER: { description: 'Another sensation' },
  },
});
registerEnumType(Emotion, {
  name: 'Emotion',
  description: 'An emotion that surfaced during a session',
  valuesConfig: {
    GRIEF: { description: 'Grief' },
    SADNESS: { description: 'Sadness' },
    ANGER: { description: 'Anger' },
    FEAR: { description: 'Fear' },
    LONELINESS: { description: 'Loneliness' },
    OVERWHELM: { description: 'Overwhelm' },
    RELIEF: { description: 'Relief' },
    GRATITUDE: { description: 'Gratitude' },
    JOY: { description: 'Joy' },
    TENDERNESS: { description: 'Tenderness' },
    OTHER: { description: 'Another emotion' },
  },
});
registerEnumType(AfterState, {
  name: 'AfterState',
  description:
    'How it felt afterwards. LIGHTER, CALMER, GROUNDED, CLEANSED and SLEEPY are what healing tears leave and count as relief; WORSE, FLOODED and NUMB are signs of flooding',
  valuesConfig: {
    LIGHTER: { description: 'Lighter (relief)' },
    CALMER: { description: 'Calmer (relief)' },
    GROUNDED: { description: 'More grounded (relief)' },
    CLEANSED: { description: 'Cleansed (relief)' },
    SLEEPY: { description: 'Sleepy, as after release (relief)' },
    SAME: { description: 'About the same as before' },
    WORSE: { description: 'Worse than before (a sign of flooding)' },
    FLOODED: { description: 'Flooded: overwhelmed, losing contact with the present' },
    NUMB: { description: 'Numb (a sign of flooding)' },
  },
});
