import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeasureBand, MeasureInstrument } from '../measures/measure.enums';
import { SafetySignalKind } from '../sessions/session.safety.type';
import { Connection } from '../shared/pagination';
import { AlertReason } from './alert.type';
import { GrantScope } from './sharing.enums';
import { SuggestionStatus } from './sharing.type';

@ObjectType({ description: 'A client as named when they invited you' })
export class CaseloadClient {
  @Field(() => ID, { description: 'The client’s id, as clientTimeline takes it' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Their display name when they invited you' })
  displayName!: string | null;
}

@ObjectType({ description: 'The latest result of one instrument (needs MEASURES)' })
export class CaseloadMeasure {
  @Field(() => ID, { description: 'The measure (as Measure.id)' })
  measureId!: string;

  @Field(() => MeasureInstrument, { description: 'The instrument' })
  instrument!: MeasureInstrument;

  @Field(() => Int, { description: 'The raw score' })
  score!: number;

  @Field(() => MeasureBand, { description: 'The band the score falls in' })
  band!: MeasureBand;

  @Field(() => Date, { description: 'When the client completed it' })
  completedAt!: Date;
}

@ObjectType({ description: 'A practice you suggested to this client, as it stands' })
export class CaseloadSuggestion {
  @Field(() => ID, { description: 'The suggestion (as PracticeSuggestion.id)' })
  suggestionId!: string;

  @Field(() => String, { description: 'The practice’s name' })
  name!: string;

  @Field(() => SuggestionStatus, { description: 'Waiting, accepted or declined' })
  status!: SuggestionStatus;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'The latest alert this client sent you' })
export class CaseloadAlert {
  @Field(() => ID, { description: 'The alert (as SafetyAlert.id)' })
  alertId!: string;

  @Field(() => AlertReason, { description: 'Why it was sent' })
  reason!: AlertReason;

  @Field(() => [SafetySignalKind], { description: 'The signals that fired; empty when the client asked' })
  signalKinds!: SafetySignalKind[];

  @Field(() => Date, { description: 'When it was sent' })
  sentAt!: Date;
}

@ObjectType({ description: 'One client at a glance, as your share’s scopes allow; reading it is logged in the client’s access log' })
export class CaseloadEntry {
  @Field(() => ID, { description: 'The share (as Grant.id)' })
  grantId!: string;

  @Field(() => CaseloadClient, { description: 'The client' })
  client!: CaseloadClient;

  @Field(() => [GrantScope], { description: 'What the client shares with you' })
  scopes!: GrantScope[];

  @Field(() => Date, { nullable: true, description: 'Your access ends at this instant; null: until revoked' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When you last saw this client in your caseload (before this read); null: never' })
  lastViewedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Sessions completed since you last looked; null without SESSIONS' })
  newSessions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Measures completed since you last looked; null without MEASURES' })
  newMeasures!: number | null;

  @Field(() => Int, { description: 'Alerts the client sent you since you last looked' })
  newAlerts!: number;

  @Field(() => CaseloadAlert, { nullable: true, description: 'The latest alert the client sent you; null: none' })
  latestAlert!: CaseloadAlert | null;

  @Field(() => [SafetySignalKind], { description: 'Safety signals that fired in the last 14 days; empty without SAFETY_SIGNALS' })
  activeSignalKinds!: SafetySignalKind[];

  @Field(() => [CaseloadMeasure], { description: 'The latest result of each instrument; empty without MEASURES' })
  measures!: CaseloadMeasure[];

  @Field(() => [CaseloadSuggestion], { description: 'Your suggestions: waiting ones, and ones answered in the last 30 days, newest first' })
  suggestions!: CaseloadSuggestion[];
}

@ObjectType({ description: 'A page of CaseloadEntry items (Relay cursor connection)' })
export class CaseloadEntryConnection extends Connection(() => CaseloadEntry, 'CaseloadEntry') {}
