import { CircleRole } from '../../../services/circles/circle.enums';
import { assertCan, assertCanRemove, can, canRemove, CircleAction } from '../../../services/circles/circle.permissions';

const { OWNER, MODERATOR, MEMBER } = CircleRole;

describe('circle permissions', () => {
  describe('can', () => {
    // owner, moderator, member
    const TABLE: Array<[CircleAction, boolean, boolean, boolean]> = [
      [CircleAction.VIEW, true, true, true],
      [CircleAction.POST_CHECK_IN, true, true, true],
      [CircleAction.REACT, true, true, true],
      [CircleAction.REPLY, true, true, true],
      [CircleAction.REPORT, true, true, true],
      [CircleAction.SET_PSEUDONYM, true, true, true],
      [CircleAction.LEAVE, true, true, true],
      [CircleAction.MANAGE_INVITES, true, true, false],
      [CircleAction.REMOVE_MEMBER, true, true, false],
      [CircleAction.MODERATE, true, true, false],
      [CircleAction.SET_ROLES, true, false, false],
      [CircleAction.TRANSFER_OWNERSHIP, true, false, false],
    ];

    it('covers every action', () => {
      expect(TABLE.map(([action]) => action).sort()).toEqual(Object.values(CircleAction).sort());
    });

    it.each(TABLE)('%s: owner %s, moderator %s, member %s', (action, owner, moderator, member) => {
      expect([can(OWNER, action), can(MODERATOR, action), can(MEMBER, action)]).toEqual([owner, moderator, member]);
    });
  });

  describe('assertCan', () => {
    it('throws FORBIDDEN naming who may', () => {
      expect(() => assertCan(MEMBER, CircleAction.MANAGE_INVITES)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', message: 'Only the owner and moderators can manage invites' }),
      );
    });

    it('passes silently when allowed', () => {
      expect(() => assertCan(MODERATOR, CircleAction.MODERATE)).not.toThrow();
    });
  });

  describe('canRemove', () => {
    // actor x target
    it.each([
      [OWNER, OWNER, false],
      [OWNER, MODERATOR, true],
      [OWNER, MEMBER, true],
      [MODERATOR, OWNER, false],
      [MODERATOR, MODERATOR, false],
      [MODERATOR, MEMBER, true],
      [MEMBER, OWNER, false],
      [MEMBER, MODERATOR, false],
      [MEMBER, MEMBER, false],
    ])('%s removing a %s: %s', (actor, target, allowed) => {
      expect(canRemove(actor, target)).toBe(allowed);
    });

    it.each([
      [MODERATOR, OWNER, 'The owner cannot be removed from their circle'],
      [MODERATOR, MODERATOR, 'Only the owner can remove a moderator'],
      [MEMBER, MEMBER, 'Only the owner and moderators can remove members'],
    ])('%s removing a %s is FORBIDDEN: %s', (actor, target, message) => {
      expect(() => assertCanRemove(actor, target)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message }));
    });
  });
});
