import { Field, InputType } from 'type-graphql';
import { Length, MaxLength, ValidateNested } from 'class-validator';
import { idInput } from '../../shared/mutation-shapes';

/** Bounds of a registration. */
export const PUSH_DEVICE_LIMITS = { perMember: 10, label: 60, endpoint: 2048 } as const;

@InputType({ description: "The subscription's keys, as PushSubscription.toJSON() gives them" })
export class PushKeysInput {
  @Field(() => String, { description: "The browser's P-256 public key: 65 bytes uncompressed, base64url" })
  @MaxLength(100)
  p256dh!: string;

  @Field(() => String, { description: 'The authentication secret: 16 bytes, base64url' })
  @MaxLength(40)
  auth!: string;
}

@InputType({ description: "A browser's push subscription; registering the same endpoint again updates it" })
export class RegisterPushDeviceInput {
  @Field(() => String, { description: 'PushSubscription.endpoint: an https URL of the push service' })
  @MaxLength(PUSH_DEVICE_LIMITS.endpoint)
  endpoint!: string;

  @Field(() => PushKeysInput, { description: 'PushSubscription keys' })
  @ValidateNested()
  keys!: PushKeysInput;

  @Field(() => String, { description: 'A name to tell your devices apart, 1-60 characters' })
  @Length(1, PUSH_DEVICE_LIMITS.label)
  label!: string;
}

export const RemovePushDeviceInput = idInput('RemovePushDeviceInput', 'id', 'The device registration to remove');
export type RemovePushDeviceInput = InstanceType<typeof RemovePushDeviceInput>;
