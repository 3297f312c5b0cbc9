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

@ObjectType()
export class Catalyst {
  @Field(() => CatalystKind)
  kind!: CatalystKind;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType({ implements: TimelineItem, description: 'A mindful crying or emotional-release session' })
export class Session extends TimelineItem {
  declare kind: TimelineKind.SESSION;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true })
  intention!: string | null;

  @Field(() => String, { nullable: true })
  setting!: string | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  distressBefore!: number | null;

  @Field(() => [Catalyst])
  catalysts!: Catalyst[];

  @Field(() => Boolean, { nullable: true })
  tearsCame!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  wantedToCry!: boolean | null;

  @Field(() => [BodySensation])
  bodySensations!: BodySensation[];

  @Field(() => [Emotion])
  emotions!: Emotion[];

  @Field(() => Int, { nullable: true })
  peakIntensity!: number | null;

  @Field(() => Int, { nullable: true, description: 'SUDS 0-10' })
  distressAfter!: number | null;

  @Field(() => AfterState, { nullable: true })
  afterState!: AfterState | null;

  @Field(() => String, { nullable: true })
  reflection!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Private; null when not shared with the reader' })
  selfHarmThoughts!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Private; null when not shared with the reader' })
  feltUnsafe!: boolean | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: 'A session just written, with any safety signals it triggered' })
export class SessionPayload {
  @Field(() => Session)
  session!: Session;

  @Field(() => [SafetySignal], { description: 'Shown at once; they never block logging' })
  safetySignals!: SafetySignal[];

  @Field(() => AftercareSuggestion, {
    nullable: true,
    description: 'After a session ends or is logged: aftercare to consider; null while it is live and once aftercare was recorded for it',
  })
  aftercareSuggestion!: AftercareSuggestion | null;
}
