import { closedAccountKey, digestOf, idempotencyKey, itemKey, timelineIndexKeys, timeRange, userPartition } from '../../../../services/shared/db/keys';

const SUB = '6f1c2a9e-0b7d-4c3e-9a51-2d8f4e6b7c10';
const ID = '01JD5NV1TE0000000000000000';

/** What DynamoDB's BETWEEN does with string sort keys. */
function inRange(sortKey: string, range: { from: string; to: string }): boolean {
  return sortKey >= range.from && sortKey <= range.to;
}

describe('keys', () => {
  describe('itemKey and timelineIndexKeys', () => {
    it('keeps the primary key free of the time, so editing the time never moves the item', () => {
      const key = itemKey(SUB, 'JournalEntry', ID);

      expect(key).toEqual({ PK: userPartition(SUB), SK: `JOURNAL#${ID}` });
      expect(JSON.stringify(key)).not.toContain('2026');
    });

    it('puts every kind in the one timeline index and each kind in its own list', () => {
      const journal = timelineIndexKeys(SUB, 'JournalEntry', '2026-11-22T10:00:00.000Z', ID);
      const session = timelineIndexKeys(SUB, 'Session', '2026-11-22T10:00:00.000Z', ID);

      expect(journal.GSI1SK).toBe(session.GSI1SK);
      expect(journal.GSI2SK).not.toBe(session.GSI2SK);
      expect(journal.GSI1PK).toBe(userPartition(SUB));
    });
  });

  describe('timeRange', () => {
    const at = (occurredAt: string, entity: 'Session' | 'JournalEntry' = 'JournalEntry') => timelineIndexKeys(SUB, entity, occurredAt, ID);

    it('includes an item at `from` and excludes one at `to`', () => {
      const range = timeRange('JournalEntry', '2026-11-22T10:00:00.000Z', '2026-11-23T10:00:00.000Z');

      expect(inRange(at('2026-11-22T10:00:00.000Z').GSI2SK, range)).toBe(true);
      expect(inRange(at('2026-11-23T09:59:59.999Z').GSI2SK, range)).toBe(true);
      expect(inRange(at('2026-11-23T10:00:00.000Z').GSI2SK, range)).toBe(false);
      expect(inRange(at('2026-11-22T09:59:59.999Z').GSI2SK, range)).toBe(false);
    });

    it('keeps another kind out of one kind\u2019s list range', () => {
      const range = timeRange('JournalEntry');

      expect(inRange(at('2026-11-22T10:00:00.000Z').GSI2SK, range)).toBe(true);
      expect(inRange(at('2026-11-22T10:00:00.000Z', 'Session').GSI2SK, range)).toBe(false);
    });

    it('covers every kind on the timeline index when no kind is named', () => {
      const range = timeRange(null, null, null);

      expect(inRange(at('1999-01-01T00:00:00.000Z', 'Session').GSI1SK, range)).toBe(true);
      expect(inRange(at('2099-01-01T00:00:00.000Z').GSI1SK, range)).toBe(true);
      // Plain item keys share the partition but not the index prefix.
      expect(inRange(itemKey(SUB, 'Session', ID).SK, range)).toBe(false);
    });
  });

  describe('idempotencyKey', () => {
    it('keeps the marker in the caller\u2019s own partition', () => {
      expect(idempotencyKey(SUB, 'retry-key-0001')).toEqual({ PK: userPartition(SUB), SK: 'IDEMPOTENCY#retry-key-0001' });
    });
  });

  describe('digestOf and closedAccountKey', () => {
    it('is SHA-256 in hex', () => {
      expect(digestOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    });

    it('marks a closed account without keeping its sub', () => {
      const key = closedAccountKey(SUB);

      expect(JSON.stringify(key)).not.toContain(SUB);
      expect(key).toEqual({ PK: `CLOSEDACCOUNT#${digestOf(SUB)}`, SK: 'CLOSEDACCOUNT' });
      expect(closedAccountKey('another-sub').PK).not.toBe(key.PK);
    });
  });
});
