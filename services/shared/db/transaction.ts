import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One part of a TransactWriteItems call: what a repository hands another to write in the same transaction. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
