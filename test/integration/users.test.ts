import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { useIntegrationApi } from '../helpers/integration';
import { createTestUser, documentClient, testStack } from '../helpers/local-stack';
import { kit } from '../helpers/kit';

// The client kit's documents (schema/operations/), as the apps send them.
const ME = kit('Me');
const UPDATE = kit('UpdateProfile');

describe('profile (integration)', () => {
  const {
    api,
    users: { member, therapist },
    recorder,
  } = useIntegrationApi({ users: { member: {}, therapist: { group: 'therapists' } } });

  describe('me', () => {
    it('creates a profile on the first call and derives MEMBER from the token', async () => {
      const res = await api.gql(ME, {}, member.accessToken);

      expect(res.status).toBe(200);
      expect(res.body.data?.me).toMatchObject({ id: member.sub, displayName: null, role: 'MEMBER', timeZone: 'UTC', version: 1 });
    });

    it('derives THERAPIST from the verified therapists group', async () => {
      const res = await api.gql<{ me: { role: string } }>(ME, {}, therapist.accessToken);

      expect(res.body.data?.me.role).toBe('THERAPIST');
    });

    it('costs exactly one DynamoDB call for an existing profile', async () => {
      await api.gql(ME, {}, member.accessToken);
      recorder.reset();

      await api.gql(ME, {}, member.accessToken);

      expect(recorder.calls).toEqual(['GetItem']);
      expect(recorder.depth()).toBe(1);
    });

    it('makes one profile when two first calls race', async () => {
      const fresh = await createTestUser();

      const [a, b] = await Promise.all([api.gql(ME, {}, fresh.accessToken), api.gql(ME, {}, fresh.accessToken)]);

      expect(a.body.data?.me).toEqual(b.body.data?.me);
      const stored = await documentClient().send(new GetCommand({ TableName: testStack().tableName, Key: { PK: `USER#${fresh.sub}`, SK: 'PROFILE' } }));
      expect(stored.Item?.version).toBe(1);
    });

    it.each([
      ['no token', undefined],
      ['a malformed token', 'not-a-jwt'],
      ['a forged token', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ])('answers UNAUTHENTICATED with %s', async (_name, token) => {
      const res = await api.gql(ME, {}, token);

      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an id token', async () => {
      const res = await api.gql(ME, {}, member.idToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateProfile', () => {
    it('changes what was given and bumps the version', async () => {
      const res = await api.gql<{ updateProfile: { profile: unknown } }>(
        UPDATE,
        { input: { version: 1, displayName: 'River', pronouns: 'they/them', timeZone: 'Europe/Berlin', preferences: { routineReminders: true } } },
        member.accessToken,
      );

      // The kit's profile carries every field; these are the ones this change sets or keeps.
      expect(res.body.data?.updateProfile.profile).toMatchObject({
        displayName: 'River',
        pronouns: 'they/them',
        timeZone: 'Europe/Berlin',
        locale: 'en-US',
        version: 2,
        preferences: { routineReminders: true },
      });
    });

    it('answers CONFLICT for a stale version and keeps the data', async () => {
      const res = await api.gql(UPDATE, { input: { version: 1, displayName: 'Stale' } }, member.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const me = await api.gql<{ me: { displayName: string; version: number } }>(ME, {}, member.accessToken);
      expect(me.body.data?.me).toMatchObject({ displayName: 'River', version: 2 });
    });

    it.each([
      ['an invalid time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
      ['an invalid locale', { locale: 'not a locale!' }, 'locale'],
      ['an over-long display name', { displayName: 'a'.repeat(61) }, 'displayName'],
    ])('refuses %s naming the field and writes nothing', async (_name, change, field) => {
      recorder.reset();

      const res = await api.gql(UPDATE, { input: { version: 2, ...change } }, member.accessToken);

      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(recorder.writes()).toBe(0);
      expect(recorder.depth()).toBe(0);
    });

    it('refuses an unknown field, such as role', async () => {
      const res = await api.gql(UPDATE, { input: { version: 2, role: 'THERAPIST' } }, member.accessToken);

      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain('role');
    });
  });
});
