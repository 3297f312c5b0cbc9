import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SafetySignalKind {
  LONG_SESSION_WITHOUT_RELIEF = 'LONG_SESSION_WITHOUT_RELIEF',
  FREQUENT_FLOODING = 'FREQUENT_FLOODING',
  NUMBNESS_OR_NO_TEARS = 'NUMBNESS_OR_NO_TEARS',
  SELF_HARM_THOUGHTS = 'SELF_HARM_THOUGHTS',
}
registerEnumType(SafetySignalKind, {
  name: 'SafetySignalKind',
  description: 'A pattern in what was logged where support from a person can help',
});

@ObjectType({ description: 'A phone line answered by people' })
export class CrisisLine {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Null where no single number serves (the international default)' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'A second number for the same line' })
  alternativePhone!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType({ description: 'A crisis service reached by text message' })
export class TextService {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'What to send, and where' })
  instructions!: string;
}

@ObjectType({ description: "Crisis resources for the member's country, from the region of their locale" })
export class SupportResources {
  @Field(() => String, { nullable: true, description: 'ISO 3166 country code; null for the international default' })
  region!: string | null;

  @Field(() => CrisisLine)
  crisisLine!: CrisisLine;

  @Field(() => TextService, { nullable: true })
  textService!: TextService | null;

  @Field(() => String, { description: 'What to do in immediate danger' })
  emergency!: string;

  @Field(() => String, { description: 'A directory of helplines in other countries' })
  findAHelplineUrl!: string;

  @Field(() => String, { description: 'Lacrima is not a crisis service' })
  disclaimer!: string;
}

@ObjectType({ description: 'Something in recent sessions worth a gentle word; never a block' })
export class SafetySignal {
  @Field(() => SafetySignalKind)
  kind!: SafetySignalKind;

  @Field(() => String)
  message!: string;

  @Field(() => [ID], { description: 'The sessions that make up the signal' })
  sessionIds!: string[];

  @Field(() => SupportResources)
  resources!: SupportResources;

  @Field(() => String, { nullable: true, description: 'An invitation to involve their therapist; null without one' })
  involveTherapistPrompt!: string | null;
}

@ObjectType({ description: 'Active safety signals over the recent window, with support resources always at hand' })
export class SafetyStatus {
  @Field(() => [SafetySignal])
  signals!: SafetySignal[];

  @Field(() => SupportResources)
  resources!: SupportResources;

  @Field(() => Date)
  checkedAt!: Date;
}
