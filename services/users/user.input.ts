import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { IsLocale, IsTimeZone } from '../shared/validation';

@InputType()
export class PreferencesInput {
  @Field(() => Boolean, { nullable: true })
  routineReminders?: boolean;

  @Field(() => Boolean, { nullable: true })
  weeklyReflection?: boolean;

  @Field(() => Boolean, { nullable: true })
  circleActivity?: boolean;
}

@InputType({ description: 'Only the fields given change; null clears displayName or pronouns' })
export class UpdateProfileInput {
  @Field(() => Int, { description: 'The version you last read' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60)
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @IsTimeZone()
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'The language to read in; it does not change the crisis lines' })
  @IsLocale()
  locale?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country (DE, GB, US); crisis lines follow it. null clears it (the international resources)' })
  country?: string | null;

  @Field(() => PreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  preferences?: PreferencesInput;
}
