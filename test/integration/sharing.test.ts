import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, applyTestEnv, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';
import { FixedClock } from '../../services/shared/clock';
import type { Caller } from '../../services/shared/auth/caller';

// The client kit's documents (schema/operations/), as the apps send them.
const SHARE_CODE = kit('MyShareCode');
const ROTATE = kit('RotateShareCode');
const INVITE = kit('InviteTherapist');
const ACCEPT = kit('AcceptInvitation');
const DECLINE = kit('DeclineInvitation');
const UPDATE_GRANT = kit('UpdateGrant');
const REVOKE = kit('RevokeGrant');
const MY_GRANTS = kit('MyGrants');
const MY_CLIENTS = kit('MyClients');
const MY_INVITATIONS = kit('MyInvitations');
const CLIENT_TIMELINE = kit('ClientTimeline');
const CLIENT_INSIGHTS = kit('ClientInsights');
const CLIENT_SAFETY = kit('ClientSafetyStatus');
const ACCESS_LOG = kit('AccessLog');
const ADD_NOTE = kit('AddNote');
const UPDATE_NOTE = kit('UpdateNote');
const DELETE_NOTE = kit('DeleteNote');
const PROFILE = kit('UpdateProfile');
const LOG = kit('LogSession');
const JOURNAL = kit('CreateJournalEntry');
const CREATE_ROUTINE = kit('CreateRoutine');
const RECORD_COMPLETION = kit('RecordRoutineCompletion');
const MY_ROUTINES = kit('MyRoutines');
const TIMELINE = kit('Timeline');

type Edge<T> = { node: T };
type TimelineNode = {
  __typename: string;
  id: string;
  kind: string;
  reflection?: string | null;
  intention?: string | null;
  selfHarmThoughts?: boolean | null;
  distressAfter?: number;
  catalysts?: Array<{ reference: string | null }>;
  text?: string;
  author?: { personId: string };
};

const code = (res: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => res.body.errors?.[0]?.extensions?.code;

describe('therapist sharing (integration)', () => {
  const {
    api,
    users: { client, other, therapist, otherTherapist },
    recorder,
  } = useIntegrationApi({
    users: { client: {}, other: {}, therapist: { group: 'therapists' }, otherTherapist: { group: 'therapists' } },
    seed,
  });
  let sessionId: string;

  async function shareCodeOf(user: TestUser): Promise<string> {
    return (await api.gql<{ myShareCode: string }>(SHARE_CODE, {}, user.accessToken)).body.data?.myShareCode as string;
  }

  async function share(from: TestUser, to: TestUser, scopes: string[], extra: Record<string, unknown> = {}) {
    const invite = await api.gql(INVITE, { input: { shareCode: await shareCodeOf(to), scopes, ...extra } }, from.accessToken);
    expect(invite.body.errors).toBeUndefined();
    const accepted = await api.gql(ACCEPT, { input: { clientId: from.sub } }, to.accessToken);
    expect(accepted.body.errors).toBeUndefined();
  }

  async function seed() {
    await api.gql(PROFILE, { input: { version: 1, displayName: 'River' } }, client.accessToken);
    await api.gql(PROFILE, { input: { version: 1, displayName: 'Rowan' } }, therapist.accessToken);
    const logged = await api.gql<{ logSession: { session: { id: string } } }>(
      LOG,
      {
        input: {
          startedAt: new Date(Date.now() - 5 * 3600000).toISOString(),
          durationMinutes: 30,
          intention: 'PRIVATE-INTENTION',
          reflection: 'PRIVATE-REFLECTION',
          distressBefore: 7,
          distressAfter: 3,
          afterState: 'LIGHTER',
          selfHarmThoughts: true,
          catalysts: [{ kind: 'MUSIC', reference: 'PRIVATE-SONG' }],
        },
      },
      client.accessToken,
    );
    sessionId = logged.body.data?.logSession.session.id as string;
    await api.gql(JOURNAL, { input: { text: 'PRIVATE-JOURNAL', writtenAt: new Date(Date.now() - 4 * 3600000).toISOString() } }, client.accessToken);
  }

  describe('share codes', () => {
    it('gives a therapist a stable code and refuses members', async () => {
      const first = await shareCodeOf(therapist);

      expect(first).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      expect(await shareCodeOf(therapist)).toBe(first);
      expect(code(await api.gql(SHARE_CODE, {}, client.accessToken))).toBe('FORBIDDEN');
    });

    it('retires the old code when rotated', async () => {
      const t = await createTestUser({ group: 'therapists' });
      const old = await shareCodeOf(t);

      const rotated = await api.gql<{ rotateShareCode: { shareCode: string } }>(ROTATE, {}, t.accessToken);

      expect(rotated.body.data?.rotateShareCode.shareCode).not.toBe(old);
      const invite = await api.gql(INVITE, { input: { shareCode: old, scopes: ['SESSIONS'] } }, other.accessToken);
      expect(code(invite)).toBe('NOT_FOUND');
    });
  });

  describe('lifecycle', () => {
    it('runs from invitation to acceptance to revocation', async () => {
      const invited = await api.gql<{ inviteTherapist: { grant: { status: string; therapist: { personId: string; displayName: string } } } }>(
        INVITE,
        { input: { shareCode: (await shareCodeOf(therapist)).toLowerCase(), scopes: ['SESSIONS'] } },
        client.accessToken,
      );
      expect(invited.body.data?.inviteTherapist.grant).toMatchObject({ status: 'PENDING', therapist: { personId: therapist.sub, displayName: 'Rowan' } });

      const pending = await api.gql<{ myInvitations: { edges: Array<Edge<{ client: { personId: string } }>> } }>(MY_INVITATIONS, {}, therapist.accessToken);
      expect(pending.body.data?.myInvitations.edges.map((e) => e.node.client.personId)).toContain(client.sub);
      expect(code(await api.gql(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken))).toBe('NOT_FOUND');

      const accepted = await api.gql<{ acceptInvitation: { grant: { status: string } } }>(ACCEPT, { input: { clientId: client.sub } }, therapist.accessToken);
      expect(accepted.body.data?.acceptInvitation.grant.status).toBe('ACTIVE');

      const clients = await api.gql<{ myClients: { edges: Array<Edge<{ client: { personId: string; displayName: string } }>> } }>(
        MY_CLIENTS,
        { first: 10 },
        therapist.accessToken,
      );
      expect(clients.body.data?.myClients.edges.map((e) => e.node.client)).toContainEqual({
        __typename: 'SharePerson',
        personId: client.sub,
        displayName: 'River',
      });
      expect(code(await api.gql(INVITE, { input: { shareCode: await shareCodeOf(therapist), scopes: ['INSIGHTS'] } }, client.accessToken))).toBe('CONFLICT');
    });

    it('reads a shared timeline page in one grant check, one Query and one log write', async () => {
      recorder.reset();

      const res = await api.gql(CLIENT_TIMELINE, { clientId: client.sub, first: 10 }, therapist.accessToken);

      expect(res.body.errors).toBeUndefined();
      expect(recorder.calls).toEqual(['GetItem', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);
    });

    it('shows scores but no words without the REFLECTIONS scope, and no private flags without SAFETY_SIGNALS', async () => {
      const res = await api.gql<{ clientTimeline: { edges: Array<Edge<TimelineNode>> } }>(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken);

      const nodes = res.body.data?.clientTimeline.edges.map((e) => e.node) ?? [];
      expect(nodes.map((n) => n.__typename)).toEqual(['Session']);
      expect(nodes[0]).toMatchObject({
        distressAfter: 3,
        afterState: 'LIGHTER',
        intention: null,
        reflection: null,
        selfHarmThoughts: null,
        catalysts: [{ kind: 'MUSIC', reference: null }],
      });
      expect(JSON.stringify(res.body)).not.toMatch(/PRIVATE-/);
    });

    it('widens what the therapist sees when the client adds scopes, on the next request', async () => {
      const grant = await api.gql<{ myGrants: Array<{ version: number }> }>(MY_GRANTS, {}, client.accessToken);
      const version = grant.body.data?.myGrants[0]?.version;

      const updated = await api.gql(
        UPDATE_GRANT,
        { input: { therapistId: therapist.sub, version, scopes: ['SESSIONS', 'REFLECTIONS', 'SAFETY_SIGNALS'] } },
        client.accessToken,
      );
      const res = await api.gql<{ clientTimeline: { edges: Array<Edge<TimelineNode>> } }>(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken);

      expect(updated.body.errors).toBeUndefined();
      const nodes = res.body.data?.clientTimeline.edges.map((e) => e.node) ?? [];
      expect(nodes.map((n) => n.__typename)).toEqual(['JournalEntry', 'Session']);
      expect(nodes[1]).toMatchObject({
        intention: 'PRIVATE-INTENTION',
        reflection: 'PRIVATE-REFLECTION',
        selfHarmThoughts: true,
        catalysts: [{ kind: 'MUSIC', reference: 'PRIVATE-SONG' }],
      });
      expect(nodes[0]?.text).toBe('PRIVATE-JOURNAL');
    });

    it('opens insights and safety signals only with their scopes', async () => {
      expect(code(await api.gql(CLIENT_INSIGHTS, { clientId: client.sub, period: 'MONTH' }, therapist.accessToken))).toBe('NOT_FOUND');
      const safety = await api.gql<{ clientSafetyStatus: { signals: Array<{ kind: string }> } }>(
        CLIENT_SAFETY,
        { clientId: client.sub },
        therapist.accessToken,
      );
      expect(safety.body.data?.clientSafetyStatus.signals.map((s) => s.kind)).toContain('SELF_HARM_THOUGHTS');
    });

    it('records every read in an access log the client pages through in one Query', async () => {
      recorder.reset();

      const log = await api.gql<{ accessLog: { edges: Array<Edge<{ operation: string; itemIds: string[]; therapist: { personId: string } }>> } }>(
        ACCESS_LOG,
        { first: 50 },
        client.accessToken,
      );

      expect(recorder.calls).toEqual(['Query']);
      expect(recorder.depth()).toBe(1);
      const entries = log.body.data?.accessLog.edges.map((e) => e.node) ?? [];
      // Newest first: safety, then the three timeline reads (the first held only the session).
      expect(entries.map((e) => e.operation)).toEqual(['clientSafetyStatus', 'clientTimeline', 'clientTimeline', 'clientTimeline']);
      expect(entries.every((e) => e.therapist.personId === therapist.sub)).toBe(true);
      expect(entries[3]?.itemIds).toEqual([sessionId]);
    });

    it('offers no way to change or delete the access log', async () => {
      // Not a kit document: the test's subject is the schema itself, read by introspection.
      const schema = await api.gql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(
        '{ __schema { mutationType { fields { name } } } }',
        {},
        client.accessToken,
      );

      const names = schema.body.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
      expect(names.filter((n) => /access|log/i.test(n) && !/logSession/.test(n))).toEqual([]);
    });

    it('refuses every read once revoke has returned, and logs only reads that succeeded', async () => {
      const before = (await api.gql<{ accessLog: { edges: unknown[] } }>(ACCESS_LOG, { first: 50 }, client.accessToken)).body.data?.accessLog.edges.length ?? 0;
      const reads = Array.from({ length: 6 }, () => api.gql(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken));

      const revoke = await api.gql<{ revokeGrant: { grant: { status: string } } }>(REVOKE, { input: { therapistId: therapist.sub } }, client.accessToken);
      const after = await Promise.all(Array.from({ length: 3 }, () => api.gql(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken)));
      const during = await Promise.all(reads);

      expect(revoke.body.data?.revokeGrant.grant.status).toBe('REVOKED');
      expect(after.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
      const succeeded = during.filter((r) => !r.body.errors).length;
      const logged = (await api.gql<{ accessLog: { edges: unknown[] } }>(ACCESS_LOG, { first: 50 }, client.accessToken)).body.data?.accessLog.edges.length ?? 0;
      expect(logged - before).toBe(succeeded);
      const clients = await api.gql<{ myClients: { edges: unknown[] } }>(MY_CLIENTS, { first: 10 }, therapist.accessToken);
      expect(clients.body.data?.myClients.edges).toEqual([]);
    });

    it('lets a declined or revoked pair start over with a new invitation', async () => {
      const again = await api.gql<{ inviteTherapist: { grant: { status: string } } }>(
        INVITE,
        { input: { shareCode: await shareCodeOf(therapist), scopes: ['SESSIONS'] } },
        client.accessToken,
      );
      expect(again.body.data?.inviteTherapist.grant.status).toBe('PENDING');

      const declined = await api.gql<{ declineInvitation: { grant: { status: string } } }>(DECLINE, { input: { clientId: client.sub } }, therapist.accessToken);

      expect(declined.body.data?.declineInvitation.grant.status).toBe('DECLINED');
      expect(code(await api.gql(CLIENT_TIMELINE, { clientId: client.sub }, therapist.accessToken))).toBe('NOT_FOUND');
    });
  });

  describe('notes', () => {
    let noteId: string;

    beforeAll(async () => {
      await share(client, otherTherapist, ['SESSIONS']);
    });

    it('logs a note pinned to an item as a read of that item (it tells when the item happened); a note pinned to a day reads nothing', async () => {
      // Arrange
      const [member, reader] = await Promise.all([createTestUser(), createTestUser({ group: 'therapists' })]);
      const logged = await api.gql<{ logSession: { session: { id: string } } }>(
        LOG,
        { input: { startedAt: new Date(Date.now() - 3 * 3600000).toISOString(), durationMinutes: 20 } },
        member.accessToken,
      );
      const pinned = logged.body.data?.logSession.session.id as string;
      await share(member, reader, ['SESSIONS']);

      // Act
      const toItem = await api.gql(
        ADD_NOTE,
        { input: { clientId: member.sub, text: 'A note.', pinnedItem: { kind: 'SESSION', id: pinned } } },
        reader.accessToken,
      );
      const toDay = await api.gql(
        ADD_NOTE,
        { input: { clientId: member.sub, text: 'Another.', pinnedDay: new Date().toISOString().slice(0, 10) } },
        reader.accessToken,
      );
      const log = await api.gql<{ accessLog: { edges: Array<Edge<{ operation: string; itemIds: string[] }>> } }>(ACCESS_LOG, { first: 50 }, member.accessToken);

      // Assert
      expect([toItem.body.errors, toDay.body.errors]).toEqual([undefined, undefined]);
      expect(log.body.data?.accessLog.edges.map((e) => [e.node.operation, e.node.itemIds])).toEqual([['addNote', [pinned]]]);
    });

    it("pins a note to a session and shows it on the client's own timeline", async () => {
      recorder.reset();
      const res = await api.gql<{ addNote: { therapistNote: { id: string; pinnedItemId: string } } }>(
        ADD_NOTE,
        { input: { clientId: client.sub, text: 'Notice the music helps.', pinnedItem: { kind: 'SESSION', id: sessionId } } },
        otherTherapist.accessToken,
      );
      noteId = res.body.data?.addNote.therapistNote.id as string;

      expect(res.body.data?.addNote.therapistNote).toMatchObject({ pinnedItemId: sessionId });
      // The grant; the item's time beside the author's name; the note with its access-log entry in one transaction.
      expect(recorder.calls.sort()).toEqual(['GetItem', 'GetItem', 'GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(3);
      const mine = await api.gql<{ timeline: { edges: Array<Edge<{ __typename: string; text?: string }>> } }>(TIMELINE, { first: 20 }, client.accessToken);
      expect(mine.body.data?.timeline.edges.map((e) => e.node)).toContainEqual(
        expect.objectContaining({
          __typename: 'TherapistNote',
          text: 'Notice the music helps.',
          author: expect.objectContaining({ personId: otherTherapist.sub }),
        }),
      );
    });

    it('pins a note to a day', async () => {
      const res = await api.gql<{ addNote: { therapistNote: { day: string; pinnedDay: string } } }>(
        ADD_NOTE,
        { input: { clientId: client.sub, text: 'Check in on this week.', pinnedDay: '2026-11-20' } },
        otherTherapist.accessToken,
      );

      expect(res.body.data?.addNote.therapistNote).toMatchObject({ day: '2026-11-20', pinnedDay: '2026-11-20' });
    });

    it('shows a note to its author only among therapists', async () => {
      await share(client, therapist, ['SESSIONS']);

      const res = await api.gql<{ clientTimeline: { edges: Array<Edge<TimelineNode>> } }>(
        CLIENT_TIMELINE,
        { clientId: client.sub, first: 50 },
        therapist.accessToken,
      );

      expect(res.body.data?.clientTimeline.edges.some((e) => e.node.__typename === 'TherapistNote')).toBe(false);
    });

    it('lets only the author edit and delete it', async () => {
      expect(code(await api.gql(UPDATE_NOTE, { input: { clientId: client.sub, noteId, version: 1, text: 'hijack' } }, therapist.accessToken))).toBe(
        'NOT_FOUND',
      );
      expect(code(await api.gql(DELETE_NOTE, { input: { clientId: client.sub, noteId } }, therapist.accessToken))).toBe('NOT_FOUND');
      expect(code(await api.gql(DELETE_NOTE, { input: { clientId: client.sub, noteId } }, client.accessToken))).toBe('FORBIDDEN');

      recorder.reset();
      const edited = await api.gql<{ updateNote: { therapistNote: { text: string; version: number } } }>(
        UPDATE_NOTE,
        { input: { clientId: client.sub, noteId, version: 1, text: 'The music helps, gently.' } },
        otherTherapist.accessToken,
      );
      // The grant, then the note (the client's partition only under a checked grant), then the write.
      expect(recorder.calls).toEqual(['GetItem', 'GetItem', 'UpdateItem']);
      expect(recorder.depth()).toBe(3);
      const deleted = await api.gql<{ deleteNote: { deletedId: string } }>(
        DELETE_NOTE,
        { input: { clientId: client.sub, noteId } },
        otherTherapist.accessToken,
      );

      expect(edited.body.data?.updateNote.therapistNote).toMatchObject({ text: 'The music helps, gently.', version: 2 });
      expect(deleted.body.data?.deleteNote.deletedId).toBe(noteId);
    });

    it('refuses a note pinned to an item outside the granted scopes', async () => {
      const journal = await api.gql<{ createJournalEntry: { journalEntry: { id: string } } }>(JOURNAL, { input: { text: 'mine' } }, client.accessToken);

      const res = await api.gql(
        ADD_NOTE,
        { input: { clientId: client.sub, text: 'x', pinnedItem: { kind: 'JOURNAL_ENTRY', id: journal.body.data?.createJournalEntry.journalEntry.id } } },
        otherTherapist.accessToken,
      );

      expect(code(res)).toBe('NOT_FOUND');
    });
  });

  describe('callers without rights', () => {
    it.each([
      ['clientTimeline', CLIENT_TIMELINE, () => ({ clientId: other.sub })],
      ['clientInsights', CLIENT_INSIGHTS, () => ({ clientId: other.sub, period: 'MONTH' })],
      ['clientSafetyStatus', CLIENT_SAFETY, () => ({ clientId: other.sub })],
      ['acceptInvitation', ACCEPT, () => ({ input: { clientId: other.sub } })],
      ['declineInvitation', DECLINE, () => ({ input: { clientId: other.sub } })],
      ['addNote', ADD_NOTE, () => ({ input: { clientId: other.sub, text: 'x', pinnedDay: '2026-11-20' } })],
      ['updateNote', UPDATE_NOTE, () => ({ input: { clientId: other.sub, noteId: '01JD0000000000000000000000', version: 1, text: 'x' } })],
      ['deleteNote', DELETE_NOTE, () => ({ input: { clientId: other.sub, noteId: '01JD0000000000000000000000' } })],
      ['addNote on another client’s item', ADD_NOTE, () => ({ input: { clientId: other.sub, text: 'x', pinnedItem: { kind: 'SESSION', id: sessionId } } })],
    ])('a therapist without a grant gets NOT_FOUND from %s, and nothing is written', async (_name, query, vars) => {
      recorder.reset();

      const res = await api.gql(query, vars(), otherTherapist.accessToken);

      expect(code(res)).toBe('NOT_FOUND');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(1);
    });

    it.each([
      ['updateGrant', UPDATE_GRANT, () => ({ input: { therapistId: therapist.sub, version: 1, scopes: ['INSIGHTS'] } })],
      ['revokeGrant', REVOKE, () => ({ input: { therapistId: therapist.sub } })],
    ])('another member gets NOT_FOUND from %s for a therapist they never invited', async (_name, query, vars) => {
      recorder.reset();

      const res = await api.gql(query, vars(), other.accessToken);

      expect(code(res)).toBe('NOT_FOUND');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(1);
    });

    it.each([
      ['myClients', MY_CLIENTS, () => ({ first: 10 })],
      ['clientTimeline', CLIENT_TIMELINE, () => ({ clientId: client.sub })],
      ['acceptInvitation', ACCEPT, () => ({ input: { clientId: client.sub } })],
    ])('a member who is not a therapist gets FORBIDDEN from %s', async (_name, query, vars) => {
      expect(code(await api.gql(query, vars(), other.accessToken))).toBe('FORBIDDEN');
    });

    it('refuses an unknown or malformed share code and an expiry in the past', async () => {
      expect(code(await api.gql(INVITE, { input: { shareCode: 'ZZZZZ-ZZZZZ', scopes: ['SESSIONS'] } }, other.accessToken))).toBe('NOT_FOUND');
      expect((await api.gql(INVITE, { input: { shareCode: 'hello', scopes: ['SESSIONS'] } }, other.accessToken)).body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['shareCode'],
      });
      const past = await api.gql(
        INVITE,
        { input: { shareCode: await shareCodeOf(therapist), scopes: ['SESSIONS'], expiresAt: '2020-01-01T00:00:00Z' } },
        other.accessToken,
      );
      expect(past.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['expiresAt'] });
      expect(
        (await api.gql(INVITE, { input: { shareCode: await shareCodeOf(therapist), scopes: [] } }, other.accessToken)).body.errors?.[0]?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['scopes'] });
    });
  });

  describe('routine completions under each scope', () => {
    it.each([
      [['ROUTINES'], { note: null, sessionId: null }],
      [['ROUTINES', 'REFLECTIONS'], { note: 'WROTE-THIS', sessionId: null }],
      [['ROUTINES', 'SESSIONS'], { note: null, sessionId: 'SESSION' }],
    ])('with %p a therapist reads a completion’s note only with REFLECTIONS and its session only with SESSIONS', async (scopes, expected) => {
      // Arrange
      const [member, reader] = await Promise.all([createTestUser(), createTestUser({ group: 'therapists' })]);
      const logged = await api.gql<{ logSession: { session: { id: string } } }>(
        LOG,
        { input: { startedAt: new Date(Date.now() - 3 * 3600000).toISOString(), durationMinutes: 20 } },
        member.accessToken,
      );
      const sessionOf = logged.body.data?.logSession.session.id as string;
      const routine = await api.gql<{ createRoutine: { routine: { id: string } } }>(
        CREATE_ROUTINE,
        { input: { name: 'Aftercare', kind: 'AFTERCARE', steps: [{ title: 'Water' }] } },
        member.accessToken,
      );
      await api.gql(
        RECORD_COMPLETION,
        { input: { routineId: routine.body.data?.createRoutine.routine.id, sessionId: sessionOf, note: 'WROTE-THIS' } },
        member.accessToken,
      );
      await share(member, reader, scopes);

      // Act
      const res = await api.gql<{
        clientTimeline: { edges: Array<Edge<{ __typename: string; note: string | null; sessionId: string | null; routineName: string }>> };
      }>(CLIENT_TIMELINE, { clientId: member.sub, first: 10 }, reader.accessToken);

      // Assert
      expect(res.body.errors).toBeUndefined();
      const [node] = res.body.data?.clientTimeline.edges.map((e) => e.node).filter((n) => n.__typename === 'RoutineCompletion') ?? [];
      expect(node).toMatchObject({ routineName: 'Aftercare', note: expected.note, sessionId: expected.sessionId === 'SESSION' ? sessionOf : null });
    });
  });

  describe('expiry at the boundary (injected clock)', () => {
    it('allows a read a millisecond before expiry and refuses it at expiry', async () => {
      const member = await createTestUser();
      const t = await createTestUser({ group: 'therapists' });
      const expiresAt = new Date(Date.now() + 3600000);
      await share(member, t, ['SESSIONS'], { expiresAt: expiresAt.toISOString() });
      applyTestEnv();
      const { createServices } = await import('../../services/graphql/context');
      const clock = new FixedClock(new Date(expiresAt.getTime() - 1));
      const services = createServices(clock);
      const therapistCaller: Caller = { sub: t.sub, groups: ['therapists'], role: 'THERAPIST', isAdmin: false };

      const justBefore = await services.sharing.clientTimeline(therapistCaller, { clientId: member.sub, first: 5 });
      clock.set(expiresAt);
      const atExpiry = services.sharing.clientTimeline(therapistCaller, { clientId: member.sub, first: 5 });

      expect(justBefore.edges).toEqual([]);
      await expect(atExpiry).rejects.toMatchObject({ code: 'NOT_FOUND' });
      clock.set(new Date(expiresAt.getTime() - 1));
      const grants = await services.sharing.myGrants({ sub: member.sub, groups: [], role: 'MEMBER', isAdmin: false });
      expect(grants[0]?.status).toBe('ACTIVE');
      clock.set(expiresAt);
      expect((await services.sharing.myGrants({ sub: member.sub, groups: [], role: 'MEMBER', isAdmin: false }))[0]?.status).toBe('EXPIRED');
    });
  });
});

describe('therapist invitations are rate limited', () => {
  const { api } = useIntegrationApi();

  it('answers RATE_LIMITED with a retry hint past the daily limit, writing no grant', async () => {
    const member = await createTestUser();
    const therapists = await Promise.all(Array.from({ length: 11 }, () => createTestUser({ group: 'therapists' })));
    const codes = await Promise.all(
      therapists.map(async (t) => (await api.gql<{ myShareCode: string }>(SHARE_CODE, {}, t.accessToken)).body.data?.myShareCode),
    );

    const results = [];
    for (const shareCode of codes) results.push(await api.gql(INVITE, { input: { shareCode, scopes: ['SESSIONS'] } }, member.accessToken));

    expect(results.slice(0, 10).map(code)).toEqual(Array(10).fill(undefined));
    const last = results[10]?.body.errors?.[0]?.extensions as { code: string; retryAfterSeconds: number };
    expect(last.code).toBe('RATE_LIMITED');
    expect(last.retryAfterSeconds).toBeGreaterThan(0);
    const grants = await api.gql<{ myGrants: unknown[] }>(MY_GRANTS, {}, member.accessToken);
    expect(grants.body.data?.myGrants).toHaveLength(10);
  });
});

describe('suggested practices and the therapist prompt (integration)', () => {
  const {
    api,
    users: { client, other, therapist, stranger },
  } = useIntegrationApi({
    users: { client: {}, other: {}, therapist: { group: 'therapists' }, stranger: { group: 'therapists' } },
    seed: async () => {
      const shareCode = (await api.gql<{ myShareCode: string }>(SHARE_CODE, {}, therapist.accessToken)).body.data?.myShareCode;
      await api.gql(INVITE, { input: { shareCode, scopes: ['SESSIONS'] } }, client.accessToken);
      await api.gql(ACCEPT, { input: { clientId: client.sub } }, therapist.accessToken);
    },
  });
  const SUGGEST = kit('SuggestPractice');
  const SUGGESTIONS = kit('PracticeSuggestions');
  const ACCEPT_SUGGESTION = kit('AcceptPracticeSuggestion');
  const DECLINE_SUGGESTION = kit('DeclinePracticeSuggestion');

  it('turns an accepted template suggestion into the client’s own routine, once', async () => {
    const suggested = await api.gql<{ suggestPractice: { practiceSuggestion: { id: string; status: string } } }>(
      SUGGEST,
      { input: { clientId: client.sub, templateId: 'post-cry-aftercare', message: 'Try this after your next session.' } },
      therapist.accessToken,
    );
    const id = suggested.body.data?.suggestPractice.practiceSuggestion.id;
    expect(suggested.body.data?.suggestPractice.practiceSuggestion.status).toBe('PENDING');

    const listed = await api.gql<{ practiceSuggestions: { edges: Array<Edge<{ id: string; message: string }>> } }>(SUGGESTIONS, {}, client.accessToken);
    expect(listed.body.data?.practiceSuggestions.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id, message: 'Try this after your next session.' }),
    );

    const accepted = await api.gql<{ acceptPracticeSuggestion: { practiceSuggestion: { status: string; routineId: string } } }>(
      ACCEPT_SUGGESTION,
      { input: { id } },
      client.accessToken,
    );
    const again = await api.gql(ACCEPT_SUGGESTION, { input: { id } }, client.accessToken);

    expect(accepted.body.data?.acceptPracticeSuggestion.practiceSuggestion.status).toBe('ACCEPTED');
    expect(code(again)).toBe('CONFLICT');
    const routines = await api.gql<{ myRoutines: { edges: Array<Edge<{ id: string }>> } }>(MY_ROUTINES, {}, client.accessToken);
    expect(routines.body.data?.myRoutines.edges.map((e) => e.node.id)).toEqual([accepted.body.data?.acceptPracticeSuggestion.practiceSuggestion.routineId]);
  });

  it('lets the client decline a suggestion of the therapist’s own steps', async () => {
    const routine = {
      name: 'Evening unwind',
      kind: 'PRACTICE',
      steps: [
        { title: 'Three long exhales', minutes: 2 },
        { title: 'Hand on heart', minutes: 3 },
      ],
    };
    const suggested = await api.gql<{ suggestPractice: { practiceSuggestion: { id: string; name: string } } }>(
      SUGGEST,
      { input: { clientId: client.sub, routine } },
      therapist.accessToken,
    );

    const declined = await api.gql<{ declinePracticeSuggestion: { practiceSuggestion: { status: string; routineId: string | null } } }>(
      DECLINE_SUGGESTION,
      { input: { id: suggested.body.data?.suggestPractice.practiceSuggestion.id } },
      client.accessToken,
    );

    expect(suggested.body.data?.suggestPractice.practiceSuggestion.name).toBe('Evening unwind');
    expect(declined.body.data?.declinePracticeSuggestion.practiceSuggestion).toMatchObject({ status: 'DECLINED', routineId: null });
  });

  it.each([
    [
      'both a template and steps',
      { templateId: 'post-cry-aftercare', routine: { name: 'x', kind: 'CUSTOM', steps: [{ title: 'x' }] } },
      ['templateId', 'routine'],
    ],
    ['an unknown template', { templateId: 'no-such-template' }, ['templateId']],
    ['a routine without steps', { routine: { name: 'x', kind: 'CUSTOM', steps: [] } }, ['routine.steps']],
  ])('refuses a suggestion with %s', async (_name, input, fields) => {
    const res = await api.gql(SUGGEST, { input: { clientId: client.sub, ...input } }, therapist.accessToken);

    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
  });

  it('answers NOT_FOUND to a therapist without a grant and to another member', async () => {
    const suggested = await api.gql<{ suggestPractice: { practiceSuggestion: { id: string } } }>(
      SUGGEST,
      { input: { clientId: client.sub, templateId: 'mindful-crying-practice' } },
      therapist.accessToken,
    );
    const id = suggested.body.data?.suggestPractice.practiceSuggestion.id;

    expect(code(await api.gql(SUGGEST, { input: { clientId: client.sub, templateId: 'mindful-crying-practice' } }, stranger.accessToken))).toBe('NOT_FOUND');
    expect(code(await api.gql(ACCEPT_SUGGESTION, { input: { id } }, other.accessToken))).toBe('NOT_FOUND');
    expect(code(await api.gql(DECLINE_SUGGESTION, { input: { id } }, other.accessToken))).toBe('NOT_FOUND');
  });

  it('invites a member who shares with a therapist to involve them when a signal fires', async () => {
    const logged = await api.gql<{ logSession: { safetySignals: Array<{ kind: string; involveTherapistPrompt: string | null }> } }>(
      LOG,
      { input: { startedAt: new Date(Date.now() - 3600000).toISOString(), durationMinutes: 20, selfHarmThoughts: true } },
      client.accessToken,
    );
    const alone = await api.gql<{ logSession: { safetySignals: Array<{ involveTherapistPrompt: string | null }> } }>(
      LOG,
      { input: { startedAt: new Date(Date.now() - 3600000).toISOString(), durationMinutes: 20, selfHarmThoughts: true } },
      other.accessToken,
    );

    expect(logged.body.data?.logSession.safetySignals[0]?.involveTherapistPrompt).toEqual(expect.any(String));
    expect(alone.body.data?.logSession.safetySignals[0]?.involveTherapistPrompt).toBeNull();
  });
});
