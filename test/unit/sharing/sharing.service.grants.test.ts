import '../../helpers/unit-env';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from '../../../services/shared/errors';
import { GrantScope, GrantStatus } from '../../../services/sharing/sharing.enums';
import type { GrantRecord, SuggestionRecord } from '../../../services/sharing/sharing.record';
import { ActiveTherapistLink } from '../../../services/sharing/sharing.service';
import { FixedClock } from '../../../services/shared/clock';
import { buildGrant, client, CLIENT, NOW, setup, therapist, THERAPIST } from './sharing.fakes';

const CODE = '7KQ2MXW9RD';
const LATER = new Date('2026-12-22T12:00:00.000Z');

describe('SharingService: grants, codes and suggestions', () => {
  describe('myShareCode', () => {
    it('answers the existing code, formatted, without writing', async () => {
      const { repo, service } = setup();
      repo.shareCodeOf.mockResolvedValue(CODE);

      await expect(service.myShareCode(therapist)).resolves.toBe('7KQ2M-XW9RD');
      expect(repo.setShareCode).not.toHaveBeenCalled();
    });

    it('answers the other call\u2019s code when two first calls race', async () => {
      const { repo, service } = setup();
      repo.shareCodeOf.mockResolvedValueOnce(undefined).mockResolvedValueOnce(CODE);
      repo.setShareCode.mockRejectedValue(new ConflictError());

      await expect(service.myShareCode(therapist)).resolves.toBe('7KQ2M-XW9RD');
    });

    it('lets any other write failure through', async () => {
      const { repo, service } = setup();
      const throttled = Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });
      repo.setShareCode.mockRejectedValue(throttled);

      await expect(service.myShareCode(therapist)).rejects.toBe(throttled);
    });

    it('is for therapists only', async () => {
      const { service } = setup();

      await expect(service.myShareCode(client)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe('rotateShareCode', () => {
    it('retires the previous code in the same write', async () => {
      const { repo, service } = setup();
      repo.shareCodeOf.mockResolvedValue(CODE);

      const code = await service.rotateShareCode(therapist);

      const [sub, fresh, previous] = repo.setShareCode.mock.calls[0] as unknown as [string, string, string];
      expect([sub, previous]).toEqual([THERAPIST, CODE]);
      expect(fresh).not.toBe(CODE);
      expect(code.replace('-', '')).toBe(fresh);
    });
  });

  describe('inviteTherapist', () => {
    it('writes a pending grant with both names, the scopes and the expiry', async () => {
      const { repo, service } = setup();
      repo.therapistByCode.mockResolvedValue(THERAPIST);

      const grant = await service.inviteTherapist(client, { shareCode: '7kq2m-xw9rd', scopes: [GrantScope.SESSIONS], expiresAt: LATER });

      expect(repo.therapistByCode).toHaveBeenCalledWith(CODE);
      expect(repo.putInvitation).toHaveBeenCalledWith(
        expect.objectContaining({
          clientSub: CLIENT,
          therapistSub: THERAPIST,
          clientName: 'Robin',
          therapistName: 'Dr. Ash',
          scopes: [GrantScope.SESSIONS],
          status: 'PENDING',
          expiresAt: LATER.toISOString(),
          version: 1,
        }),
        NOW.toISOString(),
      );
      expect(grant).toMatchObject({ status: GrantStatus.PENDING, expiresAt: LATER, therapist: { personId: THERAPIST } });
    });

    it('refuses a malformed code before any lookup', async () => {
      const { repo, service } = setup();

      await expect(service.inviteTherapist(client, { shareCode: 'abc', scopes: [] })).rejects.toMatchObject({ fields: ['shareCode'] });
      expect(repo.therapistByCode).not.toHaveBeenCalled();
      expect(repo.countWrongCode).not.toHaveBeenCalled();
    });

    it('refuses an expiry that is not in the future', async () => {
      const { repo, service } = setup();

      await expect(service.inviteTherapist(client, { shareCode: CODE, scopes: [], expiresAt: NOW })).rejects.toMatchObject({ fields: ['expiresAt'] });
      expect(repo.therapistByCode).not.toHaveBeenCalled();
    });

    it('counts a wrong code against the member and answers NOT_FOUND', async () => {
      const { repo, service } = setup();

      await expect(service.inviteTherapist(client, { shareCode: CODE, scopes: [] })).rejects.toBeInstanceOf(NotFoundError);
      expect(repo.countWrongCode).toHaveBeenCalledWith(CLIENT, NOW);
      expect(repo.putInvitation).not.toHaveBeenCalled();
    });

    it('stops a member who has guessed too often, even with a right code', async () => {
      const { repo, service } = setup();
      repo.therapistByCode.mockResolvedValue(THERAPIST);
      repo.refuseCodeGuessing.mockRejectedValue(new RateLimitedError(60));

      await expect(service.inviteTherapist(client, { shareCode: CODE, scopes: [] })).rejects.toBeInstanceOf(RateLimitedError);
      expect(repo.putInvitation).not.toHaveBeenCalled();
    });

    it('refuses the member\u2019s own share code', async () => {
      const { repo, service } = setup();
      repo.therapistByCode.mockResolvedValue(THERAPIST);

      await expect(service.inviteTherapist(therapist, { shareCode: CODE, scopes: [] })).rejects.toBeInstanceOf(BadUserInputError);
      expect(repo.putInvitation).not.toHaveBeenCalled();
    });
  });

  describe('respondToInvitation', () => {
    it('activates a pending invitation under the therapist\u2019s current name', async () => {
      const { repo, service } = setup();
      const pending = buildGrant({ status: 'PENDING', therapistName: 'old name' });
      repo.grant.mockResolvedValue(pending);

      const grant = await service.respondToInvitation(therapist, CLIENT, true);

      expect(repo.updateGrant).toHaveBeenCalledWith(pending, { status: 'ACTIVE', respondedAt: NOW.toISOString(), therapistName: 'Dr. Ash' }, NOW.toISOString());
      expect(grant.status).toBe(GrantStatus.ACTIVE);
    });

    it.each([
      ['an expired invitation', buildGrant({ status: 'PENDING', expiresAt: NOW.toISOString() })],
      ['an answered one', buildGrant({ status: 'ACTIVE' })],
    ])('answers NOT_FOUND for %s', async (_what, grant) => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(grant);

      await expect(service.respondToInvitation(therapist, CLIENT, false)).rejects.toThrow('Invitation not found');
      expect(repo.updateGrant).not.toHaveBeenCalled();
    });
  });

  describe('updateGrant and revokeGrant', () => {
    it('changes the scopes and drops the expiry when it is cleared', async () => {
      const { repo, service } = setup();
      const grant = buildGrant({ expiresAt: LATER.toISOString() });
      repo.grant.mockResolvedValue(grant);

      await service.updateGrant(client, { therapistId: THERAPIST, version: 1, scopes: [GrantScope.ROUTINES], expiresAt: null });

      expect(repo.grant).toHaveBeenCalledWith(CLIENT, THERAPIST);
      expect(repo.updateGrant).toHaveBeenCalledWith(grant, { scopes: [GrantScope.ROUTINES], expiresAt: undefined }, NOW.toISOString(), ['expiresAt']);
    });

    it.each<[string, Partial<GrantRecord>, object]>([
      ['a stale version', {}, { version: 2 }],
      ['a revoked share', { status: 'REVOKED' }, {}],
      ['an expired share', { expiresAt: NOW.toISOString() }, {}],
    ])('answers CONFLICT for %s', async (_what, stored, input) => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant(stored));

      await expect(service.updateGrant(client, { therapistId: THERAPIST, version: 1, scopes: [GrantScope.SESSIONS], ...input })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(repo.updateGrant).not.toHaveBeenCalled();
    });

    it('refuses to share no scopes at all', async () => {
      const { repo, service } = setup();

      await expect(service.updateGrant(client, { therapistId: THERAPIST, version: 1, scopes: null })).rejects.toMatchObject({ fields: ['scopes'] });
      expect(repo.grant).not.toHaveBeenCalled();
    });

    it('revokes the caller\u2019s own share only, naming a therapist by sub', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());

      await expect(service.revokeGrant(client, 'not-a-sub')).rejects.toThrow('Share not found');
      expect(repo.grant).not.toHaveBeenCalled();
      await expect(service.revokeGrant(client, THERAPIST)).resolves.toMatchObject({ status: GrantStatus.REVOKED });
    });
  });

  describe('myClients and myInvitations', () => {
    it('lists only grants whose status, as of now, is the one asked for, keeping each cursor', async () => {
      const { repo, service } = setup();
      const items = [
        buildGrant({ id: 'a' }),
        buildGrant({ id: 'b', status: 'PENDING' }),
        buildGrant({ id: 'c', expiresAt: NOW.toISOString() }),
        buildGrant({ id: 'd' }),
      ];
      repo.therapistGrants.mockResolvedValue({ items, cursors: ['ca', 'cb', 'cc', 'cd'], hasNextPage: true } as never);

      const clients = await service.myClients(therapist, { first: 4 });
      const invitations = await service.myInvitations(therapist, {});

      expect(repo.therapistGrants).toHaveBeenNthCalledWith(1, THERAPIST, 4, undefined);
      expect(repo.therapistGrants).toHaveBeenNthCalledWith(2, THERAPIST, 20, undefined);
      expect(clients.edges.map((e) => [e.node.id, e.cursor])).toEqual([
        ['a', 'ca'],
        ['d', 'cd'],
      ]);
      expect(invitations.edges.map((e) => e.node.id)).toEqual(['b']);
      // The next page starts after everything read, not after what was shown.
      expect(invitations.pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'cd' });
    });
  });

  describe('ActiveTherapistLink', () => {
    it('is true only while some grant is active and unexpired', async () => {
      const clock = new FixedClock(NOW);
      const grants = jest.fn(async () => [buildGrant({ status: 'PENDING' }), buildGrant({ expiresAt: LATER.toISOString() })]);
      const link = new ActiveTherapistLink({ clientGrants: grants }, clock);

      await expect(link.hasActiveTherapist(CLIENT)).resolves.toBe(true);
      clock.set(LATER);
      await expect(link.hasActiveTherapist(CLIENT)).resolves.toBe(false);
    });
  });

  describe('suggestions', () => {
    const ID = '01JD5SVGGEST10N00000000000';
    const pending = (overrides: Partial<SuggestionRecord> = {}): SuggestionRecord => ({
      id: ID,
      clientSub: CLIENT,
      therapistSub: THERAPIST,
      therapistName: 'Dr. Ash',
      name: 'Aftercare',
      templateId: 'aftercare',
      status: 'PENDING',
      version: 1,
      createdAt: '',
      updatedAt: '',
      ...overrides,
    });

    it('makes an accepted template suggestion the client\u2019s routine with a key derived from it, so a retry makes no second one', async () => {
      const { repo, routines, service } = setup();
      repo.suggestion.mockResolvedValue(pending() as never);

      const accepted = await service.acceptSuggestion(client, ID);

      expect(routines.adopt).toHaveBeenCalledWith(client, { templateId: 'aftercare', idempotencyKey: `suggestion:${ID}` });
      expect(repo.settleSuggestion).toHaveBeenCalledWith(pending(), { status: 'ACCEPTED', routineId: 'routine-1' }, NOW.toISOString());
      expect(accepted).toMatchObject({ status: 'ACCEPTED', routineId: 'routine-1' });
    });

    it('answers CONFLICT for a suggestion already answered, creating nothing', async () => {
      const { repo, routines, service } = setup();
      repo.suggestion.mockResolvedValue(pending({ status: 'DECLINED' }) as never);

      await expect(service.acceptSuggestion(client, ID)).rejects.toBeInstanceOf(ConflictError);
      expect(routines.adopt).not.toHaveBeenCalled();
    });

    it('refuses a suggestion that names neither a template nor a routine', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());

      await expect(service.suggestPractice(therapist, { clientId: CLIENT })).rejects.toMatchObject({ fields: ['templateId', 'routine'] });
      expect(repo.putSuggestion).not.toHaveBeenCalled();
    });

    it('reports a bad suggested routine under routine.*', async () => {
      const { repo, routines, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());
      routines.checkDraft.mockImplementation(() => {
        throw new BadUserInputError('name', 'name must not be blank');
      });

      await expect(service.suggestPractice(therapist, { clientId: CLIENT, routine: { name: ' ' } as never })).rejects.toMatchObject({
        fields: ['routine.name'],
      });
    });
  });
});
