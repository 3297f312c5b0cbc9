import type { AttributeValue as LambdaAttributeValue } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** A stream record's image as the table's items read elsewhere (sets stay sets, numbers numbers). */
export function streamImage(value: Record<string, LambdaAttributeValue> | undefined): Record<string, unknown> | undefined {
  return value ? unmarshall(value as Record<string, AttributeValue>) : undefined;
}
