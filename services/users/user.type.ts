import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { NotificationTopic } from '../live/live.events';
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

export enum NotificationTopicEnum {
  ROUTINE_REMINDERS = 'ROUTINE_REMINDERS',
  WEEKLY_REFLECTION = 'WEEKLY_REFLECTION',
  CIRCLE_ACTIVITY = 'CIRCLE_ACTIVITY',
  THERAPIST_ACTIVITY = 'THERAPIST_ACTIVITY',
}
// The live layer's own list (services/live/live.events.ts): a new topic there fails to compile here until it is named.
const TOPIC_DESCRIPTIONS: Record<NotificationTopic, { description: string }> = {
  ROUTINE_REMINDERS: { description: 'Reminders of routines the member scheduled' },
  WEEKLY_REFLECTION: { description: 'The weekly invitation to look back' },
  CIRCLE_ACTIVITY: { description: 'Replies and activity in support circles' },
  THERAPIST_ACTIVITY: { description: 'Invitations, suggestions and grant changes from therapists' },
};
registerEnumType(NotificationTopicEnum, {
  name: 'NotificationTopic',
  description: 'What a notification is about; chosen per channel',
  valuesConfig: TOPIC_DESCRIPTIONS,
});

@ObjectType({ description: 'Which topics go out by which channel; none until the member opts in' })
export class DeliveryChannels {
  @Field(() => [NotificationTopicEnum], { description: 'Topics sent as Web Push to the registered devices' })
  push!: NotificationTopic[];

  @Field(() => [NotificationTopicEnum], { description: "Topics sent by email to the account's address" })
  email!: NotificationTopic[];
}

@ObjectType({ description: "Hours in the member's time zone when nothing is pushed or emailed" })
export class QuietHours {
  @Field(() => String, { description: 'HH:MM (24-hour) when quiet begins' })
  start!: string;

  @Field(() => String, { description: 'HH:MM when quiet ends; before start when the hours wrap midnight (22:00-07:00)' })
  end!: string;
}

@ObjectType({ description: "A member's reminder and notification choices" })
export class Preferences {
  @Field(() => Boolean, { description: 'Gentle reminders for routines the member scheduled' })
  routineReminders!: boolean;

  @Field(() => Boolean, { description: 'A weekly note inviting a look back at the week' })
  weeklyReflection!: boolean;

  @Field(() => Boolean, { description: 'Notifications about activity in support circles' })
  circleActivity!: boolean;

  @Field(() => Boolean, { description: 'Notifications about invitations, suggestions and grant changes from therapists' })
  therapistActivity!: boolean;

  @Field(() => DeliveryChannels, { description: 'Which wanted topics go by push and which by email' })
  delivery!: DeliveryChannels;

  @Field(() => QuietHours, { nullable: true, description: 'When nothing is pushed or emailed; null: no quiet hours' })
  quietHours!: QuietHours | null;
}

/** The preferences as stored: plain data. Records written before delivery choices existed lack them: read with DEFAULT_PREFERENCES under them. */
export type PreferencesRecord = {
  routineReminders: boolean;
  weeklyReflection: boolean;
  circleActivity: boolean;
  therapistActivity?: boolean;
  delivery?: { push: NotificationTopic[]; email: NotificationTopic[] };
  quietHours?: { start: string; end: string } | null;
};

export const DEFAULT_PREFERENCES: Required<PreferencesRecord> = {
  routineReminders: false,
  weeklyReflection: false,
  circleActivity: false,
  therapistActivity: false,
  delivery: { push: [], email: [] },
  quietHours: null,
};

/** The stored profile (the role is not stored: it comes from the token on each request). */
export interface ProfileRecord {
  sub: string;
  displayName: string | null;
  pronouns: string | null;
  timeZone: string;
  locale: string;
  /** ISO 3166-1 alpha-2, as the member stated it; absent or null until they do. */
  country?: string | null;
  preferences: PreferencesRecord;
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
