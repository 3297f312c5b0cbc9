import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Alert one therapist you share with now ("let my therapist know")' })
export class AlertMyTherapistInput {
  @Field(() => ID, { description: 'The therapist (SharePerson.personId) of an active share' })
  therapistId!: string;
}

@InputType({ description: 'Whether a therapist is alerted when a safety signal fires for you' })
export class SetGrantAlertsInput {
  @Field(() => ID, { description: 'The therapist you share with or invited (SharePerson.personId)' })
  therapistId!: string;

  @Field(() => Boolean, { description: 'true: alert them whenever a safety signal fires; false: never (the default)' })
  alertOnSafetySignal!: boolean;
}
