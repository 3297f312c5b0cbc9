import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

export enum TimelineKind {
  SESSION = 'SESSION',
  JOURNAL_ENTRY = 'JOURNAL_ENTRY',
  ROUTINE_COMPLETION = 'ROUTINE_COMPLETION',
  THERAPIST_NOTE = 'THERAPIST_NOTE',
}
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'The kinds of item on a timeline',
  valuesConfig: {
    SESSION: { description: 'A release session' },
    JOURNAL_ENTRY: { description: 'A journal entry' },
    ROUTINE_COMPLETION: { description: 'A routine done' },
    THERAPIST_NOTE: { description: 'A note a therapist left (on the client’s own timeline, and for its author)' },
  },
});

/** Resolved by `kind`; each domain's type sets it. */
const TYPE_BY_KIND: Record<TimelineKind, string> = {
  SESSION: 'Session',
  JOURNAL_ENTRY: 'JournalEntry',
  ROUTINE_COMPLETION: 'RoutineCompletion',
  THERAPIST_NOTE: 'TherapistNote',
};

@InterfaceType({
  description: "Anything on a member's timeline, newest first",
  resolveType: (value: { kind: TimelineKind }) => TYPE_BY_KIND[value.kind],
})
export abstract class TimelineItem {
  @Field(() => ID, { description: 'Its id, unique for its type' })
  id!: string;

  @Field(() => Date, { description: 'When it happened (a session: when it started)' })
  occurredAt!: Date;

  @Field(() => TimelineKind, { description: 'What it is (also its __typename)' })
  kind!: TimelineKind;

  @Field(() => String, { description: "The day it happened in the member's time zone (YYYY-MM-DD)" })
  day!: string;
}
