import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { IsLocale, IsTimeZone } from '../shared/validation';

@InputType({ description: 'Reminder and notification choices to change; those left out or null stay as they are' })
export class PreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Gentle reminders for routines you scheduled' })
  routineReminders?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A weekly note inviting a look back at the week' })
  weeklyReflection?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Notifications about activity in your support circles' })
  circleActivity?: boolean;
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
