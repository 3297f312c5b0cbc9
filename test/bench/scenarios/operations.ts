import { dataOf, newMember, type InProcessClient, type Member } from '../lib/invoke';
import { logSessionVariables } from '../lib/queries';

/**
 * One request per public operation, for the DynamoDB-calls table. `prepare`
 * runs first with the recorder paused (it may create what the operation needs)
 * and returns the variables; the member's profile already exists, as it does
 * for every member after their first request.
 */
export interface OperationScenario {
  readonly operation: string;
  /** A variant worth its own row (e.g. with an idempotency key). */
  readonly variant?: string;
  readonly document: string;
  prepare?(api: ScenarioApi): Promise<Record<string, unknown> | undefined>;
  /** Who sends the counted request (default: the member). */
  readonly as?: 'member' | 'therapist' | 'other';
}

export interface ScenarioApi {
  readonly member: Member;
  readonly therapist: Member;
  readonly other: Member;
  gql(as: Member, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export function scenarioApi(client: InProcessClient): ScenarioApi {
  return {
    member: newMember(),
    therapist: newMember(['therapists']),
    other: newMember(),
    gql: async (as, query, variables) => dataOf(await client(as, query, variables), query.split('(')[0]?.slice(0, 60) ?? query),
  };
}

let counter = 1;
const today = () => new Date().toISOString().slice(0, 10);
const logSession = async (api: ScenarioApi, who: Member = api.member) => {
  const data = await api.gql(who, 'mutation($input: LogSessionInput!) { logSession(input: $input) { session { id version } } }', logSessionVariables(counter++ * 2 + 1));
  return (data.logSession as { session: { id: string; version: number } }).session;
};
const createJournalEntry = async (api: ScenarioApi) => {
  const data = await api.gql(api.member, 'mutation($input: CreateJournalEntryInput!) { createJournalEntry(input: $input) { id version } }', {
    input: { text: 'A few lines for the bench.' },
  });
  return data.createJournalEntry as { id: string; version: number };
};
const adoptRoutine = async (api: ScenarioApi) => {
  const templates = (await api.gql(api.member, '{ routineTemplates { id } }')).routineTemplates as Array<{ id: string }>;
  const data = await api.gql(api.member, 'mutation($input: AdoptRoutineTemplateInput!) { adoptRoutineTemplate(input: $input) { id version steps { id } } }', {
    input: { templateId: templates[0]?.id },
  });
  return data.adoptRoutineTemplate as { id: string; version: number; steps: Array<{ id: string }> };
};
const recordCompletion = async (api: ScenarioApi) => {
  const routine = await adoptRoutine(api);
  const data = await api.gql(api.member, 'mutation($input: RecordRoutineCompletionInput!) { recordRoutineCompletion(input: $input) { id } }', { input: { routineId: routine.id } });
  return { ...(data.recordRoutineCompletion as { id: string }), routineId: routine.id };
};
const ALL_SCOPES = ['SESSIONS', 'REFLECTIONS', 'ROUTINES', 'INSIGHTS', 'SAFETY_SIGNALS'];
/** The member invites the therapist with their share code; `accept` makes the grant active. */
const share = async (api: ScenarioApi, accept = true) => {
  const code = (await api.gql(api.therapist, '{ myShareCode }')).myShareCode as string;
  const invited = await api.gql(api.member, 'mutation($input: InviteTherapistInput!) { inviteTherapist(input: $input) { id version } }', {
    input: { shareCode: code, scopes: ALL_SCOPES },
  });
  let grant = invited.inviteTherapist as { id: string; version: number };
  if (accept) {
    const accepted = await api.gql(api.therapist, 'mutation($clientId: ID!) { acceptInvitation(clientId: $clientId) { id version } }', { clientId: api.member.sub });
    grant = accepted.acceptInvitation as { id: string; version: number };
  }
  return grant;
};
const sharedHistory = async (api: ScenarioApi) => {
  await history(api);
  await share(api);
};
const addNote = async (api: ScenarioApi) => {
  await share(api);
  const data = await api.gql(api.therapist, 'mutation($input: AddNoteInput!) { addNote(input: $input) { id version } }', { input: { clientId: api.member.sub, text: 'A note from the bench', pinnedDay: today() } });
  return data.addNote as { id: string; version: number };
};
const suggestPractice = async (api: ScenarioApi) => {
  await share(api);
  const templates = (await api.gql(api.member, '{ routineTemplates { id } }')).routineTemplates as Array<{ id: string }>;
  const data = await api.gql(api.therapist, 'mutation($input: SuggestPracticeInput!) { suggestPractice(input: $input) { id } }', {
    input: { clientId: api.member.sub, templateId: templates[0]?.id, message: 'Worth a try' },
  });
  return data.suggestPractice as { id: string };
};
/** A circle the member owns, with the other member in it and one check-in by the member. */
const circle = async (api: ScenarioApi, options: { join?: boolean; checkIn?: boolean } = {}) => {
  const created = await api.gql(api.member, 'mutation($input: CreateCircleInput!) { createCircle(input: $input) { id me { id } } }', {
    input: { name: 'Bench circle', pseudonym: 'Owl' },
  });
  const { id, me } = created.createCircle as { id: string; me: { id: string } };
  let otherMemberId: string | undefined;
  if (options.join ?? true) {
    const invite = await api.gql(api.member, 'mutation($input: CreateCircleInviteInput!) { createCircleInvite(input: $input) { code } }', { input: { circleId: id } });
    const joined = await api.gql(api.other, 'mutation($input: JoinCircleInput!) { joinCircle(input: $input) { me { id } } }', {
      input: { code: (invite.createCircleInvite as { code: string }).code, pseudonym: 'Wren' },
    });
    otherMemberId = (joined.joinCircle as { me: { id: string } }).me.id;
  }
  let checkInId: string | undefined;
  if (options.checkIn ?? true) {
    const posted = await api.gql(api.member, 'mutation($input: PostCheckInInput!) { postCheckIn(input: $input) { checkIn { id } } }', {
      input: { circleId: id, mood: 'TENDER', text: 'A gentle evening' },
    });
    checkInId = (posted.postCheckIn as { checkIn: { id: string } }).checkIn.id;
  }
  return { id, ownerMemberId: me.id, otherMemberId: otherMemberId as string, checkInId: checkInId as string };
};
const reported = async (api: ScenarioApi) => {
  const c = await circle(api);
  const reportId = (await api.gql(api.other, 'mutation($input: ReportCircleContentInput!) { reportCircleContent(input: $input) }', {
    input: { circleId: c.id, checkInId: c.checkInId, reason: 'OTHER' },
  })).reportCircleContent as string;
  return { ...c, reportId };
};
const history = async (api: ScenarioApi) => {
  for (let i = 0; i < 3; i++) await logSession(api);
  await createJournalEntry(api);
  return undefined;
};

export const OPERATION_SCENARIOS: readonly OperationScenario[] = [
  // Profile
  { operation: 'me', document: '{ me { id displayName timeZone role version } }' },
  {
    operation: 'updateProfile',
    document: 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id version } }',
    prepare: async (api) => {
      const me = (await api.gql(api.member, '{ me { version } }')).me as { version: number };
      return { input: { version: me.version, displayName: 'Bench' } };
    },
  },
  // Sessions
  { operation: 'startSession', document: 'mutation($input: StartSessionInput) { startSession(input: $input) { session { id status } } }', prepare: async () => ({ input: { intention: 'Bench' } }) },
  {
    operation: 'endSession',
    document: 'mutation($input: EndSessionInput!) { endSession(input: $input) { session { id status } safetySignals { kind } } }',
    prepare: async (api) => {
      const started = await api.gql(api.member, 'mutation { startSession { session { id } } }');
      return { input: { id: (started.startSession as { session: { id: string } }).session.id, afterState: 'CALMER' } };
    },
  },
  {
    operation: 'logSession',
    document: 'mutation($input: LogSessionInput!) { logSession(input: $input) { session { id } safetySignals { kind } } }',
    prepare: async () => logSessionVariables(1),
  },
  {
    operation: 'logSession',
    variant: 'with an idempotency key',
    document: 'mutation($input: LogSessionInput!) { logSession(input: $input) { session { id } safetySignals { kind } } }',
    prepare: async () => logSessionVariables(4),
  },
  {
    operation: 'updateSession',
    document: 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id version } }',
    prepare: async (api) => {
      const session = await logSession(api);
      return { input: { id: session.id, version: session.version, reflection: 'Edited by the bench' } };
    },
  },
  { operation: 'deleteSession', document: 'mutation($id: ID!) { deleteSession(id: $id) }', prepare: async (api) => ({ id: (await logSession(api)).id }) },
  { operation: 'session', document: 'query($id: ID!) { session(id: $id) { id status } }', prepare: async (api) => ({ id: (await logSession(api)).id }) },
  { operation: 'sessions', document: '{ sessions(first: 20) { edges { node { id } } pageInfo { hasNextPage } } }', prepare: history },
  { operation: 'insights', document: '{ insights(period: MONTH) { fromDay current { sessionCount } previous { sessionCount } } }', prepare: history },
  { operation: 'safetyStatus', document: '{ safetyStatus { signals { kind } resources { country } } }', prepare: history },
  // Timeline and journal
  { operation: 'timeline', document: '{ timeline(first: 20) { edges { cursor node { id kind } } pageInfo { hasNextPage } } }', prepare: history },
  { operation: 'createJournalEntry', document: 'mutation($input: CreateJournalEntryInput!) { createJournalEntry(input: $input) { id } }', prepare: async () => ({ input: { text: 'Bench entry', promptId: 'after-wave' } }) },
  {
    operation: 'updateJournalEntry',
    document: 'mutation($input: UpdateJournalEntryInput!) { updateJournalEntry(input: $input) { id version } }',
    prepare: async (api) => {
      const entry = await createJournalEntry(api);
      return { input: { id: entry.id, version: entry.version, text: 'Edited by the bench' } };
    },
  },
  { operation: 'deleteJournalEntry', document: 'mutation($id: ID!) { deleteJournalEntry(id: $id) }', prepare: async (api) => ({ id: (await createJournalEntry(api)).id }) },
  { operation: 'journalEntry', document: 'query($id: ID!) { journalEntry(id: $id) { id text } }', prepare: async (api) => ({ id: (await createJournalEntry(api)).id }) },
  { operation: 'journalEntries', document: '{ journalEntries(first: 20) { edges { node { id } } } }', prepare: history },
  { operation: 'journalPrompts', document: '{ journalPrompts { id theme } }' },
  // Routines
  { operation: 'routineTemplates', document: '{ routineTemplates { id name kind } }' },
  {
    operation: 'adoptRoutineTemplate',
    document: 'mutation($input: AdoptRoutineTemplateInput!) { adoptRoutineTemplate(input: $input) { id version } }',
    prepare: async (api) => ({ input: { templateId: ((await api.gql(api.member, '{ routineTemplates { id } }')).routineTemplates as Array<{ id: string }>)[0]?.id } }),
  },
  {
    operation: 'createRoutine',
    document: 'mutation($input: CreateRoutineInput!) { createRoutine(input: $input) { id version } }',
    prepare: async () => ({ input: { name: 'Bench routine', kind: 'CUSTOM', steps: [{ title: 'Breathe' }, { title: 'Drink water' }] } }),
  },
  { operation: 'myRoutines', document: '{ myRoutines(first: 20) { edges { node { id name } } } }', prepare: async (api) => (await adoptRoutine(api), undefined) },
  { operation: 'routine', document: 'query($id: ID!) { routine(id: $id) { id name steps { id } } }', prepare: async (api) => ({ id: (await adoptRoutine(api)).id }) },
  {
    operation: 'updateRoutine',
    document: 'mutation($input: UpdateRoutineInput!) { updateRoutine(input: $input) { id version } }',
    prepare: async (api) => {
      const routine = await adoptRoutine(api);
      return { input: { id: routine.id, version: routine.version, name: 'Renamed by the bench' } };
    },
  },
  {
    operation: 'reorderRoutineSteps',
    document: 'mutation($input: ReorderRoutineStepsInput!) { reorderRoutineSteps(input: $input) { id version } }',
    prepare: async (api) => {
      const routine = await adoptRoutine(api);
      return { input: { id: routine.id, version: routine.version, stepIds: routine.steps.map((step) => step.id).reverse() } };
    },
  },
  { operation: 'deleteRoutine', document: 'mutation($id: ID!) { deleteRoutine(id: $id) }', prepare: async (api) => ({ id: (await adoptRoutine(api)).id }) },
  {
    operation: 'recordRoutineCompletion',
    document: 'mutation($input: RecordRoutineCompletionInput!) { recordRoutineCompletion(input: $input) { id } }',
    prepare: async (api) => ({ input: { routineId: (await adoptRoutine(api)).id } }),
  },
  { operation: 'routineCompletion', document: 'query($id: ID!) { routineCompletion(id: $id) { id } }', prepare: async (api) => ({ id: (await recordCompletion(api)).id }) },
  { operation: 'deleteRoutineCompletion', document: 'mutation($id: ID!) { deleteRoutineCompletion(id: $id) }', prepare: async (api) => ({ id: (await recordCompletion(api)).id }) },
  {
    operation: 'weeklyAdherence',
    document: 'query($routineId: ID!) { weeklyAdherence(routineId: $routineId) { __typename } }',
    prepare: async (api) => ({ routineId: (await recordCompletion(api)).routineId }),
  },
  // Sharing with a therapist
  { operation: 'myShareCode', as: 'therapist', document: '{ myShareCode }', prepare: async (api) => (await api.gql(api.therapist, '{ myShareCode }'), undefined) },
  { operation: 'myShareCode', variant: 'first call (creates the code)', as: 'therapist', document: '{ myShareCode }' },
  { operation: 'rotateShareCode', as: 'therapist', document: 'mutation { rotateShareCode }', prepare: async (api) => (await api.gql(api.therapist, '{ myShareCode }'), undefined) },
  {
    operation: 'inviteTherapist',
    document: 'mutation($input: InviteTherapistInput!) { inviteTherapist(input: $input) { id status } }',
    prepare: async (api) => ({ input: { shareCode: (await api.gql(api.therapist, '{ myShareCode }')).myShareCode, scopes: ALL_SCOPES } }),
  },
  { operation: 'acceptInvitation', as: 'therapist', document: 'mutation($clientId: ID!) { acceptInvitation(clientId: $clientId) { id status } }', prepare: async (api) => (await share(api, false), { clientId: api.member.sub }) },
  { operation: 'declineInvitation', as: 'therapist', document: 'mutation($clientId: ID!) { declineInvitation(clientId: $clientId) { id status } }', prepare: async (api) => (await share(api, false), { clientId: api.member.sub }) },
  { operation: 'myInvitations', as: 'therapist', document: '{ myInvitations(first: 20) { edges { node { id status client { personId displayName } } } } }', prepare: async (api) => (await share(api, false), undefined) },
  { operation: 'myClients', as: 'therapist', document: '{ myClients(first: 20) { edges { node { id status client { personId displayName } } } } }', prepare: async (api) => (await share(api), undefined) },
  { operation: 'myGrants', document: '{ myGrants { id status therapist { personId displayName } } }', prepare: async (api) => (await share(api), undefined) },
  {
    operation: 'updateGrant',
    document: 'mutation($input: UpdateGrantInput!) { updateGrant(input: $input) { id version scopes } }',
    prepare: async (api) => ({ input: { therapistId: api.therapist.sub, version: (await share(api)).version, scopes: ['SESSIONS'] } }),
  },
  { operation: 'revokeGrant', document: 'mutation($therapistId: ID!) { revokeGrant(therapistId: $therapistId) { id status } }', prepare: async (api) => (await share(api), { therapistId: api.therapist.sub }) },
  {
    operation: 'clientTimeline',
    as: 'therapist',
    document: 'query($clientId: ID!) { clientTimeline(clientId: $clientId, first: 20) { edges { node { id kind } } } }',
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub }),
  },
  {
    operation: 'clientInsights',
    as: 'therapist',
    document: 'query($clientId: ID!) { clientInsights(clientId: $clientId, period: MONTH) { current { sessionCount } } }',
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub }),
  },
  {
    operation: 'clientSafetyStatus',
    as: 'therapist',
    document: 'query($clientId: ID!) { clientSafetyStatus(clientId: $clientId) { signals { kind } } }',
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub }),
  },
  { operation: 'accessLog', document: '{ accessLog(first: 20) { edges { node { id operation } } } }', prepare: async (api) => {
    await sharedHistory(api);
    await api.gql(api.therapist, 'query($clientId: ID!) { clientTimeline(clientId: $clientId) { edges { cursor } } }', { clientId: api.member.sub });
    return undefined;
  } },
  {
    operation: 'addNote',
    as: 'therapist',
    document: 'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }',
    prepare: async (api) => (await share(api), { input: { clientId: api.member.sub, text: 'A note from the bench', pinnedDay: today() } }),
  },
  {
    operation: 'updateNote',
    as: 'therapist',
    document: 'mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id version } }',
    prepare: async (api) => {
      const note = await addNote(api);
      return { input: { clientId: api.member.sub, noteId: note.id, version: note.version, text: 'Edited by the bench' } };
    },
  },
  { operation: 'deleteNote', as: 'therapist', document: 'mutation($clientId: ID!, $noteId: ID!) { deleteNote(clientId: $clientId, noteId: $noteId) }', prepare: async (api) => ({ clientId: api.member.sub, noteId: (await addNote(api)).id }) },
  {
    operation: 'suggestPractice',
    as: 'therapist',
    document: 'mutation($input: SuggestPracticeInput!) { suggestPractice(input: $input) { id } }',
    prepare: async (api) => {
      await share(api);
      const templates = (await api.gql(api.member, '{ routineTemplates { id } }')).routineTemplates as Array<{ id: string }>;
      return { input: { clientId: api.member.sub, templateId: templates[0]?.id } };
    },
  },
  { operation: 'practiceSuggestions', document: '{ practiceSuggestions(first: 20) { edges { node { id name status } } } }', prepare: async (api) => (await suggestPractice(api), undefined) },
  { operation: 'acceptPracticeSuggestion', document: 'mutation($id: ID!) { acceptPracticeSuggestion(id: $id) { id status routineId } }', prepare: async (api) => ({ id: (await suggestPractice(api)).id }) },
  { operation: 'declinePracticeSuggestion', document: 'mutation($id: ID!) { declinePracticeSuggestion(id: $id) { id status } }', prepare: async (api) => ({ id: (await suggestPractice(api)).id }) },
  // Support circles
  { operation: 'createCircle', document: 'mutation($input: CreateCircleInput!) { createCircle(input: $input) { id } }', prepare: async () => ({ input: { name: 'Bench circle' } }) },
  { operation: 'circle', document: 'query($id: ID!) { circle(id: $id) { id name memberCount unreadCount me { pseudonym role } } }', prepare: async (api) => ({ id: (await circle(api)).id }) },
  {
    operation: 'circle',
    variant: 'feed page (checkIns)',
    document: 'query($id: ID!) { circle(id: $id) { id checkIns(first: 20) { edges { node { id text author { pseudonym } reactions { kind count } replyCount } } } } }',
    prepare: async (api) => ({ id: (await circle(api)).id }),
  },
  {
    operation: 'circle',
    variant: 'thread with replies',
    document: 'query($id: ID!, $checkInId: ID!) { circle(id: $id) { thread(checkInId: $checkInId) { checkIn { id } replies(first: 20) { edges { node { id text } } } } } }',
    prepare: async (api) => {
      const c = await circle(api);
      await api.gql(api.other, 'mutation($input: ReplyToCheckInInput!) { replyToCheckIn(input: $input) { reply { id } } }', { input: { circleId: c.id, checkInId: c.checkInId, text: 'With you' } });
      return { id: c.id, checkInId: c.checkInId };
    },
  },
  { operation: 'circle', variant: 'members', document: 'query($id: ID!) { circle(id: $id) { members(first: 30) { edges { node { pseudonym role } } } } }', prepare: async (api) => ({ id: (await circle(api)).id }) },
  { operation: 'circle', variant: 'invites (owner)', document: 'query($id: ID!) { circle(id: $id) { invites(first: 20) { edges { node { code status } } } } }', prepare: async (api) => ({ id: (await circle(api)).id }) },
  { operation: 'circle', variant: 'open reports (owner)', document: 'query($id: ID!) { circle(id: $id) { openReports(first: 20) { edges { node { id reason } } } } }', prepare: async (api) => ({ id: (await reported(api)).id }) },
  { operation: 'myCircles', document: '{ myCircles(first: 20) { edges { node { circleId name me { pseudonym } } } } }', prepare: async (api) => (await circle(api), undefined) },
  {
    operation: 'checkInPreview',
    document: 'query($circleId: ID!, $sessionId: ID!) { checkInPreview(circleId: $circleId, sessionId: $sessionId) { sessionId version } }',
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      return { circleId: c.id, sessionId: (await logSession(api)).id };
    },
  },
  {
    operation: 'createCircleInvite',
    document: 'mutation($input: CreateCircleInviteInput!) { createCircleInvite(input: $input) { id code } }',
    prepare: async (api) => ({ input: { circleId: (await circle(api, { join: false, checkIn: false })).id } }),
  },
  {
    operation: 'revokeCircleInvite',
    document: 'mutation($circleId: ID!, $inviteId: ID!) { revokeCircleInvite(circleId: $circleId, inviteId: $inviteId) { id status } }',
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      const invite = await api.gql(api.member, 'mutation($input: CreateCircleInviteInput!) { createCircleInvite(input: $input) { id } }', { input: { circleId: c.id } });
      return { circleId: c.id, inviteId: (invite.createCircleInvite as { id: string }).id };
    },
  },
  {
    operation: 'joinCircle',
    as: 'other',
    document: 'mutation($input: JoinCircleInput!) { joinCircle(input: $input) { id memberCount } }',
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      const invite = await api.gql(api.member, 'mutation($input: CreateCircleInviteInput!) { createCircleInvite(input: $input) { code } }', { input: { circleId: c.id } });
      return { input: { code: (invite.createCircleInvite as { code: string }).code } };
    },
  },
  { operation: 'leaveCircle', as: 'other', document: 'mutation($circleId: ID!) { leaveCircle(circleId: $circleId) }', prepare: async (api) => ({ circleId: (await circle(api, { checkIn: false })).id }) },
  { operation: 'markCircleVisited', document: 'mutation($circleId: ID!) { markCircleVisited(circleId: $circleId) { circleId lastVisitedAt } }', prepare: async (api) => ({ circleId: (await circle(api)).id }) },
  {
    operation: 'setCirclePseudonym',
    document: 'mutation($circleId: ID!) { setCirclePseudonym(circleId: $circleId, pseudonym: "Heron") { pseudonym } }',
    prepare: async (api) => ({ circleId: (await circle(api, { join: false, checkIn: false })).id }),
  },
  {
    operation: 'setCircleMemberRole',
    document: 'mutation($input: SetCircleMemberRoleInput!) { setCircleMemberRole(input: $input) { id role } }',
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { input: { circleId: c.id, memberId: c.otherMemberId, role: 'MODERATOR' } };
    },
  },
  {
    operation: 'transferCircleOwnership',
    document: 'mutation($circleId: ID!, $memberId: ID!) { transferCircleOwnership(circleId: $circleId, memberId: $memberId) { id } }',
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { circleId: c.id, memberId: c.otherMemberId };
    },
  },
  {
    operation: 'removeCircleMember',
    document: 'mutation($circleId: ID!, $memberId: ID!) { removeCircleMember(circleId: $circleId, memberId: $memberId) }',
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { circleId: c.id, memberId: c.otherMemberId };
    },
  },
  {
    operation: 'postCheckIn',
    document: 'mutation($input: PostCheckInInput!) { postCheckIn(input: $input) { checkIn { id } support { message } } }',
    prepare: async (api) => ({ input: { circleId: (await circle(api, { checkIn: false })).id, mood: 'CALM', text: 'Lighter today' } }),
  },
  {
    operation: 'postCheckIn',
    variant: 'from a session',
    document: 'mutation($input: PostCheckInInput!) { postCheckIn(input: $input) { checkIn { id session { durationMinutes } } } }',
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      const session = await logSession(api);
      return { input: { circleId: c.id, fromSession: { sessionId: session.id, version: session.version } } };
    },
  },
  {
    operation: 'addReaction',
    as: 'other',
    document: 'mutation($input: ReactionInput!) { addReaction(input: $input) { id reactions { kind count } } }',
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, kind: 'HUG' } };
    },
  },
  {
    operation: 'removeReaction',
    as: 'other',
    document: 'mutation($input: ReactionInput!) { removeReaction(input: $input) { id reactions { kind count } } }',
    prepare: async (api) => {
      const c = await circle(api);
      const input = { circleId: c.id, checkInId: c.checkInId, kind: 'HUG' };
      await api.gql(api.other, 'mutation($input: ReactionInput!) { addReaction(input: $input) { id } }', { input });
      return { input };
    },
  },
  {
    operation: 'replyToCheckIn',
    as: 'other',
    document: 'mutation($input: ReplyToCheckInInput!) { replyToCheckIn(input: $input) { reply { id } support { message } } }',
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, text: 'Sending warmth' } };
    },
  },
  {
    operation: 'reportCircleContent',
    as: 'other',
    document: 'mutation($input: ReportCircleContentInput!) { reportCircleContent(input: $input) }',
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, reason: 'OTHER' } };
    },
  },
  {
    operation: 'hideCircleContent',
    document: 'mutation($input: CircleContentInput!) { hideCircleContent(input: $input) { hiddenAt } }',
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId } };
    },
  },
  {
    operation: 'resolveCircleReport',
    document: 'mutation($input: ResolveCircleReportInput!) { resolveCircleReport(input: $input) { id status outcome } }',
    prepare: async (api) => {
      const r = await reported(api);
      return { input: { circleId: r.id, reportId: r.reportId, outcome: 'NO_ACTION' } };
    },
  },
  // Data rights
  { operation: 'exportMyData', document: '{ exportMyData(first: 100) { format hasMore endCursor } }', prepare: history },
  { operation: 'exportMySessionsCsv', document: '{ exportMySessionsCsv(first: 100) { rowCount hasMore endCursor } }', prepare: history },
  {
    operation: 'deleteMyAccount',
    variant: 'first call, small history',
    document: 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { complete deletedItems } }',
    prepare: async (api) => (await history(api), { input: { confirm: 'DELETE MY ACCOUNT' } }),
  },
  { operation: 'upcomingReminders', document: '{ upcomingReminders { __typename } }', prepare: async (api) => (await adoptRoutine(api), undefined) },
];
