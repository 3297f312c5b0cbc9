import '../../helpers/unit-env';
import { InsightPeriod } from '../../../services/sessions/session.insights.type';
import { TimelineKind, type TimelineItem } from '../../../services/shared/timeline-item';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../services/shared/errors';
import { GrantScope } from '../../../services/sharing/sharing.enums';
import type { GrantRecord } from '../../../services/sharing/sharing.record';
import { buildGrant, client, CLIENT, NOW, setup, therapist, THERAPIST } from './sharing.fakes';

const ITEM_ID = '01JD5SESS10N00000000000000';

describe('SharingService: what a therapist may read', () => {
  describe('the grant check', () => {
    const refusals: Array<[string, GrantRecord | undefined]> = [
      ['no grant', undefined],
      ['a pending invitation', buildGrant({ status: 'PENDING' })],
      ['a revoked grant', buildGrant({ status: 'REVOKED' })],
      ['an ended grant', buildGrant({ status: 'ENDED' })],
      ['an active grant that expired just now', buildGrant({ expiresAt: NOW.toISOString() })],
    ];

    it.each(refusals)('answers NOT_FOUND for %s, and neither reads nor logs', async (_what, grant) => {
      const { repo, timeline, service } = setup();
      repo.grant.mockResolvedValue(grant);

      await expect(service.clientTimeline(therapist, { clientId: CLIENT })).rejects.toThrow('Client not found');
      expect(timeline.page).not.toHaveBeenCalled();
      expect(repo.logAccess).not.toHaveBeenCalled();
    });

    it('answers NOT_FOUND, not FORBIDDEN, when the grant lacks the scope asked for', async () => {
      const { repo, sessions, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.SESSIONS] }));

      await expect(service.clientInsights(therapist, CLIENT, InsightPeriod.WEEK)).rejects.toBeInstanceOf(NotFoundError);
      expect(sessions.insights).not.toHaveBeenCalled();
    });

    it('refuses a member who is not a therapist before looking anything up', async () => {
      const { repo, service } = setup();

      await expect(service.clientTimeline(client, { clientId: CLIENT })).rejects.toBeInstanceOf(ForbiddenError);
      expect(repo.grant).not.toHaveBeenCalled();
    });

    it('answers NOT_FOUND for a client id that is no Cognito sub, without a read', async () => {
      const { repo, service } = setup();

      await expect(service.clientTimeline(therapist, { clientId: 'USER#x' })).rejects.toBeInstanceOf(NotFoundError);
      expect(repo.grant).not.toHaveBeenCalled();
    });

    it('looks up the grant of this client with this therapist', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ expiresAt: '2026-11-22T12:00:00.001Z' }));

      await service.clientTimeline(therapist, { clientId: CLIENT });

      expect(repo.grant).toHaveBeenCalledWith(CLIENT, THERAPIST);
    });
  });

  describe('clientTimeline', () => {
    it('reads only the kinds the scopes open, redacts each item, and logs the ids it returned', async () => {
      const { repo, timeline, service } = setup();
      const grant = buildGrant({ scopes: [GrantScope.SESSIONS] });
      repo.grant.mockResolvedValue(grant);
      timeline.page.mockResolvedValue({ edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }], pageInfo: {} });
      const from = new Date('2026-11-01T00:00:00Z');

      const page = await service.clientTimeline(therapist, { clientId: CLIENT, from, first: 5 });

      expect(page.edges).toHaveLength(2);
      const [sub, entities, args, keep] = timeline.page.mock.calls[0] as unknown as [string, string[], object, (n: TimelineItem) => TimelineItem | null];
      expect([sub, entities, args]).toEqual([CLIENT, ['TherapistNote', 'Session'], { clientId: CLIENT, from, first: 5 }]);
      // The keeper is the scope redaction: another therapist's note is dropped.
      expect(keep({ id: 'n', kind: TimelineKind.THERAPIST_NOTE, author: { personId: 'someone-else' } } as unknown as TimelineItem)).toBeNull();
      expect(repo.logAccess).toHaveBeenCalledWith(
        expect.objectContaining({
          clientSub: CLIENT,
          therapistSub: THERAPIST,
          therapistName: 'Dr. Ash',
          operation: 'clientTimeline',
          itemIds: ['a', 'b'],
          from: from.toISOString(),
          to: null,
          at: NOW.toISOString(),
        }),
        grant,
        NOW.toISOString(),
      );
    });

    it('fails the read when the access log write fails (a revoke landed mid-request)', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());
      repo.logAccess.mockRejectedValue(new NotFoundError('Client'));

      await expect(service.clientTimeline(therapist, { clientId: CLIENT })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('clientSafetyStatus', () => {
    const found = { signals: [{ kind: 'X', sessionIds: ['s1', 's2'] }], evaluatedAt: NOW };

    it('hides links to sessions without the SESSIONS scope, and logs no item ids', async () => {
      const { repo, sessions, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.SAFETY_SIGNALS] }));
      sessions.clientSafetyStatus.mockResolvedValue(found);

      const status = await service.clientSafetyStatus(therapist, CLIENT);

      expect(status.signals).toEqual([{ kind: 'X', sessionIds: [] }]);
      expect(repo.logAccess.mock.calls[0]?.[0]).toMatchObject({ operation: 'clientSafetyStatus', itemIds: [] });
    });

    it('keeps the links, and logs them, with SESSIONS too', async () => {
      const { repo, sessions, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.SAFETY_SIGNALS, GrantScope.SESSIONS] }));
      sessions.clientSafetyStatus.mockResolvedValue(found);

      const status = await service.clientSafetyStatus(therapist, CLIENT);

      expect(status.signals[0]?.sessionIds).toEqual(['s1', 's2']);
      expect(repo.logAccess.mock.calls[0]?.[0]).toMatchObject({ itemIds: ['s1', 's2'] });
      // Read as the client: the client's own data, seen through the grant.
      expect(sessions.clientSafetyStatus).toHaveBeenCalledWith(expect.objectContaining({ sub: CLIENT, role: 'MEMBER' }));
    });
  });

  describe('clientInsights', () => {
    it('reads the client\u2019s insights under INSIGHTS and logs the days covered', async () => {
      const { repo, sessions, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.INSIGHTS] }));
      sessions.insights.mockResolvedValue({ fromDay: '2026-11-16', toDay: '2026-11-22' });

      await service.clientInsights(therapist, CLIENT, InsightPeriod.WEEK, '2026-11-16');

      expect(sessions.insights).toHaveBeenCalledWith(expect.objectContaining({ sub: CLIENT }), InsightPeriod.WEEK, '2026-11-16');
      expect(repo.logAccess.mock.calls[0]?.[0]).toMatchObject({
        operation: 'clientInsights',
        from: '2026-11-16T00:00:00.000Z',
        to: '2026-11-22T00:00:00.000Z',
      });
    });
  });

  describe('addNote', () => {
    const pinnedSession = { kind: TimelineKind.SESSION, id: ITEM_ID };

    it('refuses a note pinned to both an item and a day, or to neither', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.SESSIONS] }));

      await expect(service.addNote(therapist, { clientId: CLIENT, text: 'x', pinnedItem: pinnedSession, pinnedDay: '2026-11-20' })).rejects.toBeInstanceOf(
        BadUserInputError,
      );
      await expect(service.addNote(therapist, { clientId: CLIENT, text: 'x' })).rejects.toMatchObject({ fields: ['pinnedItem', 'pinnedDay'] });
      expect(repo.createNote).not.toHaveBeenCalled();
    });

    it('refuses a blank note', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());

      await expect(service.addNote(therapist, { clientId: CLIENT, text: '  ', pinnedDay: '2026-11-20' })).rejects.toMatchObject({ fields: ['text'] });
    });

    it.each([
      ['an item its scopes do not open', { kind: TimelineKind.JOURNAL_ENTRY, id: ITEM_ID }],
      ['another note', { kind: TimelineKind.THERAPIST_NOTE, id: ITEM_ID }],
      ['an id that is no ULID', { kind: TimelineKind.SESSION, id: 'not-an-id' }],
    ])('answers NOT_FOUND for a note pinned to %s, without reading when it happened', async (_what, pinnedItem) => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ scopes: [GrantScope.SESSIONS] }));

      await expect(service.addNote(therapist, { clientId: CLIENT, text: 'x', pinnedItem })).rejects.toThrow('Timeline item not found');
      expect(repo.timelineItemTime).not.toHaveBeenCalled();
      expect(repo.logAccess).not.toHaveBeenCalled();
    });

    it('places a note on a visible item at the item\u2019s time and logs that read', async () => {
      const { repo, service } = setup();
      const grant = buildGrant({ scopes: [GrantScope.SESSIONS] });
      repo.grant.mockResolvedValue(grant);
      repo.timelineItemTime.mockResolvedValue({ occurredAt: '2026-11-20T18:00:00.000Z', localDay: '2026-11-20' });

      const note = await service.addNote(therapist, { clientId: CLIENT, text: '  follow up  ', pinnedItem: pinnedSession });

      expect(repo.timelineItemTime).toHaveBeenCalledWith(CLIENT, 'Session', ITEM_ID);
      // The read is logged in the note's own transaction: neither lands without the other.
      expect(repo.logAccess).not.toHaveBeenCalled();
      expect(repo.createNote).toHaveBeenCalledWith(
        expect.objectContaining({ sub: CLIENT, authorSub: THERAPIST, text: 'follow up', occurredAt: '2026-11-20T18:00:00.000Z', pinnedItemId: ITEM_ID }),
        grant,
        NOW,
        expect.objectContaining({ operation: 'addNote', itemIds: [ITEM_ID], clientSub: CLIENT, therapistSub: THERAPIST }),
      );
      expect(note).toMatchObject({ kind: TimelineKind.THERAPIST_NOTE, day: '2026-11-20', author: { personId: THERAPIST, displayName: 'Dr. Ash' } });
    });

    it('places a note on a day at the start of that day in the client\u2019s time zone, logging no read', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());

      await service.addNote(therapist, { clientId: CLIENT, text: 'x', pinnedDay: '2026-11-20' });

      expect(repo.createNote.mock.calls[0]?.[0]).toMatchObject({ occurredAt: '2026-11-19T23:00:00.000Z', localDay: '2026-11-20', pinnedItemId: null });
      expect(repo.createNote.mock.calls[0]?.[3]).toBeUndefined();
      expect(repo.logAccess).not.toHaveBeenCalled();
    });

    it('refuses a day that is not a calendar day', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());

      await expect(service.addNote(therapist, { clientId: CLIENT, text: 'x', pinnedDay: '2026-02-30' })).rejects.toMatchObject({ fields: ['pinnedDay'] });
    });
  });

  describe('updateNote and deleteNote', () => {
    const NOTE_ID = '01JD5N0TE00000000000000000';

    it('answers NOT_FOUND for another therapist\u2019s note and leaves it alone', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());
      repo.notes.get.mockResolvedValue({ id: NOTE_ID, authorSub: 'someone-else' } as never);

      await expect(service.deleteNote(therapist, CLIENT, NOTE_ID)).rejects.toThrow('Note not found');
      await expect(service.updateNote(therapist, { clientId: CLIENT, noteId: NOTE_ID, version: 1, text: 'x' })).rejects.toBeInstanceOf(NotFoundError);
      expect(repo.notes.delete).not.toHaveBeenCalled();
      expect(repo.notes.update).not.toHaveBeenCalled();
    });

    it('deletes the author\u2019s own note while the grant stands', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant());
      repo.notes.get.mockResolvedValue({ id: NOTE_ID, authorSub: THERAPIST } as never);

      await expect(service.deleteNote(therapist, CLIENT, NOTE_ID)).resolves.toBe(NOTE_ID);
      expect(repo.notes.delete).toHaveBeenCalledWith(CLIENT, NOTE_ID);
    });

    it('refuses to touch even an own note once the grant is revoked', async () => {
      const { repo, service } = setup();
      repo.grant.mockResolvedValue(buildGrant({ status: 'REVOKED' }));

      await expect(service.deleteNote(therapist, CLIENT, NOTE_ID)).rejects.toThrow('Client not found');
      await expect(service.updateNote(therapist, { clientId: CLIENT, noteId: NOTE_ID, version: 1, text: 'x' })).rejects.toThrow('Client not found');
      // The client's partition is not read without a checked grant.
      expect(repo.notes.get).not.toHaveBeenCalled();
    });
  });
});
