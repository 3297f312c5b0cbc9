// Valid inputs must keep reaching write paths for all 1,000 runs; the limits themselves are tested in rate-limits.test.ts.
process.env.RATE_LIMIT_SCALE = '50';

import { BatchGetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { DELETE_CONFIRMATION } from '../../services/account/account.input';
import { circlePartition } from '../../services/circles/circle.keys';
import type { GraphQLHandler } from '../../services/graphql/handler';
import { getSchema } from '../../services/graphql/schema';
import { routineKey } from '../../services/routines/routine.keys';
import { itemKey, userPartition } from '../../services/shared/db/keys';
import { grantKey } from '../../services/sharing/sharing.keys';
import { profileKey } from '../../services/users/user.keys';
import { mutationFields, mutationRequests, type GeneratedRequest, type Slot } from '../fixtures/graphql-arbitraries';
import { inputLimits } from '../fixtures/input-limits';
import { kit } from '../helpers/kit';
import { buildEvent, lambdaContext } from '../helpers/lambda';
import { applyTestEnv, createTestUser, documentClient, type TestUser } from '../helpers/local-stack';
import { entityRules, invalidFields, type Item } from '../helpers/stored-item-invariants';

const RUNS_PER_MUTATION = 1_000;
/** Codes of answers that blame the request, never the server. */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'RATE_LIMITED', 'GRAPHQL_PARSE_FAILED']);
const STACK_TRACE = /\n\s+at |\.ts:\d+|node_modules|Exception\b/;

const stack = applyTestEnv();
const schema = getSchema();

/** Mutations that destroy what later properties need run last; account deletion last of all. */
function phase(name: string): number {
  if (/Account$/.test(name)) return 2;
  return /^(delete|remove|leave|revoke|decline)/.test(name) ? 1 : 0;
}
const MUTATIONS = mutationFields(schema).sort((a, b) => phase(a.name) - phase(b.name));

type Claims = Record<string, string | number | boolean | string[]>;
type Caller = { readonly label: string; readonly sub: string; readonly claims: Claims | null };
interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** The claims API Gateway's JWT authorizer would pass for this user's access token. */
function claimsOf(user: TestUser): Claims {
  return JSON.parse(Buffer.from(user.accessToken.split('.')[1] as string, 'base64url').toString('utf8')) as Claims;
}

/** Why an answer is not data or a coded client error (empty when it is). */
function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  const errors = answer.body.errors ?? [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (answer.status !== 200 && errors.length === 0) problems.push(`HTTP ${answer.status} without errors`);
  if (errors.length === 0 && !answer.body.data) problems.push('neither data nor errors');
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!code || !CLIENT_ERROR_CODES.has(code)) problems.push(`code ${code}: ${error.message.slice(0, 200)}`);
    if (STACK_TRACE.test(error.message)) problems.push(`stack trace in message: ${error.message.slice(0, 200)}`);
    if (error.message.includes(stack.tableName)) problems.push('table name in message');
  }
  const unauthenticated = errors.length > 0 && errors.every((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (![200, 400].includes(answer.status) && !(answer.status === 401 && unauthenticated)) problems.push(`HTTP ${answer.status}`);
  return problems;
}

/** Every item of a query, page by page. */
async function queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new QueryCommand({ ...input, TableName: stack.tableName, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The items of a partition written since then (and those that keep no updatedAt). */
function writtenSince(pk: string, since: string): Promise<Item[]> {
  return queryAll({
    KeyConditionExpression: 'PK = :pk',
    FilterExpression: 'attribute_not_exists(updatedAt) OR updatedAt >= :since',
    ExpressionAttributeValues: { ':pk': pk, ':since': since },
  });
}

describe('bad input at scale (property, integration)', () => {
  const startedAt = new Date();
  let handler: GraphQLHandler;
  let member: TestUser;
  let therapist: TestUser;
  let fellow: TestUser;
  let callers: Caller[];
  const ids: Record<string, string[]> = {};
  const strings: Record<string, readonly unknown[]> = {};
  /** Items with a version that update mutations name: their current versions are the plausible ones. */
  const versionedKeys: Array<{ PK: string; SK: string }> = [];

  async function send(caller: Caller, request: GeneratedRequest): Promise<Answer> {
    const event = buildEvent({ query: request.query, variables: request.variables }, { claims: caller.claims });
    const result = await handler(event, lambdaContext(`bad-input-${caller.label}`));
    const status = result.statusCode ?? 200;
    try {
      return { status, body: JSON.parse(result.body ?? '{}') as Answer['body'] };
    } catch {
      return { status, body: { errors: [{ message: `non-JSON body: ${String(result.body).slice(0, 200)}` }] } };
    }
  }

  /** Setup through the API itself; fails loudly so a broken fixture is not mistaken for a property. */
  async function ok<T>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const caller = callers.find((c) => c.sub === user.sub) as Caller;
    const answer = await send(caller, { query, variables });
    if (answer.body.errors) throw new Error(`setup failed: ${query}: ${JSON.stringify(answer.body.errors)}`);
    return answer.body.data as T;
  }

  beforeAll(async () => {
    ({ handler } = await import('../../services/graphql/handler'));
    [member, therapist, fellow] = await Promise.all([createTestUser({ name: 'Member' }), createTestUser({ group: 'therapists' }), createTestUser()]);
    callers = [
      { label: 'member', sub: member.sub, claims: claimsOf(member) },
      { label: 'therapist', sub: therapist.sub, claims: claimsOf(therapist) },
      { label: 'fellow', sub: fellow.sub, claims: claimsOf(fellow) },
    ];

    // A little of everything, so plausible ids name real items and write paths are reached.
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const { myShareCode } = await ok<{ myShareCode: string }>(therapist, kit('MyShareCode'));
    const { routineTemplates } = await ok<{ routineTemplates: Array<{ id: string }> }>(member, kit('RoutineTemplates'));
    const { journalPrompts } = await ok<{ journalPrompts: Array<{ id: string }> }>(member, kit('JournalPrompts'));
    await ok(member, kit('InviteTherapist'), {
      input: { shareCode: myShareCode, scopes: ['SESSIONS', 'REFLECTIONS', 'ROUTINES', 'INSIGHTS', 'SAFETY_SIGNALS'] },
    });
    await ok(therapist, kit('AcceptInvitation'), { input: { clientId: member.sub } });
    const logged = await ok<{ logSession: { session: { id: string } } }>(member, kit('LogSession'), {
      input: { startedAt: hourAgo, durationMinutes: 20, afterState: 'CALMER', catalysts: [{ kind: 'MUSIC' }] },
    });
    const live = await ok<{ startSession: { session: { id: string } } }>(member, kit('StartSession'));
    const journal = await ok<{ createJournalEntry: { journalEntry: { id: string } } }>(member, kit('CreateJournalEntry'), {
      input: { text: 'A quiet evening' },
    });
    const routine = await ok<{ createRoutine: { routine: { id: string; steps: Array<{ id: string }> } } }>(member, kit('CreateRoutine'), {
      input: { name: 'After a cry', kind: 'AFTERCARE', steps: [{ title: 'Water' }, { title: 'Rest', target: { daysPerWeek: 3 } }] },
    });
    const routineId = routine.createRoutine.routine.id;
    const completion = await ok<{ recordRoutineCompletion: { routineCompletion: { id: string } } }>(member, kit('RecordRoutineCompletion'), {
      input: { routineId },
    });
    const circle = await ok<{ createCircle: { circle: { id: string; me: { id: string } } } }>(member, kit('CreateCircle'), {
      input: { name: 'Evening circle' },
    });
    const circleId = circle.createCircle.circle.id;
    const invite = await ok<{ createCircleInvite: { circleInvite: { id: string; code: string } } }>(member, kit('CreateCircleInvite'), {
      input: { circleId, maxUses: 50, expiresInHours: 720 },
    });
    const joined = await ok<{ joinCircle: { circle: { me: { id: string } } } }>(fellow, kit('JoinCircle'), {
      input: { code: invite.createCircleInvite.circleInvite.code },
    });
    const checkIn = await ok<{ postCheckIn: { checkIn: { id: string } } }>(member, kit('PostCheckIn'), {
      input: { circleId, mood: 'CALM', text: 'Lighter today' },
    });
    const checkInId = checkIn.postCheckIn.checkIn.id;
    const reply = await ok<{ replyToCheckIn: { reply: { id: string } } }>(fellow, kit('ReplyToCheckIn'), {
      input: { circleId, checkInId, text: 'With you' },
    });
    const report = await ok<{ reportCircleContent: { reportId: string } }>(fellow, kit('ReportCircleContent'), {
      input: { circleId, checkInId, reason: 'OTHER' },
    });
    const note = await ok<{ addNote: { therapistNote: { id: string } } }>(therapist, kit('AddNote'), {
      input: { clientId: member.sub, text: 'Good week', pinnedItem: { kind: 'SESSION', id: logged.logSession.session.id } },
    });
    const suggestion = await ok<{ suggestPractice: { practiceSuggestion: { id: string } } }>(therapist, kit('SuggestPractice'), {
      input: { clientId: member.sub, templateId: routineTemplates[0]?.id },
    });

    const sessionIds = [logged.logSession.session.id, live.startSession.session.id];
    versionedKeys.push(
      ...sessionIds.map((id) => itemKey(member.sub, 'Session', id)),
      itemKey(member.sub, 'JournalEntry', journal.createJournalEntry.journalEntry.id),
      itemKey(member.sub, 'TherapistNote', note.addNote.therapistNote.id),
      routineKey(member.sub, routineId),
      grantKey(member.sub, therapist.sub),
      ...[member, therapist, fellow].map((user) => profileKey(user.sub)),
    );
    Object.assign(ids, {
      session: sessionIds,
      journal: [journal.createJournalEntry.journalEntry.id],
      routine: [routineId],
      step: routine.createRoutine.routine.steps.map((s) => s.id),
      completion: [completion.recordRoutineCompletion.routineCompletion.id],
      item: [...sessionIds, journal.createJournalEntry.journalEntry.id, completion.recordRoutineCompletion.routineCompletion.id],
      circle: [circleId],
      member: [circle.createCircle.circle.me.id, joined.joinCircle.circle.me.id],
      invite: [invite.createCircleInvite.circleInvite.id],
      checkIn: [checkInId],
      reply: [reply.replyToCheckIn.reply.id],
      report: [report.reportCircleContent.reportId],
      client: [member.sub, fellow.sub],
      therapist: [therapist.sub],
      note: [note.addNote.therapistNote.id],
      suggestion: [suggestion.suggestPractice.practiceSuggestion.id],
    });
    const today = new Date().toISOString().slice(0, 10);
    Object.assign(strings, {
      code: [invite.createCircleInvite.circleInvite.code],
      shareCode: [myShareCode],
      templateId: routineTemplates.map((t) => t.id),
      promptId: journalPrompts.map((p) => p.id),
      timeZone: ['Europe/Berlin', 'UTC', 'America/St_Johns', 'Pacific/Chatham', 'Asia/Kathmandu', 'Etc/GMT+12'],
      locale: ['en-GB', 'de', 'ar-EG', 'zh-Hant-TW', 'en-US-u-ca-buddhist'],
      reminderTimes: ['07:30', '00:00', '23:59'],
      pinnedDay: [today, '2026-01-01'],
      idempotencyKey: ['bad-input-key-0001', 'bad-input-key-0002', 'bad.input:key_0003'],
      confirm: [DELETE_CONFIRMATION],
    });
  }, 60_000);

  /** The versions the fixture's items have now: what an update that should go through passes. */
  async function refreshVersions(): Promise<void> {
    const read = await documentClient().send(
      new BatchGetCommand({
        RequestItems: { [stack.tableName]: { Keys: versionedKeys, ProjectionExpression: '#version', ExpressionAttributeNames: { '#version': 'version' } } },
      }),
    );
    strings.version = [...new Set([1, ...(read.Responses?.[stack.tableName] ?? []).map((item) => item.version as number)])];
  }

  // Earlier properties move the fixture on: rotateShareCode retires the code, updates bump versions.
  beforeEach(async () => {
    strings.shareCode = [(await ok<{ myShareCode: string }>(therapist, kit('MyShareCode'))).myShareCode];
    await refreshVersions();
  });

  /** Real ids by what the slot names: `circleId` the circle, `id` of deleteSession a session, `stepIds` steps. */
  function plausible(slot: Slot): readonly unknown[] | undefined {
    if (strings[slot.name]) return strings[slot.name];
    if (slot.name !== 'id') return ids[slot.name.replace(/Ids?$/, '')];
    const parent = slot.parent.toLowerCase();
    const named = Object.keys(ids)
      .map((kind) => ({ kind, at: parent.lastIndexOf(kind.toLowerCase()) }))
      .filter((k) => k.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    return named ? ids[named.kind] : Object.values(ids).flat();
  }

  /** Items written since then in the test users' partitions and in every circle they belong to. */
  async function itemsWrittenSince(since: string): Promise<Item[]> {
    const own = (await Promise.all(callers.map((c) => writtenSince(userPartition(c.sub), since)))).flat();
    const memberships = (
      await Promise.all(
        callers.map((c) =>
          queryAll({
            IndexName: 'GSI1',
            KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :circles)',
            ExpressionAttributeValues: { ':pk': userPartition(c.sub), ':circles': 'CIRCLE#' },
          }),
        ),
      )
    ).flat();
    const circleIds = [...new Set(memberships.flatMap((m) => (m.entity === 'CircleMembership' ? [m.circleId as string] : [])))];
    // A few at a time: the helper's client opens a connection per request, and a burst of hundreds overflows the listen backlog.
    const circles: Item[] = [];
    for (let i = 0; i < circleIds.length; i += 8) {
      circles.push(...(await Promise.all(circleIds.slice(i, i + 8).map((id) => writtenSince(circlePartition(id), since)))).flat());
    }
    return [...own, ...circles];
  }

  describe.each(MUTATIONS.map((field) => [field.name, field] as const))('%s', (_name, field) => {
    it(`answers data or a coded 4xx error to ${RUNS_PER_MUTATION} generated inputs, and stores nothing invalid`, async () => {
      const since = new Date().toISOString();
      const limits = inputLimits();
      const requests = mutationRequests(field, { plausible, limits: (slot) => limits(slot.parent, slot.name), now: new Date() });
      // Anyone sends nonsense; plausible input comes from the member who owns the fixture, or the therapist for their operations.
      const [asMember, asTherapist, asFellow] = callers.map((caller) => fc.constant(caller)) as [
        fc.Arbitrary<Caller>,
        fc.Arbitrary<Caller>,
        fc.Arbitrary<Caller>,
      ];
      const anyone = fc.oneof(
        { arbitrary: asMember, weight: 6 },
        { arbitrary: asTherapist, weight: 4 },
        { arbitrary: asFellow, weight: 2 },
        { arbitrary: fc.constant<Caller>({ label: 'anonymous', sub: '', claims: null }), weight: 1 },
      );
      const owner = fc.oneof({ arbitrary: asMember, weight: 3 }, { arbitrary: asTherapist, weight: 1 });
      const cases = requests.chain((request) =>
        (request.mode === 'plausible' || request.mode === 'limit' ? owner : anyone).map((caller) => ({ request, caller })),
      );

      await fc.assert(
        fc.asyncProperty(cases, async ({ request, caller }) => {
          const answer = await send(caller, request);
          expect(problemsOf(answer)).toEqual([]);
          if (answer.body.data && !answer.body.errors) await refreshVersions();
        }),
        { numRuns: RUNS_PER_MUTATION },
      );

      const rules = entityRules(schema, { from: startedAt, to: new Date() });
      const invalid = (await itemsWrittenSince(since)).flatMap((item) => {
        const fields = invalidFields(rules, item);
        return fields.length ? [{ entity: item.entity, SK: item.SK, fields }] : [];
      });
      expect(invalid).toEqual([]);
    }, 300_000);
  });
});
