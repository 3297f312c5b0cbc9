import '../../helpers/unit-env';
import { decodeCursor, encodeCursor, toConnection } from '../../../services/shared/pagination';
import { justAfter, justBefore } from '../../../services/shared/db/query-page';

describe('pagination', () => {
  describe('cursors', () => {
    it('round-trips a sort-key position without exposing it as plain text', () => {
      const cursor = encodeCursor('SESSION#2026-11-01T10:00:00.000Z#01JD');

      expect(cursor).not.toContain('SESSION');
      expect(decodeCursor(cursor)).toBe('SESSION#2026-11-01T10:00:00.000Z#01JD');
    });

    it('gives one position one cursor, and nothing of the position to read (an end cursor may stand past what a page shows)', () => {
      const position = 'TL#2026-11-01T10:00:00.000Z#01JD5NV1TE0000000000000000';

      expect(encodeCursor(position)).toBe(encodeCursor(position));
      expect(Buffer.from(encodeCursor(position), 'base64url').toString('latin1')).not.toMatch(/TL#|2026|01JD/);
    });

    it('refuses a cursor changed by one bit, and the readable cursors of before', () => {
      const raw = Buffer.from(encodeCursor('TL#2026-11-01T10:00:00.000Z#01JD'), 'base64url');
      raw[raw.length - 1] = (raw[raw.length - 1] as number) ^ 1;

      expect(() => decodeCursor(raw.toString('base64url'), 'after')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }));
      expect(() => decodeCursor(Buffer.from('c1:TL#2026-11-01T10:00:00.000Z#01JD').toString('base64url'), 'after')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
    });

    it.each([['not base64!'], [Buffer.from('v9:x').toString('base64url')], [Buffer.from('c1:').toString('base64url')], ['a'.repeat(600)]])(
      'rejects %p as BAD_USER_INPUT naming the argument',
      (cursor) => {
        expect(() => decodeCursor(cursor, 'after')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }));
      },
    );
  });

  describe('range bounds beside a cursor', () => {
    it('puts justBefore strictly below the key and above every smaller key', () => {
      const key = 'T#2026-11-01#01JD0000000000000000000000';
      expect(justBefore(key) < key).toBe(true);
      expect('T#2026-11-01#01JCZZZZZZZZZZZZZZZZZZZZZZ' < justBefore(key)).toBe(true);
      expect('T#2026-11-01#01JD000000000000000000000' < justBefore(key)).toBe(true);
    });

    it('puts justAfter strictly above the key and below every larger key', () => {
      const key = 'T#2026-11-01#01JD';
      expect(justAfter(key) > key).toBe(true);
      expect(justAfter(key) < 'T#2026-11-01#01JD0').toBe(true);
    });
  });

  describe('toConnection', () => {
    it('pairs nodes with cursors and ends on the last cursor', () => {
      const connection = toConnection({ items: ['a', 'b'], cursors: ['ca', 'cb'], hasNextPage: true });

      expect(connection).toEqual({
        edges: [
          { node: 'a', cursor: 'ca' },
          { node: 'b', cursor: 'cb' },
        ],
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'ca', endCursor: 'cb' },
      });
    });

    it('has no end cursor for an empty page', () => {
      expect(toConnection({ items: [], cursors: [], hasNextPage: false }).pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
    });
  });
});
