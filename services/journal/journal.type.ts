import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TimelineItem, type TimelineKind } from '../shared/timeline-item';
import { Emotion } from '../sessions/session.enums';

export enum PromptTheme {
  BEFORE = 'BEFORE',
  AFTER = 'AFTER',
  ANYTIME = 'ANYTIME',
}
registerEnumType(PromptTheme, { name: 'PromptTheme', description: 'When a prompt fits: before a session, after one, or any time' });

@ObjectType({ description: 'A built-in journaling prompt' })
export class JournalPrompt {
  @Field(() => String)
  id!: string;

  @Field(() => PromptTheme)
  theme!: PromptTheme;

  @Field(() => String)
  text!: string;
}

@ObjectType({ implements: TimelineItem, description: "A standalone journal entry (a session's reflection belongs to the session)" })
export class JournalEntry extends TimelineItem {
  declare kind: TimelineKind.JOURNAL_ENTRY;

  @Field(() => String)
  text!: string;

  @Field(() => [Emotion])
  emotions!: Emotion[];

  @Field(() => JournalPrompt, { nullable: true })
  prompt!: JournalPrompt | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}
