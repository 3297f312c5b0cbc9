import { getSchema } from '../../services/graphql/schema';
import { operation, rootFields, type Operation } from '../fixtures/operations';
import { startTestApi, type TestApi } from '../helpers/local-stack';
import { ACTORS, buildWorld, callAs, changedItems, fresh, outcomeOf, snapshotTable, type World, type WorldIds } from '../helpers/world';

/**
 * Who may do what, for every Query and Mutation field: each operation of
 * test/fixtures/operations.ts, aimed at the owner's things, called by each
 * role. A cell is OK (data, no error) or the error code expected.
 *
 *   anonymous         no token: HTTP 401 UNAUTHENTICATED before any resolver
 *   member            another member, with no tie to the owner
 *   circleMember      a MEMBER of the owner's circle
 *   moderator         a MODERATOR of the owner's circle
 *   owner             owns everything named: data, the circle, a grant of every scope to `therapist`
 *   therapist         holds the owner's grant
 *   therapistNoGrant  a therapist the owner never shared with
 *
 * Operations without an id act on the caller's own things, so every
 * signed-in role may call them. Therapist invitations and notes are aimed at
 * a pending invitation and the therapist's note on the owner's timeline;
 * inviteTherapist at a therapist outside the roles.
 */
const MATRIX = `
operation                 | anonymous       | member    | circleMember   | moderator      | owner          | therapist      | therapistNoGrant
# profile
me                        | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
updateProfile             | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
# sessions, insights, safety: the owner's session by id, or the caller's own
session                   | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
sessions                  | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
insights                  | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
safetyStatus              | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
startSession              | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
endSession                | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
logSession                | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
updateSession             | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
deleteSession             | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
# journal and timeline
journalPrompts            | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
journalEntry              | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
journalEntries            | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
timeline                  | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
createJournalEntry        | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
updateJournalEntry        | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
deleteJournalEntry        | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
# routines
routineTemplates          | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
myRoutines                | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
routine                   | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
routineCompletion         | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
weeklyAdherence           | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
upcomingReminders         | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
createRoutine             | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
adoptRoutineTemplate      | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
updateRoutine             | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
reorderRoutineSteps       | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
deleteRoutine             | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
recordRoutineCompletion   | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
deleteRoutineCompletion   | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
# circles: non-members get NOT_FOUND for anything of the circle, members without the role FORBIDDEN
circle                    | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
myCircles                 | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
checkInPreview            | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
createCircle              | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
# joining with the circle's invite: members already in it are a CONFLICT
joinCircle                | UNAUTHENTICATED | OK        | CONFLICT       | CONFLICT       | CONFLICT       | OK             | OK
# the owner leaves only after handing the circle on
leaveCircle               | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | FORBIDDEN      | NOT_FOUND      | NOT_FOUND
markCircleVisited         | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
setCirclePseudonym        | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
createCircleInvite        | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | OK             | OK             | NOT_FOUND      | NOT_FOUND
revokeCircleInvite        | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | OK             | OK             | NOT_FOUND      | NOT_FOUND
# promote the circle member; hand the circle to the moderator; remove the circle member
setCircleMemberRole       | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND      | NOT_FOUND
transferCircleOwnership   | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND      | NOT_FOUND
removeCircleMember        | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | OK             | OK             | NOT_FOUND      | NOT_FOUND
postCheckIn               | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
addReaction               | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
removeReaction            | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
replyToCheckIn            | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | OK             | NOT_FOUND      | NOT_FOUND
# the check-in is the owner's own: nobody reports what they wrote
reportCircleContent       | UNAUTHENTICATED | NOT_FOUND | OK             | OK             | BAD_USER_INPUT | NOT_FOUND      | NOT_FOUND
hideCircleContent         | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | OK             | OK             | NOT_FOUND      | NOT_FOUND
resolveCircleReport       | UNAUTHENTICATED | NOT_FOUND | FORBIDDEN      | OK             | OK             | NOT_FOUND      | NOT_FOUND
# sharing, therapists: FORBIDDEN to non-therapists, NOT_FOUND without a usable grant
myShareCode               | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | OK
rotateShareCode           | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | OK
myClients                 | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | OK
myInvitations             | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | OK
acceptInvitation          | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
declineInvitation         | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
clientTimeline            | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
clientInsights            | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
clientSafetyStatus        | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
addNote                   | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
updateNote                | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
deleteNote                | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
suggestPractice           | UNAUTHENTICATED | FORBIDDEN | FORBIDDEN      | FORBIDDEN      | FORBIDDEN      | OK             | NOT_FOUND
# sharing, clients: only the owner has a grant to change or a suggestion to answer
inviteTherapist           | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
updateGrant               | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
revokeGrant               | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
myGrants                  | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
accessLog                 | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
practiceSuggestions       | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
acceptPracticeSuggestion  | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
declinePracticeSuggestion | UNAUTHENTICATED | NOT_FOUND | NOT_FOUND      | NOT_FOUND      | OK             | NOT_FOUND      | NOT_FOUND
# data rights: every call is about the caller alone (deletion hands the owner's circle on)
exportMyData              | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
exportMySessionsCsv       | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
deleteMyAccount           | UNAUTHENTICATED | OK        | OK             | OK             | OK             | OK             | OK
`;

const ROLES = ['anonymous', ...ACTORS] as const;
type Role = (typeof ROLES)[number];
type Row = Readonly<Record<Role, string>>;

const CODES = new Set(['OK', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'BAD_USER_INPUT']);

/** The table above as rows by operation; throws at load on a malformed line. */
function parseMatrix(text: string): Map<string, Row> {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const [header, ...body] = lines.map((line) => line.split('|').map((cell) => cell.trim()));
  if (header?.slice(1).join() !== ROLES.join()) throw new Error(`Matrix header must name ${ROLES.join(', ')}`);
  const rows = new Map<string, Row>();
  for (const [name, ...cells] of body) {
    if (!name || cells.length !== ROLES.length || cells.some((c) => !CODES.has(c))) throw new Error(`Malformed matrix row: ${name}`);
    if (rows.has(name)) throw new Error(`Matrix row twice: ${name}`);
    rows.set(name, Object.fromEntries(ROLES.map((role, i) => [role, cells[i]])) as Record<Role, string>);
  }
  return rows;
}

const EXPECTED = parseMatrix(MATRIX);

/**
 * What a successful cell uses up, made fresh for it alone. Refused cells
 * (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) change nothing (checked below), so
 * they share the world.
 */
const FRESH: Readonly<Record<string, (w: World) => Promise<WorldIds>>> = {
  endSession: fresh.liveSession,
  updateSession: fresh.session,
  deleteSession: fresh.session,
  updateJournalEntry: fresh.journalEntry,
  deleteJournalEntry: fresh.journalEntry,
  updateRoutine: fresh.routine,
  reorderRoutineSteps: fresh.routine,
  deleteRoutine: fresh.routine,
  deleteRoutineCompletion: fresh.completion,
  joinCircle: fresh.circle,
  leaveCircle: fresh.circle,
  setCircleMemberRole: fresh.circle,
  transferCircleOwnership: fresh.circle,
  removeCircleMember: fresh.circle,
  revokeCircleInvite: fresh.invite,
  hideCircleContent: fresh.checkIn,
  resolveCircleReport: fresh.report,
  acceptInvitation: fresh.invitation,
  declineInvitation: fresh.invitation,
  updateNote: fresh.note,
  deleteNote: fresh.note,
  // A new therapist: bumping the world's grant would fail the therapist's reads in flight.
  updateGrant: fresh.grant,
  revokeGrant: fresh.grant,
  acceptPracticeSuggestion: fresh.suggestion,
  declinePracticeSuggestion: fresh.suggestion,
};

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * Change the caller for good (a new share code, the world's invitations were
 * made with the old one; a deleted account): after all else, in this order,
 * one cell at a time.
 */
const LAST = ['rotateShareCode', 'deleteMyAccount'];

/** Requests in flight at once: enough to overlap I/O, few enough for two cores. */
const PARALLEL = 6;

async function inParallel<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

describe('role x operation matrix (integration)', () => {
  const schemaFields = rootFields(getSchema()).map(({ field }) => field.name);
  const ops = schemaFields.map((field) => operation(field)).filter((op): op is Operation => op !== undefined);
  const answered = new Map<string, Record<Role, string>>();
  let api: TestApi;
  let world: World;
  let writtenByRefusals: string[] = [];

  async function runCell(op: Operation, role: Role): Promise<void> {
    const expected = EXPECTED.get(op.field)?.[role];
    const freshFor = FRESH[op.field];
    let ids: WorldIds = world;
    let answer: string;
    try {
      if (freshFor && role !== 'anonymous' && expected !== undefined && !REFUSALS.has(expected)) ids = await freshFor(world);
      const res = await callAs(world, role, op.document, op.variables(ids, role === 'anonymous' ? 'owner' : role));
      const { code, message } = outcomeOf(res, op.field);
      // The message only where the code is wrong: it says what let the call through, or what refused it.
      answer = code === expected || !message ? code : `${code}: ${message}`;
    } catch (error) {
      answer = `setup failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const row = answered.get(op.field) ?? ({} as Record<Role, string>);
    row[role] = answer;
    answered.set(op.field, row);
  }

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
    const cells = ops.filter((op) => !LAST.includes(op.field)).flatMap((op) => ROLES.map((role) => ({ op, role })));
    const refused = (cell: { op: Operation; role: Role }) => REFUSALS.has(EXPECTED.get(cell.op.field)?.[cell.role] ?? '');
    // Refusals first and on their own, so that whatever they wrote shows.
    const before = await snapshotTable(world);
    await inParallel(cells.filter(refused), PARALLEL, ({ op, role }) => runCell(op, role));
    writtenByRefusals = changedItems(before, await snapshotTable(world));
    await inParallel(cells.filter((cell) => !refused(cell)), PARALLEL, ({ op, role }) => runCell(op, role));
    for (const op of LAST.flatMap((field) => ops.filter((o) => o.field === field))) {
      for (const role of ROLES) await runCell(op, role);
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('has a row for every Query and Mutation field, and no other', () => {
    expect([...EXPECTED.keys()].sort()).toEqual([...schemaFields].sort());
  });

  it('has a registry entry to call every field with', () => {
    expect(schemaFields.filter((field) => !operation(field))).toEqual([]);
  });

  it('writes nothing for a refused cell', () => {
    expect(writtenByRefusals).toEqual([]);
  });

  it.each(schemaFields.filter((field) => EXPECTED.has(field)))('%s', (field) => {
    expect(answered.get(field)).toEqual(EXPECTED.get(field));
  });
});
