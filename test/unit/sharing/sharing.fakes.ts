import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import type { Page } from '../../../services/shared/db/query-page';
import type { SessionService } from '../../../services/sessions/session.service';
import type { RoutineService } from '../../../services/routines/routine.service';
import type { AccessLogRecord, GrantRecord, NoteRecord } from '../../../services/sharing/sharing.record';
import type { SharingRepository } from '../../../services/sharing/sharing.repository';
import { SharingService } from '../../../services/sharing/sharing.service';
import type { TimelineService } from '../../../services/timeline/timeline.service';
import type { UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import { DEFAULT_PREFERENCES } from '../../../services/users/user.type';

/** Cognito subs are UUIDs: the service refuses anything else as a person's id. */
export const CLIENT = '6f1c2a9e-0b7d-4c3e-9a51-2d8f4e6b7c10';
export const THERAPIST = '0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d';
export const NOW = new Date('2026-11-22T12:00:00.000Z');

export const therapist: Caller = { sub: THERAPIST, groups: ['therapists'], role: 'THERAPIST', isAdmin: false };
export const client: Caller = { sub: CLIENT, groups: [], role: 'MEMBER', isAdmin: false };

export function buildGrant(overrides: Partial<GrantRecord> = {}): GrantRecord {
  return {
    id: '01JD5GRANT0000000000000000',
    clientSub: CLIENT,
    therapistSub: THERAPIST,
    clientName: 'Robin',
    therapistName: 'Dr. Ash',
    scopes: [],
    status: 'ACTIVE',
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const emptyPage = async (): Promise<Page<never>> => ({ items: [], cursors: [], hasNextPage: false });

/** Every port of the repository as a jest mock: tests set what they need and assert what was (not) called. */
export function fakeRepository() {
  return {
    shareCodeOf: jest.fn(async (): Promise<string | undefined> => undefined),
    therapistByCode: jest.fn(async (): Promise<string | undefined> => undefined),
    setShareCode: jest.fn(async () => undefined),
    grant: jest.fn(async (): Promise<GrantRecord | undefined> => undefined),
    putInvitation: jest.fn(async () => undefined),
    updateGrant: jest.fn(async (grant: GrantRecord, changes: Partial<GrantRecord>, _now: string, _remove?: string[]) => ({
      ...grant,
      ...changes,
      version: grant.version + 1,
    })),
    revokeGrant: jest.fn(async (grant: GrantRecord) => ({ ...grant, status: 'REVOKED' as const })),
    timelineItemTime: jest.fn(async (): Promise<{ occurredAt: string; localDay: string } | undefined> => undefined),
    clientGrants: jest.fn(async (): Promise<GrantRecord[]> => []),
    therapistGrants: jest.fn(emptyPage),
    logAccess: jest.fn(async (_entry: AccessLogRecord, _grant: GrantRecord, _now: string) => undefined),
    accessLog: jest.fn(emptyPage),
    putSuggestion: jest.fn(async () => undefined),
    refuseCodeGuessing: jest.fn(async () => undefined),
    countWrongCode: jest.fn(async () => undefined),
    createNote: jest.fn(async (note: NoteRecord, _grant: GrantRecord, _now: Date, _read?: AccessLogRecord) => note),
    suggestion: jest.fn(async () => undefined),
    suggestions: jest.fn(emptyPage),
    settleSuggestion: jest.fn(async <T>(s: T, changes: object) => ({ ...s, ...changes })),
    notes: { get: jest.fn(async () => undefined), update: jest.fn(), delete: jest.fn(async () => undefined) },
    markTherapistRemoved: jest.fn(async () => undefined),
    clearTherapistRemoved: jest.fn(async () => undefined),
    endGrant: jest.fn(async () => true),
  };
}

export const profiles: UserRepository = {
  getProfile: async (sub) => ({
    sub,
    displayName: sub === THERAPIST ? 'Dr. Ash' : 'Robin',
    pronouns: null,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    preferences: DEFAULT_PREFERENCES,
    version: 1,
    createdAt: '',
    updatedAt: '',
  }),
  createProfile: async () => true,
  updateProfile: async () => {
    throw new Error('not used');
  },
};

export function setup() {
  const repo = fakeRepository();
  const clock = new FixedClock(NOW);
  const timeline = { page: jest.fn(async () => ({ edges: [] as Array<{ node: { id: string } }>, pageInfo: {} })) };
  const sessions = { insights: jest.fn(), clientSafetyStatus: jest.fn() };
  const routines = {
    adopt: jest.fn(async () => ({ id: 'routine-1' })),
    create: jest.fn(async () => ({ id: 'routine-2' })),
    checkDraft: jest.fn(() => 'Evening wind-down'),
  };
  const service = new SharingService(
    repo as unknown as SharingRepository,
    new UserService(profiles, clock),
    sessions as unknown as SessionService,
    timeline as unknown as TimelineService,
    routines as unknown as Pick<RoutineService, 'adopt' | 'create' | 'checkDraft'>,
    clock,
  );
  return { repo, clock, timeline, sessions, routines, service };
}
