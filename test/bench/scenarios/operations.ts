import { kit } from '../../helpers/kit';
import { dataOf, newMember, type InProcessClient, type Member } from '../lib/invoke';
import { logSessionVariables } from '../lib/queries';

/**
 * One request per public operation, for the DynamoDB-calls table: the client
 * kit's document (schema/operations/) of each app screen, as the apps send it.
 * `prepare` runs first with the recorder paused (it may create what the
 * operation needs) and returns the variables; the member's profile already
 * exists, as it does for every member after their first request.
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

/** The operation's name, for an error: a kit document opens with its fragments. */
const nameOf = (query: string) => /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 60);

export function scenarioApi(client: InProcessClient): ScenarioApi {
  return {
    member: newMember(),
    therapist: newMember(['therapists']),
    other: newMember(),
    gql: async (as, query, variables) => dataOf(await client(as, query, variables), nameOf(query)),
  };
}

let counter = 1;
/** A browser's push subscription (a valid P-256 key and auth secret) at an endpoint of its own. */
const pushDevice = () => ({
  endpoint: `https://push.example.test/bench/${counter++}`,
  keys: { p256dh: 'BNFOQefzRZnVPhFvsXZmiWqvr76n1kQMzWBDVAyEe0sXSQWUGWTWAzvew9oStnBZ3WSNgSMVOlGPi2wivAQCiaY', auth: 'e5x7IqIYdd3EqTsOl4yG6w' },
  label: 'Bench',
});
const today = () => new Date().toISOString().slice(0, 10);
const logSession = async (api: ScenarioApi, who: Member = api.member) => {
  const data = await api.gql(who, kit('LogSession'), logSessionVariables(counter++ * 2 + 1));
  return (data.logSession as { session: { id: string; version: number } }).session;
};
const createJournalEntry = async (api: ScenarioApi) => {
  const data = await api.gql(api.member, kit('CreateJournalEntry'), { input: { text: 'A few lines for the bench.' } });
  return (data.createJournalEntry as { journalEntry: { id: string; version: number } }).journalEntry;
};
const templateIds = async (api: ScenarioApi) =>
  ((await api.gql(api.member, kit('RoutineTemplates'))).routineTemplates as Array<{ id: string }>).map((t) => t.id);
const adoptRoutine = async (api: ScenarioApi) => {
  const data = await api.gql(api.member, kit('AdoptRoutineTemplate'), { input: { templateId: (await templateIds(api))[0] } });
  return (data.adoptRoutineTemplate as { routine: { id: string; version: number; steps: Array<{ id: string }> } }).routine;
};
const recordCompletion = async (api: ScenarioApi) => {
  const routine = await adoptRoutine(api);
  const data = await api.gql(api.member, kit('RecordRoutineCompletion'), { input: { routineId: routine.id } });
  return { ...(data.recordRoutineCompletion as { routineCompletion: { id: string } }).routineCompletion, routineId: routine.id };
};
const shareCode = async (api: ScenarioApi) => (await api.gql(api.therapist, kit('MyShareCode'))).myShareCode as string;
const ALL_SCOPES = ['SESSIONS', 'REFLECTIONS', 'ROUTINES', 'INSIGHTS', 'SAFETY_SIGNALS', 'MEASURES'];
/** The member invites the therapist with their share code; `accept` makes the grant active. */
const share = async (api: ScenarioApi, accept = true) => {
  const invited = await api.gql(api.member, kit('InviteTherapist'), { input: { shareCode: await shareCode(api), scopes: ALL_SCOPES } });
  let grant = (invited.inviteTherapist as { grant: { id: string; version: number } }).grant;
  if (accept) {
    const accepted = await api.gql(api.therapist, kit('AcceptInvitation'), { input: { clientId: api.member.sub } });
    grant = (accepted.acceptInvitation as { grant: { id: string; version: number } }).grant;
  }
  return grant;
};
/** A share with every scope, and two PHQ-9 results of the member's. */
const sharedMeasures = async (api: ScenarioApi) => {
  await share(api);
  for (const answers of [
    [1, 1, 1, 1, 1, 0, 1, 1, 0],
    [2, 2, 1, 2, 1, 1, 1, 1, 0],
  ])
    await api.gql(api.member, kit('SubmitMeasure'), { input: { instrument: 'PHQ9', answers } });
};
const weeklyPhq9 = (api: ScenarioApi) => ({ clientId: api.member.sub, instrument: 'PHQ9', cadence: 'WEEKLY', startsOn: today(), windowDays: 3 });
/** A weekly PHQ-9 the therapist scheduled for the member; its id. */
const scheduled = async (api: ScenarioApi) => {
  await share(api);
  const data = await api.gql(api.therapist, kit('ScheduleMeasure'), { input: weeklyPhq9(api) });
  return (data.scheduleMeasure as { measureSchedule: { id: string } }).measureSchedule.id;
};
const sharedHistory = async (api: ScenarioApi) => {
  await history(api);
  await share(api);
};
const addNote = async (api: ScenarioApi) => {
  await share(api);
  const data = await api.gql(api.therapist, kit('AddNote'), { input: { clientId: api.member.sub, text: 'A note from the bench', pinnedDay: today() } });
  return (data.addNote as { therapistNote: { id: string; version: number } }).therapistNote;
};
const suggestPractice = async (api: ScenarioApi) => {
  await share(api);
  const data = await api.gql(api.therapist, kit('SuggestPractice'), {
    input: { clientId: api.member.sub, templateId: (await templateIds(api))[0], message: 'Worth a try' },
  });
  return (data.suggestPractice as { practiceSuggestion: { id: string } }).practiceSuggestion;
};
/** A circle the member owns, with the other member in it and one check-in by the member. */
const circle = async (api: ScenarioApi, options: { join?: boolean; checkIn?: boolean } = {}) => {
  const created = await api.gql(api.member, kit('CreateCircle'), { input: { name: 'Bench circle', pseudonym: 'Owl' } });
  const { id, me } = (created.createCircle as { circle: { id: string; me: { id: string } } }).circle;
  let otherMemberId: string | undefined;
  if (options.join ?? true) {
    const invite = await api.gql(api.member, kit('CreateCircleInvite'), { input: { circleId: id } });
    const joined = await api.gql(api.other, kit('JoinCircle'), {
      input: { code: (invite.createCircleInvite as { circleInvite: { code: string } }).circleInvite.code, pseudonym: 'Wren' },
    });
    otherMemberId = (joined.joinCircle as { circle: { me: { id: string } } }).circle.me.id;
  }
  let checkInId: string | undefined;
  if (options.checkIn ?? true) {
    const posted = await api.gql(api.member, kit('PostCheckIn'), { input: { circleId: id, mood: 'TENDER', text: 'A gentle evening' } });
    checkInId = (posted.postCheckIn as { checkIn: { id: string } }).checkIn.id;
  }
  return { id, ownerMemberId: me.id, otherMemberId: otherMemberId as string, checkInId: checkInId as string };
};
const reported = async (api: ScenarioApi) => {
  const c = await circle(api);
  const data = await api.gql(api.other, kit('ReportCircleContent'), { input: { circleId: c.id, checkInId: c.checkInId, reason: 'OTHER' } });
  return { ...c, reportId: (data.reportCircleContent as { reportId: string }).reportId };
};
const history = async (api: ScenarioApi) => {
  for (let i = 0; i < 3; i++) await logSession(api);
  await createJournalEntry(api);
  return undefined;
};
const page = { first: 20 };

export const OPERATION_SCENARIOS: readonly OperationScenario[] = [
  // Profile
  { operation: 'me', document: kit('Me') },
  {
    operation: 'updateProfile',
    document: kit('UpdateProfile'),
    prepare: async (api) => {
      const me = (await api.gql(api.member, kit('Me'))).me as { version: number };
      return { input: { version: me.version, displayName: 'Bench' } };
    },
  },
  // Push devices and standard measures
  { operation: 'pushPublicKey', document: kit('PushPublicKey') },
  { operation: 'myPushDevices', document: kit('MyPushDevices') },
  { operation: 'registerPushDevice', document: kit('RegisterPushDevice'), prepare: async () => ({ input: pushDevice() }) },
  {
    operation: 'removePushDevice',
    document: kit('RemovePushDevice'),
    prepare: async (api) => {
      const data = await api.gql(api.member, kit('RegisterPushDevice'), { input: pushDevice() });
      return { input: { id: (data.registerPushDevice as { device: { id: string } }).device.id } };
    },
  },
  { operation: 'instruments', document: kit('Instruments') },
  { operation: 'submitMeasure', document: kit('SubmitMeasure'), prepare: async () => ({ input: { instrument: 'GAD7', answers: [1, 1, 0, 2, 1, 0, 1] } }) },
  {
    operation: 'measures',
    document: kit('MyMeasures'),
    prepare: async (api) => {
      await api.gql(api.member, kit('SubmitMeasure'), { input: { instrument: 'WHO5', answers: [3, 3, 2, 4, 3] } });
      return { instrument: 'WHO5', first: 20 };
    },
  },
  { operation: 'measureTrend', document: kit('MeasureTrend'), prepare: async () => ({ instrument: 'WHO5' }) },
  // Sessions
  { operation: 'startSession', document: kit('StartSession'), prepare: async () => ({ input: { intention: 'Bench' } }) },
  {
    operation: 'endSession',
    document: kit('EndSession'),
    prepare: async (api) => {
      const started = await api.gql(api.member, kit('StartSession'));
      return { input: { id: (started.startSession as { session: { id: string } }).session.id, afterState: 'CALMER' } };
    },
  },
  { operation: 'logSession', document: kit('LogSession'), prepare: async () => logSessionVariables(1) },
  { operation: 'logSession', variant: 'with an idempotency key', document: kit('LogSession'), prepare: async () => logSessionVariables(4) },
  {
    operation: 'updateSession',
    document: kit('UpdateSession'),
    prepare: async (api) => {
      const session = await logSession(api);
      return { input: { id: session.id, version: session.version, reflection: 'Edited by the bench' } };
    },
  },
  { operation: 'deleteSession', document: kit('DeleteSession'), prepare: async (api) => ({ input: { id: (await logSession(api)).id } }) },
  { operation: 'session', document: kit('Session'), prepare: async (api) => ({ id: (await logSession(api)).id }) },
  { operation: 'sessions', document: kit('Sessions'), prepare: async (api) => (await history(api), page) },
  { operation: 'insights', document: kit('Insights'), prepare: async (api) => (await history(api), { period: 'MONTH' }) },
  { operation: 'safetyStatus', document: kit('SafetyStatus'), prepare: history },
  // Timeline and journal
  { operation: 'timeline', document: kit('Timeline'), prepare: async (api) => (await history(api), page) },
  { operation: 'createJournalEntry', document: kit('CreateJournalEntry'), prepare: async () => ({ input: { text: 'Bench entry', promptId: 'after-wave' } }) },
  {
    operation: 'updateJournalEntry',
    document: kit('UpdateJournalEntry'),
    prepare: async (api) => {
      const entry = await createJournalEntry(api);
      return { input: { id: entry.id, version: entry.version, text: 'Edited by the bench' } };
    },
  },
  { operation: 'deleteJournalEntry', document: kit('DeleteJournalEntry'), prepare: async (api) => ({ input: { id: (await createJournalEntry(api)).id } }) },
  { operation: 'journalEntry', document: kit('JournalEntry'), prepare: async (api) => ({ id: (await createJournalEntry(api)).id }) },
  { operation: 'journalEntries', document: kit('JournalEntries'), prepare: async (api) => (await history(api), page) },
  { operation: 'journalPrompts', document: kit('JournalPrompts') },
  // Routines
  { operation: 'routineTemplates', document: kit('RoutineTemplates') },
  {
    operation: 'adoptRoutineTemplate',
    document: kit('AdoptRoutineTemplate'),
    prepare: async (api) => ({ input: { templateId: (await templateIds(api))[0] } }),
  },
  {
    operation: 'createRoutine',
    document: kit('CreateRoutine'),
    prepare: async () => ({ input: { name: 'Bench routine', kind: 'CUSTOM', steps: [{ title: 'Breathe' }, { title: 'Drink water' }] } }),
  },
  { operation: 'myRoutines', document: kit('MyRoutines'), prepare: async (api) => (await adoptRoutine(api), page) },
  { operation: 'routine', document: kit('Routine'), prepare: async (api) => ({ id: (await adoptRoutine(api)).id }) },
  {
    operation: 'updateRoutine',
    document: kit('UpdateRoutine'),
    prepare: async (api) => {
      const routine = await adoptRoutine(api);
      return { input: { id: routine.id, version: routine.version, name: 'Renamed by the bench' } };
    },
  },
  {
    operation: 'reorderRoutineSteps',
    document: kit('ReorderRoutineSteps'),
    prepare: async (api) => {
      const routine = await adoptRoutine(api);
      return { input: { id: routine.id, version: routine.version, stepIds: routine.steps.map((step) => step.id).reverse() } };
    },
  },
  { operation: 'deleteRoutine', document: kit('DeleteRoutine'), prepare: async (api) => ({ input: { id: (await adoptRoutine(api)).id } }) },
  {
    operation: 'recordRoutineCompletion',
    document: kit('RecordRoutineCompletion'),
    prepare: async (api) => ({ input: { routineId: (await adoptRoutine(api)).id } }),
  },
  { operation: 'routineCompletion', document: kit('RoutineCompletion'), prepare: async (api) => ({ id: (await recordCompletion(api)).id }) },
  {
    operation: 'deleteRoutineCompletion',
    document: kit('DeleteRoutineCompletion'),
    prepare: async (api) => ({ input: { id: (await recordCompletion(api)).id } }),
  },
  { operation: 'weeklyAdherence', document: kit('WeeklyAdherence'), prepare: async (api) => ({ routineId: (await recordCompletion(api)).routineId }) },
  // Sharing with a therapist
  { operation: 'myShareCode', as: 'therapist', document: kit('MyShareCode'), prepare: async (api) => (await shareCode(api), undefined) },
  { operation: 'myShareCode', variant: 'first call (creates the code)', as: 'therapist', document: kit('MyShareCode') },
  { operation: 'rotateShareCode', as: 'therapist', document: kit('RotateShareCode'), prepare: async (api) => (await shareCode(api), undefined) },
  {
    operation: 'inviteTherapist',
    document: kit('InviteTherapist'),
    prepare: async (api) => ({ input: { shareCode: await shareCode(api), scopes: ALL_SCOPES } }),
  },
  {
    operation: 'acceptInvitation',
    as: 'therapist',
    document: kit('AcceptInvitation'),
    prepare: async (api) => (await share(api, false), { input: { clientId: api.member.sub } }),
  },
  {
    operation: 'declineInvitation',
    as: 'therapist',
    document: kit('DeclineInvitation'),
    prepare: async (api) => (await share(api, false), { input: { clientId: api.member.sub } }),
  },
  { operation: 'myInvitations', as: 'therapist', document: kit('MyInvitations'), prepare: async (api) => (await share(api, false), page) },
  { operation: 'myClients', as: 'therapist', document: kit('MyClients'), prepare: async (api) => (await share(api), page) },
  { operation: 'myGrants', document: kit('MyGrants'), prepare: async (api) => (await share(api), undefined) },
  {
    operation: 'updateGrant',
    document: kit('UpdateGrant'),
    prepare: async (api) => ({ input: { therapistId: api.therapist.sub, version: (await share(api)).version, scopes: ['SESSIONS'] } }),
  },
  { operation: 'revokeGrant', document: kit('RevokeGrant'), prepare: async (api) => (await share(api), { input: { therapistId: api.therapist.sub } }) },
  {
    operation: 'clientTimeline',
    as: 'therapist',
    document: kit('ClientTimeline'),
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub, ...page }),
  },
  {
    operation: 'clientInsights',
    as: 'therapist',
    document: kit('ClientInsights'),
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub, period: 'MONTH' }),
  },
  {
    operation: 'clientSafetyStatus',
    as: 'therapist',
    document: kit('ClientSafetyStatus'),
    prepare: async (api) => (await sharedHistory(api), { clientId: api.member.sub }),
  },
  // Measures for therapists, caseload, alerts, clinical export
  {
    operation: 'clientMeasures',
    as: 'therapist',
    document: kit('ClientMeasures'),
    prepare: async (api) => (await sharedMeasures(api), { clientId: api.member.sub, instrument: 'PHQ9', first: 20 }),
  },
  {
    operation: 'clientMeasureTrend',
    as: 'therapist',
    document: kit('ClientMeasureTrend'),
    prepare: async (api) => (await sharedMeasures(api), { clientId: api.member.sub, instrument: 'PHQ9' }),
  },
  {
    operation: 'scheduleMeasure',
    as: 'therapist',
    document: kit('ScheduleMeasure'),
    prepare: async (api) => (await share(api), { input: weeklyPhq9(api) }),
  },
  {
    operation: 'clientMeasureSchedules',
    as: 'therapist',
    document: kit('ClientMeasureSchedules'),
    prepare: async (api) => (await scheduled(api), { clientId: api.member.sub }),
  },
  { operation: 'dueMeasures', document: kit('DueMeasures'), prepare: async (api) => (await scheduled(api), {}) },
  {
    operation: 'cancelMeasureSchedule',
    as: 'therapist',
    document: kit('CancelMeasureSchedule'),
    prepare: async (api) => ({ input: { id: await scheduled(api) } }),
  },
  { operation: 'myCaseload', as: 'therapist', document: kit('MyCaseload'), prepare: async (api) => (await share(api), page) },
  {
    operation: 'setGrantAlerts',
    document: kit('SetGrantAlerts'),
    prepare: async (api) => (await share(api), { input: { therapistId: api.therapist.sub, alertOnSafetySignal: true } }),
  },
  {
    operation: 'alertMyTherapist',
    document: kit('AlertMyTherapist'),
    prepare: async (api) => (await share(api), { input: { therapistId: api.therapist.sub } }),
  },
  { operation: 'exportFhir', document: kit('ExportFhir'), prepare: async (api) => (await sharedMeasures(api), {}) },
  {
    operation: 'accessLog',
    document: kit('AccessLog'),
    prepare: async (api) => {
      await sharedHistory(api);
      await api.gql(api.therapist, kit('ClientTimeline'), { clientId: api.member.sub });
      return page;
    },
  },
  {
    operation: 'addNote',
    as: 'therapist',
    document: kit('AddNote'),
    prepare: async (api) => (await share(api), { input: { clientId: api.member.sub, text: 'A note from the bench', pinnedDay: today() } }),
  },
  {
    operation: 'updateNote',
    as: 'therapist',
    document: kit('UpdateNote'),
    prepare: async (api) => {
      const note = await addNote(api);
      return { input: { clientId: api.member.sub, noteId: note.id, version: note.version, text: 'Edited by the bench' } };
    },
  },
  {
    operation: 'deleteNote',
    as: 'therapist',
    document: kit('DeleteNote'),
    prepare: async (api) => ({ input: { clientId: api.member.sub, noteId: (await addNote(api)).id } }),
  },
  {
    operation: 'suggestPractice',
    as: 'therapist',
    document: kit('SuggestPractice'),
    prepare: async (api) => {
      await share(api);
      return { input: { clientId: api.member.sub, templateId: (await templateIds(api))[0] } };
    },
  },
  { operation: 'practiceSuggestions', document: kit('PracticeSuggestions'), prepare: async (api) => (await suggestPractice(api), page) },
  {
    operation: 'acceptPracticeSuggestion',
    document: kit('AcceptPracticeSuggestion'),
    prepare: async (api) => ({ input: { id: (await suggestPractice(api)).id } }),
  },
  {
    operation: 'declinePracticeSuggestion',
    document: kit('DeclinePracticeSuggestion'),
    prepare: async (api) => ({ input: { id: (await suggestPractice(api)).id } }),
  },
  // Support circles
  { operation: 'createCircle', document: kit('CreateCircle'), prepare: async () => ({ input: { name: 'Bench circle' } }) },
  { operation: 'circle', document: kit('Circle'), prepare: async (api) => ({ id: (await circle(api)).id }) },
  { operation: 'circle', variant: 'feed page (checkIns)', document: kit('CircleFeed'), prepare: async (api) => ({ id: (await circle(api)).id, ...page }) },
  {
    operation: 'circle',
    variant: 'thread with replies',
    document: kit('CheckInThread'),
    prepare: async (api) => {
      const c = await circle(api);
      await api.gql(api.other, kit('ReplyToCheckIn'), { input: { circleId: c.id, checkInId: c.checkInId, text: 'With you' } });
      return { circleId: c.id, checkInId: c.checkInId, ...page };
    },
  },
  { operation: 'circle', variant: 'members', document: kit('CircleMembers'), prepare: async (api) => ({ id: (await circle(api)).id, first: 30 }) },
  { operation: 'circle', variant: 'invites (owner)', document: kit('CircleInvites'), prepare: async (api) => ({ id: (await circle(api)).id, ...page }) },
  {
    operation: 'circle',
    variant: 'open reports (owner)',
    document: kit('CircleOpenReports'),
    prepare: async (api) => ({ id: (await reported(api)).id, ...page }),
  },
  { operation: 'myCircles', document: kit('MyCircles'), prepare: async (api) => (await circle(api), page) },
  {
    operation: 'checkInPreview',
    document: kit('CheckInPreview'),
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      return { circleId: c.id, sessionId: (await logSession(api)).id };
    },
  },
  {
    operation: 'createCircleInvite',
    document: kit('CreateCircleInvite'),
    prepare: async (api) => ({ input: { circleId: (await circle(api, { join: false, checkIn: false })).id } }),
  },
  {
    operation: 'revokeCircleInvite',
    document: kit('RevokeCircleInvite'),
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      const invite = await api.gql(api.member, kit('CreateCircleInvite'), { input: { circleId: c.id } });
      return { input: { circleId: c.id, inviteId: (invite.createCircleInvite as { circleInvite: { id: string } }).circleInvite.id } };
    },
  },
  {
    operation: 'joinCircle',
    as: 'other',
    document: kit('JoinCircle'),
    prepare: async (api) => {
      const c = await circle(api, { join: false, checkIn: false });
      const invite = await api.gql(api.member, kit('CreateCircleInvite'), { input: { circleId: c.id } });
      return { input: { code: (invite.createCircleInvite as { circleInvite: { code: string } }).circleInvite.code } };
    },
  },
  {
    operation: 'leaveCircle',
    as: 'other',
    document: kit('LeaveCircle'),
    prepare: async (api) => ({ input: { circleId: (await circle(api, { checkIn: false })).id } }),
  },
  { operation: 'markCircleVisited', document: kit('MarkCircleVisited'), prepare: async (api) => ({ input: { circleId: (await circle(api)).id } }) },
  {
    operation: 'setCirclePseudonym',
    document: kit('SetCirclePseudonym'),
    prepare: async (api) => ({ input: { circleId: (await circle(api, { join: false, checkIn: false })).id, pseudonym: 'Heron' } }),
  },
  {
    operation: 'setCircleMemberRole',
    document: kit('SetCircleMemberRole'),
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { input: { circleId: c.id, memberId: c.otherMemberId, role: 'MODERATOR' } };
    },
  },
  {
    operation: 'transferCircleOwnership',
    document: kit('TransferCircleOwnership'),
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { input: { circleId: c.id, memberId: c.otherMemberId } };
    },
  },
  {
    operation: 'removeCircleMember',
    document: kit('RemoveCircleMember'),
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      return { input: { circleId: c.id, memberId: c.otherMemberId } };
    },
  },
  {
    operation: 'postCheckIn',
    document: kit('PostCheckIn'),
    prepare: async (api) => ({ input: { circleId: (await circle(api, { checkIn: false })).id, mood: 'CALM', text: 'Lighter today' } }),
  },
  {
    operation: 'postCheckIn',
    variant: 'from a session',
    document: kit('PostCheckIn'),
    prepare: async (api) => {
      const c = await circle(api, { checkIn: false });
      const session = await logSession(api);
      return { input: { circleId: c.id, fromSession: { sessionId: session.id, version: session.version } } };
    },
  },
  {
    operation: 'addReaction',
    as: 'other',
    document: kit('AddReaction'),
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, kind: 'HUG' } };
    },
  },
  {
    operation: 'removeReaction',
    as: 'other',
    document: kit('RemoveReaction'),
    prepare: async (api) => {
      const c = await circle(api);
      const input = { circleId: c.id, checkInId: c.checkInId, kind: 'HUG' };
      await api.gql(api.other, kit('AddReaction'), { input });
      return { input };
    },
  },
  {
    operation: 'replyToCheckIn',
    as: 'other',
    document: kit('ReplyToCheckIn'),
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, text: 'Sending warmth' } };
    },
  },
  {
    operation: 'reportCircleContent',
    as: 'other',
    document: kit('ReportCircleContent'),
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId, reason: 'OTHER' } };
    },
  },
  {
    operation: 'hideCircleContent',
    document: kit('HideCircleContent'),
    prepare: async (api) => {
      const c = await circle(api);
      return { input: { circleId: c.id, checkInId: c.checkInId } };
    },
  },
  {
    operation: 'resolveCircleReport',
    document: kit('ResolveCircleReport'),
    prepare: async (api) => {
      const r = await reported(api);
      return { input: { circleId: r.id, reportId: r.reportId, outcome: 'NO_ACTION' } };
    },
  },
  // Data rights
  { operation: 'exportMyData', document: kit('ExportMyData'), prepare: async (api) => (await history(api), { first: 100 }) },
  { operation: 'exportMySessionsCsv', document: kit('ExportMySessionsCsv'), prepare: async (api) => (await history(api), { first: 100 }) },
  {
    operation: 'deleteMyAccount',
    variant: 'first call, small history',
    document: kit('DeleteMyAccount'),
    prepare: async (api) => (await history(api), { input: { confirm: 'DELETE MY ACCOUNT' } }),
  },
  { operation: 'upcomingReminders', document: kit('UpcomingReminders'), prepare: async (api) => (await adoptRoutine(api), undefined) },
];
