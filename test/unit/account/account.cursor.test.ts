import { decodeCsvCursor, decodeExportCursor, encodeCsvCursor, encodeExportCursor } from '../../../services/account/account.cursor';

const SUB = '7c1e4f2a-9b3d-4e6f-8a1c-2d3e4f5a6b7c';
const raw = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('account cursors', () => {
  describe('export cursor', () => {
    it.each([
      [{ phase: 'sessions' as const, after: 'SESSION#2026-11-01T10:00:00.000Z#01JD5S0000000000000000000' }],
      [{ phase: 'routines' as const, after: '' }],
      [{ phase: 'circles' as const, after: '' }],
      [{ phase: 'circles' as const, after: 'CHECKIN#01JD5C0000000000000000000', circle: { index: 2, digest: '0123456789abcdef' } }],
    ])('round-trips %j', (position) => {
      expect(decodeExportCursor(encodeExportCursor(position), SUB)).toEqual(position);
    });

    it('is opaque base64url and holds no partition key', () => {
      const cursor = encodeExportCursor({ phase: 'sessions', after: 'SESSION#2026-11-01T10:00:00.000Z#01JD5S' });

      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(cursor, 'base64url').toString()).not.toContain('USER#');
    });

    it.each([
      ['not base64url', 'not a cursor!'],
      ['an empty string', ''],
      ['too long', 'A'.repeat(701)],
      ['another version', raw('x0|sessions|||')],
      ['an unknown phase', raw('x1|profiles|||')],
      ['missing parts', raw('x1|sessions')],
      ['a position outside the phase', raw(`x1|sessions|||USER#${SUB}`)],
      ['a position of another kind', raw('x1|sessions|||JOURNAL#2026-11-01')],
      ['a circle index on a source', raw('x1|sessions|3|0123456789abcdef|')],
      ['a circle without its digest', raw('x1|circles|1||CHECKIN#1')],
      ['a malformed digest', raw('x1|circles|1|XYZ|')],
      ['an index out of bounds', raw('x1|circles|123456|0123456789abcdef|')],
      ['control characters', raw('x1|circles|1|0123456789abcdef|CHECKIN#\n')],
    ])('rejects %s with BAD_USER_INPUT naming after', (_case, cursor) => {
      expect(() => decodeExportCursor(cursor, SUB)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }));
    });
  });

  describe('sessions CSV cursor', () => {
    it('round-trips a sessions position', () => {
      const after = 'SESSION#2026-11-01T10:00:00.000Z#01JD5S0000000000000000000';

      expect(decodeCsvCursor(encodeCsvCursor(after), SUB)).toBe(after);
    });

    it.each([
      ['an export cursor', encodeExportCursor({ phase: 'sessions', after: 'SESSION#2026' })],
      ['an empty position', raw('s1|')],
      ['another kind', raw('s1|ROUTINE#01')],
    ])('rejects %s', (_case, cursor) => {
      expect(() => decodeCsvCursor(cursor, SUB)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['after'] }));
    });
  });
});
