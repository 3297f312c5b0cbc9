import { Field, ID, InputType, ObjectType, type ClassType } from 'type-graphql';

/*
 * The shapes of the API's mutations (DESIGN.md, API conventions): every
 * mutation takes one `input` and answers a `<Name>Payload` of its own, so a
 * payload can grow a field later without touching another mutation, and a
 * normalized client cache finds the changed objects under predictable names.
 */

/** `<Name>Payload { <field>: <Type>! }`: the one object a mutation changed, under the type's name in camelCase. */
export function objectPayload<K extends string, T extends object>(name: string, field: K, type: () => ClassType<T>, description: string) {
  @ObjectType(name, { description })
  class ObjectPayload {}
  Field(type, { description: 'As it is after the change' })(ObjectPayload.prototype, field);
  return ObjectPayload as unknown as ClassType<Record<K, T>>;
}

/** `<Name>Payload { deletedId: ID! }`: what a client evicts from its cache. */
export function deletionPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class DeletionPayload {
    @Field(() => ID, { description: 'The id of what was deleted, to evict from a client cache' })
    deletedId!: string;
  }
  return DeletionPayload;
}

/** `<Name>Input { <field>: ID! }`: a mutation that needs nothing but the id of what it acts on. */
export function idInput<K extends string>(name: string, field: K, description: string) {
  @InputType(name, { description: `${description}: its id` })
  class IdInput {}
  Field(() => ID, { description })(IdInput.prototype, field);
  return IdInput as unknown as ClassType<Record<K, string>>;
}
