import '../../../helpers/unit-env';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { dynamo } from '../../../../services/shared/db/client';
import { retryingConflicts } from '../../../../services/shared/db/conditions';
import { StoreBusyError, StoreConflictError, StoreUncertainError } from '../../../../services/shared/db/store-errors';
import { cancelled, sdkError } from './sdk-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const get = () => dynamo().send(new GetCommand({ TableName: 'lacrima-unit', Key: { PK: 'USER#a', SK: 'PROFILE' } }));
const transact = () => dynamo().send(new TransactWriteCommand({ TransactItems: [] }));

/**
 * The table's client names DynamoDB's transient failures where they happen
 * (issue #15): the code above it, and the GraphQL edge, see StoreBusyError,
 * StoreConflictError or StoreUncertainError, never an SDK error name.
 */
describe('the table client names transient failures', () => {
  beforeEach(() => ddb.reset());

  it.each([['ProvisionedThroughputExceededException'], ['ThrottlingException'], ['RequestLimitExceeded']])(
    '%s: busy, nothing written, with the SDK error as its cause',
    async (name) => {
      const raw = sdkError(name);
      ddb.on(GetCommand).rejects(raw);

      const error = await get().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(StoreBusyError);
      expect(error).not.toBeInstanceOf(StoreConflictError);
      expect((error as Error).cause).toBe(raw);
    },
  );

  it.each([['TimeoutError'], ['InternalServerError'], ['ServiceUnavailable'], ['TransactionInProgressException']])(
    '%s: uncertain (may have been applied)',
    async (name) => {
      ddb.on(GetCommand).rejects(sdkError(name));

      await expect(get()).rejects.toBeInstanceOf(StoreUncertainError);
    },
  );

  it('a transaction cancelled only by another transaction: a conflict, which retryingConflicts tries again', async () => {
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled(['None', 'TransactionConflict']))
      .resolves({});

    await expect(transact()).rejects.toBeInstanceOf(StoreConflictError);
    ddb.reset();
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled(['None', 'TransactionConflict']))
      .resolves({});
    await expect(retryingConflicts(transact)).resolves.toEqual({});
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('leaves a condition that did not hold as it is: the repository that wrote it decides what it means', async () => {
    const conditionFailed = cancelled(['ConditionalCheckFailed', 'TransactionConflict']);
    ddb.on(TransactWriteCommand).rejects(conditionFailed);
    ddb.on(GetCommand).rejects(sdkError('ConditionalCheckFailedException'));

    await expect(transact()).rejects.toBe(conditionFailed);
    await expect(get()).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });

  it('passes anything else through unchanged (the edge masks it as internal)', async () => {
    const validation = sdkError('ValidationException');
    ddb.on(GetCommand).rejects(validation);

    await expect(get()).rejects.toBe(validation);
  });
});
