import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../errors';
import { STORAGE_ATTRIBUTES } from './catalogue/shapes';
import { isConditionalCheckFailed } from './conditions';

type Item = Record<string, unknown>;

/** The domain record inside a stored item: key and bookkeeping attributes removed. */
export function fromItem<T>(item: Item): T {
  const record: Item = {};
  for (const [name, value] of Object.entries(item)) if (!STORAGE_ATTRIBUTES.has(name)) record[name] = value;
  return record as T;
}

export interface ItemUpdate {
  client: DynamoDBDocumentClient;
  table: string;
  key: { PK: string; SK: string };
  /** Attributes to set; `undefined` leaves one alone, `null` stores null. */
  changes: Item;
  /** Attributes to remove. */
  remove?: string[];
  updatedAt: string;
  /** Must hold for the write to happen (besides the item existing). */
  condition: { expression: string; names?: Record<string, string>; values?: Item };
  /** The error to throw when the condition fails; `old` is the item as it was, if any. */
  onConditionFailed: (old: Item | undefined) => Error;
}

/** A conditional update that bumps `version` and returns the new record. One call. */
export async function updateItem<T>(u: ItemUpdate): Promise<T> {
  const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt', ...u.condition.names };
  const values: Item = { ':one': 1, ':updatedAt': u.updatedAt, ...u.condition.values };
  const sets = ['#version = #version + :one', '#updatedAt = :updatedAt'];
  let i = 0;
  for (const [field, value] of Object.entries(u.changes)) {
    if (value === undefined) continue;
    i += 1;
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    sets.push(`#f${i} = :v${i}`);
  }
  const removes = (u.remove ?? []).map((field) => {
    i += 1;
    names[`#f${i}`] = field;
    return `#f${i}`;
  });
  try {
    const result = await u.client.send(
      new UpdateCommand({
        TableName: u.table,
        Key: u.key,
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: `attribute_exists(PK) AND ${u.condition.expression}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return fromItem<T>(result.Attributes ?? {});
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw u.onConditionFailed((error as { Item?: Item }).Item);
    throw error;
  }
}

export interface VersionedUpdate extends Omit<ItemUpdate, 'condition' | 'onConditionFailed'> {
  expectedVersion: number;
  /** Name used in the NOT_FOUND message. */
  what: string;
}

/** Optimistic locking: NOT_FOUND when the item is gone, CONFLICT when someone changed it first. */
export function updateVersioned<T>(u: VersionedUpdate): Promise<T> {
  return updateItem<T>({
    ...u,
    condition: { expression: '#version = :expected', values: { ':expected': u.expectedVersion } },
    onConditionFailed: (old) => (old ? new ConflictError() : new NotFoundError(u.what)),
  });
}
