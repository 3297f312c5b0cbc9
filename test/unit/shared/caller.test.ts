import { callerFromEvent, parseGroups } from '../../../services/shared/auth/caller';
import { buildEvent, TEST_CLIENT_ID } from '../../helpers/lambda';

describe('caller', () => {
  describe('parseGroups', () => {
    it.each([
      ['[therapists admins]', ['therapists', 'admins']],
      ['[therapists]', ['therapists']],
      [['admins'], ['admins']],
      ['', []],
      [undefined, []],
      [42, []],
    ])('reads %p', (claim, expected) => {
      expect(parseGroups(claim)).toEqual(expected);
    });
  });

  describe('callerFromEvent', () => {
    it('takes the member from verified access-token claims', () => {
      const caller = callerFromEvent(buildEvent({}, { claims: { 'cognito:groups': '[admins]' } }), TEST_CLIENT_ID);

      expect(caller).toMatchObject({ role: 'MEMBER', isAdmin: true, groups: ['admins'] });
    });

    it('makes a therapist of a member of the therapists group only', () => {
      expect(callerFromEvent(buildEvent({}, { claims: { 'cognito:groups': '[therapists]' } }), TEST_CLIENT_ID).role).toBe('THERAPIST');
      expect(callerFromEvent(buildEvent({}, { claims: { 'cognito:groups': '[therapists-pending]' } }), TEST_CLIENT_ID).role).toBe('MEMBER');
    });

    it.each([
      ['an id token', { token_use: 'id' }],
      ['another client', { client_id: 'other' }],
    ])('refuses %s', (_name, claims) => {
      expect(() => callerFromEvent(buildEvent({}, { claims }), TEST_CLIENT_ID)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    });
  });
});
