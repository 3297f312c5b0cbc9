import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createTestUser, documentClient, testStack, type GraphqlResponse, type TestApi, type TestUser } from './local-stack';
import { newId } from '../../services/shared/ids';
import { kit } from './kit';

/**
 * The callers of the authorization tests. `owner` owns one of everything
 * (their data, the circle, a share with `therapist`); `member` is another
 * member with no tie to the owner; `circleMember` and `moderator` belong to
 * the owner's circle; `therapist` holds an active grant from the owner,
 * `therapistNoGrant` none.
 */
export const ACTORS = ['member', 'circleMember', 'moderator', 'owner', 'therapist', 'therapistNoGrant'] as const;
export type ActorName = (typeof ACTORS)[number];

export interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** Everything the world made, by id: what operation variables are built from. */
export interface WorldIds {
  readonly subs: Readonly<Record<ActorName, string>>;
  /** Each actor's profile version, for updateProfile. */
  readonly profileVersions: Readonly<Record<ActorName, number>>;
  /** One completed session of each actor's own (the owner's is `owner.session`). */
  readonly ownSessions: Readonly<Record<ActorName, Versioned>>;
  readonly owner: {
    readonly session: Versioned;
    /** Started, not ended. */
    readonly liveSession: Versioned;
    readonly journalEntry: Versioned;
    readonly routine: Versioned & { readonly stepIds: readonly string[] };
    /** Of `routine`, after `session`. */
    readonly completionId: string;
    /** Suggested by `therapist`, still pending. */
    readonly suggestionId: string;
    /** A browser the owner registered for Web Push. */
    readonly pushDeviceId: string;
  };
  readonly circle: {
    readonly id: string;
    readonly memberIds: Readonly<Record<'owner' | 'moderator' | 'circleMember', string>>;
    /** Posted by the owner; the owner, the moderator and the circle member each reacted HUG. */
    readonly checkInId: string;
    /** By the circle member, to `checkInId`. */
    readonly replyId: string;
    /** Open: the moderator reported the reply. */
    readonly reportId: string;
    /** Active and unused. */
    readonly invite: { readonly id: string; readonly code: string };
  };
  /** The owner shares every scope with `therapist`, who wrote `noteId` on the owner's timeline. */
  readonly grant: {
    readonly therapistId: string;
    readonly version: number;
    readonly noteId: string;
    readonly noteVersion: number;
    readonly measureScheduleId: string;
  };
  /** A member outside the actors, whose invitation `therapist` has not answered yet. */
  readonly invitation: { readonly clientId: string };
  /** The share code of a therapist outside the actors, for inviteTherapist. */
  readonly inviteeShareCode: string;
}

export interface World extends WorldIds {
  readonly api: TestApi;
  readonly users: Readonly<Record<ActorName, TestUser>>;
  /** The member with the pending invitation and the invited therapist, outside the actors. */
  readonly extras: { readonly pendingClient: TestUser; readonly invitee: TestUser };
}

const ALL_SCOPES = ['SESSIONS', 'REFLECTIONS', 'INSIGHTS', 'SAFETY_SIGNALS', 'ROUTINES', 'MEASURES'];
const HOUR_MS = 3_600_000;

// The client kit's documents (schema/operations/), as the apps send them.
const DOCS = {
  profile: kit('UpdateProfile'),
  log: kit('LogSession'),
  start: kit('StartSession'),
  journal: kit('CreateJournalEntry'),
  routine: kit('CreateRoutine'),
  pushDevice: kit('RegisterPushDevice'),
  completion: kit('RecordRoutineCompletion'),
  createCircle: kit('CreateCircle'),
  invite: kit('CreateCircleInvite'),
  join: kit('JoinCircle'),
  setRole: kit('SetCircleMemberRole'),
  checkIn: kit('PostCheckIn'),
  react: kit('AddReaction'),
  reply: kit('ReplyToCheckIn'),
  report: kit('ReportCircleContent'),
  shareCode: kit('MyShareCode'),
  inviteTherapist: kit('InviteTherapist'),
  accept: kit('AcceptInvitation'),
  note: kit('AddNote'),
  suggest: kit('SuggestPractice'),
  clientTimeline: kit('ClientTimeline'),
  scheduleMeasure: kit('ScheduleMeasure'),
};

/** The data of a call that must succeed; throws with the errors otherwise (world building is setup, not the test). */
export async function must<T = Record<string, unknown>>(api: TestApi, user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res: GraphqlResponse<T> = await api.gql<T>(query, variables, user.accessToken);
  if (res.status !== 200 || res.body.errors?.length || !res.body.data) {
    throw new Error(`World setup failed (HTTP ${res.status}) for ${query.slice(0, 80)}: ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data;
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function logSession(api: TestApi, user: TestUser, hoursAgo: number): Promise<Versioned> {
  const input = {
    startedAt: ago(hoursAgo * HOUR_MS),
    durationMinutes: 25,
    distressBefore: 6,
    distressAfter: 3,
    afterState: 'LIGHTER',
    reflection: 'Private words',
  };
  return (await must<{ logSession: { session: Versioned } }>(api, user, DOCS.log, { input })).logSession.session;
}

async function shareCodeOf(api: TestApi, therapist: TestUser): Promise<string> {
  return (await must<{ myShareCode: string }>(api, therapist, DOCS.shareCode)).myShareCode;
}

async function postCheckIn(api: TestApi, user: TestUser, circleId: string): Promise<string> {
  return (await must<{ postCheckIn: { checkIn: { id: string } } }>(api, user, DOCS.checkIn, { input: { circleId, mood: 'TENDER', text: 'A heavy day' } }))
    .postCheckIn.checkIn.id;
}

/** The owner's circle with the moderator and the circle member in it; `extraUses` more people may join with the invite returned. */
async function roledCircle(api: TestApi, users: Record<ActorName, TestUser>, extraUses = 0) {
  const created = (
    await must<{ createCircle: { circle: { id: string; me: { id: string } } } }>(api, users.owner, DOCS.createCircle, {
      input: { name: 'Evening tears', pseudonym: 'Willow' },
    })
  ).createCircle.circle;
  const invite = (
    await must<{ createCircleInvite: { circleInvite: { id: string; code: string } } }>(api, users.owner, DOCS.invite, {
      input: { circleId: created.id, maxUses: 2 + extraUses },
    })
  ).createCircleInvite.circleInvite;
  const join = async (user: TestUser, pseudonym: string) =>
    (await must<{ joinCircle: { circle: { me: { id: string } } } }>(api, user, DOCS.join, { input: { code: invite.code, pseudonym } })).joinCircle.circle.me.id;
  const [moderator, circleMember] = await Promise.all([join(users.moderator, 'Ash'), join(users.circleMember, 'Fern')]);
  await must(api, users.owner, DOCS.setRole, { input: { circleId: created.id, memberId: moderator, role: 'MODERATOR' } });
  return { id: created.id, memberIds: { owner: created.me.id, moderator, circleMember }, invite };
}

/** Every actor, and the owner's one of everything, made through the public API (about 70 calls, a few seconds). */
export async function buildWorld(api: TestApi): Promise<World> {
  const [member, circleMember, moderator, owner, therapist, therapistNoGrant, pendingClient, invitee] = await Promise.all([
    createTestUser(),
    createTestUser(),
    createTestUser(),
    createTestUser(),
    createTestUser({ group: 'therapists' }),
    createTestUser({ group: 'therapists' }),
    createTestUser(),
    createTestUser({ group: 'therapists' }),
  ]);
  const users: Record<ActorName, TestUser> = { member, circleMember, moderator, owner, therapist, therapistNoGrant };
  const subs = mapActors((actor) => users[actor].sub);

  // Profiles first: every later call then finds one, and nothing a test sends creates one.
  const names: Record<ActorName, string> = {
    member: 'Sky',
    circleMember: 'Fern',
    moderator: 'Ash',
    owner: 'River',
    therapist: 'Dr Rowan',
    therapistNoGrant: 'Dr Hale',
  };
  const versions = await Promise.all(
    ACTORS.map(
      async (actor) =>
        (await must<{ updateProfile: { profile: { version: number } } }>(api, users[actor], DOCS.profile, { input: { version: 1, displayName: names[actor] } }))
          .updateProfile.profile.version,
    ),
  );
  const profileVersions = mapActors((_, i) => versions[i] as number);
  await must(api, pendingClient, DOCS.profile, { input: { version: 1, displayName: 'Brook' } });

  const sessions = await Promise.all(ACTORS.map((actor) => logSession(api, users[actor], 5)));
  const ownSessions = mapActors((_, i) => sessions[i] as Versioned);

  const [liveSession, journalEntry, routine] = await Promise.all([
    must<{ startSession: { session: Versioned } }>(api, owner, DOCS.start).then((d) => d.startSession.session),
    must<{ createJournalEntry: { journalEntry: Versioned } }>(api, owner, DOCS.journal, {
      input: { text: 'What the tears said', writtenAt: ago(4 * HOUR_MS) },
    }).then((d) => d.createJournalEntry.journalEntry),
    createRoutine(api, owner),
  ]);
  const [completionId, pushDeviceId] = await Promise.all([recordCompletion(api, owner, routine.id, ownSessions.owner.id), registerPushDevice(api, owner)]);

  const circle = await roledCircle(api, users);
  const checkInId = await postCheckIn(api, owner, circle.id);
  const [replyId, worldInvite] = await Promise.all([
    must<{ replyToCheckIn: { reply: { id: string } } }>(api, circleMember, DOCS.reply, {
      input: { circleId: circle.id, checkInId, text: 'Holding space for you' },
    }).then((d) => d.replyToCheckIn.reply.id),
    must<{ createCircleInvite: { circleInvite: { id: string; code: string } } }>(api, owner, DOCS.invite, { input: { circleId: circle.id } }).then(
      (d) => d.createCircleInvite.circleInvite,
    ),
    Promise.all([owner, moderator, circleMember].map((user) => must(api, user, DOCS.react, { input: { circleId: circle.id, checkInId, kind: 'HUG' } }))),
  ]);
  const reportId = (
    await must<{ reportCircleContent: { reportId: string } }>(api, moderator, DOCS.report, {
      input: { circleId: circle.id, checkInId, replyId, reason: 'UNSUPPORTIVE' },
    })
  ).reportCircleContent.reportId;

  // The therapist without a grant has a code too: nobody used it.
  const [therapistCode, inviteeShareCode] = await Promise.all([shareCodeOf(api, therapist), shareCodeOf(api, invitee), shareCodeOf(api, therapistNoGrant)]);
  await Promise.all([
    must(api, owner, DOCS.inviteTherapist, { input: { shareCode: therapistCode, scopes: ALL_SCOPES } }),
    must(api, pendingClient, DOCS.inviteTherapist, { input: { shareCode: therapistCode, scopes: ['SESSIONS'] } }),
  ]);
  const grantVersion = (await must<{ acceptInvitation: { grant: { version: number } } }>(api, therapist, DOCS.accept, { input: { clientId: owner.sub } }))
    .acceptInvitation.grant.version;
  const [note, suggestionId, measureScheduleId] = await Promise.all([
    addNote(api, therapist, owner.sub),
    suggestPractice(api, therapist, owner.sub),
    scheduleMeasure(api, therapist, owner.sub),
    // One read, so the owner's access log has an entry.
    must(api, therapist, DOCS.clientTimeline, { clientId: owner.sub }),
  ]);

  return {
    api,
    users,
    extras: { pendingClient, invitee },
    subs,
    profileVersions,
    ownSessions,
    owner: { session: ownSessions.owner, liveSession, journalEntry, routine, completionId, suggestionId, pushDeviceId },
    circle: { id: circle.id, memberIds: circle.memberIds, checkInId, replyId, reportId, invite: worldInvite },
    grant: { therapistId: therapist.sub, version: grantVersion, noteId: note.id, noteVersion: note.version, measureScheduleId },
    invitation: { clientId: pendingClient.sub },
    inviteeShareCode,
  };
}

function mapActors<T>(value: (actor: ActorName, index: number) => T): Record<ActorName, T> {
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, value(actor, i)])) as Record<ActorName, T>;
}

async function createRoutine(api: TestApi, user: TestUser): Promise<Versioned & { stepIds: string[] }> {
  const input = { name: 'After the wave', kind: 'AFTERCARE', steps: [{ title: 'Cool compress', minutes: 5 }, { title: 'A glass of water' }] };
  const routine = (await must<{ createRoutine: { routine: Versioned & { steps: Array<{ id: string }> } } }>(api, user, DOCS.routine, { input })).createRoutine
    .routine;
  return { id: routine.id, version: routine.version, stepIds: routine.steps.map((step) => step.id) };
}

async function recordCompletion(api: TestApi, user: TestUser, routineId: string, sessionId: string): Promise<string> {
  return (
    await must<{ recordRoutineCompletion: { routineCompletion: { id: string } } }>(api, user, DOCS.completion, {
      input: { routineId, sessionId, note: 'Felt softer' },
    })
  ).recordRoutineCompletion.routineCompletion.id;
}

/** A browser's push subscription (a valid P-256 key and auth secret); each call registers another endpoint. */
async function registerPushDevice(api: TestApi, user: TestUser): Promise<string> {
  const input = {
    endpoint: `https://push.example.test/world/${newId()}`,
    keys: { p256dh: 'BNFOQefzRZnVPhFvsXZmiWqvr76n1kQMzWBDVAyEe0sXSQWUGWTWAzvew9oStnBZ3WSNgSMVOlGPi2wivAQCiaY', auth: 'e5x7IqIYdd3EqTsOl4yG6w' },
    label: 'Laptop',
  };
  return (await must<{ registerPushDevice: { device: { id: string } } }>(api, user, DOCS.pushDevice, { input })).registerPushDevice.device.id;
}

async function addNote(api: TestApi, therapist: TestUser, clientId: string): Promise<Versioned> {
  return (
    await must<{ addNote: { therapistNote: Versioned } }>(api, therapist, DOCS.note, {
      input: { clientId, pinnedDay: ago(24 * HOUR_MS).slice(0, 10), text: 'Notice the relief after music' },
    })
  ).addNote.therapistNote;
}

/** A weekly PHQ-9 the therapist schedules for the client, starting in two days. */
async function scheduleMeasure(api: TestApi, therapist: TestUser, clientId: string): Promise<string> {
  const input = { clientId, instrument: 'PHQ9', cadence: 'WEEKLY', startsOn: new Date(Date.now() + 48 * HOUR_MS).toISOString().slice(0, 10), windowDays: 3 };
  return (await must<{ scheduleMeasure: { measureSchedule: { id: string } } }>(api, therapist, DOCS.scheduleMeasure, { input })).scheduleMeasure.measureSchedule
    .id;
}

async function suggestPractice(api: TestApi, therapist: TestUser, clientId: string): Promise<string> {
  return (
    await must<{ suggestPractice: { practiceSuggestion: { id: string } } }>(api, therapist, DOCS.suggest, {
      input: { clientId, templateId: 'mindful-crying-practice', message: 'Try this weekly' },
    })
  ).suggestPractice.practiceSuggestion.id;
}

/**
 * Fresh copies of what an operation uses up (deletes, version bumps, a
 * one-time answer), made by their rightful author and returned as a world
 * whose ids point at them, so one test's success cannot change another's.
 */
export const fresh = {
  async measureSchedule(w: World): Promise<WorldIds> {
    return { ...w, grant: { ...w.grant, measureScheduleId: await scheduleMeasure(w.api, w.users.therapist, w.subs.owner) } };
  },
  async session(w: World): Promise<WorldIds> {
    return { ...w, owner: { ...w.owner, session: await logSession(w.api, w.users.owner, 3) } };
  },
  async liveSession(w: World): Promise<WorldIds> {
    const liveSession = (await must<{ startSession: { session: Versioned } }>(w.api, w.users.owner, DOCS.start)).startSession.session;
    return { ...w, owner: { ...w.owner, liveSession } };
  },
  async journalEntry(w: World): Promise<WorldIds> {
    const journalEntry = (
      await must<{ createJournalEntry: { journalEntry: Versioned } }>(w.api, w.users.owner, DOCS.journal, { input: { text: 'Another page' } })
    ).createJournalEntry.journalEntry;
    return { ...w, owner: { ...w.owner, journalEntry } };
  },
  async routine(w: World): Promise<WorldIds> {
    return { ...w, owner: { ...w.owner, routine: await createRoutine(w.api, w.users.owner) } };
  },
  async pushDevice(w: World): Promise<WorldIds> {
    return { ...w, owner: { ...w.owner, pushDeviceId: await registerPushDevice(w.api, w.users.owner) } };
  },
  async completion(w: World): Promise<WorldIds> {
    return { ...w, owner: { ...w.owner, completionId: await recordCompletion(w.api, w.users.owner, w.owner.routine.id, w.owner.session.id) } };
  },
  async suggestion(w: World): Promise<WorldIds> {
    return { ...w, owner: { ...w.owner, suggestionId: await suggestPractice(w.api, w.users.therapist, w.subs.owner) } };
  },
  async note(w: World): Promise<WorldIds> {
    const note = await addNote(w.api, w.users.therapist, w.subs.owner);
    return { ...w, grant: { ...w.grant, noteId: note.id, noteVersion: note.version } };
  },
  /** A new circle with the same owner, moderator and circle member; its invite takes one more person. */
  async circle(w: World): Promise<WorldIds> {
    const circle = await roledCircle(w.api, w.users as Record<ActorName, TestUser>, 1);
    const checkInId = await postCheckIn(w.api, w.users.owner, circle.id);
    return { ...w, circle: { ...w.circle, id: circle.id, memberIds: circle.memberIds, invite: circle.invite, checkInId } };
  },
  /** A new check-in by the owner in the world's circle. */
  async checkIn(w: World): Promise<WorldIds> {
    return { ...w, circle: { ...w.circle, checkInId: await postCheckIn(w.api, w.users.owner, w.circle.id) } };
  },
  /** A new open report: the circle member reports a new check-in by the owner. */
  async report(w: World): Promise<WorldIds> {
    const checkInId = await postCheckIn(w.api, w.users.owner, w.circle.id);
    const reportId = (
      await must<{ reportCircleContent: { reportId: string } }>(w.api, w.users.circleMember, DOCS.report, {
        input: { circleId: w.circle.id, checkInId, reason: 'OTHER' },
      })
    ).reportCircleContent.reportId;
    return { ...w, circle: { ...w.circle, checkInId, reportId } };
  },
  async invite(w: World): Promise<WorldIds> {
    const invite = (
      await must<{ createCircleInvite: { circleInvite: { id: string; code: string } } }>(w.api, w.users.owner, DOCS.invite, {
        input: { circleId: w.circle.id },
      })
    ).createCircleInvite.circleInvite;
    return { ...w, circle: { ...w.circle, invite } };
  },
  /** An active grant from the owner to a new therapist (the world's grant stays as it is). */
  async grant(w: World): Promise<WorldIds> {
    const therapist = await createTestUser({ group: 'therapists' });
    const shareCode = await shareCodeOf(w.api, therapist);
    await must(w.api, w.users.owner, DOCS.inviteTherapist, { input: { shareCode, scopes: ['SESSIONS'] } });
    const version = (await must<{ acceptInvitation: { grant: { version: number } } }>(w.api, therapist, DOCS.accept, { input: { clientId: w.subs.owner } }))
      .acceptInvitation.grant.version;
    return { ...w, grant: { ...w.grant, therapistId: therapist.sub, version } };
  },
  /** A new member's invitation to the world's therapist, waiting for an answer. */
  async invitation(w: World): Promise<WorldIds> {
    const client = await createTestUser();
    await must(w.api, client, DOCS.inviteTherapist, { input: { shareCode: await shareCodeOf(w.api, w.users.therapist), scopes: ['SESSIONS'] } });
    return { ...w, invitation: { clientId: client.sub } };
  },
} satisfies Record<string, (w: World) => Promise<WorldIds>>;

/** Every id the world made (subs included): what a request about someone else's things may name. */
export function worldIds(w: WorldIds): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') ids.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ subs: w.subs, ownSessions: w.ownSessions, owner: w.owner, circle: w.circle, grant: w.grant, invitation: w.invitation });
  return ids;
}

/** What one call came to: OK, or the error code (UNAUTHENTICATED only when refused with HTTP 401, before any resolver). */
export interface Outcome {
  readonly code: string;
  /** The first error's message, for failure output. */
  readonly message?: string;
}

export function outcomeOf(res: GraphqlResponse, field: string): Outcome {
  const error = res.body.errors?.[0];
  if (!error) return res.status === 200 && res.body.data?.[field] != null ? { code: 'OK' } : { code: `NO_DATA (HTTP ${res.status})` };
  const code = String(error.extensions?.code);
  if (code === 'UNAUTHENTICATED' && res.status !== 401) return { code: `UNAUTHENTICATED (HTTP ${res.status})`, message: error.message };
  return { code, message: error.message };
}

/** Calls as an actor, or with no token at all (`anonymous`). */
export function callAs(w: World, actor: ActorName | 'anonymous', document: string, variables: Record<string, unknown>): Promise<GraphqlResponse> {
  return w.api.gql(document, variables, actor === 'anonymous' ? undefined : w.users[actor].accessToken);
}

/** Stored items by `PK | SK`, each as JSON: compare two with changedItems. */
export type Items = Map<string, string>;

const keyOf = (item: Record<string, unknown>) => `${String(item.PK)} | ${String(item.SK)}`;

/** What changed between two snapshots, one line per item (empty when nothing was written). */
export function changedItems(before: Items, after: Items): string[] {
  const lines: string[] = [];
  for (const [key, value] of after) {
    if (!before.has(key)) lines.push(`added ${key}: ${value}`);
    else if (before.get(key) !== value) lines.push(`changed ${key}: ${before.get(key)} -> ${value}`);
  }
  for (const key of before.keys()) if (!after.has(key)) lines.push(`removed ${key}`);
  return lines;
}

function everyone(w: World): TestUser[] {
  return [...Object.values(w.users), w.extras.pendingClient, w.extras.invitee];
}

/** Every item in the world's partitions (each person's and the circle's), read consistently: one Query each. */
export function snapshotWorld(w: World): Promise<Items> {
  return snapshotPartitions([...everyone(w).map((user) => `USER#${user.sub}`), `CIRCLE#${w.circle.id}`]);
}

/** Every item in these partitions, read consistently: one Query each (per 1 MB). */
export async function snapshotPartitions(partitions: readonly string[]): Promise<Items> {
  const items = await Promise.all(
    partitions.map(async (partition) => {
      const found: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await documentClient().send(
          new QueryCommand({
            TableName: testStack().tableName,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': partition },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        found.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      return found;
    }),
  );
  return new Map(items.flat().map((item) => [keyOf(item), JSON.stringify(item)]));
}

/**
 * Every item of the whole table, in any partition, that names a sub or an id
 * of the world: one Scan (tests only). Other test files share the table, so
 * their items are left out.
 */
export async function snapshotTable(w: World): Promise<Items> {
  const needles = [...new Set([...worldIds(w), ...everyone(w).map((user) => user.sub)])].filter((id) => id.length >= 20);
  const items: Items = new Map();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: testStack().tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      const text = JSON.stringify(item);
      if (needles.some((id) => text.includes(id))) items.set(keyOf(item), text);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
