import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Role } from '../shared/auth/caller';

export enum RoleEnum {
  MEMBER = 'MEMBER',
  THERAPIST = 'THERAPIST',
}
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'Derived from verified Cognito groups; never settable',
  valuesConfig: {
    MEMBER: { description: 'Not in the therapists group' },
    THERAPIST: { description: 'In the therapists group, which an operator sets after verifying a licence' },
  },
});

@ObjectType({ description: "A member's reminder and notification choices" })
export class Preferences {
  @Field(() => Boolean, { description: 'Gentle reminders for routines the member scheduled' })
  routineReminders!: boolean;

  @Field(() => Boolean, { description: 'A weekly note inviting a look back at the week' })
  weeklyReflection!: boolean;

  @Field(() => Boolean, { description: 'Notifications about activity in support circles' })
  circleActivity!: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { routineReminders: false, weeklyReflection: false, circleActivity: false };

/** The stored profile (the role is not stored: it comes from the token on each request). */
export interface ProfileRecord {
  sub: string;
  displayName: string | null;
  pronouns: string | null;
  timeZone: string;
  locale: string;
  /** ISO 3166-1 alpha-2, as the member stated it; absent or null until they do. */
  country?: string | null;
  preferences: Preferences;
  version: number;
  createdAt: string;
  updatedAt: string;
}

@ObjectType({ description: "The caller's profile" })
export class Profile {
  @Field(() => ID, { description: 'The member’s id (their Cognito sub)' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The name they chose to be shown; null until chosen' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'Their pronouns, if they gave them' })
  pronouns!: string | null;

  @Field(() => String, { description: 'IANA time zone; days and weeks follow it' })
  timeZone!: string;

  @Field(() => String, { description: 'BCP 47 locale: the language the member reads in (never where they live)' })
  locale!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country the member stated; crisis lines follow it. Null until chosen: the international resources',
  })
  country!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'While country is null: the country of the time zone (Europe/Berlin -> DE), for the app to offer and the member to confirm. Never applied by itself',
  })
  suggestedCountry!: string | null;

  @Field(() => Preferences, { description: 'Reminder and notification choices' })
  preferences!: Preferences;

  @Field(() => RoleEnum, { description: 'MEMBER or THERAPIST, from the verified token' })
  role!: Role;

  @Field(() => Int, { description: 'Pass back in updateProfile; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => Date, { description: 'When the profile was made' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed' })
  updatedAt!: Date;
}
