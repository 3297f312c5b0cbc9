import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AftercareSuggestion } from '../routines/routine.type';
import { TimelineItem, type TimelineKind } from '../shared/timeline-item';
import { AfterState, BodySensation, CatalystKind, Emotion } from './session.enums';
import { SafetySignal } from './session.safety.type';

export enum SessionStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Whether a session is still open',
  valuesConfig: { IN_PROGRESS: { description: 'Started and not yet ended (endSession ends it)' }, COMPLETED: { description: 'Ended, or logged whole' } },
});

@ObjectType({ description: 'Something that helped invite the tears in a session' })
export class Catalyst {
  @Field(() => CatalystKind, { description: 'What kind of catalyst it was' })
  kind!: CatalystKind;

  @Field(() => String, {
    nullable: true,
    description: 'Which one, in the member’s words (a song, a film, a poem); null if not given, or for a therapist without the REFLECTIONS scope',
  })
  reference!: string | null;
}

@ObjectType({ implements: TimelineItem, description: 'A mindful crying or emotional-release session' })
export class Session extends TimelineItem {
  declare kind: TimelineKind.SESSION;

  @Field(() => SessionStatus, { description: 'Open, or ended' })
  status!: SessionStatus;

  @Field(() => Date, { description: 'When it began' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while it is open' })
  endedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole minutes from start to end; null while it is open' })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'What the member set out to allow (their words)' })
  intention!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it happened (their words)' })
  setting!: string | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  distressBefore!: number | null;

  @Field(() => [Catalyst], { description: 'What helped invite the tears' })
  catalysts!: Catalyst[];

  @Field(() => Boolean, { nullable: true, description: 'Whether tears came; null if not said' })
  tearsCame!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the member wanted tears to come; null if not said' })
  wantedToCry!: boolean | null;

  @Field(() => [BodySensation], { description: 'What the body did' })
  bodySensations!: BodySensation[];

  @Field(() => [Emotion], { description: 'What surfaced' })
  emotions!: Emotion[];

  @Field(() => Int, { nullable: true, description: 'How strong it got at its height, 0-10' })
  peakIntensity!: number | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  distressAfter!: number | null;

  @Field(() => AfterState, { nullable: true, description: 'How it felt afterwards' })
  afterState!: AfterState | null;

  @Field(() => String, { nullable: true, description: 'The member’s reflection afterwards (their words)' })
  reflection!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Private; null when not shared with the reader' })
  selfHarmThoughts!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Private; null when not shared with the reader' })
  feltUnsafe!: boolean | null;

  @Field(() => Int, { description: 'Pass back in updateSession; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When it was first stored' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

/** What startSession, endSession and logSession answer; each has a payload type of its own (session.payload.ts). */
@ObjectType({ description: 'Shared by the three session payloads; not itself in the schema' })
export class SessionPayload {
  @Field(() => Session, { description: 'The session as written' })
  session!: Session;

  @Field(() => [SafetySignal], { description: 'Shown at once; they never block logging' })
  safetySignals!: SafetySignal[];

  @Field(() => AftercareSuggestion, {
    nullable: true,
    description: 'After a session ends or is logged: aftercare to consider; null while it is live and once aftercare was recorded for it',
  })
  aftercareSuggestion!: AftercareSuggestion | null;
}
