import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createAccountRepository, type AccountRepository } from '../../services/account/account.repository';
import { AccountService } from '../../services/account/account.service';
import { checkInKey, circleKey, membershipKey } from '../../services/circles/circle.keys';
import type { Caller } from '../../services/shared/auth/caller';
import { systemClock } from '../../services/shared/clock';
import { dynamo } from '../../services/shared/db/client';
import { profileKey } from '../../services/users/user.keys';
import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import { cognitoClient, createTestUser, documentClient, testStack, type GraphqlResponse, type TestUser } from '../helpers/local-stack';

const CONFIRM = 'DELETE MY ACCOUNT';
// The client kit's documents (schema/operations/), as the apps send them.
const DELETE = kit('DeleteMyAccount');
const EXPORT = kit('ExportMyData');
const CSV = kit('ExportMySessionsCsv');
const ME = kit('Me');
const UPDATE_PROFILE = kit('UpdateProfile');
const LOG = kit('LogSession');
const JOURNAL = kit('CreateJournalEntry');
const ADOPT = kit('AdoptRoutineTemplate');
const COMPLETE = kit('RecordRoutineCompletion');
const SHARE_CODE = kit('MyShareCode');
const INVITE_THERAPIST = kit('InviteTherapist');
const ACCEPT_INVITATION = kit('AcceptInvitation');
const CLIENT_TIMELINE = kit('ClientTimeline');
const ADD_NOTE = kit('AddNote');
const SUGGEST = kit('SuggestPractice');
const ACCEPT_SUGGESTION = kit('AcceptPracticeSuggestion');
const CREATE_CIRCLE = kit('CreateCircle');
const CIRCLE_INVITE = kit('CreateCircleInvite');
const JOIN = kit('JoinCircle');
const SET_ROLE = kit('SetCircleMemberRole');
const POST = kit('PostCheckIn');
const REACT = kit('AddReaction');
const REPLY = kit('ReplyToCheckIn');
const REPORT = kit('ReportCircleContent');
const FEED = kit('CircleFeed');
const MEMBERS = kit('CircleMembers');
const LEAVE = kit('LeaveCircle');
const REMOVE = kit('RemoveCircleMember');

type ExportRecord = Record<string, unknown>;
type ExportDocument = Record<string, unknown> & { profile: ExportRecord | null; format: string };
type ExportPage = { exportMyData: { format: string; document: ExportDocument; hasMore: boolean; endCursor: string | null } };
type CsvPage = { exportMySessionsCsv: { csv: string; rowCount: number; hasMore: boolean; endCursor: string | null } };
type Item = Record<string, unknown>;

const LIST_SECTIONS = [
  'sessions',
  'journalEntries',
  'routines',
  'routineCompletions',
  'therapistNotes',
  'practiceSuggestions',
  'grants',
  'accessLog',
  'grantsAsTherapist',
  'measures',
  'circleMemberships',
  'checkIns',
  'replies',
  'reactions',
  'reports',
];
const HOUR = 3600 * 1000;

/** JSON of a stored item with its sets spelled out (JSON.stringify writes a Set as {}). */
function itemJson(item: Item): string {
  return JSON.stringify(item, (_key, value: unknown) => (value instanceof Set ? [...(value as Set<unknown>)] : value));
}

async function scanTable(): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: testStack().tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

async function stored(key: { PK: string; SK: string }): Promise<Item | undefined> {
  return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: key, ConsistentRead: true }))).Item;
}

function callerOf(user: TestUser): Caller {
  return { sub: user.sub, groups: [], role: 'MEMBER', isAdmin: false };
}

const codeOf = (res: GraphqlResponse) => res.body.errors?.[0]?.extensions?.code;

describe('members\u2019 data rights (integration)', () => {
  // Each nested describe signs up its own people.
  const { api, recorder } = useIntegrationApi();

  async function ok<T = Record<string, unknown>>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  /** Every page of the export, with the merged document (lists appended in page order). */
  async function exportAll(user: TestUser, first?: number) {
    const pages: ExportPage['exportMyData'][] = [];
    let after: string | null = null;
    do {
      const page: ExportPage['exportMyData'] = (await ok<ExportPage>(user, EXPORT, { first, after })).exportMyData;
      pages.push(page);
      after = page.hasMore ? page.endCursor : null;
      expect(pages.length).toBeLessThan(200);
    } while (after);
    const merged: Record<string, ExportRecord[]> = Object.fromEntries(LIST_SECTIONS.map((s) => [s, pages.flatMap((p) => p.document[s] as ExportRecord[])]));
    return { pages, merged, profile: pages[0]?.document.profile ?? null };
  }

  /** Calls deleteMyAccount until complete; answers how many calls it took and the items they deleted. */
  async function deleteUntilComplete(user: TestUser) {
    let calls = 0;
    let deleted = 0;
    for (;;) {
      const res = (
        await ok<{ deleteMyAccount: { accountDeletion: { complete: boolean; deletedItems: number } } }>(user, DELETE, { input: { confirm: CONFIRM } })
      ).deleteMyAccount.accountDeletion;
      calls += 1;
      deleted += res.deletedItems;
      if (res.complete) return { calls, deleted };
      expect(calls).toBeLessThan(100);
    }
  }

  async function cognitoUserExists(user: TestUser): Promise<boolean> {
    try {
      await cognitoClient().send(new AdminGetUserCommand({ UserPoolId: testStack().userPoolId, Username: user.email }));
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'UserNotFoundException') return false;
      throw error;
    }
  }

  describe('a member with data in every domain', () => {
    let river: TestUser;
    let sky: TestUser;
    let moss: TestUser;
    let rowan: TestUser;
    const circles = { own: '', skys: '', alone: '', left: '', removed: '' };
    const memberIds = { riverOwn: '', riverSkys: '', riverAlone: '', skyOwn: '', mossOwn: '', skySkys: '', riverLeft: '', riverBack: '', riverRemoved: '' };
    const checkIns = { riverOwn: '', skyOwn: '', riverSkys: '', skySkys: '', skyLeft: '', riverLeft: '', mossRemoved: '', riverRemoved: '' };
    const sessionIds: string[] = [];
    let inviteCode = '';

    beforeAll(async () => {
      [river, sky, moss, rowan] = await Promise.all([createTestUser(), createTestUser(), createTestUser(), createTestUser({ group: 'therapists' })]);
      await ok(river, UPDATE_PROFILE, { input: { version: 1, displayName: 'River' } });
      await ok(rowan, UPDATE_PROFILE, { input: { version: 1, displayName: 'Rowan' } });

      // Sessions (one with a formula-like intention and a reflection that needs quoting), journal, a routine and a completion.
      const sessions = [
        {
          startedAt: new Date(Date.now() - 72 * HOUR).toISOString(),
          durationMinutes: 20,
          intention: '=HYPERLINK("http://evil.test","x")',
          reflection: 'Lighter, then "sleepy",\nand calm',
          afterState: 'LIGHTER',
          idempotencyKey: 'account-test-session-1',
        },
        {
          startedAt: new Date(Date.now() - 48 * HOUR).toISOString(),
          durationMinutes: 30,
          intention: 'Permission to feel',
          setting: '@home, bathroom',
          catalysts: [{ kind: 'MUSIC', reference: 'our song' }],
        },
        {
          startedAt: new Date(Date.now() - 24 * HOUR).toISOString(),
          durationMinutes: 15,
          distressBefore: 6,
          distressAfter: 3,
          reflection: '-2 on the scale +1 calm',
        },
      ];
      for (const input of sessions) sessionIds.push((await ok<{ logSession: { session: { id: string } } }>(river, LOG, { input })).logSession.session.id);
      await ok(river, JOURNAL, { input: { text: 'RIVER-JOURNAL-one', writtenAt: new Date(Date.now() - 47 * HOUR).toISOString() } });
      await ok(river, JOURNAL, { input: { text: 'RIVER-JOURNAL-two' } });
      const routine = (await ok<{ adoptRoutineTemplate: { routine: { id: string } } }>(river, ADOPT, { input: { templateId: 'post-cry-aftercare' } }))
        .adoptRoutineTemplate.routine;
      await ok(river, COMPLETE, { input: { routineId: routine.id, sessionId: sessionIds[2], note: 'Cool cloth helped' } });

      // A therapist with a grant, an access-log entry, a note and a pending suggestion.
      const shareCode = (await ok<{ myShareCode: string }>(rowan, SHARE_CODE)).myShareCode;
      await ok(river, INVITE_THERAPIST, { input: { shareCode, scopes: ['SESSIONS', 'REFLECTIONS'] } });
      await ok(rowan, ACCEPT_INVITATION, { input: { clientId: river.sub } });
      await ok(rowan, CLIENT_TIMELINE, { clientId: river.sub, first: 10 });
      await ok(rowan, ADD_NOTE, { input: { clientId: river.sub, text: 'ROWAN-NOTE on the session', pinnedItem: { kind: 'SESSION', id: sessionIds[0] } } });
      await ok(rowan, SUGGEST, { input: { clientId: river.sub, templateId: 'post-cry-aftercare', message: 'ROWAN-SUGGESTION' } });

      // Circle "own": River owns it; Sky joins first, Moss later and becomes a moderator (so Moss, not Sky, takes over).
      const own = (
        await ok<{ createCircle: { circle: { id: string; me: { id: string } } } }>(river, CREATE_CIRCLE, {
          input: { name: 'River circle', pseudonym: 'RiverP' },
        })
      ).createCircle.circle;
      circles.own = own.id;
      memberIds.riverOwn = own.me.id;
      const ownCode = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(river, CIRCLE_INVITE, { input: { circleId: own.id, maxUses: 5 } }))
        .createCircleInvite.circleInvite.code;
      memberIds.skyOwn = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(sky, JOIN, { input: { code: ownCode, pseudonym: 'SkyP' } })
      ).joinCircle.circle.me.id;
      memberIds.mossOwn = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(moss, JOIN, { input: { code: ownCode, pseudonym: 'MossP' } })
      ).joinCircle.circle.me.id;
      await ok(river, SET_ROLE, { input: { circleId: own.id, memberId: memberIds.mossOwn, role: 'MODERATOR' } });
      checkIns.riverOwn = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(river, POST, { input: { circleId: own.id, mood: 'SAD', text: 'RIVER-CHECKIN-own' } })
      ).postCheckIn.checkIn.id;
      checkIns.skyOwn = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(sky, POST, { input: { circleId: own.id, mood: 'CALM', text: 'SKY-CHECKIN-own' } })
      ).postCheckIn.checkIn.id;
      await ok(sky, REPLY, { input: { circleId: own.id, checkInId: checkIns.riverOwn, text: 'SKY-REPLY-under-river' } });
      await ok(moss, REACT, { input: { circleId: own.id, checkInId: checkIns.riverOwn, kind: 'HUG' } });
      await ok(river, REACT, { input: { circleId: own.id, checkInId: checkIns.skyOwn, kind: 'WITH_YOU' } });
      await ok(moss, REACT, { input: { circleId: own.id, checkInId: checkIns.skyOwn, kind: 'WITH_YOU' } });
      await ok(river, REPLY, { input: { circleId: own.id, checkInId: checkIns.skyOwn, text: 'RIVER-REPLY-own' } });

      // Circle "skys": Sky owns it, River is a member who posts, reacts, replies and reports; Sky reports River's check-in.
      const skys = (
        await ok<{ createCircle: { circle: { id: string; me: { id: string } } } }>(sky, CREATE_CIRCLE, { input: { name: 'Sky circle', pseudonym: 'SkyOwner' } })
      ).createCircle.circle;
      circles.skys = skys.id;
      memberIds.skySkys = skys.me.id;
      const skysCode = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(sky, CIRCLE_INVITE, { input: { circleId: skys.id } }))
        .createCircleInvite.circleInvite.code;
      memberIds.riverSkys = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(river, JOIN, { input: { code: skysCode, pseudonym: 'RiverInSky' } })
      ).joinCircle.circle.me.id;
      checkIns.skySkys = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(sky, POST, { input: { circleId: skys.id, mood: 'TENDER', text: 'SKY-CHECKIN-skys' } })
      ).postCheckIn.checkIn.id;
      checkIns.riverSkys = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(river, POST, { input: { circleId: skys.id, mood: 'LONELY', text: 'RIVER-CHECKIN-skys' } })
      ).postCheckIn.checkIn.id;
      await ok(river, REACT, { input: { circleId: skys.id, checkInId: checkIns.skySkys, kind: 'HUG' } });
      await ok(river, REACT, { input: { circleId: skys.id, checkInId: checkIns.skySkys, kind: 'ME_TOO' } });
      await ok(river, REPLY, { input: { circleId: skys.id, checkInId: checkIns.skySkys, text: 'RIVER-REPLY-skys' } });
      await ok(sky, REPLY, { input: { circleId: skys.id, checkInId: checkIns.riverSkys, text: 'SKY-REPLY-under-river' } });
      await ok(sky, REACT, { input: { circleId: skys.id, checkInId: checkIns.riverSkys, kind: 'SENDING_WARMTH' } });
      await ok(river, REPORT, { input: { circleId: skys.id, checkInId: checkIns.skySkys, reason: 'OTHER', note: 'RIVER-REPORT-note' } });
      await ok(sky, REPORT, { input: { circleId: skys.id, checkInId: checkIns.riverSkys, reason: 'SPAM' } });

      // Circle "alone": only River (deleting the account archives it).
      const alone = (
        await ok<{ createCircle: { circle: { id: string; me: { id: string } } } }>(river, CREATE_CIRCLE, {
          input: { name: 'Quiet corner', pseudonym: 'RiverAlone' },
        })
      ).createCircle.circle;
      circles.alone = alone.id;
      memberIds.riverAlone = alone.me.id;
      await ok(river, POST, { input: { circleId: alone.id, mood: 'NUMB', text: 'RIVER-CHECKIN-alone' } });

      // Circle "left": River posts, reacts and replies in Sky's second circle, leaves, and comes back under a new member id.
      const left = (await ok<{ createCircle: { circle: { id: string } } }>(sky, CREATE_CIRCLE, { input: { name: 'Sky second circle', pseudonym: 'SkyTwo' } }))
        .createCircle.circle;
      circles.left = left.id;
      const leftCode = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(sky, CIRCLE_INVITE, { input: { circleId: left.id, maxUses: 5 } }))
        .createCircleInvite.circleInvite.code;
      inviteCode = leftCode;
      memberIds.riverLeft = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(river, JOIN, { input: { code: leftCode, pseudonym: 'RiverLeft' } })
      ).joinCircle.circle.me.id;
      checkIns.skyLeft = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(sky, POST, { input: { circleId: left.id, mood: 'CALM', text: 'SKY-CHECKIN-left' } })
      ).postCheckIn.checkIn.id;
      checkIns.riverLeft = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(river, POST, { input: { circleId: left.id, mood: 'SAD', text: 'RIVER-CHECKIN-left' } })
      ).postCheckIn.checkIn.id;
      await ok(river, REACT, { input: { circleId: left.id, checkInId: checkIns.skyLeft, kind: 'HUG' } });
      await ok(river, REPLY, { input: { circleId: left.id, checkInId: checkIns.skyLeft, text: 'RIVER-REPLY-left' } });
      await ok(sky, REPLY, { input: { circleId: left.id, checkInId: checkIns.riverLeft, text: 'SKY-REPLY-under-river' } });
      await ok(river, LEAVE, { input: { circleId: left.id } });
      memberIds.riverBack = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(river, JOIN, { input: { code: leftCode, pseudonym: 'RiverBack' } })
      ).joinCircle.circle.me.id;
      await ok(river, REACT, { input: { circleId: left.id, checkInId: checkIns.skyLeft, kind: 'ME_TOO' } });

      // Circle "removed": River posts and reacts in Moss's circle, then Moss removes River.
      const removed = (await ok<{ createCircle: { circle: { id: string } } }>(moss, CREATE_CIRCLE, { input: { name: 'Moss circle', pseudonym: 'MossOwner' } }))
        .createCircle.circle;
      circles.removed = removed.id;
      const removedCode = (await ok<{ createCircleInvite: { circleInvite: { code: string } } }>(moss, CIRCLE_INVITE, { input: { circleId: removed.id } }))
        .createCircleInvite.circleInvite.code;
      memberIds.riverRemoved = (
        await ok<{ joinCircle: { circle: { me: { id: string } } } }>(river, JOIN, { input: { code: removedCode, pseudonym: 'RiverRemoved' } })
      ).joinCircle.circle.me.id;
      checkIns.mossRemoved = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(moss, POST, { input: { circleId: removed.id, mood: 'CALM', text: 'MOSS-CHECKIN-removed' } })
      ).postCheckIn.checkIn.id;
      checkIns.riverRemoved = (
        await ok<{ postCheckIn: { checkIn: { id: string } } }>(river, POST, { input: { circleId: removed.id, mood: 'SAD', text: 'RIVER-CHECKIN-removed' } })
      ).postCheckIn.checkIn.id;
      await ok(river, REACT, { input: { circleId: removed.id, checkInId: checkIns.mossRemoved, kind: 'SENDING_WARMTH' } });
      await ok(moss, REMOVE, { input: { circleId: removed.id, memberId: memberIds.riverRemoved } });
    }, 90_000);

    describe('exportMyData', () => {
      it('exports everything River wrote or that is about River, and nothing another member wrote', async () => {
        const { pages, merged, profile } = await exportAll(river);

        expect(pages).toHaveLength(1);
        expect(pages[0]).toMatchObject({ format: 'lacrima-export/1', hasMore: false, endCursor: null });
        expect(pages[0]?.document).toMatchObject({ format: 'lacrima-export/1', member: { id: river.sub } });
        expect(profile).toMatchObject({ id: river.sub, displayName: 'River', shareCode: null });
        expect(merged.sessions?.map((s) => s.id)).toEqual(sessionIds);
        expect(merged.journalEntries?.map((j) => j.text)).toEqual(['RIVER-JOURNAL-one', 'RIVER-JOURNAL-two']);
        expect(merged.routines).toHaveLength(1);
        expect(merged.routineCompletions).toEqual([expect.objectContaining({ note: 'Cool cloth helped', sessionId: sessionIds[2] })]);
        expect(merged.therapistNotes).toEqual([
          expect.objectContaining({ text: 'ROWAN-NOTE on the session', author: { id: rowan.sub, displayName: 'Rowan' }, pinnedItemId: sessionIds[0] }),
        ]);
        expect(merged.practiceSuggestions).toEqual([
          expect.objectContaining({ message: 'ROWAN-SUGGESTION', status: 'PENDING', therapist: { id: rowan.sub, displayName: 'Rowan' } }),
        ]);
        expect(merged.grants).toEqual([
          expect.objectContaining({ status: 'ACTIVE', scopes: ['SESSIONS', 'REFLECTIONS'], therapist: { id: rowan.sub, displayName: 'Rowan' } }),
        ]);
        // The timeline read, and the note pinned to a session (it learned when the session happened).
        expect(merged.accessLog).toEqual([
          expect.objectContaining({ operation: 'clientTimeline', therapist: { id: rowan.sub, displayName: 'Rowan' } }),
          expect.objectContaining({ operation: 'addNote', itemIds: [sessionIds[0]], therapist: { id: rowan.sub, displayName: 'Rowan' } }),
        ]);
        expect(merged.grantsAsTherapist).toEqual([]);
        expect(merged.circleMemberships?.map((m) => [m.circleId, m.memberId, m.role, m.status])).toEqual([
          [circles.own, memberIds.riverOwn, 'OWNER', 'ACTIVE'],
          [circles.skys, memberIds.riverSkys, 'MEMBER', 'ACTIVE'],
          [circles.alone, memberIds.riverAlone, 'OWNER', 'ACTIVE'],
          [circles.left, memberIds.riverLeft, 'MEMBER', 'LEFT'],
          [circles.left, memberIds.riverBack, 'MEMBER', 'ACTIVE'],
          [circles.removed, memberIds.riverRemoved, 'MEMBER', 'REMOVED'],
        ]);
        expect(merged.circleMemberships?.map((m) => m.endedAt === null)).toEqual([true, true, true, false, true, false]);
        expect(merged.checkIns?.map((c) => c.text).sort()).toEqual([
          'RIVER-CHECKIN-alone',
          'RIVER-CHECKIN-left',
          'RIVER-CHECKIN-own',
          'RIVER-CHECKIN-removed',
          'RIVER-CHECKIN-skys',
        ]);
        const ownCheckIn = merged.checkIns?.find((c) => c.id === checkIns.riverOwn);
        expect(ownCheckIn).toMatchObject({ pseudonym: 'RiverP', replyCount: 1, reactionCounts: expect.objectContaining({ HUG: 1, WITH_YOU: 0 }) });
        expect(merged.replies?.map((r) => [r.checkInId, r.text])).toEqual([
          [checkIns.skyOwn, 'RIVER-REPLY-own'],
          [checkIns.skySkys, 'RIVER-REPLY-skys'],
          [checkIns.skyLeft, 'RIVER-REPLY-left'],
        ]);
        expect(merged.reactions).toEqual([
          { circleId: circles.own, checkInId: checkIns.skyOwn, kind: 'WITH_YOU' },
          { circleId: circles.skys, checkInId: checkIns.skySkys, kind: 'HUG' },
          { circleId: circles.skys, checkInId: checkIns.skySkys, kind: 'ME_TOO' },
          { circleId: circles.left, checkInId: checkIns.skyLeft, kind: 'HUG' },
          { circleId: circles.left, checkInId: checkIns.skyLeft, kind: 'ME_TOO' },
          { circleId: circles.removed, checkInId: checkIns.mossRemoved, kind: 'SENDING_WARMTH' },
        ]);
        expect(merged.reports).toEqual([
          expect.objectContaining({ circleId: circles.skys, checkInId: checkIns.skySkys, reason: 'OTHER', note: 'RIVER-REPORT-note' }),
        ]);

        const text = JSON.stringify(pages);
        for (const foreign of [
          sky.sub,
          moss.sub,
          memberIds.skyOwn,
          memberIds.mossOwn,
          memberIds.skySkys,
          'SkyP',
          'MossP',
          'SkyOwner',
          'SkyTwo',
          'MossOwner',
          'SKY-CHECKIN',
          'SKY-REPLY',
          'MOSS-CHECKIN',
        ]) {
          expect(text).not.toContain(foreign);
        }
        expect(text).not.toMatch(/IDEMPOTENCY|RATE#|"PK"|"GSI1PK"/);
      });

      it('reads one page with one BatchGetItem and one Query per source page', async () => {
        recorder.reset();

        await ok(river, EXPORT, {});

        // Profile + share code; ten sources; the membership lists (current, former); one sweep per membership.
        expect(recorder.calls).toEqual(['BatchGetItem', ...Array<string>(10 + 2 + 6).fill('Query')]);
        expect(recorder.depth()).toBe(19);
      });

      it('gives the same document in pages of two records, each page bounded', async () => {
        const whole = await exportAll(river);

        const paged = await exportAll(river, 2);

        expect(paged.pages.length).toBeGreaterThan(5);
        expect(paged.merged).toEqual(whole.merged);
        expect(paged.profile).toEqual(whole.profile);
        expect(paged.pages.slice(1).every((p) => p.document.profile === null)).toBe(true);
        for (const page of paged.pages) {
          const records = LIST_SECTIONS.reduce((n, s) => n + (page.document[s] as unknown[]).length, 0);
          // Two stored records read; one may be a check-in carrying several of River's reactions, plus the membership it starts.
          expect(records).toBeLessThanOrEqual(2 * 3 + 1);
        }
      }, 30_000);

      it('refuses a cursor that is not one of ours, naming after', async () => {
        const forged = Buffer.from(`x1|sessions|||USER#${sky.sub}`).toString('base64url');

        for (const after of ['not a cursor', forged, Buffer.from('x1|circles|0|zz||').toString('base64url')]) {
          const res = await api.gql(EXPORT, { after }, river.accessToken);
          expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
        }
      });

      it('shows another member only their own data', async () => {
        const { merged } = await exportAll(sky);

        const text = JSON.stringify(merged);
        expect(text).not.toContain(river.sub);
        expect(text).not.toContain(memberIds.riverOwn);
        for (const id of [memberIds.riverLeft, memberIds.riverBack, memberIds.riverRemoved]) expect(text).not.toContain(id);
        expect(text).not.toContain('RIVER-');
        expect(merged.checkIns?.map((c) => c.text).sort()).toEqual(['SKY-CHECKIN-left', 'SKY-CHECKIN-own', 'SKY-CHECKIN-skys']);
      });

      it('answers UNAUTHENTICATED without a token', async () => {
        expect(codeOf(await api.gql(EXPORT, {}))).toBe('UNAUTHENTICATED');
        expect(codeOf(await api.gql(CSV, {}))).toBe('UNAUTHENTICATED');
        expect(codeOf(await api.gql(DELETE, { input: { confirm: CONFIRM } }))).toBe('UNAUTHENTICATED');
      });
    });

    describe('exportMySessionsCsv', () => {
      it('writes a header and one RFC 4180 row per session, defusing formulas, in one Query', async () => {
        recorder.reset();

        const page = (await ok<CsvPage>(river, CSV, {})).exportMySessionsCsv;

        expect(recorder.calls).toEqual(['Query']);
        expect(recorder.depth()).toBe(1);
        expect(page).toMatchObject({ rowCount: 3, hasMore: false, endCursor: null });
        const lines = page.csv.split('\r\n');
        expect(lines[0]).toBe(
          'id,status,startedAt,endedAt,durationMinutes,day,intention,setting,distressBefore,distressAfter,peakIntensity,tearsCame,wantedToCry,catalysts,bodySensations,emotions,afterState,reflection,selfHarmThoughts,feltUnsafe,createdAt,updatedAt',
        );
        expect(page.csv).toContain(`${sessionIds[0]},COMPLETED,`);
        expect(page.csv).toContain(`,"'=HYPERLINK(""http://evil.test"",""x"")",`);
        expect(page.csv).toContain(',"Lighter, then ""sleepy"",\nand calm",');
        expect(page.csv).toContain(`,Permission to feel,"'@home, bathroom",`);
        expect(page.csv).toContain(',MUSIC: our song,');
        expect(page.csv).toContain(",'-2 on the scale +1 calm,");
        expect(page.csv.endsWith('\r\n')).toBe(true);
      });

      it('pages with the header on the first page only', async () => {
        const first = (await ok<CsvPage>(river, CSV, { first: 2 })).exportMySessionsCsv;
        const second = (await ok<CsvPage>(river, CSV, { first: 2, after: first.endCursor })).exportMySessionsCsv;

        expect(first).toMatchObject({ rowCount: 2, hasMore: true });
        expect(second).toMatchObject({ rowCount: 1, hasMore: false, endCursor: null });
        expect(second.csv.startsWith(sessionIds[2] as string)).toBe(true);
        expect(first.csv + second.csv).toBe((await ok<CsvPage>(river, CSV, {})).exportMySessionsCsv.csv);
      });
    });

    describe('deleteMyAccount', () => {
      it('refuses without the confirmation phrase, naming confirm, and changes nothing', async () => {
        recorder.reset();

        const res = await api.gql(DELETE, { input: { confirm: 'delete my account' } }, river.accessToken);

        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['confirm'] });
        expect(recorder.writes()).toBe(0);
        expect(recorder.depth()).toBe(0);
      });

      it('deletes everything of River in bounded, resumable calls and leaves the others\u2019 data intact', async () => {
        const riverIds = [memberIds.riverOwn, memberIds.riverSkys, memberIds.riverAlone, memberIds.riverLeft, memberIds.riverBack, memberIds.riverRemoved];
        const riverCheckIns = [checkIns.riverOwn, checkIns.riverSkys, checkIns.riverLeft, checkIns.riverRemoved];
        const before = await scanTable();
        // The circles River left or was removed from are still linked to the account.
        expect(before.filter((item) => item.entity === 'FormerMembership' && item.PK === `USER#${river.sub}`).map((item) => item.status)).toEqual([
          'LEFT',
          'REMOVED',
        ]);
        expect(await stored(membershipKey(circles.removed, river.sub))).toMatchObject({ status: 'REMOVED' });
        const expectedGone = before.filter((item) => {
          const author = (item.author as { memberId?: string } | undefined)?.memberId;
          const contentAuthor = (item.contentAuthor as { memberId?: string } | undefined)?.memberId;
          if (item.PK === `USER#${river.sub}`) return true;
          if (item.entity === 'CircleMembership') return item.sub === river.sub;
          if (item.entity === 'CheckIn') return riverIds.includes(author as string);
          if (item.entity === 'CheckInReply') return riverIds.includes(author as string) || riverCheckIns.includes(item.checkInId as string);
          if (item.entity === 'CircleReport') return riverIds.includes(contentAuthor as string);
          return false;
        });
        const service = new AccountService(createAccountRepository(dynamo(), testStack().tableName), systemClock);

        // A tiny budget: the call stops early and says so.
        const partial = await service.deleteMyAccount(callerOf(river), { confirm: CONFIRM }, { maxItems: 3, maxMillis: 60_000 });
        expect(partial.complete).toBe(false);
        expect(partial.deletedItems).toBeGreaterThan(0);
        // A failure half-way: the third write of this call times out.
        const real = createAccountRepository(dynamo(), testStack().tableName);
        let applies = 0;
        let deletedBeforeFailure = 0;
        const failing: AccountRepository = Object.assign(Object.create(real) as AccountRepository, {
          apply: async (...args: Parameters<AccountRepository['apply']>) => {
            applies += 1;
            if (applies === 3) throw Object.assign(new Error('Connection timed out'), { name: 'TimeoutError' });
            const deleted = await real.apply(...args);
            deletedBeforeFailure += deleted;
            return deleted;
          },
          leaveCircle: async (...args: Parameters<AccountRepository['leaveCircle']>) => {
            await real.leaveCircle(...args);
            deletedBeforeFailure += 1;
          },
        });
        await expect(
          new AccountService(failing, systemClock).deleteMyAccount(callerOf(river), { confirm: CONFIRM }, { maxItems: 200, maxMillis: 60_000 }),
        ).rejects.toThrow('Connection timed out');
        expect(deletedBeforeFailure).toBeGreaterThan(0);

        const rest = await deleteUntilComplete(river);

        expect(partial.deletedItems + deletedBeforeFailure + rest.deleted).toBe(expectedGone.length);
        const after = await scanTable();
        const traces = after.filter((item) => [river.sub, ...riverIds].some((id) => itemJson(item).includes(id)));
        expect(traces).toEqual([]);
        for (const gone of expectedGone) expect(after.some((item) => item.PK === gone.PK && item.SK === gone.SK)).toBe(false);
        expect(await cognitoUserExists(river)).toBe(false);
      }, 60_000);

      it('hands River\u2019s circle to the longest-standing moderator and counts River out', async () => {
        const feed = await ok<{
          circle: {
            memberCount: number;
            me: { role: string };
            checkIns: { edges: Array<{ node: { id: string; text: string; replyCount: number; reactions: Array<{ kind: string; count: number }> } }> };
          };
        }>(moss, FEED, { id: circles.own, first: 20 });

        expect(feed.circle.memberCount).toBe(2);
        expect(feed.circle.me.role).toBe('OWNER');
        const skyCheckIn = feed.circle.checkIns.edges.map((e) => e.node);
        expect(skyCheckIn.map((c) => c.text)).toEqual(['SKY-CHECKIN-own']);
        expect(skyCheckIn[0]?.replyCount).toBe(0);
        expect(skyCheckIn[0]?.reactions.find((r) => r.kind === 'WITH_YOU')?.count).toBe(1);
        const members = await ok<{ circle: { members: { edges: Array<{ node: { pseudonym: string; role: string } }> } } }>(sky, MEMBERS, {
          id: circles.own,
          first: 50,
        });
        expect(members.circle.members.edges.map((e) => [e.node.pseudonym, e.node.role])).toEqual([
          ['SkyP', 'MEMBER'],
          ['MossP', 'OWNER'],
        ]);
      });

      it('removes River\u2019s thread, reply and reactions from Sky\u2019s circle and keeps River\u2019s report anonymised', async () => {
        const feed = await ok<{
          circle: {
            memberCount: number;
            checkIns: { edges: Array<{ node: { id: string; text: string; replyCount: number; reactions: Array<{ kind: string; count: number }> } }> };
          };
        }>(sky, FEED, { id: circles.skys, first: 20 });

        expect(feed.circle.memberCount).toBe(1);
        const nodes = feed.circle.checkIns.edges.map((e) => e.node);
        expect(nodes.map((n) => n.text)).toEqual(['SKY-CHECKIN-skys']);
        expect(nodes[0]?.replyCount).toBe(0);
        expect(nodes[0]?.reactions.filter((r) => r.count > 0)).toEqual([]);
        const checkIn = await stored(checkInKey(circles.skys, checkIns.skySkys));
        expect(checkIn?.reportedBy).toBeUndefined();
        const reports = (await scanTable()).filter((item) => item.entity === 'CircleReport' && item.circleId === circles.skys);
        expect(reports).toEqual([expect.objectContaining({ checkInId: checkIns.skySkys, reporterMemberId: 'deleted-account', note: 'RIVER-REPORT-note' })]);
      });

      it('removes what River wrote in circles River had left or been removed from, and the removal’s tombstone', async () => {
        const left = await ok<{
          circle: {
            memberCount: number;
            checkIns: { edges: Array<{ node: { text: string; replyCount: number; reactions: Array<{ kind: string; count: number }> } }> };
          };
        }>(sky, FEED, { id: circles.left, first: 20 });
        const removed = await ok<{
          circle: { memberCount: number; checkIns: { edges: Array<{ node: { text: string; reactions: Array<{ kind: string; count: number }> } }> } };
        }>(moss, FEED, { id: circles.removed, first: 20 });

        expect(left.circle.memberCount).toBe(1);
        expect(left.circle.checkIns.edges.map((e) => e.node.text)).toEqual(['SKY-CHECKIN-left']);
        expect(left.circle.checkIns.edges[0]?.node.replyCount).toBe(0);
        expect(left.circle.checkIns.edges[0]?.node.reactions.filter((r) => r.count > 0)).toEqual([]);
        expect(removed.circle.memberCount).toBe(1);
        expect(removed.circle.checkIns.edges.map((e) => e.node.text)).toEqual(['MOSS-CHECKIN-removed']);
        expect(removed.circle.checkIns.edges[0]?.node.reactions.filter((r) => r.count > 0)).toEqual([]);
        expect(await stored(membershipKey(circles.removed, river.sub))).toBeUndefined();
      });

      it('archives the circle River was alone in', async () => {
        const circle = await stored(circleKey(circles.alone));

        expect(circle).toMatchObject({ memberCount: 0, archivedAt: expect.any(String) });
        expect(await stored(membershipKey(circles.alone, river.sub))).toBeUndefined();
      });

      it('revokes River\u2019s share: Rowan no longer has River as a client', async () => {
        const res = await api.gql(CLIENT_TIMELINE, { clientId: river.sub, first: 10 }, rowan.accessToken);

        expect(codeOf(res)).toBe('NOT_FOUND');
        const clients = await ok<{ myClients: { edges: unknown[] } }>(rowan, kit('MyClients'));
        expect(clients.myClients.edges).toEqual([]);
      });

      it('keeps the still-valid token from bringing the account back, and answers complete again without writing', async () => {
        recorder.reset();

        const me = await api.gql(ME, {}, river.accessToken);
        const again = await api.gql<{ deleteMyAccount: { accountDeletion: { complete: boolean; deletedItems: number } } }>(
          DELETE,
          { input: { confirm: CONFIRM } },
          river.accessToken,
        );
        const logged = await api.gql(LOG, { input: { startedAt: new Date(Date.now() - HOUR).toISOString(), durationMinutes: 5 } }, river.accessToken);

        expect(codeOf(me)).toBe('UNAUTHENTICATED');
        expect(again.body.data?.deleteMyAccount.accountDeletion).toEqual({ __typename: 'AccountDeletion', complete: true, deletedItems: 0 });
        expect(codeOf(logged)).toBe('UNAUTHENTICATED');
        // me: the profile (none) and the marker; deleteMyAccount: the marker; logSession: as me, beside the two reads it starts
        // ahead of its write (the safety window and the routines, of the now empty partition, never answered). Nothing written.
        expect(recorder.calls.sort()).toEqual([...Array<string>(5).fill('GetItem'), 'Query', 'Query']);
        expect(recorder.writes()).toBe(0);
        expect(recorder.depth()).toBe(5);
        expect(await stored(profileKey(river.sub))).toBeUndefined();
      });

      it('refuses, with the still-valid token, the writes that never read the profile, and nothing is written', async () => {
        const attempts: Array<[string, Record<string, unknown>]> = [
          [kit('CreateRoutine'), { input: { name: 'After', kind: 'CUSTOM', steps: [{ title: 'Breathe' }] } }],
          [ADOPT, { input: { templateId: 'post-cry-aftercare', idempotencyKey: 'after-deletion' } }],
          [CREATE_CIRCLE, { input: { name: 'After', pseudonym: 'Ghost' } }],
          [JOIN, { input: { code: inviteCode, pseudonym: 'Ghost' } }],
        ];
        const before = (await scanTable()).length;

        for (const [query, variables] of attempts) expect(codeOf(await api.gql(query, variables, river.accessToken))).toBe('UNAUTHENTICATED');

        const after = await scanTable();
        expect(after).toHaveLength(before);
        expect(after.filter((item) => itemJson(item).includes(river.sub))).toEqual([]);
      });
    });
  });

  describe('a therapist who deletes their account', () => {
    let tess: TestUser;
    let cleo: TestUser;
    let cole: TestUser;

    beforeAll(async () => {
      [tess, cleo, cole] = await Promise.all([createTestUser({ group: 'therapists' }), createTestUser(), createTestUser()]);
      await ok(tess, UPDATE_PROFILE, { input: { version: 1, displayName: 'Tess' } });
      const code = (await ok<{ myShareCode: string }>(tess, SHARE_CODE)).myShareCode;
      await ok(cleo, INVITE_THERAPIST, { input: { shareCode: code, scopes: ['SESSIONS'] } });
      await ok(cole, INVITE_THERAPIST, { input: { shareCode: code, scopes: ['SESSIONS'] } });
      await ok(tess, ACCEPT_INVITATION, { input: { clientId: cleo.sub } });
      const session = (
        await ok<{ logSession: { session: { id: string } } }>(cleo, LOG, {
          input: { startedAt: new Date(Date.now() - 5 * HOUR).toISOString(), durationMinutes: 25 },
        })
      ).logSession.session.id;
      await ok(tess, CLIENT_TIMELINE, { clientId: cleo.sub, first: 10 });
      await ok(tess, CLIENT_TIMELINE, { clientId: cleo.sub, first: 10 });
      await ok(tess, ADD_NOTE, { input: { clientId: cleo.sub, text: 'TESS-NOTE', pinnedItem: { kind: 'SESSION', id: session } } });
      const accepted = (
        await ok<{ suggestPractice: { practiceSuggestion: { id: string } } }>(tess, SUGGEST, {
          input: { clientId: cleo.sub, templateId: 'post-cry-aftercare', message: 'TESS-ACCEPTED' },
        })
      ).suggestPractice.practiceSuggestion.id;
      await ok(tess, SUGGEST, { input: { clientId: cleo.sub, templateId: 'post-cry-aftercare', message: 'TESS-PENDING' } });
      await ok(cleo, ACCEPT_SUGGESTION, { input: { id: accepted } });
    }, 60_000);

    it('exports the grants held as therapist, and the share code', async () => {
      const { merged, profile } = await exportAll(tess);

      expect(profile).toMatchObject({ displayName: 'Tess', shareCode: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/) });
      expect(merged.grantsAsTherapist?.map((g) => [(g.client as { id: string }).id, g.status]).sort()).toEqual(
        [
          [cleo.sub, 'ACTIVE'],
          [cole.sub, 'PENDING'],
        ].sort(),
      );
    });

    it('removes their traces from clients\u2019 partitions and keeps the clients\u2019 access logs with a neutral placeholder', async () => {
      const { calls } = await deleteUntilComplete(tess);

      expect(calls).toBeGreaterThanOrEqual(1);
      const after = await scanTable();
      expect(after.filter((item) => itemJson(item).includes(tess.sub))).toEqual([]);
      const log = await ok<{ accessLog: { edges: Array<{ node: { operation: string; therapist: { personId: string; displayName: string } } }> } }>(
        cleo,
        kit('AccessLog'),
        { first: 10 },
      );
      expect(
        log.accessLog.edges.map((e) => ({
          operation: e.node.operation,
          therapist: { personId: e.node.therapist.personId, displayName: e.node.therapist.displayName },
        })),
      ).toEqual([
        { operation: 'addNote', therapist: { personId: 'deleted-account', displayName: 'Deleted account' } },
        { operation: 'clientTimeline', therapist: { personId: 'deleted-account', displayName: 'Deleted account' } },
        { operation: 'clientTimeline', therapist: { personId: 'deleted-account', displayName: 'Deleted account' } },
      ]);
      const suggestions = await ok<{ practiceSuggestions: { edges: Array<{ node: { message: string; status: string; therapist: { personId: string } } }> } }>(
        cleo,
        kit('PracticeSuggestions'),
      );
      expect(
        suggestions.practiceSuggestions.edges.map((e) => ({
          message: e.node.message,
          status: e.node.status,
          therapist: { personId: e.node.therapist.personId },
        })),
      ).toEqual([{ message: 'TESS-ACCEPTED', status: 'ACCEPTED', therapist: { personId: 'deleted-account' } }]);
      const timeline = await ok<{ timeline: { edges: Array<{ node: { __typename: string } }> } }>(cleo, kit('Timeline'), { first: 20 });
      expect(timeline.timeline.edges.map((e) => e.node.__typename)).toEqual(['Session']);
      for (const client of [cleo, cole]) expect((await ok<{ myGrants: unknown[] }>(client, kit('MyGrants'))).myGrants).toEqual([]);
      expect(await cognitoUserExists(tess)).toBe(false);
      expect(codeOf(await api.gql(ME, {}, tess.accessToken))).toBe('UNAUTHENTICATED');
      // The share code is made on first ask without reading the profile: the still-valid token cannot make a new one.
      expect(codeOf(await api.gql(SHARE_CODE, {}, tess.accessToken))).toBe('UNAUTHENTICATED');
      expect((await scanTable()).filter((item) => itemJson(item).includes(tess.sub))).toEqual([]);
    }, 60_000);
  });
});
