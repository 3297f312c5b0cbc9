// One owner drives dozens of circles here; the limits themselves are tested in rate-limits.test.ts.
process.env.RATE_LIMIT_SCALE = '50';

import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CircleRole } from '../../services/circles/circle.enums';
import { circleKey, inviteKey, membershipKey, repliesRange } from '../../services/circles/circle.keys';
import type { MembershipRecord } from '../../services/circles/circle.record';
import { DynamoCircleRepository } from '../../services/circles/circle.repository';
import { newId } from '../../services/shared/ids';
import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, documentClient, testStack, type GraphqlResponse, type TestUser } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the apps send them.
const CREATE = kit('CreateCircle');
const INVITE = kit('CreateCircleInvite');
const REVOKE = kit('RevokeCircleInvite');
const JOIN = kit('JoinCircle');
const LEAVE = kit('LeaveCircle');
const VISITED = kit('MarkCircleVisited');
const PSEUDONYM = kit('SetCirclePseudonym');
const SET_ROLE = kit('SetCircleMemberRole');
const TRANSFER = kit('TransferCircleOwnership');
const REMOVE = kit('RemoveCircleMember');
const PREVIEW = kit('CheckInPreview');
const POST = kit('PostCheckIn');
const REACT = kit('AddReaction');
const UNREACT = kit('RemoveReaction');
const REPLY = kit('ReplyToCheckIn');
const REPORT = kit('ReportCircleContent');
const HIDE = kit('HideCircleContent');
const RESOLVE = kit('ResolveCircleReport');
const CIRCLE = kit('Circle');
const FEED = kit('CircleFeed');
const THREAD = kit('CheckInThread');
const MEMBERS = kit('CircleMembers');
const INVITES = kit('CircleInvites');
const REPORTS = kit('CircleOpenReports');
const MY_CIRCLES = kit('MyCircles');
const PROFILE = kit('UpdateProfile');
const LOG = kit('LogSession');
const START = kit('StartSession');
// Not kit documents: these tests count the DynamoDB calls of exactly this
// selection. The kit's MyCircles also asks for the live figures (one more
// BatchGetItem a page), and its ReplyToCheckIn also reads the check-in back.
const MY_CIRCLES_PAGE =
  'query($first: Int, $after: String) { myCircles(first: $first, after: $after) { edges { node { circleId name me { role pseudonym } lastVisitedAt } } pageInfo { hasNextPage endCursor } } }';
const REPLY_ONLY =
  'mutation($input: ReplyToCheckInInput!) { replyToCheckIn(input: $input) { reply { id checkInId text hidden author { memberId pseudonym isMe } } support { message } } }';

type Member = { id: string; pseudonym: string; role: string; isMe: boolean };
type CircleData = { id: string; name: string; memberCap: number; memberCount: number; unreadCount: number; me: Member };
type Reaction = { kind: string; count: number; reactedByMe: boolean };
type CheckInData = {
  id: string;
  text: string | null;
  replyCount: number;
  hidden: boolean;
  author: { memberId: string; pseudonym: string; isMe: boolean };
  session: unknown;
  reactions: Reaction[];
};
type FeedData = { circle: { checkIns: { edges: Array<{ cursor: string; node: CheckInData }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
type Invite = { id: string; code: string; status: string; maxUses: number; uses: number; expiresAt: string };

const HOUR = 3600 * 1000;
const SECRET_REFLECTION = 'SECRET-REFLECTION-the-letter-I-never-sent';
const SECRET_INTENTION = 'SECRET-INTENTION-forgive-my-father';
const SECRET_REFERENCE = 'SECRET-REFERENCE-our-wedding-song';
const SECRET_SETTING = 'SECRET-SETTING-bathroom-at-work';

const codeOf = (res: GraphqlResponse) => res.body.errors?.[0]?.extensions?.code;

describe('support circles (integration)', () => {
  const {
    api,
    users: { owner, moderator, coModerator, member, target, outsider },
    recorder,
  } = useIntegrationApi({
    users: { owner: {}, moderator: {}, coModerator: {}, member: {}, target: {}, outsider: {} },
    seed: async () => {
      await call(owner, PROFILE, { input: { version: 1, displayName: 'River' } });
      await call(member, PROFILE, { input: { version: 1, displayName: 'Sky', locale: 'en-GB', country: 'GB' } });
    },
  });

  /** Runs an operation and fails the test with the errors if there are any. */
  async function ok<T = Record<string, unknown>>(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await api.gql<T>(query, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  function call(user: TestUser, query: string, variables: Record<string, unknown> = {}) {
    return api.gql(query, variables, user.accessToken);
  }

  async function createCircle(by: TestUser, input: Record<string, unknown> = {}): Promise<CircleData> {
    return (await ok<{ createCircle: { circle: CircleData } }>(by, CREATE, { input: { name: 'Evening tears', ...input } })).createCircle.circle;
  }

  async function invite(by: TestUser, circleId: string, input: Record<string, unknown> = {}): Promise<Invite> {
    return (await ok<{ createCircleInvite: { circleInvite: Invite } }>(by, INVITE, { input: { circleId, ...input } })).createCircleInvite.circleInvite;
  }

  async function join(user: TestUser, code: string, pseudonym?: string): Promise<CircleData> {
    return (await ok<{ joinCircle: { circle: CircleData } }>(user, JOIN, { input: { code, pseudonym } })).joinCircle.circle;
  }

  async function postCheckIn(user: TestUser, circleId: string, input: Record<string, unknown> = {}): Promise<CheckInData> {
    return (await ok<{ postCheckIn: { checkIn: CheckInData } }>(user, POST, { input: { circleId, mood: 'SAD', ...input } })).postCheckIn.checkIn;
  }

  async function feed(user: TestUser, circleId: string, first = 20) {
    return (await ok<FeedData>(user, FEED, { id: circleId, first })).circle.checkIns;
  }

  async function storedCircle(circleId: string) {
    return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: circleKey(circleId), ConsistentRead: true }))).Item;
  }

  async function storedInvite(circleId: string, inviteId: string) {
    return (await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: inviteKey(circleId, inviteId), ConsistentRead: true }))).Item;
  }

  interface RoledCircle {
    id: string;
    ids: { owner: string; moderator: string; coModerator: string; member: string; target: string };
    targetCheckInId: string;
    reportId: string;
    inviteId: string;
  }

  /**
   * A circle with an owner, two moderators, a member and a second member (the
   * target of role actions), a check-in by the target, and an open report (by
   * the target, on the owner's check-in).
   */
  async function roledCircle(): Promise<RoledCircle> {
    const circle = await createCircle(owner, { pseudonym: 'Owner' });
    const code = (await invite(owner, circle.id, { maxUses: 5 })).code;
    const mod = await join(moderator, code, 'Mod');
    const coMod = await join(coModerator, code, 'Co-mod');
    const mem = await join(member, code, 'Mem');
    const tgt = await join(target, code, 'Target');
    for (const promoted of [mod, coMod]) await ok(owner, SET_ROLE, { input: { circleId: circle.id, memberId: promoted.me.id, role: 'MODERATOR' } });
    const checkIn = await postCheckIn(target, circle.id, { text: 'A long day' });
    const reported = await postCheckIn(owner, circle.id, { text: 'Welcome, everyone' });
    const reportId = (
      await ok<{ reportCircleContent: { reportId: string } }>(target, REPORT, { input: { circleId: circle.id, checkInId: reported.id, reason: 'SPAM' } })
    ).reportCircleContent.reportId;
    const spare = await invite(owner, circle.id);
    return {
      id: circle.id,
      ids: { owner: circle.me.id, moderator: mod.me.id, coModerator: coMod.me.id, member: mem.me.id, target: tgt.me.id },
      targetCheckInId: checkIn.id,
      reportId,
      inviteId: spare.id,
    };
  }

  describe('createCircle', () => {
    it('creates a circle with its creator as owner, the default cap and the display name as pseudonym, in one transaction', async () => {
      const circle = await createCircle(owner, { description: 'Letting the day go', topic: 'everyday' });

      expect(circle).toMatchObject({
        name: 'Evening tears',
        memberCap: 30,
        memberCount: 1,
        unreadCount: 0,
        me: { pseudonym: 'River', role: 'OWNER', isMe: true },
      });
      expect(recorder.calls).toEqual(['GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it('takes a chosen pseudonym and cap without reading the profile', async () => {
      const circle = await createCircle(owner, { pseudonym: 'Willow', memberCap: 50 });

      expect(circle).toMatchObject({ memberCap: 50, me: { pseudonym: 'Willow' } });
      expect(recorder.calls).toEqual(['TransactWriteItems']);
      expect(recorder.depth()).toBe(1);
    });

    it('returns the first circle for a retry with the same idempotency key', async () => {
      const input = { name: 'Once only', idempotencyKey: 'circle-key-0001' };

      const first = await ok<{ createCircle: { circle: CircleData } }>(owner, CREATE, { input });
      const retry = await ok<{ createCircle: { circle: CircleData } }>(owner, CREATE, { input });

      expect(retry.createCircle.circle.id).toBe(first.createCircle.circle.id);
      const names = (await ok<{ myCircles: { edges: Array<{ node: { name: string } }> } }>(owner, MY_CIRCLES, { first: 100 })).myCircles.edges.filter(
        (e) => e.node.name === 'Once only',
      );
      expect(names).toHaveLength(1);
    });

    it.each([
      ['a cap above 50', { memberCap: 51 }, 'memberCap'],
      ['a cap below 2', { memberCap: 1 }, 'memberCap'],
      ['a very long name', { name: 'n'.repeat(81) }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a very long description', { description: 'd'.repeat(501) }, 'description'],
      ['a very long pseudonym', { pseudonym: 'p'.repeat(41) }, 'pseudonym'],
    ])('refuses %s naming the field, writing nothing', async (_name, input, field) => {
      const res = await call(owner, CREATE, { input: { name: 'Evening tears', ...input } });

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
    });
  });

  describe('invites and joining', () => {
    let circleId: string;

    beforeEach(async () => {
      circleId = (await createCircle(owner, { memberCap: 3 })).id;
      recorder.reset();
    });

    it('creates a short single-use code that expires in 7 days by default', async () => {
      const created = await invite(owner, circleId);

      expect(created).toMatchObject({ status: 'ACTIVE', maxUses: 1, uses: 0 });
      expect(created.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(Math.abs(Date.parse(created.expiresAt) - (Date.now() + 7 * 24 * HOUR))).toBeLessThan(60_000);
      // The invite and its creator's rate counter, in one transaction.
      expect(recorder.calls).toEqual(['GetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
    });

    it('makes a different code every time', async () => {
      const codes = await Promise.all(Array.from({ length: 5 }, () => invite(owner, circleId, { maxUses: 2 })));

      expect(new Set(codes.map((c) => c.code)).size).toBe(5);
    });

    it('joins with a code typed in lower case without the dash, as a member with the display name as pseudonym', async () => {
      const { code } = await invite(owner, circleId);
      recorder.reset();

      const joined = await join(member, code.toLowerCase().replace('-', ' '));

      expect(joined).toMatchObject({ id: circleId, memberCount: 2, me: { role: 'MEMBER', pseudonym: 'Sky', isMe: true } });
      // The code and the guess count together, the circle with the membership, the roster with the profile, then the write.
      expect([...recorder.calls].sort()).toEqual(['BatchGetItem', 'GetItem', 'GetItem', 'Query', 'Query', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(4);
      expect((await storedCircle(circleId))?.memberCount).toBe(2);
    });

    it('refuses a single-use code the second time, writing nothing', async () => {
      const created = await invite(owner, circleId);
      await join(member, created.code);

      const res = await call(target, JOIN, { input: { code: created.code } });

      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0]?.message).toMatch(/used up/);
      expect((await storedCircle(circleId))?.memberCount).toBe(2);
      expect((await storedInvite(circleId, created.id))?.uses).toBe(1);
    });

    it('lets a multi-use code be used up to its limit', async () => {
      const created = await invite(owner, circleId, { maxUses: 2 });

      await join(member, created.code);
      await join(target, created.code);

      expect((await storedInvite(circleId, created.id))?.uses).toBe(2);
      const list = await ok<{ circle: { invites: { edges: Array<{ node: Invite }> } } }>(owner, INVITES, { id: circleId, first: 20 });
      expect(list.circle.invites.edges.find((e) => e.node.id === created.id)?.node).toMatchObject({ status: 'USED_UP', uses: 2 });
    });

    it('refuses a revoked code', async () => {
      const created = await invite(owner, circleId);
      const revoked = await ok<{ revokeCircleInvite: { circleInvite: { status: string } } }>(owner, REVOKE, { input: { circleId, inviteId: created.id } });
      expect(revoked.revokeCircleInvite.circleInvite.status).toBe('REVOKED');

      const res = await call(member, JOIN, { input: { code: created.code } });

      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0]?.message).toMatch(/revoked/);
      expect((await storedCircle(circleId))?.memberCount).toBe(1);
    });

    it('refuses an expired code by the clock, before any TTL has removed it', async () => {
      const created = await invite(owner, circleId);
      await documentClient().send(
        new UpdateCommand({
          TableName: testStack().tableName,
          Key: inviteKey(circleId, created.id),
          UpdateExpression: 'SET expiresAt = :past',
          ExpressionAttributeValues: { ':past': new Date(Date.now() - 1000).toISOString() },
        }),
      );

      const res = await call(member, JOIN, { input: { code: created.code } });

      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0]?.message).toMatch(/expired/);
      expect((await storedInvite(circleId, created.id))?.uses).toBe(0);
    });

    it('answers NOT_FOUND for an unknown code and BAD_USER_INPUT for something that is not a code', async () => {
      const unknown = await call(member, JOIN, { input: { code: 'ZZZZZ-ZZZZZ' } });
      const malformed = await call(member, JOIN, { input: { code: 'hello!' } });

      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['code'] });
    });

    it('refuses joining twice with CONFLICT, writing nothing', async () => {
      const { code } = await invite(owner, circleId, { maxUses: 3 });
      await join(member, code);
      recorder.reset();

      const res = await call(member, JOIN, { input: { code } });

      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0]?.message).toMatch(/already a member/);
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(2);
    });

    it('refuses a full circle with a clear CONFLICT, writing nothing', async () => {
      const { code, id } = await invite(owner, circleId, { maxUses: 5 });
      await join(member, code);
      await join(target, code);
      recorder.reset();

      const res = await call(outsider, JOIN, { input: { code } });

      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0]?.message).toBe('This circle is full');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(2);
      expect((await storedInvite(circleId, id))?.uses).toBe(2);
    });

    it('lets exactly one of two members take the last seat at once', async () => {
      const { code, id } = await invite(owner, circleId, { maxUses: 5 });
      await join(member, code);

      const results = await Promise.all([call(target, JOIN, { input: { code } }), call(outsider, JOIN, { input: { code } })]);

      const outcomes = results.map((r) => codeOf(r) ?? 'OK').sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      expect(results.find((r) => codeOf(r))?.body.errors?.[0]?.message).toBe('This circle is full');
      expect((await storedCircle(circleId))?.memberCount).toBe(3);
      expect((await storedInvite(circleId, id))?.uses).toBe(2);
    });

    describe('the join transaction itself, whatever a stale read said', () => {
      const repo = () => new DynamoCircleRepository(documentClient(), testStack().tableName);
      const membershipOf = (user: TestUser): MembershipRecord => {
        const at = new Date().toISOString();
        return {
          circleId,
          sub: user.sub,
          memberId: newId(),
          role: CircleRole.MEMBER,
          status: 'ACTIVE',
          pseudonym: 'Late',
          circle: { name: 'Evening tears', description: null, topic: null },
          joinedAt: at,
          lastVisitedAt: null,
          seenCheckInCount: 0,
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
      };

      it('refuses a seat beyond the cap', async () => {
        const { code, id } = await invite(owner, circleId, { maxUses: 5 });
        await join(member, code);
        await join(target, code);

        const failed = await repo().join(membershipOf(outsider), id, (await storedCircle(circleId))?.rosterVersion ?? 0, new Date());

        expect(failed).toBe('circle');
        expect((await storedCircle(circleId))?.memberCount).toBe(3);
        expect((await storedInvite(circleId, id))?.uses).toBe(2);
      });

      it('refuses an invite that has expired by the clock it is given', async () => {
        const { id, expiresAt } = await invite(owner, circleId, { expiresInHours: 1 });

        const failed = await repo().join(membershipOf(outsider), id, (await storedCircle(circleId))?.rosterVersion ?? 0, new Date(Date.parse(expiresAt) + 1));

        expect(failed).toBe('invite');
        expect((await storedCircle(circleId))?.memberCount).toBe(1);
      });
    });
  });

  describe('pseudonyms', () => {
    it('shows members to each other by member id and pseudonym, never an account id or email', async () => {
      const circle = await createCircle(owner, { pseudonym: 'Willow' });
      await join(member, (await invite(owner, circle.id)).code, 'Quiet Sky');
      await postCheckIn(member, circle.id, { text: 'Here today' });

      const members = await call(owner, MEMBERS, { id: circle.id, first: 50 });
      const checkIns = await call(owner, FEED, { id: circle.id });

      expect(members.body.data).toMatchObject({
        circle: {
          members: { edges: [{ node: { pseudonym: 'Willow', role: 'OWNER', isMe: true } }, { node: { pseudonym: 'Quiet Sky', role: 'MEMBER', isMe: false } }] },
        },
      });
      for (const raw of [JSON.stringify(members.body), JSON.stringify(checkIns.body)]) {
        expect(raw).not.toContain(member.sub);
        expect(raw).not.toContain(member.email);
        expect(raw).not.toContain(owner.sub);
      }
    });

    it('lets a member choose another pseudonym for this circle', async () => {
      const circle = await createCircle(owner);

      const res = await ok<{ setCirclePseudonym: { circleMember: { pseudonym: string } } }>(owner, PSEUDONYM, {
        input: { circleId: circle.id, pseudonym: '  Fern  ' },
      });

      expect(res.setCirclePseudonym.circleMember.pseudonym).toBe('Fern');
      expect((await ok<{ circle: CircleData }>(owner, CIRCLE, { id: circle.id })).circle.me.pseudonym).toBe('Fern');
      expect(codeOf(await call(owner, PSEUDONYM, { input: { circleId: circle.id, pseudonym: ' ' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(owner, PSEUDONYM, { input: { circleId: circle.id, pseudonym: 'x'.repeat(41) } }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('role x action permissions', () => {
    type Role = 'owner' | 'moderator' | 'member';
    type Outcome = 'OK' | 'FORBIDDEN' | 'BAD_USER_INPUT';
    type Action = (c: RoledCircle) => [string, Record<string, unknown>];

    const ACTIONS: Record<string, Action> = {
      'create an invite': (c) => [INVITE, { input: { circleId: c.id } }],
      'revoke an invite': (c) => [REVOKE, { input: { circleId: c.id, inviteId: c.inviteId } }],
      'list invites': (c) => [INVITES, { id: c.id, first: 20 }],
      'promote a member': (c) => [SET_ROLE, { input: { circleId: c.id, memberId: c.ids.target, role: 'MODERATOR' } }],
      'demote a moderator': (c) => [SET_ROLE, { input: { circleId: c.id, memberId: c.ids.coModerator, role: 'MEMBER' } }],
      'transfer ownership': (c) => [TRANSFER, { input: { circleId: c.id, memberId: c.ids.target } }],
      'remove a member': (c) => [REMOVE, { input: { circleId: c.id, memberId: c.ids.target } }],
      'remove a moderator': (c) => [REMOVE, { input: { circleId: c.id, memberId: c.ids.coModerator } }],
      'remove the owner': (c) => [REMOVE, { input: { circleId: c.id, memberId: c.ids.owner } }],
      'see open reports': (c) => [REPORTS, { id: c.id, first: 20 }],
      'hide a check-in': (c) => [HIDE, { input: { circleId: c.id, checkInId: c.targetCheckInId } }],
      'resolve a report': (c) => [RESOLVE, { input: { circleId: c.id, reportId: c.reportId, outcome: 'NO_ACTION' } }],
      'read the feed': (c) => [FEED, { id: c.id }],
      'post a check-in': (c) => [POST, { input: { circleId: c.id, mood: 'CALM' } }],
      react: (c) => [REACT, { input: { circleId: c.id, checkInId: c.targetCheckInId, kind: 'HUG' } }],
      reply: (c) => [REPLY, { input: { circleId: c.id, checkInId: c.targetCheckInId, text: 'With you' } }],
      'report a check-in': (c) => [REPORT, { input: { circleId: c.id, checkInId: c.targetCheckInId, reason: 'OTHER' } }],
      'choose a pseudonym': (c) => [PSEUDONYM, { input: { circleId: c.id, pseudonym: 'New name' } }],
      'leave while others remain': (c) => [LEAVE, { input: { circleId: c.id } }],
    };

    // owner, moderator, member
    const TABLE: Array<[string, Outcome, Outcome, Outcome]> = [
      ['create an invite', 'OK', 'OK', 'FORBIDDEN'],
      ['revoke an invite', 'OK', 'OK', 'FORBIDDEN'],
      ['list invites', 'OK', 'OK', 'FORBIDDEN'],
      ['promote a member', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
      ['demote a moderator', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
      ['transfer ownership', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
      ['remove a member', 'OK', 'OK', 'FORBIDDEN'],
      ['remove a moderator', 'OK', 'FORBIDDEN', 'FORBIDDEN'],
      ['remove the owner', 'BAD_USER_INPUT', 'FORBIDDEN', 'FORBIDDEN'],
      ['see open reports', 'OK', 'OK', 'FORBIDDEN'],
      ['hide a check-in', 'OK', 'OK', 'FORBIDDEN'],
      ['resolve a report', 'OK', 'OK', 'FORBIDDEN'],
      ['read the feed', 'OK', 'OK', 'OK'],
      ['post a check-in', 'OK', 'OK', 'OK'],
      ['react', 'OK', 'OK', 'OK'],
      ['reply', 'OK', 'OK', 'OK'],
      ['report a check-in', 'OK', 'OK', 'OK'],
      ['choose a pseudonym', 'OK', 'OK', 'OK'],
      ['leave while others remain', 'FORBIDDEN', 'OK', 'OK'],
    ];
    // DynamoDB round trips one after another (issue #19), as owner, moderator, member.
    const DEPTHS: Record<string, [number, number, number]> = {
      'create an invite': [2, 2, 1],
      'revoke an invite': [2, 2, 1],
      'list invites': [2, 2, 1],
      'promote a member': [2, 1, 1],
      'demote a moderator': [2, 1, 1],
      'transfer ownership': [2, 1, 1],
      'remove a member': [2, 2, 1],
      'remove a moderator': [2, 1, 1],
      'remove the owner': [1, 1, 1],
      'see open reports': [2, 2, 1],
      'hide a check-in': [2, 2, 1],
      'resolve a report': [2, 2, 1],
      'read the feed': [2, 2, 2],
      'post a check-in': [2, 2, 2],
      react: [2, 2, 2],
      reply: [2, 2, 2],
      'report a check-in': [2, 2, 2],
      'choose a pseudonym': [3, 3, 3],
      'leave while others remain': [1, 2, 2],
    };
    const CASES = TABLE.flatMap(([action, ...outcomes]) =>
      (['owner', 'moderator', 'member'] as Role[]).map((role, i) => [action, role, outcomes[i] as Outcome] as const),
    );
    const circles: RoledCircle[] = [];

    // A fresh circle per case, built a few at a time up front.
    beforeAll(async () => {
      let next = 0;
      const builder = async () => {
        for (let i = next++; i < CASES.length; i = next++) circles[i] = await roledCircle();
      };
      await Promise.all(Array.from({ length: 6 }, builder));
    }, 60_000);

    it.each(CASES.map((row, i) => [...row, i] as const))('%s as %s: %s', async (action, role, expected, i) => {
      const circle = circles[i] as RoledCircle;
      const actor = { owner, moderator, member }[role];
      const [query, variables] = (ACTIONS[action] as Action)(circle);
      recorder.reset();

      const res = await call(actor, query, variables);

      expect(codeOf(res) ?? 'OK').toBe(expected);
      if (expected !== 'OK') expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(DEPTHS[action]?.[(['owner', 'moderator', 'member'] as Role[]).indexOf(role)]);
    });
  });

  describe('roles', () => {
    it('transfers ownership: the old owner becomes a moderator and may leave; the new owner may not while others remain', async () => {
      const circle = await createCircle(owner);
      const joined = await join(member, (await invite(owner, circle.id)).code);

      const res = await ok<{ transferCircleOwnership: { circle: { me: Member } } }>(owner, TRANSFER, {
        input: { circleId: circle.id, memberId: joined.me.id },
      });

      expect(res.transferCircleOwnership.circle.me.role).toBe('MODERATOR');
      expect((await ok<{ circle: CircleData }>(member, CIRCLE, { id: circle.id })).circle.me.role).toBe('OWNER');
      const stuck = await call(member, LEAVE, { input: { circleId: circle.id } });
      expect(codeOf(stuck)).toBe('FORBIDDEN');
      expect(stuck.body.errors?.[0]?.message).toMatch(/Transfer ownership/);
      expect((await ok<{ leaveCircle: { circleId: string } }>(owner, LEAVE, { input: { circleId: circle.id } })).leaveCircle.circleId).toBe(circle.id);
      expect((await storedCircle(circle.id))?.memberCount).toBe(1);
    });

    it('archives the circle when its last member, the owner, leaves; its codes stop working', async () => {
      const circle = await createCircle(owner);
      const { code } = await invite(owner, circle.id);

      await ok(owner, LEAVE, { input: { circleId: circle.id } });

      expect((await storedCircle(circle.id))?.archivedAt).toEqual(expect.any(String));
      expect(codeOf(await call(owner, CIRCLE, { id: circle.id }))).toBe('NOT_FOUND');
      expect(codeOf(await call(member, JOIN, { input: { code } }))).toBe('NOT_FOUND');
    });

    it('lets a member who left rejoin with a new code', async () => {
      const circle = await createCircle(owner);
      await join(member, (await invite(owner, circle.id)).code);
      await ok(member, LEAVE, { input: { circleId: circle.id } });
      expect(codeOf(await call(member, CIRCLE, { id: circle.id }))).toBe('NOT_FOUND');

      const again = await join(member, (await invite(owner, circle.id)).code);

      expect(again.me.role).toBe('MEMBER');
    });
  });

  describe('a removed member', () => {
    let circleId: string;
    let code: string;

    beforeAll(async () => {
      circleId = (await createCircle(owner)).id;
      code = (await invite(owner, circleId, { maxUses: 5 })).code;
      const joined = await join(target, code);
      await postCheckIn(target, circleId, { text: 'still here' });
      await ok(owner, REMOVE, { input: { circleId, memberId: joined.me.id } });
    });

    it('loses access on the next request, after one membership read', async () => {
      recorder.reset();

      const res = await call(target, FEED, { id: circleId });

      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(recorder.calls).toEqual(['BatchGetItem']);
      expect(recorder.depth()).toBe(1);
    });

    it('cannot post, writing nothing', async () => {
      const res = await call(target, POST, { input: { circleId, mood: 'ANGRY', text: 'let me back' } });

      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(recorder.calls).toEqual(['GetItem']);
      expect(recorder.depth()).toBe(1);
      expect((await feed(owner, circleId)).edges).toHaveLength(1);
    });

    it('no longer sees the circle among theirs and cannot rejoin with a code', async () => {
      const mine = await ok<{ myCircles: { edges: Array<{ node: { circleId: string } }> } }>(target, MY_CIRCLES, { first: 100 });
      const rejoin = await call(target, JOIN, { input: { code } });

      expect(mine.myCircles.edges.map((e) => e.node.circleId)).not.toContain(circleId);
      expect(codeOf(rejoin)).toBe('FORBIDDEN');
      expect((await storedCircle(circleId))?.memberCount).toBe(1);
    });

    it('is gone from the member list', async () => {
      const list = await ok<{ circle: { members: { edges: Array<{ node: Member }> } } }>(owner, MEMBERS, { id: circleId, first: 50 });

      expect(list.circle.members.edges.map((e) => e.node.role)).toEqual(['OWNER']);
    });

    it('keeps a record of the membership in their own partition, so their data can still find what they wrote', async () => {
      const formers = await documentClient().send(
        new QueryCommand({
          TableName: testStack().tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :former)',
          ExpressionAttributeValues: { ':pk': `USER#${target.sub}`, ':former': 'FORMERCIRCLE#' },
          ConsistentRead: true,
        }),
      );

      expect(formers.Items?.filter((item) => item.circleId === circleId)).toEqual([
        expect.objectContaining({ entity: 'FormerMembership', status: 'REMOVED', endedAt: expect.any(String) }),
      ]);
    });
  });

  describe('a removal acting on a stale read', () => {
    it('does not touch the membership of a member who left and rejoined meanwhile', async () => {
      const circleId = (await createCircle(owner)).id;
      const code = (await invite(owner, circleId, { maxUses: 5 })).code;
      await join(outsider, code);
      const stale = (
        await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: membershipKey(circleId, outsider.sub), ConsistentRead: true }))
      ).Item as MembershipRecord;
      await ok(outsider, LEAVE, { input: { circleId } });
      const back = await join(outsider, code);

      await expect(new DynamoCircleRepository(documentClient(), testStack().tableName).removeMember(circleId, stale, new Date())).rejects.toMatchObject({
        code: 'CONFLICT',
      });

      const current = (
        await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: membershipKey(circleId, outsider.sub), ConsistentRead: true }))
      ).Item;
      expect(current).toMatchObject({ memberId: back.me.id, status: 'ACTIVE' });
      expect((await storedCircle(circleId))?.memberCount).toBe(2);
      await ok(outsider, LEAVE, { input: { circleId } });
    });
  });

  describe('check-ins', () => {
    let circleId: string;

    beforeAll(async () => {
      circleId = (await createCircle(owner)).id;
      await join(member, (await invite(owner, circleId)).code);
    });

    it('posts a mood check-in in one transaction after the membership check', async () => {
      recorder.reset();

      const res = await ok<{ postCheckIn: { checkIn: CheckInData; support: unknown } }>(owner, POST, {
        input: { circleId, mood: 'TENDER', intensity: 6, text: '  A soft day.  ' },
      });

      expect(res.postCheckIn).toMatchObject({
        checkIn: { mood: 'TENDER', intensity: 6, text: 'A soft day.', replyCount: 0, session: null, author: { pseudonym: 'River', isMe: true } },
        support: null,
      });
      expect(recorder.calls).toEqual(['GetItem', 'TransactWriteItems']);
      expect(recorder.writes()).toBe(1);
      expect(recorder.depth()).toBe(2);
    });

    it.each([
      ['an intensity above 10', { intensity: 11 }, ['intensity']],
      ['very long text', { text: 't'.repeat(1001) }, ['text']],
      ['neither a mood nor a session', { mood: null }, ['mood', 'fromSession']],
    ])('refuses %s, writing nothing', async (_name, input, fields) => {
      const res = await call(owner, POST, { input: { circleId, mood: 'SAD', ...input } });

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(_name === 'neither a mood nor a session' ? 1 : 0); // the others are refused before any read
    });

    it('refuses a mood that is not on the list', async () => {
      const res = await call(owner, POST, { input: { circleId, mood: 'EUPHORIC' } });

      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
    });

    it('returns the first check-in for a retry with the same idempotency key', async () => {
      const input = { circleId, mood: 'CALM', idempotencyKey: 'check-in-key-1' };

      const first = await ok<{ postCheckIn: { checkIn: CheckInData } }>(owner, POST, { input });
      const retry = await ok<{ postCheckIn: { checkIn: CheckInData } }>(owner, POST, { input });

      expect(retry.postCheckIn.checkIn.id).toBe(first.postCheckIn.checkIn.id);
      expect((await feed(owner, circleId, 100)).edges.filter((e) => e.node.id === first.postCheckIn.checkIn.id)).toHaveLength(1);
      expect((await storedCircle(circleId))?.checkInCount).toBe((await feed(owner, circleId, 100)).edges.length);
    });

    it('posts a check-in whose text suggests crisis and gives its author support resources for their country', async () => {
      const res = await ok<{ postCheckIn: { checkIn: CheckInData; support: { message: string; resources: { crisisLine: { name: string } } } } }>(member, POST, {
        input: { circleId, mood: 'OVERWHELMED', text: 'Honestly I don’t want to be alive anymore.' },
      });

      expect(res.postCheckIn.support.resources.crisisLine.name).toBe('Samaritans');
      expect(res.postCheckIn.support.message).toMatch(/posted/);
      const seen = (await feed(owner, circleId)).edges.find((e) => e.node.id === res.postCheckIn.checkIn.id);
      expect(seen?.node.text).toMatch(/alive/);
    });

    describe('made from a session', () => {
      let sessionId: string;
      let version: number;

      beforeAll(async () => {
        const logged = await ok<{ logSession: { session: { id: string; version: number } } }>(owner, LOG, {
          input: {
            startedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
            durationMinutes: 35,
            intention: SECRET_INTENTION,
            setting: SECRET_SETTING,
            distressBefore: 8,
            distressAfter: 3,
            catalysts: [{ kind: 'MUSIC', reference: SECRET_REFERENCE }, { kind: 'MEMORY' }, { kind: 'MUSIC' }],
            emotions: ['GRIEF'],
            tearsCame: true,
            afterState: 'LIGHTER',
            reflection: SECRET_REFLECTION,
            feltUnsafe: true,
          },
        });
        ({ id: sessionId, version } = logged.logSession.session);
      });

      it('previews exactly the redacted summary', async () => {
        recorder.reset();

        const res = await call(owner, PREVIEW, { circleId, sessionId });

        expect(res.body.data).toEqual({
          __typename: 'Query',
          checkInPreview: {
            __typename: 'CheckInPreview',
            sessionId,
            version,
            summary: { __typename: 'CheckInSessionSummary', durationMinutes: 35, afterState: 'LIGHTER', catalysts: ['MUSIC', 'MEMORY'] },
          },
        });
        expect(recorder.calls).toEqual(['GetItem', 'GetItem']);
        expect(recorder.depth()).toBe(1);
      });

      it('posts what the preview showed in one transaction, and the reflection never appears in any circle response', async () => {
        const preview = await call(owner, PREVIEW, { circleId, sessionId });
        recorder.reset();

        const posted = await call(owner, POST, { input: { circleId, mood: 'RELIEVED', fromSession: { sessionId, version } } });

        expect(recorder.calls).toEqual(['GetItem', 'GetItem', 'TransactWriteItems']);
        expect(recorder.depth()).toBe(2);
        const checkIn = (posted.body.data as { postCheckIn: { checkIn: CheckInData } }).postCheckIn.checkIn;
        expect(checkIn.session).toEqual((preview.body.data as { checkInPreview: { summary: unknown } }).checkInPreview.summary);
        await ok(member, REACT, { input: { circleId, checkInId: checkIn.id, kind: 'HUG' } });
        await ok(member, REPORT, { input: { circleId, checkInId: checkIn.id, reason: 'OTHER' } });
        const responses = [
          preview,
          posted,
          await call(owner, FEED, { id: circleId }),
          await call(member, FEED, { id: circleId }),
          await call(member, THREAD, { circleId, checkInId: checkIn.id, first: 20 }),
          await call(member, REACT, { input: { circleId, checkInId: checkIn.id, kind: 'WITH_YOU' } }),
          await call(owner, REPORTS, { id: circleId, first: 20 }),
          await call(member, MY_CIRCLES, { first: 10 }),
        ];
        for (const res of responses) {
          expect(res.body.errors).toBeUndefined();
          const raw = JSON.stringify(res.body);
          for (const secret of [SECRET_REFLECTION, SECRET_INTENTION, SECRET_REFERENCE, SECRET_SETTING]) expect(raw).not.toContain(secret);
          expect(raw).not.toMatch(/feltUnsafe|selfHarm|reflection|intention/);
        }
      });

      it('refuses a session that changed since the preview', async () => {
        const res = await call(owner, POST, { input: { circleId, mood: 'CALM', fromSession: { sessionId, version: version + 1 } } });

        expect(codeOf(res)).toBe('CONFLICT');
        expect(recorder.writes()).toBe(0);
        expect(recorder.depth()).toBe(1);
      });

      it("answers NOT_FOUND for another member's session", async () => {
        const preview = await call(member, PREVIEW, { circleId, sessionId });
        const post = await call(member, POST, { input: { circleId, fromSession: { sessionId, version } } });

        expect(codeOf(preview)).toBe('NOT_FOUND');
        expect(codeOf(post)).toBe('NOT_FOUND');
        expect(JSON.stringify(preview.body)).not.toContain(SECRET_REFLECTION);
        expect(recorder.writes()).toBe(0);
        expect(recorder.depth()).toBe(2);
      });

      it('refuses a session still in progress', async () => {
        const live = await ok<{ startSession: { session: { id: string } } }>(owner, START);

        const res = await call(owner, PREVIEW, { circleId, sessionId: live.startSession.session.id });

        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['sessionId'] });
      });
    });
  });

  describe('the feed', () => {
    let circleId: string;

    beforeAll(async () => {
      circleId = (await createCircle(owner)).id;
      await join(member, (await invite(owner, circleId)).code);
      for (const mood of ['SAD', 'CALM', 'GRATEFUL', 'HOPEFUL', 'TENDER']) await postCheckIn(mood === 'CALM' ? member : owner, circleId, { mood });
    });

    it('pages newest first in one membership check and one Query, whatever the page size', async () => {
      for (const first of [2, 50]) {
        recorder.reset();

        const page = await feed(member, circleId, first);

        expect(page.edges.length).toBe(Math.min(first, 5));
        expect(recorder.calls).toEqual(['BatchGetItem', 'Query']);
        expect(recorder.depth()).toBe(2);
      }
      const first = await feed(member, circleId, 2);
      const second = (await ok<FeedData>(member, FEED, { id: circleId, first: 2, after: first.pageInfo.endCursor })).circle.checkIns;
      const third = (await ok<FeedData>(member, FEED, { id: circleId, first: 2, after: second.pageInfo.endCursor })).circle.checkIns;
      const ids = [...first.edges, ...second.edges, ...third.edges].map((e) => e.node.id);
      expect(ids).toEqual([...ids].sort().reverse());
      expect(new Set(ids).size).toBe(5);
      expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([true, true, false]);
    });

    it('refuses a cursor that is not one of ours', async () => {
      const res = await call(member, FEED, { id: circleId, after: 'bm90LWEtY3Vyc29y' });

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });

    it('shows reaction summaries and reply counts without further reads', async () => {
      const [newest] = (await feed(member, circleId, 1)).edges;
      const checkInId = newest?.node.id as string;
      await ok(member, REACT, { input: { circleId, checkInId, kind: 'HUG' } });
      await ok(owner, REACT, { input: { circleId, checkInId, kind: 'HUG' } });
      await ok(member, REPLY, { input: { circleId, checkInId, text: 'Thank you for sharing' } });
      recorder.reset();

      const [node] = (await feed(member, circleId, 1)).edges.map((e) => e.node);

      expect(node?.replyCount).toBe(1);
      expect(node?.reactions.find((r) => r.kind === 'HUG')).toEqual({ __typename: 'ReactionSummary', kind: 'HUG', count: 2, reactedByMe: true });
      expect(node?.reactions.map((r) => r.kind)).toEqual(['HUG', 'WITH_YOU', 'THANK_YOU_FOR_SHARING', 'HOLDING_SPACE', 'SENDING_WARMTH', 'ME_TOO']);
      expect(recorder.calls).toEqual(['BatchGetItem', 'Query']);
      expect(recorder.depth()).toBe(2);
    });
  });

  describe('reactions and replies', () => {
    let circleId: string;
    let checkInId: string;

    beforeAll(async () => {
      circleId = (await createCircle(owner)).id;
      await join(member, (await invite(owner, circleId)).code);
      checkInId = (await postCheckIn(owner, circleId, { text: 'Heavy day' })).id;
    });

    it('adds a reaction in one transaction with its rate counter and the open-account check, after one read of the membership and the check-in, once per kind per member, and removes it', async () => {
      const added = (await ok<{ addReaction: { checkIn: CheckInData } }>(member, REACT, { input: { circleId, checkInId, kind: 'WITH_YOU' } })).addReaction
        .checkIn;
      expect(recorder.calls).toEqual(['BatchGetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
      expect(added.reactions.find((r) => r.kind === 'WITH_YOU')).toEqual({ __typename: 'ReactionSummary', kind: 'WITH_YOU', count: 1, reactedByMe: true });

      const twice = await call(member, REACT, { input: { circleId, checkInId, kind: 'WITH_YOU' } });
      expect(codeOf(twice)).toBe('CONFLICT');
      const other = (await ok<{ addReaction: { checkIn: CheckInData } }>(member, REACT, { input: { circleId, checkInId, kind: 'ME_TOO' } })).addReaction
        .checkIn;
      expect(other.reactions.filter((r) => r.count > 0).map((r) => r.kind)).toEqual(['WITH_YOU', 'ME_TOO']);

      const removed = (await ok<{ removeReaction: { checkIn: CheckInData } }>(member, UNREACT, { input: { circleId, checkInId, kind: 'WITH_YOU' } }))
        .removeReaction.checkIn;
      expect(removed.reactions.find((r) => r.kind === 'WITH_YOU')).toEqual({ __typename: 'ReactionSummary', kind: 'WITH_YOU', count: 0, reactedByMe: false });
      expect(codeOf(await call(member, UNREACT, { input: { circleId, checkInId, kind: 'WITH_YOU' } }))).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for a reaction to an unknown check-in', async () => {
      const res = await call(member, REACT, { input: { circleId, checkInId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', kind: 'HUG' } });

      expect(codeOf(res)).toBe('NOT_FOUND');
    });

    it('replies in one transaction; the thread lists replies oldest first', async () => {
      recorder.reset();
      const first = await ok<{ replyToCheckIn: { reply: { id: string; author: { pseudonym: string } }; support: null } }>(member, REPLY_ONLY, {
        input: { circleId, checkInId, text: 'Holding space for you' },
      });
      expect(recorder.calls).toEqual(['BatchGetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
      expect(first.replyToCheckIn).toMatchObject({ reply: { author: { pseudonym: 'Sky' } }, support: null });
      recorder.reset();
      const second = await ok<{ replyToCheckIn: { checkIn: CheckInData } }>(owner, REPLY, { input: { circleId, checkInId, text: 'Thank you' } });
      // The check-in in the answer was read with the membership, counted on by this reply: no read after the write.
      expect(recorder.calls).toEqual(['BatchGetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);
      expect(second.replyToCheckIn.checkIn.replyCount).toBe(2);

      const thread = await ok<{ circle: { thread: { checkIn: CheckInData; replies: { edges: Array<{ node: { text: string } }> } } } }>(member, THREAD, {
        circleId,
        checkInId,
        first: 20,
      });

      expect(thread.circle.thread.checkIn.replyCount).toBe(2);
      expect(thread.circle.thread.replies.edges.map((e) => e.node.text)).toEqual(['Holding space for you', 'Thank you']);
    });

    it('gives support resources to a reply whose text suggests crisis', async () => {
      const res = await ok<{ replyToCheckIn: { support: { message: string } | null } }>(member, REPLY, {
        input: { circleId, checkInId, text: 'Me too, some days I think about ending it all' },
      });

      expect(res.replyToCheckIn.support?.message).toMatch(/reply is posted/);
    });

    it.each([
      ['a very long reply', { text: 'r'.repeat(501) }],
      ['a blank reply', { text: '   ' }],
    ])('refuses %s, writing nothing', async (_name, input) => {
      const res = await call(member, REPLY, { input: { circleId, checkInId, ...input } });

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['text'] });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(_name === 'a blank reply' ? 1 : 0); // an over-long reply is refused before any read
    });

    it('answers NOT_FOUND for a reply to an unknown check-in; the refused transaction leaves nothing behind', async () => {
      const unknown = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

      const res = await call(member, REPLY, { input: { circleId, checkInId: unknown, text: 'hello?' } });

      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(codeOf(await call(member, THREAD, { circleId, checkInId: unknown, first: 20 }))).toBe('NOT_FOUND');
      const stored = await documentClient().send(
        new QueryCommand({
          TableName: testStack().tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :replies)',
          ExpressionAttributeValues: { ':pk': circleKey(circleId).PK, ':replies': repliesRange(unknown).from },
        }),
      );
      expect(stored.Items).toEqual([]);
    });
  });

  describe('my circles and unread counts', () => {
    let reader: TestUser;
    let circleIds: string[];

    beforeAll(async () => {
      reader = await createTestUser();
      circleIds = [];
      for (const name of ['First', 'Second', 'Third']) {
        const circle = await createCircle(owner, { name });
        await join(reader, (await invite(owner, circle.id)).code);
        circleIds.push(circle.id);
      }
    });

    it('lists my circles, most recently joined first, in one Query a page', async () => {
      recorder.reset();

      type Mine = {
        myCircles: { edges: Array<{ node: { circleId: string; name: string; me: { role: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const first = await ok<Mine>(reader, MY_CIRCLES_PAGE, { first: 2 });
      const second = await ok<Mine>(reader, MY_CIRCLES_PAGE, { first: 2, after: first.myCircles.pageInfo.endCursor });

      expect(recorder.calls).toEqual(['Query', 'Query']);
      expect(recorder.depth()).toBe(2);
      expect([...first.myCircles.edges, ...second.myCircles.edges].map((e) => e.node.name)).toEqual(['Third', 'Second', 'First']);
      expect(first.myCircles.pageInfo.hasNextPage).toBe(true);
      expect(second.myCircles.pageInfo.hasNextPage).toBe(false);
    });

    it('counts check-ins since the last visit, not my own, with one BatchGetItem for the whole page', async () => {
      const [first, second] = circleIds as [string, string, string];
      await postCheckIn(owner, first);
      await postCheckIn(owner, first);
      await postCheckIn(reader, first);
      await postCheckIn(owner, second);
      recorder.reset();

      type Live = { myCircles: { edges: Array<{ node: { circleId: string; unreadCount: number; memberCount: number; lastCheckInAt: string | null } }> } };
      const before = await ok<Live>(reader, MY_CIRCLES, { first: 10 });

      expect(recorder.calls).toEqual(['Query', 'BatchGetItem']);
      expect(recorder.depth()).toBe(2);
      const unread = Object.fromEntries(before.myCircles.edges.map((e) => [e.node.circleId, e.node.unreadCount]));
      expect(unread).toEqual({ [first]: 2, [second]: 1, [circleIds[2] as string]: 0 });
      expect(before.myCircles.edges.every((e) => e.node.memberCount === 2)).toBe(true);

      const visited = await ok<{ markCircleVisited: { circleMembership: { unreadCount: number; lastVisitedAt: string } } }>(reader, VISITED, {
        input: { circleId: first },
      });
      expect(visited.markCircleVisited.circleMembership).toMatchObject({ unreadCount: 0, lastVisitedAt: expect.any(String) });
      const after = await ok<Live>(reader, MY_CIRCLES, { first: 10 });
      expect(after.myCircles.edges.find((e) => e.node.circleId === first)?.node.unreadCount).toBe(0);
      expect((await ok<{ circle: CircleData }>(reader, CIRCLE, { id: second })).circle.unreadCount).toBe(1);
    });
  });

  describe('reports and moderation', () => {
    let circleId: string;
    let checkInId: string;
    let replyId: string;

    beforeAll(async () => {
      circleId = (await createCircle(owner)).id;
      const { code } = await invite(owner, circleId, { maxUses: 3 });
      await join(member, code);
      await join(target, code, 'Target');
      checkInId = (await postCheckIn(target, circleId, { text: 'You should just stop crying' })).id;
      replyId = (await ok<{ replyToCheckIn: { reply: { id: string } } }>(target, REPLY, { input: { circleId, checkInId, text: 'Buy my course' } }))
        .replyToCheckIn.reply.id;
    });

    it('takes a report once per member, anonymously, with a reason from the list', async () => {
      recorder.reset();
      const reportId = (
        await ok<{ reportCircleContent: { reportId: string } }>(member, REPORT, { input: { circleId, checkInId, reason: 'UNSUPPORTIVE', note: 'Not kind' } })
      ).reportCircleContent.reportId;
      // The check-in is read with the membership.
      expect(recorder.calls).toEqual(['BatchGetItem', 'TransactWriteItems']);
      expect(recorder.depth()).toBe(2);

      expect(codeOf(await call(member, REPORT, { input: { circleId, checkInId, reason: 'HATE' } }))).toBe('CONFLICT');
      expect(codeOf(await call(target, REPORT, { input: { circleId, checkInId, reason: 'OTHER' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(member, REPORT, { input: { circleId, checkInId, reason: 'RUDE' } }))).toBe('BAD_USER_INPUT');
      const reports = await ok<{ circle: { openReports: { edges: Array<{ node: Record<string, unknown> }> } } }>(owner, REPORTS, { id: circleId, first: 20 });
      const node = reports.circle.openReports.edges.find((e) => e.node.id === reportId)?.node;
      expect(node).toMatchObject({
        reason: 'UNSUPPORTIVE',
        note: 'Not kind',
        status: 'OPEN',
        contentText: 'You should just stop crying',
        content: { checkInId, replyId: null },
        contentAuthor: { pseudonym: 'Target' },
      });
      expect(JSON.stringify(reports)).not.toContain(member.sub);
    });

    it('hides a reply from everyone but moderators and takes it off the reply count', async () => {
      await ok(member, REPORT, { input: { circleId, checkInId, replyId, reason: 'SPAM' } });

      const hidden = await ok<{ hideCircleContent: { hiddenContent: { content: { replyId: string }; hiddenAt: string } } }>(owner, HIDE, {
        input: { circleId, checkInId, replyId },
      });

      expect(hidden.hideCircleContent.hiddenContent.content.replyId).toBe(replyId);
      type Thread = {
        circle: {
          thread: { checkIn: CheckInData; replies: { edges: Array<{ node: { id: string; hidden: boolean; text: string; author: { pseudonym: string } } }> } };
        };
      };
      const asMember = await ok<Thread>(member, THREAD, { circleId, checkInId, first: 20 });
      const asOwner = await ok<Thread>(owner, THREAD, { circleId, checkInId, first: 20 });
      expect(asMember.circle.thread.replies.edges).toEqual([]);
      expect(asMember.circle.thread.checkIn.replyCount).toBe(0);
      expect(
        asOwner.circle.thread.replies.edges.map(({ node }) => ({
          id: node.id,
          hidden: node.hidden,
          text: node.text,
          author: { pseudonym: node.author.pseudonym },
        })),
      ).toEqual([{ id: replyId, hidden: true, text: 'Buy my course', author: { pseudonym: 'Target' } }]);
      const again = await ok<{ hideCircleContent: { hiddenContent: { hiddenAt: string } } }>(owner, HIDE, { input: { circleId, checkInId, replyId } });
      expect(again.hideCircleContent.hiddenContent.hiddenAt).toBe(hidden.hideCircleContent.hiddenContent.hiddenAt);
      expect((await ok<Thread>(owner, THREAD, { circleId, checkInId, first: 20 })).circle.thread.checkIn.replyCount).toBe(0);
    });

    it('resolves a report by hiding the check-in: gone for members, marked hidden for moderators', async () => {
      const reports = await ok<{ circle: { openReports: { edges: Array<{ node: { id: string; content: { replyId: string | null } } }> } } }>(owner, REPORTS, {
        id: circleId,
        first: 20,
      });
      const report = reports.circle.openReports.edges.find((e) => e.node.content.replyId === null)?.node;
      recorder.reset();

      const resolved = await ok<{ resolveCircleReport: { circleReport: { status: string; outcome: string } } }>(owner, RESOLVE, {
        input: { circleId, reportId: report?.id, outcome: 'CONTENT_HIDDEN' },
      });

      // The report is read with the membership; the content is hidden before the report is resolved.
      expect(recorder.calls).toEqual(['BatchGetItem', 'UpdateItem', 'UpdateItem']);
      expect(recorder.depth()).toBe(3);

      expect(resolved.resolveCircleReport.circleReport).toMatchObject({ status: 'RESOLVED', outcome: 'CONTENT_HIDDEN' });
      expect((await feed(member, circleId)).edges.map((e) => e.node.id)).not.toContain(checkInId);
      expect((await feed(owner, circleId)).edges.find((e) => e.node.id === checkInId)?.node.hidden).toBe(true);
      expect(codeOf(await call(member, THREAD, { circleId, checkInId, first: 20 }))).toBe('NOT_FOUND');
      expect(codeOf(await call(member, REACT, { input: { circleId, checkInId, kind: 'HUG' } }))).toBe('NOT_FOUND');
      expect(codeOf(await call(owner, RESOLVE, { input: { circleId, reportId: report?.id, outcome: 'NO_ACTION' } }))).toBe('CONFLICT');
      const open = await ok<{ circle: { openReports: { edges: Array<{ node: { id: string } }> } } }>(owner, REPORTS, { id: circleId, first: 20 });
      expect(open.circle.openReports.edges.map((e) => e.node.id)).not.toContain(report?.id);
    });
  });

  describe('a non-member', () => {
    let c: RoledCircle;
    let sessionId: string;

    beforeAll(async () => {
      c = await roledCircle();
      sessionId = (
        await ok<{ logSession: { session: { id: string } } }>(outsider, LOG, {
          input: { startedAt: new Date(Date.now() - HOUR).toISOString(), durationMinutes: 10 },
        })
      ).logSession.session.id;
    });

    const FIELDS: Array<[string, (c: RoledCircle, sessionId: string) => [string, Record<string, unknown>]]> = [
      ['circle', (c) => [CIRCLE, { id: c.id }]],
      ['circle.checkIns', (c) => [FEED, { id: c.id }]],
      ['circle.thread', (c) => [THREAD, { circleId: c.id, checkInId: c.targetCheckInId, first: 20 }]],
      ['checkInPreview', (c, s) => [PREVIEW, { circleId: c.id, sessionId: s }]],
      ['leaveCircle', (c) => [LEAVE, { input: { circleId: c.id } }]],
      ['markCircleVisited', (c) => [VISITED, { input: { circleId: c.id } }]],
      ['setCirclePseudonym', (c) => [PSEUDONYM, { input: { circleId: c.id, pseudonym: 'Spy' } }]],
      ['createCircleInvite', (c) => [INVITE, { input: { circleId: c.id } }]],
      ['revokeCircleInvite', (c) => [REVOKE, { input: { circleId: c.id, inviteId: c.inviteId } }]],
      ['setCircleMemberRole', (c) => [SET_ROLE, { input: { circleId: c.id, memberId: c.ids.member, role: 'MODERATOR' } }]],
      ['transferCircleOwnership', (c) => [TRANSFER, { input: { circleId: c.id, memberId: c.ids.member } }]],
      ['removeCircleMember', (c) => [REMOVE, { input: { circleId: c.id, memberId: c.ids.member } }]],
      ['postCheckIn', (c) => [POST, { input: { circleId: c.id, mood: 'SAD' } }]],
      ['postCheckIn fromSession', (c, s) => [POST, { input: { circleId: c.id, fromSession: { sessionId: s, version: 1 } } }]],
      ['addReaction', (c) => [REACT, { input: { circleId: c.id, checkInId: c.targetCheckInId, kind: 'HUG' } }]],
      ['removeReaction', (c) => [UNREACT, { input: { circleId: c.id, checkInId: c.targetCheckInId, kind: 'HUG' } }]],
      ['replyToCheckIn', (c) => [REPLY, { input: { circleId: c.id, checkInId: c.targetCheckInId, text: 'hi' } }]],
      ['reportCircleContent', (c) => [REPORT, { input: { circleId: c.id, checkInId: c.targetCheckInId, reason: 'SPAM' } }]],
      ['hideCircleContent', (c) => [HIDE, { input: { circleId: c.id, checkInId: c.targetCheckInId } }]],
      ['resolveCircleReport', (c) => [RESOLVE, { input: { circleId: c.id, reportId: c.reportId, outcome: 'NO_ACTION' } }]],
    ];

    it.each(FIELDS)('gets NOT_FOUND from %s, never a hint, writing nothing', async (_field, build) => {
      const [query, variables] = build(c, sessionId);
      recorder.reset();

      const res = await call(outsider, query, variables);

      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.body.errors?.[0]?.message).toBe('Circle not found');
      expect(res.body.data ?? null).toBeNull();
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(1);
    });

    it.each([
      ['an unknown circle id', '01ARZ3NDEKTSV4RRFFQ69G5FAV', 1],
      ['an id that is not an id', 'CIRCLE#../META', 0],
    ])('gets NOT_FOUND for %s', async (_name, id, reads) => {
      recorder.reset();

      const res = await call(member, CIRCLE, { id });

      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(recorder.count()).toBe(reads);
      expect(recorder.depth()).toBe(reads);
    });
  });
});
