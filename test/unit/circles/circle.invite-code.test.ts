import { InviteStatus } from '../../../services/circles/circle.enums';
import { displayInviteCode, inviteStatus, newInviteCode, parseInviteCode } from '../../../services/circles/circle.invite-code';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{10}$/;

describe('invite codes', () => {
  describe('newInviteCode', () => {
    it('makes 10 symbols of Crockford base32, different every time', () => {
      const codes = Array.from({ length: 500 }, () => newInviteCode());

      for (const code of codes) expect(code).toMatch(CROCKFORD);
      expect(new Set(codes).size).toBe(500);
    });

    it('uses every symbol of the alphabet (no bias towards a subset)', () => {
      const seen = new Set(Array.from({ length: 300 }, () => newInviteCode()).join(''));

      expect(seen.size).toBe(32);
    });

    it('shows codes in two groups of five', () => {
      expect(displayInviteCode('7KQ2MXW9RD')).toBe('7KQ2M-XW9RD');
    });
  });

  describe('parseInviteCode', () => {
    it.each([
      ['7KQ2M-XW9RD', '7KQ2MXW9RD'],
      ['7kq2m xw9rd', '7KQ2MXW9RD'],
      [' 7KQ2MXW9RD ', '7KQ2MXW9RD'],
      ['OKQ2M-XW9RL', '0KQ2MXW9R1'],
      ['IKQ2M-XW9RD', '1KQ2MXW9RD'],
    ])('reads %s as %s', (typed, stored) => {
      expect(parseInviteCode(typed)).toBe(stored);
    });

    it.each([['7KQ2M-XW9R'], ['7KQ2M-XW9RDD'], ['7KQ2U-XW9RD'], ['7KQ2M#XW9RD'], [''], ['CIRCLEINVITE#X']])('refuses %p', (typed) => {
      expect(parseInviteCode(typed)).toBeNull();
    });

    it('round-trips a displayed code', () => {
      const code = newInviteCode();

      expect(parseInviteCode(displayInviteCode(code))).toBe(code);
    });
  });

  describe('inviteStatus', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    const base = { maxUses: 2, uses: 0, expiresAt: '2026-11-29T12:00:00.000Z', revokedAt: null };

    it.each([
      ['a fresh invite', {}, InviteStatus.ACTIVE],
      ['one use left', { uses: 1 }, InviteStatus.ACTIVE],
      ['every use taken', { uses: 2 }, InviteStatus.USED_UP],
      ['expiring this very instant', { expiresAt: now.toISOString() }, InviteStatus.EXPIRED],
      ['expiring a millisecond later', { expiresAt: '2026-11-22T12:00:00.001Z' }, InviteStatus.ACTIVE],
      ['revoked', { revokedAt: '2026-11-22T11:00:00.000Z' }, InviteStatus.REVOKED],
      ['revoked and expired and used up', { revokedAt: '2026-11-20T11:00:00.000Z', expiresAt: '2026-11-21T00:00:00.000Z', uses: 2 }, InviteStatus.REVOKED],
      ['expired and used up', { expiresAt: '2026-11-21T00:00:00.000Z', uses: 2 }, InviteStatus.EXPIRED],
    ])('%s is %s', (_name, overrides, status) => {
      expect(inviteStatus({ ...base, ...overrides }, now)).toBe(status);
    });
  });
});
