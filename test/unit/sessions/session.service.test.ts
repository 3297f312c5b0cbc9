import type { AftercareDraft, AftercareSuggester } from '../../../services/sessions/session.service';
import { SessionService } from '../../../services/sessions/session.service';
import type { SessionRecord } from '../../../services/sessions/session.record';
import type { SessionRepository } from '../../../services/sessions/session.repository';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import { ConflictError } from '../../../services/shared/errors';
import { newId } from '../../../services/shared/ids';
import type { UserService } from '../../../services/users/user.service';
import { buildSession } from '../../fixtures/sessions';

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };
const NOW = new Date('2026-11-22T21:00:00.000Z');
const LIVE = newId(new Date('2026-11-22T20:30:00.000Z'));
/** A value, or a rejection when `value` throws, after `ms`. */
const later = <T>(ms: number, value: () => T) =>
  new Promise<T>((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(value());
      } catch (error) {
        reject(error);
      }
    }, ms),
  );
const fail = (error: Error) => () => {
  throw error;
};

/**
 * logSession and endSession start their after-write reads before the write
 * (issue #19). Whatever fails, every read started has finished before the
 * call answers, and the write's error is the one the member sees.
 */
function service(write: () => Promise<SessionRecord>, recent: () => Promise<SessionRecord[]>) {
  const finished: string[] = [];
  const repo = {
    create: async () => ({ record: await write(), created: true }),
    end: async () => write(),
    get: async () => buildSession({ id: LIVE, status: 'IN_PROGRESS', endedAt: null, startedAt: '2026-11-22T20:30:00.000Z' }),
    between: async () => {
      try {
        return { records: await recent(), calls: 1 };
      } finally {
        finished.push('recent');
      }
    },
  } as unknown as SessionRepository;
  const profile = { timeZone: 'Europe/Berlin', country: 'DE' };
  const users = { ensureProfile: async () => profile, findProfile: async () => profile } as unknown as UserService;
  const aftercare: AftercareSuggester = {
    prepare(): AftercareDraft {
      const ready = later(30, () => finished.push('routines'));
      return { ready, suggest: async () => null };
    },
  };
  return { sessions: new SessionService(repo, users, new FixedClock(NOW), aftercare), finished };
}

const logInput = { startedAt: new Date('2026-11-22T20:00:00.000Z'), durationMinutes: 20 };

describe('SessionService: reads overlapping the write', () => {
  it('a refused logSession answers the write’s error only once the reads it started have finished', async () => {
    const { sessions, finished } = service(
      () => later<SessionRecord>(1, fail(new ConflictError('refused'))),
      () => later(40, () => []),
    );

    await expect(sessions.log(caller, logInput)).rejects.toBeInstanceOf(ConflictError);
    expect(finished.sort()).toEqual(['recent', 'routines']);
  });

  it('the write’s error wins over a failed read', async () => {
    const { sessions } = service(
      () => later<SessionRecord>(20, fail(new ConflictError('refused'))),
      () => Promise.reject(new Error('read failed')),
    );

    await expect(sessions.end(caller, { id: LIVE })).rejects.toBeInstanceOf(ConflictError);
  });

  it('a read that fails after the write landed fails the call, as it did when it ran after the write', async () => {
    const { sessions } = service(
      async () => buildSession({ id: 'logged' }),
      () => later<SessionRecord[]>(5, fail(new Error('read failed'))),
    );

    await expect(sessions.log(caller, logInput)).rejects.toThrow('read failed');
  });
});
