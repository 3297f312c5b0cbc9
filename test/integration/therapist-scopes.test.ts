import { getNamedType, getNullableType, isAbstractType, isListType, isObjectType, type GraphQLOutputType } from 'graphql';
import { getSchema } from '../../services/graphql/schema';
import { GrantScope } from '../../services/sharing/sharing.enums';
import { kit } from '../helpers/kit';
import { createTestUser, startTestApi, type GraphqlResponse, type TestApi, type TestUser } from '../helpers/local-stack';
import { must, outcomeOf } from '../helpers/world';

/**
 * Issue #14 item 2: a therapist granted only ROUTINES read a completion's note
 * (the member's words) and its session. Every field a therapist can reach is
 * classified below by the scopes it needs; the schema is walked so that a new
 * field fails until someone classifies it, and the kit's therapist documents
 * are sent under each single scope and under all of them.
 */
const { SESSIONS, REFLECTIONS, INSIGHTS, SAFETY_SIGNALS, ROUTINES, MEASURES } = GrantScope;
const ALL_SCOPES: readonly GrantScope[] = [SESSIONS, REFLECTIONS, INSIGHTS, SAFETY_SIGNALS, ROUTINES, MEASURES];
/** Needs nothing beyond the active grant every therapist read checks. */
const GRANT: readonly GrantScope[] = [];

/** The Query fields a therapist reads a client's data (or the grants themselves) with. */
const ROOTS = [
  'clientTimeline',
  'clientInsights',
  'clientSafetyStatus',
  'myClients',
  'myInvitations',
  'clientMeasures',
  'clientMeasureTrend',
  'clientMeasureSchedules',
] as const;

const each = (scopes: readonly GrantScope[], ...fields: string[]) => Object.fromEntries(fields.map((field) => [field, scopes]));

/**
 * Each field with every scope it needs (a field needs its parents' scopes too;
 * the checker adds them, the table spells them out). The rules: words the
 * member wrote need REFLECTIONS wherever they appear, links to sessions need
 * SESSIONS, private flags need SAFETY_SIGNALS.
 */
const CLASSIFICATION: Record<string, Record<string, readonly GrantScope[]>> = {
  Query: {
    ...each(GRANT, 'clientTimeline', 'myClients', 'myInvitations'),
    // The whole read is refused without its scope.
    ...each([INSIGHTS], 'clientInsights'),
    ...each([SAFETY_SIGNALS], 'clientSafetyStatus'),
    ...each([MEASURES], 'clientMeasures', 'clientMeasureTrend', 'clientMeasureSchedules'),
  },

  // Paging is structure: which items it pages over is up to each item's fields (a cursor is checked for being there, not for what it encodes).
  TimelineConnection: each(GRANT, 'edges', 'pageInfo'),
  TimelineEdge: each(GRANT, 'cursor', 'node'),
  GrantConnection: each(GRANT, 'edges', 'pageInfo'),
  GrantEdge: each(GRANT, 'cursor', 'node'),
  PageInfo: each(GRANT, 'endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor'),

  // Grant metadata: the share itself, what both sides agreed to.
  Grant: each(GRANT, 'alertOnSafetySignal', 'client', 'createdAt', 'expiresAt', 'id', 'scopes', 'status', 'therapist', 'updatedAt', 'version'),
  SharePerson: each(GRANT, 'displayName', 'personId'),

  Session: {
    // Scores, enums and times: what SESSIONS shares.
    ...each(
      [SESSIONS],
      'afterState',
      'bodySensations',
      'catalysts',
      'createdAt',
      'day',
      'distressAfter',
      'distressBefore',
      'durationMinutes',
      'emotions',
      'endedAt',
      'id',
      'kind',
      'occurredAt',
      'peakIntensity',
      'startedAt',
      'status',
      'tearsCame',
      'updatedAt',
      'version',
      'wantedToCry',
    ),
    // Their words (a setting is "a private, safe space" in their words).
    ...each([SESSIONS, REFLECTIONS], 'intention', 'reflection', 'setting'),
    ...each([SESSIONS, SAFETY_SIGNALS], 'feltUnsafe', 'selfHarmThoughts'),
  },
  Catalyst: { ...each([SESSIONS], 'kind'), ...each([SESSIONS, REFLECTIONS], 'reference') },

  // A journal entry is words throughout; its built-in prompt says what the entry answers.
  JournalEntry: each([REFLECTIONS], 'createdAt', 'day', 'emotions', 'id', 'kind', 'occurredAt', 'prompt', 'text', 'updatedAt', 'version'),
  JournalPrompt: each([REFLECTIONS], 'id', 'text', 'theme'),

  RoutineCompletion: {
    // What was done and when: the routine's and its steps' names are the routine ROUTINES shares.
    ...each([ROUTINES], 'completedAt', 'createdAt', 'day', 'id', 'kind', 'occurredAt', 'routineId', 'routineKind', 'routineName', 'stepsDone'),
    ...each([ROUTINES, REFLECTIONS], 'note'),
    ...each([ROUTINES, SESSIONS], 'sessionId'),
  },
  CompletedStep: each([ROUTINES], 'stepId', 'title'),

  // The reader's own note (the service drops every other author's): theirs under any grant.
  TherapistNote: each(GRANT, 'author', 'createdAt', 'day', 'id', 'kind', 'occurredAt', 'pinnedDay', 'pinnedItemId', 'text', 'updatedAt', 'version'),

  // Figures over sessions; no words of the member's (a catalyst outcome's note is the product's).
  // Measure results beside the figures: the insights' read, and MEASURES for the results (null without it).
  Insights: { ...each([INSIGHTS], 'current', 'fromDay', 'period', 'previous', 'toDay'), ...each([INSIGHTS, MEASURES], 'measures') },
  InsightMeasures: each([INSIGHTS, MEASURES], 'current', 'previous'),
  MeasuresInPeriod: each([INSIGHTS, MEASURES], 'floodingShare', 'fromDay', 'reliefShare', 'results', 'toDay'),
  MeasurePoint: each([INSIGHTS, MEASURES], 'band', 'change', 'day', 'direction', 'id', 'instrument', 'meaningful', 'percentage', 'score'),
  InsightFigures: each(
    [INSIGHTS],
    'catalystOutcomes',
    'dailySeries',
    'floodingShare',
    'fromDay',
    'meanDistressAfter',
    'meanDistressBefore',
    'meanDistressChange',
    'medianDurationMinutes',
    'perWeekFrequency',
    'reliefShare',
    'sessionCount',
    'tearsShare',
    'toDay',
    'topCatalysts',
    'totalDurationMinutes',
  ),
  CatalystCount: each([INSIGHTS], 'catalyst', 'sessions'),
  CatalystOutcome: each([INSIGHTS], 'catalyst', 'enoughData', 'floodingRate', 'note', 'reliefRate', 'sessions'),
  DaySessionCount: each([INSIGHTS], 'day', 'sessionCount'),

  // What was logged and when, in the product's words; the sessions themselves need SESSIONS.
  ClientSafetyStatus: each([SAFETY_SIGNALS], 'checkedAt', 'signals'),
  ClientSafetySignal: {
    ...each([SAFETY_SIGNALS], 'firstStartedAt', 'kind', 'lastStartedAt', 'sessionCount', 'summary'),
    ...each([SAFETY_SIGNALS, SESSIONS], 'sessionIds'),
  },

  // Standard measures: item answers and scores, no words of the member's; the schedules are the reader's own.
  MeasureConnection: each([MEASURES], 'edges', 'pageInfo'),
  MeasureEdge: each([MEASURES], 'cursor', 'node'),
  Measure: each([MEASURES], 'answers', 'band', 'bandLabel', 'completedAt', 'day', 'id', 'instrument', 'percentage', 'score'),
  MeasureTrend: each([MEASURES], 'change', 'direction', 'instrument', 'latest', 'meaningful', 'meaningfulChange', 'previous'),
  MeasureSchedule: each([MEASURES], 'cadence', 'everyWeeks', 'id', 'instrument', 'nextDueOn', 'startsOn', 'windowDays'),
};

const NEEDS = new Map<string, readonly GrantScope[]>(
  Object.entries(CLASSIFICATION).flatMap(([type, fields]) => Object.entries(fields).map(([field, scopes]) => [`${type}.${field}`, scopes] as const)),
);

const schema = getSchema();

/**
 * Every `Type.field` reachable from the roots, through lists, connections and
 * objects. An interface stands for its implementations: its fields are
 * classified on each (a session's id needs SESSIONS, a note's nothing).
 */
function reachableFields(): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLOutputType): void => {
    const named = getNamedType(type);
    if (seen.has(named.name)) return;
    seen.add(named.name);
    if (isAbstractType(named)) schema.getPossibleTypes(named).forEach(visit);
    if (!isObjectType(named)) return;
    for (const field of Object.values(named.getFields())) {
      found.add(`${named.name}.${field.name}`);
      visit(field.type);
    }
  };
  const query = schema.getQueryType();
  for (const root of ROOTS) {
    const field = query?.getFields()[root];
    if (!field) throw new Error(`Query.${root} is gone from the schema`);
    found.add(`Query.${root}`);
    visit(field.type);
  }
  return [...found].sort();
}

interface TimelinePage {
  clientTimeline: { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; startCursor: string | null; endCursor: string | null } } | null;
}

/** What one therapist's answers showed, by `Type.field` (never the values: they are the member's). */
interface Reading {
  readonly granted: readonly GrantScope[];
  /** Filled although a scope it needs is not granted. */
  readonly leaks: Set<string>;
  /** Non-null (a list: non-empty) at least once. */
  readonly filled: Set<string>;
  readonly unclassified: Set<string>;
}

const blank = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** Walks an answer alongside the schema; each value must be blank unless the grant holds every scope its field and the fields above it need. */
function inspect(value: unknown, type: GraphQLOutputType, above: readonly GrantScope[], reading: Reading): void {
  if (blank(value)) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    (value as unknown[]).forEach((item) => inspect(item, nullable.ofType as GraphQLOutputType, above, reading));
    return;
  }
  const named = getNamedType(nullable);
  const typename = (value as { __typename?: string }).__typename;
  const object = isAbstractType(named) ? schema.getType(typename ?? '') : named;
  if (isAbstractType(named) && !isObjectType(object)) throw new Error(`An answer of ${named.name} without a usable __typename`);
  if (!isObjectType(object)) return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    // Names the object's type; the object's own fields carry its scope.
    if (key === '__typename') continue;
    const name = `${object.name}.${key}`;
    const needs = NEEDS.get(name);
    const field = object.getFields()[key];
    if (!needs || !field) {
      reading.unclassified.add(name);
      continue;
    }
    const required = [...new Set([...above, ...needs])];
    if (!blank(child)) {
      reading.filled.add(name);
      if (!required.every((scope) => reading.granted.includes(scope))) reading.leaks.add(name);
    }
    inspect(child, field.type, required, reading);
  }
}

const DAY_MS = 86_400_000;
// Two days back, all in one UTC day (the client's time zone): one insights period, inside the 14-day safety window.
const DAY = new Date(Date.now() - 2 * DAY_MS).toISOString().slice(0, 10);
const at = (time: string) => `${DAY}T${time}:00.000Z`;

const DOCS = {
  profile: kit('UpdateProfile'),
  log: kit('LogSession'),
  journal: kit('CreateJournalEntry'),
  routine: kit('CreateRoutine'),
  completion: kit('RecordRoutineCompletion'),
  shareCode: kit('MyShareCode'),
  invite: kit('InviteTherapist'),
  accept: kit('AcceptInvitation'),
  note: kit('AddNote'),
  submitMeasure: kit('SubmitMeasure'),
  scheduleMeasure: kit('ScheduleMeasure'),
};

/** The therapist's reads, as the apps send them: every field, the first 100 items. */
const READS: Record<(typeof ROOTS)[number], { document: string; variables: (clientId: string) => Record<string, unknown> }> = {
  clientTimeline: { document: kit('ClientTimeline'), variables: (clientId) => ({ clientId, first: 100 }) },
  // This month and the last one: DAY's sessions and today's measures both fall in them, whatever today is.
  clientInsights: { document: kit('ClientInsights'), variables: (clientId) => ({ clientId, period: 'MONTH' }) },
  clientSafetyStatus: { document: kit('ClientSafetyStatus'), variables: (clientId) => ({ clientId }) },
  myClients: { document: kit('MyClients'), variables: () => ({ first: 100 }) },
  myInvitations: { document: kit('MyInvitations'), variables: () => ({ first: 100 }) },
  clientMeasures: { document: kit('ClientMeasures'), variables: (clientId) => ({ clientId, first: 100 }) },
  clientMeasureTrend: { document: kit('ClientMeasureTrend'), variables: (clientId) => ({ clientId, instrument: 'PHQ9' }) },
  clientMeasureSchedules: { document: kit('ClientMeasureSchedules'), variables: (clientId) => ({ clientId }) },
};

const GRANTS: ReadonlyArray<readonly [string, readonly GrantScope[]]> = [...ALL_SCOPES.map((scope) => [scope, [scope]] as const), ['all scopes', ALL_SCOPES]];

/** Every field filled: sessions with words, catalysts, flags and scores; a journal entry on a prompt; a completion with a note and a session. */
async function fillClient(api: TestApi, client: TestUser): Promise<{ sessionId: string }> {
  await must(api, client, DOCS.profile, { input: { version: 1, displayName: 'River', timeZone: 'UTC' } });
  const log = async (input: Record<string, unknown>) =>
    (await must<{ logSession: { session: { id: string } } }>(api, client, DOCS.log, { input })).logSession.session.id;
  // MUSIC in three rated sessions has outcome rates; PHOTOGRAPHS in one has a note instead.
  await log({
    startedAt: at('10:00'),
    durationMinutes: 20,
    catalysts: [{ kind: 'MUSIC' }],
    distressBefore: 6,
    distressAfter: 4,
    afterState: 'CALMER',
    tearsCame: false,
  });
  await log({
    startedAt: at('11:00'),
    durationMinutes: 25,
    catalysts: [{ kind: 'MUSIC' }],
    distressBefore: 8,
    distressAfter: 8,
    afterState: 'FLOODED',
    tearsCame: true,
  });
  const sessionId = await log({
    startedAt: at('12:00'),
    durationMinutes: 30,
    intention: 'PRIVATE intention',
    setting: 'PRIVATE setting',
    distressBefore: 7,
    distressAfter: 3,
    catalysts: [
      { kind: 'MUSIC', reference: 'PRIVATE song' },
      { kind: 'PHOTOGRAPHS', reference: 'PRIVATE photograph' },
    ],
    tearsCame: true,
    wantedToCry: true,
    bodySensations: ['TIGHT_THROAT'],
    emotions: ['GRIEF', 'RELIEF'],
    peakIntensity: 8,
    afterState: 'LIGHTER',
    reflection: 'PRIVATE reflection',
    selfHarmThoughts: true,
    feltUnsafe: true,
  });
  await must(api, client, DOCS.journal, { input: { text: 'PRIVATE journal', emotions: ['RELIEF'], promptId: 'after-wave', writtenAt: at('13:00') } });
  const routine = (
    await must<{ createRoutine: { routine: { id: string; steps: Array<{ id: string }> } } }>(api, client, DOCS.routine, {
      input: { name: 'After the wave', kind: 'AFTERCARE', steps: [{ title: 'Cool compress', minutes: 5 }, { title: 'A glass of water' }] },
    })
  ).createRoutine.routine;
  await must(api, client, DOCS.completion, {
    input: { routineId: routine.id, stepIds: routine.steps.map((s) => s.id), sessionId, note: 'PRIVATE note', completedAt: at('12:45') },
  });
  // Two PHQ-9s for a trend, and a WHO-5 for a percentage.
  for (const [instrument, answers] of [
    ['PHQ9', [2, 2, 2, 2, 2, 1, 1, 1, 0]],
    ['PHQ9', [1, 1, 1, 0, 0, 0, 0, 0, 0]],
    ['WHO5', [3, 3, 2, 2, 3]],
  ] as const) {
    await must(api, client, DOCS.submitMeasure, { input: { instrument, answers } });
  }
  return { sessionId };
}

/** An active grant of exactly `scopes`, through invitation and acceptance; the therapist then writes a note of their own. */
async function share(api: TestApi, client: TestUser, therapist: TestUser, scopes: readonly GrantScope[]): Promise<void> {
  await must(api, therapist, DOCS.profile, { input: { version: 1, displayName: 'Dr Rowan' } });
  const { myShareCode } = await must<{ myShareCode: string }>(api, therapist, DOCS.shareCode);
  const expiresAt = new Date(Date.now() + 7 * DAY_MS).toISOString();
  await must(api, client, DOCS.invite, { input: { shareCode: myShareCode, scopes, expiresAt } });
  await must(api, therapist, DOCS.accept, { input: { clientId: client.sub } });
  await must(api, therapist, DOCS.note, { input: { clientId: client.sub, pinnedDay: DAY, text: 'A note of mine' } });
  if (scopes.includes(MEASURES)) {
    const startsOn = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
    await must(api, therapist, DOCS.scheduleMeasure, { input: { clientId: client.sub, instrument: 'PHQ9', cadence: 'WEEKLY', startsOn, windowDays: 2 } });
  }
}

describe('what a therapist reads of a client, field by field, under each scope (integration)', () => {
  let api: TestApi;
  let client: TestUser;
  const therapists = new Map<string, TestUser>();

  beforeAll(async () => {
    api = await startTestApi();
    const [member, other, ...readers] = await Promise.all([createTestUser(), createTestUser(), ...GRANTS.map(() => createTestUser({ group: 'therapists' }))]);
    client = member as TestUser;
    const { sessionId } = await fillClient(api, client);
    // One client shares with every therapist: each must see only their own grant's share, and their own notes.
    for (const [i, [name, scopes]] of GRANTS.entries()) {
      const therapist = readers[i] as TestUser;
      therapists.set(name, therapist);
      await share(api, client, therapist, scopes);
    }
    const allScopes = therapists.get('all scopes') as TestUser;
    await must(api, allScopes, DOCS.note, { input: { clientId: client.sub, pinnedItem: { kind: 'SESSION', id: sessionId }, text: 'On that session' } });
    // A pending invitation, so myInvitations has a grant to show.
    await must(api, other as TestUser, DOCS.profile, { input: { version: 1, displayName: 'Brook' } });
    const { myShareCode } = await must<{ myShareCode: string }>(api, allScopes, DOCS.shareCode);
    await must(api, other as TestUser, DOCS.invite, { input: { shareCode: myShareCode, scopes: [SESSIONS] } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('classifies exactly the fields a therapist can reach', () => {
    const reachable = reachableFields();

    expect(reachable.length).toBeGreaterThan(100);
    expect({
      unclassified: reachable.filter((field) => !NEEDS.has(field)),
      unreachable: [...NEEDS.keys()].filter((field) => !reachable.includes(field)),
    }).toEqual({
      unclassified: [],
      unreachable: [],
    });
  });

  describe.each(GRANTS)('with %s', (name, granted) => {
    const reading: Reading = { granted, leaks: new Set(), filled: new Set(), unclassified: new Set() };
    const answers = new Map<string, GraphqlResponse>();
    let therapist: TestUser;

    beforeAll(async () => {
      therapist = therapists.get(name) as TestUser;
      for (const root of ROOTS) {
        const res = await api.gql(READS[root].document, READS[root].variables(client.sub), therapist.accessToken);
        answers.set(root, res);
        inspect(res.body.data, schema.getQueryType() as GraphQLOutputType, GRANT, reading);
      }
    });

    it('answers the reads its scopes open, and NOT_FOUND to a read that needs a scope it lacks', () => {
      const outcomes = Object.fromEntries(ROOTS.map((root) => [root, outcomeOf(answers.get(root) as GraphqlResponse, root).code]));
      // As the service answers a missing scope: no hint that the client exists.
      const expected = Object.fromEntries(
        ROOTS.map((root) => [root, NEEDS.get(`Query.${root}`)?.every((scope) => granted.includes(scope)) ? 'OK' : 'NOT_FOUND']),
      );

      expect(outcomes).toEqual(expected);
    });

    it('shows no field that needs a scope it lacks', () => {
      expect({ leaks: [...reading.leaks].sort(), unclassified: [...reading.unclassified].sort() }).toEqual({ leaks: [], unclassified: [] });
    });

    it(name === 'all scopes' ? 'shows every classified field' : `shows every field that needs only ${name}`, () => {
      // Under all scopes everything; under one scope what it opens (grant-only fields such as a note's pin depend on the note).
      const expected = [...NEEDS]
        .filter(([, needs]) => (granted.length === ALL_SCOPES.length ? true : needs.length > 0 && needs.every((scope) => granted.includes(scope))))
        .map(([field]) => field);

      expect(expected.filter((field) => !reading.filled.has(field))).toEqual([]);
    });

    it('hands out cursors that name nothing, and ends the last page on what it showed', async () => {
      // One item a page: a narrow grant's page reads past items it may not show, and its end cursor stands past them.
      const pages = [await api.gql<TimelinePage>(READS.clientTimeline.document, { clientId: client.sub, first: 1 }, therapist.accessToken)];
      for (let i = 0; i < 20 && pages.at(-1)?.body.data?.clientTimeline?.pageInfo.hasNextPage; i++) {
        const after = pages.at(-1)?.body.data?.clientTimeline?.pageInfo.endCursor;
        pages.push(await api.gql<TimelinePage>(READS.clientTimeline.document, { clientId: client.sub, first: 1, after }, therapist.accessToken));
      }
      const infos = pages.map((page) => page.body.data?.clientTimeline).filter((page): page is NonNullable<typeof page> => Boolean(page));
      const cursors = infos
        .flatMap((page) => [page.pageInfo.endCursor, page.pageInfo.startCursor, ...page.edges.map((edge) => edge.cursor)])
        .filter((c): c is string => Boolean(c));
      const last = infos.at(-1);

      expect(
        cursors.map((cursor) => Buffer.from(cursor, 'base64url').toString('latin1')).filter((text) => /TL#|\d{4}-\d\d-\d\dT|[0-9A-HJKMNP-TV-Z]{26}/.test(text)),
      ).toEqual([]);
      if (last && !last.pageInfo.hasNextPage) expect(last.pageInfo.endCursor).toBe(last.edges.at(-1)?.cursor ?? null);
    });

    it("shows only the reader's own notes and grants", () => {
      const timeline = answers.get('clientTimeline')?.body.data as {
        clientTimeline: { edges: Array<{ node: { __typename: string; author?: { personId: string } } }> };
      };
      const clients = answers.get('myClients')?.body.data as {
        myClients: { edges: Array<{ node: { client: { personId: string }; therapist: { personId: string }; scopes: string[] } }> };
      };
      const authors = timeline.clientTimeline.edges.filter((edge) => edge.node.__typename === 'TherapistNote').map((edge) => edge.node.author?.personId);

      expect(authors.length).toBeGreaterThan(0);
      expect(authors.filter((author) => author !== therapist.sub)).toEqual([]);
      expect(clients.myClients.edges.map((edge) => [edge.node.client.personId, edge.node.therapist.personId, [...edge.node.scopes].sort()])).toEqual([
        [client.sub, therapist.sub, [...granted].sort()],
      ]);
    });
  });
});
