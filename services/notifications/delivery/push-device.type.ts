import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A browser or app registered for Web Push; its endpoint and keys are never shown back' })
export class PushDevice {
  @Field(() => ID, { description: 'The device registration' })
  id!: string;

  @Field(() => String, { description: 'The name you gave it ("Phone", "Laptop")' })
  label!: string;

  @Field(() => String, { description: "The push service's host (fcm.googleapis.com, updates.push.services.mozilla.com)" })
  pushService!: string;

  @Field(() => Date, { description: 'When it was first registered' })
  createdAt!: Date;
}
