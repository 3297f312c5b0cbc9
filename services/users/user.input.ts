import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { IsLocale, IsTimeZone } from '../shared/validation';
import { NotificationTopicEnum } from './user.type';

/** "HH:MM", 00:00-23:59. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Which topics go by which channel; each list replaces the one stored' })
export class DeliveryChannelsInput {
  @Field(() => [NotificationTopicEnum], { nullable: true, description: 'Topics to push to your registered devices' })
  @IsOptional()
  @ArrayMaxSize(4)
  @ArrayUnique()
  push?: NotificationTopicEnum[];

  @Field(() => [NotificationTopicEnum], { nullable: true, description: 'Topics to send to your email address' })
  @IsOptional()
  @ArrayMaxSize(4)
  @ArrayUnique()
  email?: NotificationTopicEnum[];
}

@InputType({ description: 'Quiet hours in your time zone; may wrap midnight (22:00 to 07:00)' })
export class QuietHoursInput {
  @Field(() => String, { description: 'HH:MM (24-hour) when quiet begins' })
  @Matches(CLOCK_TIME, { message: '$property must be HH:MM, 00:00 to 23:59' })
  start!: string;

  @Field(() => String, { description: 'HH:MM when quiet ends; must differ from start' })
  @Matches(CLOCK_TIME, { message: '$property must be HH:MM, 00:00 to 23:59' })
  end!: string;
}

@InputType({ description: 'Reminder and notification choices to change; those left out or null stay as they are' })
export class PreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Gentle reminders for routines you scheduled' })
  routineReminders?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A weekly note inviting a look back at the week' })
  weeklyReflection?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Notifications about activity in your support circles' })
  circleActivity?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Notifications about invitations, suggestions and grant changes from therapists' })
  therapistActivity?: boolean;

  @Field(() => DeliveryChannelsInput, { nullable: true, description: 'Which topics go by push and which by email; lists left out stay' })
  @IsOptional()
  @ValidateNested()
  delivery?: DeliveryChannelsInput;

  @Field(() => QuietHoursInput, { nullable: true, description: 'Quiet hours; left out they stay, null turns them off' })
  @IsOptional()
  @ValidateNested()
  quietHours?: QuietHoursInput | null;
}

/** Bounds of what a member writes on their profile. */
export const PROFILE_LIMITS = { displayName: 60 } as const;

@InputType({ description: 'Only the fields given change; null clears displayName or pronouns' })
export class UpdateProfileInput {
  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The name to be shown, 1-60 characters, one line without invisible characters (stored in Unicode NFKC); null clears it',
  })
  @IsOptional()
  @Length(1, PROFILE_LIMITS.displayName)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Your pronouns, 1-40 characters, not blank; null clears them' })
  @IsOptional()
  @Length(1, 40)
  pronouns?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone (Europe/Berlin); days and weeks follow it. Cannot be cleared' })
  @IsTimeZone()
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'The language to read in; it does not change the crisis lines' })
  @IsLocale()
  locale?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country (DE, GB, US); crisis lines follow it. null clears it (the international resources)',
  })
  country?: string | null;

  @Field(() => PreferencesInput, { nullable: true, description: 'Reminder and notification choices; only those given change' })
  @IsOptional()
  @ValidateNested()
  preferences?: PreferencesInput;
}
