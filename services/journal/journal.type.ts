import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TimelineItem, type TimelineKind } from '../shared/timeline-item';
import { Emotion } from '../sessions/session.enums';

export enum PromptTheme {
  BEFORE = 'BEFORE',
  AFTER = 'AFTER',
  ANYTIME = 'ANYTIME',
}
registerEnumType(PromptTheme, {
  name: 'PromptTheme',
  description: 'When a prompt fits: before a session, after one, or any time',
  valuesConfig: {
    BEFORE: { description: 'Before a session: setting an intention, noticing what is there' },
    AFTER: { description: 'After a session, once the wave has passed' },
    ANYTIME: { description: 'Any time, with or without a session' },
  },
});

@ObjectType({ description: 'A built-in journaling prompt' })
export class JournalPrompt {
  @Field(() => String, { description: 'The prompt’s id' })
  id!: string;

  @Field(() => PromptTheme, { description: 'When it fits' })
  theme!: PromptTheme;

  @Field(() => String, { description: 'The prompt' })
  text!: string;
}

@ObjectType({ implements: TimelineItem, description: "A standalone journal entry (a session's reflection belongs to the session)" })
export class JournalEntry extends TimelineItem {
  declare kind: TimelineKind.JOURNAL_ENTRY;

  @Field(() => String, { description: 'What the member wrote' })
  text!: string;

  @Field(() => [Emotion], { description: 'Emotions they named' })
  emotions!: Emotion[];

  @Field(() => JournalPrompt, { nullable: true, description: 'The prompt it answers, if any' })
  prompt!: JournalPrompt | null;

  @Field(() => Int, { description: 'Pass back in updateJournalEntry; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When it was first stored' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}
