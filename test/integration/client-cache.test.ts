import { isDeepStrictEqual } from 'node:util';
import { InMemoryCache } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { parse, type DocumentNode } from 'graphql';
import { kit } from '../helpers/kit';
import { createTestUser, startTestApi, type TestApi, type TestUser } from '../helpers/local-stack';

/**
 * What Apollo Client's normalized cache makes of real answers: every object
 * with a `__typename` and an `id` is stored once under that key, so two
 * different objects under one key show the wrong data (a renamed step on an
 * old completion, a therapist's later name on an old share). Documents are
 * the client kit's, as Apollo Client sends them (`__typename` in every
 * selection).
 */
type Answer = { document: DocumentNode; variables: Record<string, unknown>; data: Record<string, unknown> };

const TIMELINE = kit('Timeline');
const STEPS = { first: 20, kinds: ['ROUTINE_COMPLETION'] };
const NOTES = { first: 20, kinds: ['THERAPIST_NOTE'] };

describe('a normalized client cache over real answers (integration)', () => {
  let api: TestApi;
  let member: TestUser;
  let friend: TestUser;
  let therapist: TestUser;
  const answers: Answer[] = [];

  async function send<T = Record<string, unknown>>(user: TestUser, source: string, variables: Record<string, unknown> = {}): Promise<T> {
    const document = parse(source);
    const res = await api.gql<T>(source, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    answers.push({ document, variables, data: res.body.data as Record<string, unknown> });
    return res.body.data as T;
  }

  beforeAll(async () => {
    api = await startTestApi();
    [member, friend, therapist] = await Promise.all([createTestUser(), createTestUser(), createTestUser({ group: 'therapists' })]);
  });

  afterAll(() => api.close());

  it('keeps a completion’s steps as they were when a step is renamed later', async () => {
    // Arrange: a completion, the step renamed, a second completion.
    const created = await send<{ createRoutine: { routine: { id: string; version: number; steps: Array<{ id: string }> } } }>(member, kit('CreateRoutine'), {
      input: { name: 'After tears', kind: 'AFTERCARE', steps: [{ title: 'Cool cloth', minutes: 10 }] },
    });
    const routine = created.createRoutine.routine;
    const stepId = routine.steps[0]?.id as string;
    await send(member, kit('RecordRoutineCompletion'), { input: { routineId: routine.id, completedAt: new Date(Date.now() - 3_600_000).toISOString() } });
    await send(member, kit('UpdateRoutine'), {
      input: { id: routine.id, version: routine.version, steps: [{ id: stepId, title: 'Cool compress', minutes: 10 }] },
    });
    await send(member, kit('RecordRoutineCompletion'), { input: { routineId: routine.id } });

    // Act
    const { timeline } = await send<{ timeline: { edges: Array<{ node: { stepsDone: Array<{ stepId: string; title: string }> } }> } }>(member, TIMELINE, STEPS);

    // Assert: the server kept both titles, and the cache below must too.
    expect(timeline.edges.map((e) => e.node.stepsDone)).toEqual([
      [{ __typename: 'CompletedStep', stepId, title: 'Cool compress' }],
      [{ __typename: 'CompletedStep', stepId, title: 'Cool cloth' }],
    ]);
  });

  it('keeps a therapist named as they were on the share and on a later note', async () => {
    await send(therapist, kit('UpdateProfile'), { input: { version: 1, displayName: 'Rowan' } });
    const { myShareCode } = await send<{ myShareCode: string }>(therapist, kit('MyShareCode'));
    await send(member, kit('InviteTherapist'), { input: { shareCode: myShareCode, scopes: ['SESSIONS'] } });
    await send(therapist, kit('AcceptInvitation'), { input: { clientId: member.sub } });
    await send(therapist, kit('UpdateProfile'), { input: { version: 2, displayName: 'Dr Rowan Vale' } });
    await send(therapist, kit('AddNote'), { input: { clientId: member.sub, pinnedDay: new Date().toISOString().slice(0, 10), text: 'See you Thursday.' } });

    const { myGrants } = await send<{ myGrants: Array<{ therapist: { displayName: string } }> }>(member, kit('MyGrants'));
    const { timeline } = await send<{ timeline: { edges: Array<{ node: { author: { displayName: string } } }> } }>(member, TIMELINE, NOTES);

    // Each as recorded: the share when it was accepted, the note when it was written.
    expect(myGrants.map((g) => g.therapist.displayName)).toEqual(['Rowan']);
    expect(timeline.edges.map((e) => e.node.author.displayName)).toEqual(['Dr Rowan Vale']);
  });

  it('updates a cached unread count and reply count from the mutations’ own answers, without a refetch', async () => {
    // Arrange: the member's circle with a check-in from a friend, seen in the cache before the visit and the reply.
    const { createCircle } = await send<{ createCircle: { circle: { id: string } } }>(member, kit('CreateCircle'), { input: { name: 'Thursday tears' } });
    const circleId = createCircle.circle.id;
    const { createCircleInvite } = await send<{ createCircleInvite: { circleInvite: { code: string } } }>(member, kit('CreateCircleInvite'), {
      input: { circleId },
    });
    await send(friend, kit('JoinCircle'), { input: { code: createCircleInvite.circleInvite.code } });
    const { postCheckIn } = await send<{ postCheckIn: { checkIn: { id: string } } }>(friend, kit('PostCheckIn'), {
      input: { circleId, mood: 'OVERWHELMED', text: 'A long day.' },
    });
    const cache = new InMemoryCache();
    const write = (answer: Answer) => cache.writeQuery({ query: answer.document, variables: answer.variables, data: answer.data });
    const mine = (await send(member, kit('MyCircles'), { first: 10 }), answers.at(-1) as Answer);
    const feed = (await send(member, kit('CircleFeed'), { id: circleId, first: 10 }), answers.at(-1) as Answer);
    write(mine);
    write(feed);
    const unread = () =>
      (
        cache.readQuery({ query: mine.document, variables: mine.variables }) as {
          myCircles: { edges: Array<{ node: { circleId: string; unreadCount: number } }> };
        }
      ).myCircles.edges.find((e) => e.node.circleId === circleId)?.node.unreadCount;
    const replies = () =>
      (cache.readQuery({ query: feed.document, variables: feed.variables }) as { circle: { checkIns: { edges: Array<{ node: { replyCount: number } }> } } })
        .circle.checkIns.edges[0]?.node.replyCount;
    const before = [unread(), replies()];

    // Act: only the mutations' answers reach the cache.
    await send(member, kit('MarkCircleVisited'), { input: { circleId } });
    write(answers.at(-1) as Answer);
    await send(member, kit('ReplyToCheckIn'), { input: { circleId, checkInId: postCheckIn.checkIn.id, text: 'I am here with you.' } });
    write(answers.at(-1) as Answer);

    // Assert
    expect(before).toEqual([1, 0]);
    expect([unread(), replies()]).toEqual([0, 1]);
  });

  it('gives no two different objects one cache key: every answer reads back from one shared cache as it was sent', () => {
    // Queries only: a mutation's answer is newer than the queries before it (a visit, a reply) by design.
    const queries = answers.filter((answer) => answer.document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query'));

    const { keys, clashes, mismatched } = throughOneCache(queries);

    expect(queries.length).toBeGreaterThanOrEqual(5);
    expect(keys).toBeGreaterThan(5);
    expect(clashes).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it('would see a snapshot that shares its live object’s id (the check can fail)', () => {
    // Not a kit document: a crafted one, never sent, whose made-up answer must trip the check.
    const document = addTypenameToDocument(parse('{ a: routine(id: "r") { id steps { id title } } b: routine(id: "s") { id steps { id title } } }'));
    const step = (title: string) => ({ __typename: 'RoutineStep', id: 'step-1', title });
    const data = { a: { __typename: 'Routine', id: 'r', steps: [step('Cool cloth')] }, b: { __typename: 'Routine', id: 's', steps: [step('Cool compress')] } };

    const { clashes, mismatched } = throughOneCache([{ document, variables: {}, data }]);

    expect(clashes).toEqual(['RoutineStep:step-1.title: "Cool cloth" / "Cool compress"']);
    expect(mismatched).toHaveLength(1);
  });
});

/** Writes the answers into one InMemoryCache: objects that share a key with other values, and answers that no longer read back as sent. */
function throughOneCache(list: readonly Answer[]): { keys: number; clashes: string[]; mismatched: string[][] } {
  const cache = new InMemoryCache();
  const seen = new Map<string, Map<string, string>>();
  const clashes: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const key = cache.identify(object as { __typename: string });
    if (key) {
      const fields = seen.get(key) ?? new Map<string, string>();
      for (const [name, field] of Object.entries(object)) {
        if (field !== null && typeof field === 'object') continue;
        const before = fields.get(name);
        if (before !== undefined && before !== JSON.stringify(field)) clashes.push(`${key}.${name}: ${before} / ${JSON.stringify(field)}`);
        fields.set(name, JSON.stringify(field));
      }
      seen.set(key, fields);
    }
    Object.values(object).forEach(walk);
  };
  list.forEach((answer) => walk(answer.data));
  for (const answer of list) cache.writeQuery({ query: answer.document, variables: answer.variables, data: answer.data });
  const mismatched = list
    .filter((answer) => !isDeepStrictEqual(cache.readQuery({ query: answer.document, variables: answer.variables }), answer.data))
    .map((answer) => Object.keys(answer.data));
  return { keys: seen.size, clashes, mismatched };
}
