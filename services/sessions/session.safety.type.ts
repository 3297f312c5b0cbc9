import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SafetySignalKind {
  LONG_SESSION_WITHOUT_RELIEF = 'LONG_SESSION_WITHOUT_RELIEF',
  LONG_SESSION_IN_PROGRESS = 'LONG_SESSION_IN_PROGRESS',
  FREQUENT_FLOODING = 'FREQUENT_FLOODING',
  NUMBNESS_OR_NO_TEARS = 'NUMBNESS_OR_NO_TEARS',
  SELF_HARM_THOUGHTS = 'SELF_HARM_THOUGHTS',
  FELT_UNSAFE = 'FELT_UNSAFE',
}
registerEnumType(SafetySignalKind, {
  name: 'SafetySignalKind',
  description: 'A pattern in what was logged where support from a person can help',
  valuesConfig: {
    LONG_SESSION_WITHOUT_RELIEF: { description: 'A session, or sessions of one evening together, longer than two hours that ended without relief' },
    LONG_SESSION_IN_PROGRESS: { description: 'A session still open after more than two hours (with the evening\u2019s earlier sessions)' },
    FREQUENT_FLOODING: { description: 'Several recent sessions ended flooded' },
    NUMBNESS_OR_NO_TEARS: { description: 'Several recent sessions ended numb, or tears did not come although wanted' },
    SELF_HARM_THOUGHTS: { description: 'Thoughts of self-harm were noted in a session' },
    FELT_UNSAFE: { description: 'Feeling unsafe was noted in a session' },
  },
});

@ObjectType({ description: 'A phone line answered by people' })
export class CrisisLine {
  @Field(() => String, { description: 'The name of the line' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'As dialled in the country; null where no single number serves (the international default)' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'A tel: URI a phone can dial' })
  phoneUri!: string | null;

  @Field(() => String, { nullable: true, description: 'A second number for the same line' })
  alternativePhone!: string | null;

  @Field(() => String, { nullable: true, description: 'A tel: URI for the second number' })
  alternativePhoneUri!: string | null;

  @Field(() => String, { nullable: true, description: "The service's own site, where confirmed" })
  url!: string | null;

  @Field(() => String, { description: 'The https page the number was last checked against' })
  source!: string;

  @Field(() => String, { description: 'The day of that check (YYYY-MM-DD)' })
  verifiedOn!: string;
}

@ObjectType({ description: 'A crisis service reached by text message' })
export class TextService {
  @Field(() => String, { description: 'The name of the service' })
  name!: string;

  @Field(() => String, { description: 'What to send, and where' })
  instructions!: string;

  @Field(() => String, { nullable: true, description: 'An sms: URI with the message ready; null where the service is reached another way (WhatsApp)' })
  smsUri!: string | null;

  @Field(() => String, { description: 'The https page the service was last checked against' })
  source!: string;

  @Field(() => String, { description: 'The day of that check (YYYY-MM-DD)' })
  verifiedOn!: string;
}

@ObjectType({ description: 'Crisis resources for the country the member stated (Profile.country), or the international default' })
export class SupportResources {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; null for the international default' })
  country!: string | null;

  @Field(() => CrisisLine, { description: 'The crisis line for the country; for the international default, a directory of helplines (url, no phone)' })
  crisisLine!: CrisisLine;

  @Field(() => TextService, {
    nullable: true,
    description: 'A crisis service to reach by text message; null where none is listed, and for the international default',
  })
  textService!: TextService | null;

  @Field(() => String, { description: 'What to do in immediate danger' })
  emergency!: string;

  @Field(() => String, { nullable: true, description: 'The emergency number; null for the international default' })
  emergencyPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'A tel: URI for the emergency number' })
  emergencyPhoneUri!: string | null;

  @Field(() => String, { description: 'A directory of helplines in other countries' })
  findAHelplineUrl!: string;

  @Field(() => String, { description: 'Lacrima is not a crisis service' })
  disclaimer!: string;
}

@ObjectType({ description: 'Something in recent sessions worth a gentle word; never a block' })
export class SafetySignal {
  @Field(() => SafetySignalKind, { description: 'What was noticed' })
  kind!: SafetySignalKind;

  @Field(() => String, { description: 'A gentle word to the member about it, in the second person' })
  message!: string;

  @Field(() => [ID], { description: 'The sessions that make up the signal' })
  sessionIds!: string[];

  @Field(() => SupportResources, { description: 'Crisis resources for the country the member stated, or the international default' })
  resources!: SupportResources;

  @Field(() => String, { nullable: true, description: 'An invitation to involve their therapist; null without one' })
  involveTherapistPrompt!: string | null;
}

@ObjectType({ description: 'Active safety signals over the recent window, with support resources always at hand' })
export class SafetyStatus {
  @Field(() => [SafetySignal], { description: 'Signals active over sessions started in the last 14 days; empty when none' })
  signals!: SafetySignal[];

  @Field(() => SupportResources, {
    description: 'Crisis resources for the country the member stated, or the international default; present with or without signals',
  })
  resources!: SupportResources;

  @Field(() => Date, { description: 'When the signals were worked out' })
  checkedAt!: Date;
}

@ObjectType({ description: "A client's safety signal as their therapist sees it: what was logged and when, in the third person" })
export class ClientSafetySignal {
  @Field(() => SafetySignalKind, { description: 'What was noticed' })
  kind!: SafetySignalKind;

  @Field(() => String, { description: 'What was logged and when, briefly (e.g. "Noted thoughts of self-harm in 1 session, on 2026-11-30.")' })
  summary!: string;

  @Field(() => Int, { description: 'How many sessions make up the signal' })
  sessionCount!: number;

  @Field(() => [ID], { description: 'The sessions that make up the signal; empty without the SESSIONS scope' })
  sessionIds!: string[];

  @Field(() => Date, { description: 'When the first of those sessions started' })
  firstStartedAt!: Date;

  @Field(() => Date, { description: 'When the last of those sessions started' })
  lastStartedAt!: Date;
}

@ObjectType({ description: "A client's active safety signals over the recent window, for their therapist" })
export class ClientSafetyStatus {
  @Field(() => [ClientSafetySignal], { description: 'Signals active over sessions started in the last 14 days; empty when none' })
  signals!: ClientSafetySignal[];

  @Field(() => Date, { description: 'When the signals were worked out' })
  checkedAt!: Date;
}
