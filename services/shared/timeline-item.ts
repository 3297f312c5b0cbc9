import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

export enum TimelineKind {
  SESSION = 'SESSION',
  JOURNAL_ENTRY = 'JOURNAL_ENTRY',
  ROUTINE_COMPLETION = 'ROUTINE_COMPLETION',
  THERAPIST_NOTE = 'THERAPIST_NOTE',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

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
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'When it happened (a session: when it started)' })
  occurredAt!: Date;

  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => String, { description: "The day it happened in the member's time zone (YYYY-MM-DD)" })
  day!: string;
}
