/**
 * Built-in journaling prompts, written for Lacrima. Ids are stable: entries
 * refer to them. They invite feeling; none of them asks anyone to cry.
 */
export interface PromptRecord {
  id: string;
  theme: 'BEFORE' | 'AFTER' | 'ANYTIME';
  text: string;
}

export const JOURNAL_PROMPTS: readonly PromptRecord[] = [
  { id: 'permission', theme: 'BEFORE', text: 'What would you like to give yourself permission to feel today?' },
  { id: 'carrying', theme: 'BEFORE', text: 'What have you been carrying this week that has not had a place to land?' },
  { id: 'body-now', theme: 'BEFORE', text: 'Where in your body do you notice the feeling right now? Describe it without judging it.' },
  { id: 'unsaid', theme: 'ANYTIME', text: 'Is there something you wish you had said to someone? Write it here, just for you.' },
  { id: 'younger-self', theme: 'ANYTIME', text: 'What would you tell a younger version of yourself who felt this way?' },
  { id: 'song-memory', theme: 'ANYTIME', text: 'Which song, place or photograph holds a memory you have not visited in a while?' },
  { id: 'after-wave', theme: 'AFTER', text: 'Now that the wave has passed, what feels different, even slightly?' },
  { id: 'after-kindness', theme: 'AFTER', text: 'What kindness can you offer yourself in the next hour?' },
  { id: 'after-learned', theme: 'AFTER', text: 'Did the tears tell you anything about what matters to you?' },
  { id: 'gratitude-grief', theme: 'ANYTIME', text: 'Grief often sits beside love. What or whom are you grateful to have loved?' },
  { id: 'support', theme: 'ANYTIME', text: 'Who or what helps you feel less alone? How could you reach toward it this week?' },
  { id: 'softening', theme: 'AFTER', text: 'Name one thing that softened in you today, and one thing that still feels tight.' },
];

const BY_ID = new Map(JOURNAL_PROMPTS.map((p) => [p.id, p]));

export function findPrompt(id: string): PromptRecord | undefined {
  return BY_ID.get(id);
}
