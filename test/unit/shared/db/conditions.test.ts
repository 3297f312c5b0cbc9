import {
  cancellationCodes,
  failedIndexes,
  isConditionalCheckFailed,
  isTransactionConditionFailed,
  isTransactionConflict,
  retryingConflicts,
} from '../../../../services/shared/db/conditions';
import { transience } from '../../../../services/shared/db/transience';
import { cancelled, sdkError } from './sdk-errors';

describe('conditions', () => {
  describe('isConditionalCheckFailed', () => {
    it('recognises a refused single-item write by its name', () => {
      expect(isConditionalCheckFailed(sdkError('ConditionalCheckFailedException'))).toBe(true);
    });

    it('does not take a cancelled transaction or a plain object for one', () => {
      expect(isConditionalCheckFailed(cancelled(['ConditionalCheckFailed']))).toBe(false);
      expect(isConditionalCheckFailed({ name: 'ConditionalCheckFailedException' })).toBe(false);
    });
  });

  describe('cancellationCodes and failedIndexes', () => {
    it('lists each item reason in order, reading a missing code as None', () => {
      const error = sdkError('TransactionCanceledException', { CancellationReasons: [{ Code: 'None' }, {}, { Code: 'ConditionalCheckFailed' }] });

      expect(cancellationCodes(error)).toEqual(['None', 'None', 'ConditionalCheckFailed']);
      expect(failedIndexes(error)).toEqual([2]);
    });

    it('finds no reasons on an error that carries none', () => {
      expect(cancellationCodes(new Error('boom'))).toEqual([]);
      expect(failedIndexes(new Error('boom'))).toEqual([]);
    });
  });

  describe('isTransactionConditionFailed', () => {
    it('is true only for a cancelled transaction with a failed condition', () => {
      expect(isTransactionConditionFailed(cancelled(['None', 'ConditionalCheckFailed']))).toBe(true);
      expect(isTransactionConditionFailed(cancelled(['TransactionConflict']))).toBe(false);
      expect(isTransactionConditionFailed(sdkError('ConditionalCheckFailedException'))).toBe(false);
    });
  });

  describe('isTransactionConflict', () => {
    it('counts a single-item conflict and a transaction cancelled only by another one', () => {
      expect(isTransactionConflict(sdkError('TransactionConflictException'))).toBe(true);
      expect(isTransactionConflict(cancelled(['None', 'TransactionConflict']))).toBe(true);
    });

    it('does not retry a cancellation in which one of our conditions also failed', () => {
      expect(isTransactionConflict(cancelled(['TransactionConflict', 'ConditionalCheckFailed']))).toBe(false);
    });

    it('ignores anything that is not an Error', () => {
      expect(isTransactionConflict({ name: 'TransactionConflictException' })).toBe(false);
    });
  });

  describe('retryingConflicts', () => {
    // No real pause: the back-off is random and only its count matters here.
    beforeEach(() => jest.spyOn(Math, 'random').mockReturnValue(0));
    afterEach(() => jest.restoreAllMocks());

    it('runs a write again after a conflict and returns its result', async () => {
      const write = jest
        .fn()
        .mockRejectedValueOnce(cancelled(['TransactionConflict']))
        .mockResolvedValueOnce('done');

      await expect(retryingConflicts(write)).resolves.toBe('done');
      expect(write).toHaveBeenCalledTimes(2);
    });

    it('gives up after four attempts and lets the last conflict through', async () => {
      const conflict = sdkError('TransactionConflictException');
      const write = jest.fn().mockRejectedValue(conflict);

      await expect(retryingConflicts(write)).rejects.toBe(conflict);
      expect(write).toHaveBeenCalledTimes(4);
    });

    it('never retries a refusal', async () => {
      const refused = cancelled(['ConditionalCheckFailed']);
      const write = jest.fn().mockRejectedValue(refused);

      await expect(retryingConflicts(write)).rejects.toBe(refused);
      expect(write).toHaveBeenCalledTimes(1);
    });
  });
});

describe('transience', () => {
  it.each(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'TransactionConflictException'])(
    'calls %s refused: nothing was written, retry freely',
    (name) => {
      expect(transience(sdkError(name))).toBe('refused');
    },
  );

  it.each(['TimeoutError', 'RequestTimeout', 'AbortError', 'InternalServerError', 'ServiceUnavailable', 'TransactionInProgressException'])(
    'calls %s uncertain: the write may have happened',
    (name) => {
      expect(transience(sdkError(name))).toBe('uncertain');
    },
  );

  it('calls a transaction refused when every real reason is retryable', () => {
    expect(transience(cancelled(['None', 'TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']))).toBe('refused');
  });

  it('leaves a transaction cancelled by one of our conditions to the domain', () => {
    expect(transience(cancelled(['TransactionConflict', 'ConditionalCheckFailed']))).toBeNull();
    expect(transience(cancelled(['ValidationError']))).toBeNull();
  });

  it('leaves a cancellation without reasons, domain errors and non-errors alone', () => {
    expect(transience(cancelled([]))).toBeNull();
    expect(transience(cancelled(['None']))).toBeNull();
    expect(transience(sdkError('ConditionalCheckFailedException'))).toBeNull();
    expect(transience('TimeoutError')).toBeNull();
  });
});
