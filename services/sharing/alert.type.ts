import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SafetySignalKind } from '../sessions/session.safety.type';
import { SharePerson } from './sharing.type';

export enum AlertReason {
  CLIENT_ASKED = 'CLIENT_ASKED',
  SAFETY_SIGNAL = 'SAFETY_SIGNAL',
}

registerEnumType(AlertReason, {
  name: 'AlertReason',
  description: 'Why a client’s therapist was alerted',
  valuesConfig: {
    CLIENT_ASKED: { description: 'The client chose "let my therapist know"' },
    SAFETY_SIGNAL: { description: 'A safety signal fired and the client had opted in to alert this therapist' },
  },
});

@ObjectType({ description: 'An alert sent to a therapist; it says that and why, never what the client wrote' })
export class SafetyAlert {
  @Field(() => ID, { description: 'The alert id' })
  id!: string;

  @Field(() => AlertReason, { description: 'Why it was sent' })
  reason!: AlertReason;

  @Field(() => [SafetySignalKind], { description: 'The signals that fired (SAFETY_SIGNAL); empty when the client asked' })
  signalKinds!: SafetySignalKind[];

  @Field(() => SharePerson, { description: 'The therapist it went to' })
  therapist!: SharePerson;

  @Field(() => Date, { description: 'When it was sent' })
  sentAt!: Date;
}
