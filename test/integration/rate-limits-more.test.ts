import { RATE_LIMITS } from '../../services/shared/db/rate-limit';
import { kit } from '../helpers/kit';
import { createTestUser, startTestApi, type TestApi, type TestUser } from '../helpers/local-stack';

type Coded = { body: { errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }> } };
const code = (res: Coded) => res.body.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * Writes that others receive, things a person makes, and code guessing, at
 * their real limits (no RATE_LIMIT_SCALE here): the security review sent 60 of
 * each within seconds, all accepted, and guessed codes without being slowed.
 */
describe('per-member limits beyond circles (integration)', () => {
  let api: TestApi;
  let therapist: TestUser;
  let client: TestUser;

  /** `limit + 1` calls: the first `limit` go through, the next is RATE_LIMITED with a retry hint. */
  async function spend(limit: number, call: (i: number) => Promise<Coded>): Promise<void> {
    const answers: string[] = [];
    let last: Coded | undefined;
    for (let i = 0; i <= limit; i++) {
      last = await call(i);
      answers.push(code(last));
    }
    expect(answers).toEqual([...Array<string>(limit).fill('OK'), 'RATE_LIMITED']);
    expect(last?.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    api = await startTestApi();
    [therapist, client] = await Promise.all([createTestUser({ group: 'therapists' }), createTestUser()]);
    const shareCode = (await api.gql<{ myShareCode: string }>(kit('MyShareCode'), {}, therapist.accessToken)).body.data?.myShareCode;
    await api.gql(kit('InviteTherapist'), { input: { shareCode, scopes: ['SESSIONS'] } }, client.accessToken);
    await api.gql(kit('AcceptInvitation'), { input: { clientId: client.sub } }, therapist.accessToken);
  });

  afterAll(() => api.close());

  it('limits a therapist’s notes on a client’s timeline per day', async () => {
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await spend(RATE_LIMITS.note.limit, () =>
      api.gql(kit('AddNote'), { input: { clientId: client.sub, pinnedDay: day, text: 'Noted' } }, therapist.accessToken),
    );
  }, 120_000);

  it('limits a therapist’s practice suggestions per day', async () => {
    await spend(RATE_LIMITS.practiceSuggestion.limit, () =>
      api.gql(kit('SuggestPractice'), { input: { clientId: client.sub, templateId: 'mindful-crying-practice' } }, therapist.accessToken),
    );
  }, 60_000);

  it('limits circles, routines (made or adopted) and journal entries a member makes per day', async () => {
    const maker = await createTestUser();
    await spend(RATE_LIMITS.circle.limit, (i) => api.gql(kit('CreateCircle'), { input: { name: `Circle ${i}` } }, maker.accessToken));
    await spend(RATE_LIMITS.routine.limit, (i) =>
      i % 2
        ? api.gql(kit('AdoptRoutineTemplate'), { input: { templateId: 'post-cry-aftercare' } }, maker.accessToken)
        : api.gql(kit('CreateRoutine'), { input: { name: `Routine ${i}`, kind: 'CUSTOM', steps: [{ title: 'Breathe' }] } }, maker.accessToken),
    );
    await spend(RATE_LIMITS.journalEntry.limit, (i) => api.gql(kit('CreateJournalEntry'), { input: { text: `Entry ${i}` } }, maker.accessToken));
  }, 180_000);

  it('stops a member guessing invite codes for the rest of the hour, even when the next guess is right', async () => {
    const [owner, guesser] = await Promise.all([createTestUser(), createTestUser()]);
    const circleId = (await api.gql<{ createCircle: { circle: { id: string } } }>(kit('CreateCircle'), { input: { name: 'Quiet' } }, owner.accessToken)).body
      .data?.createCircle.circle.id;
    const real = (
      await api.gql<{ createCircleInvite: { circleInvite: { code: string } } }>(kit('CreateCircleInvite'), { input: { circleId } }, owner.accessToken)
    ).body.data?.createCircleInvite.circleInvite.code;
    const { limit } = RATE_LIMITS.codeGuess;

    const wrong: string[] = [];
    for (let i = 0; i < limit; i++)
      wrong.push(
        code(
          await api.gql(
            kit('JoinCircle'),
            {
              input: {
                code: `7KQ2M-XW${String(i)
                  .padStart(3, '0')
                  .replace(/[0-9]/g, (d) => 'ABCDEFGHJK'[Number(d)] as string)}`,
              },
            },
            guesser.accessToken,
          ),
        ),
      );
    const right = await api.gql(kit('JoinCircle'), { input: { code: real } }, guesser.accessToken);

    expect(wrong).toEqual(Array<string>(limit).fill('NOT_FOUND'));
    expect(code(right)).toBe('RATE_LIMITED');
  });

  it('stops a member guessing share codes the same way', async () => {
    const guesser = await createTestUser();
    const real = (await api.gql<{ myShareCode: string }>(kit('MyShareCode'), {}, therapist.accessToken)).body.data?.myShareCode;
    const { limit } = RATE_LIMITS.codeGuess;

    const wrong: string[] = [];
    for (let i = 0; i < limit; i++)
      wrong.push(
        code(
          await api.gql(
            kit('InviteTherapist'),
            { input: { shareCode: `ZZZZZ-ZZZ${'ABCDEFGHJK'[i % 10]}${'ABCDEFGHJK'[Math.floor(i / 10) % 10]}`, scopes: ['SESSIONS'] } },
            guesser.accessToken,
          ),
        ),
      );
    const right = await api.gql(kit('InviteTherapist'), { input: { shareCode: real, scopes: ['SESSIONS'] } }, guesser.accessToken);

    expect(wrong).toEqual(Array<string>(limit).fill('NOT_FOUND'));
    expect(code(right)).toBe('RATE_LIMITED');
  });
});
