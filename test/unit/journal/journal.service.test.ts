import '../../helpers/unit-env';
import type { CreateJournalEntryInput } from '../../../services/journal/journal.input';
import type { JournalEntryRecord } from '../../../services/journal/journal.record';
import type { JournalRepository } from '../../../services/journal/journal.repository';
import { JournalService, toJournalEntry } from '../../../services/journal/journal.service';
import { PromptTheme } from '../../../services/journal/journal.type';
import { Emotion } from '../../../services/sessions/session.enums';
import type { Caller } from '../../../services/shared/auth/caller';
import { FixedClock } from '../../../services/shared/clock';
import { BadUserInputError, NotFoundError } from '../../../services/shared/errors';
import type { IdempotentRequest } from '../../../services/shared/idempotency';
import type { UserRepository } from '../../../services/users/user.repository';
import { UserService } from '../../../services/users/user.service';
import { DEFAULT_PREFERENCES } from '../../../services/users/user.type';

const caller: Caller = { sub: 'member-1', groups: [], role: 'MEMBER', isAdmin: false };
// 23:30 UTC is already the next day in Berlin: local days must come from the member's zone.
const NOW = new Date('2026-11-22T23:30:00.000Z');
const ID = '01JD5NV1TE0000000000000000';

class FakeJournal implements JournalRepository {
  readonly items = new Map<string, JournalEntryRecord>();
  readonly creates: Array<{ record: JournalEntryRecord; idempotency: IdempotentRequest | null }> = [];
  readonly updates: Array<{ id: string; version: number; changes: Partial<JournalEntryRecord>; updatedAt: string }> = [];
  readonly pages: Array<{ range: { from?: string | null; to?: string | null }; first: number; after?: string | null }> = [];
  deletes: string[] = [];
  reads = 0;
  async create(record: JournalEntryRecord, idempotency: IdempotentRequest | null) {
    this.creates.push({ record, idempotency });
    this.items.set(record.id, record);
    return { record, created: true };
  }
  async get(_sub: string, id: string) {
    this.reads += 1;
    return this.items.get(id);
  }
  async update(_sub: string, id: string, version: number, changes: Partial<JournalEntryRecord>, updatedAt: string) {
    this.updates.push({ id, version, changes, updatedAt });
    const current = this.items.get(id) as JournalEntryRecord;
    return { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), version: version + 1, updatedAt };
  }
  async delete(_sub: string, id: string) {
    this.deletes.push(id);
  }
  async page(_sub: string, range: { from?: string | null; to?: string | null }, first: number, after?: string | null) {
    this.pages.push({ range, first, after });
    return { items: [...this.items.values()], hasNextPage: true, cursors: [...this.items.keys()].map((id) => `c-${id}`) };
  }
}

const profiles: UserRepository = {
  getProfile: async (sub) => ({
    sub,
    displayName: null,
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

function buildEntry(overrides: Partial<JournalEntryRecord> = {}): JournalEntryRecord {
  return {
    id: ID,
    sub: caller.sub,
    writtenAt: '2026-11-20T10:00:00.000Z',
    localDay: '2026-11-20',
    text: 'held it all day',
    emotions: [],
    promptId: null,
    version: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

function setup() {
  const repo = new FakeJournal();
  const clock = new FixedClock(NOW);
  return { repo, service: new JournalService(repo, new UserService(profiles, clock), clock) };
}

describe('JournalService', () => {
  describe('prompts', () => {
    it('lists every prompt, or only those of one theme', () => {
      const { service } = setup();

      expect(service.prompts().length).toBeGreaterThan(service.prompts(PromptTheme.AFTER).length);
      expect(service.prompts(PromptTheme.AFTER).every((p) => p.theme === PromptTheme.AFTER)).toBe(true);
      expect(service.prompts(PromptTheme.AFTER).length).toBeGreaterThan(0);
    });
  });

  describe('create', () => {
    it('stores an entry written now, on the member\u2019s local day, with no emotions or prompt by default', async () => {
      const { repo, service } = setup();

      const entry = await service.create(caller, { text: 'hello' });

      expect(repo.creates[0]?.record).toMatchObject({
        sub: caller.sub,
        writtenAt: NOW.toISOString(),
        localDay: '2026-11-23',
        text: 'hello',
        emotions: [],
        promptId: null,
        version: 1,
      });
      expect(repo.creates[0]?.idempotency).toBeNull();
      expect(entry).toMatchObject({ kind: 'JOURNAL_ENTRY', day: '2026-11-23', prompt: null, occurredAt: NOW });
    });

    it('keeps a back-dated time and resolves the chosen prompt', async () => {
      const { service } = setup();

      const entry = await service.create(caller, { text: 'then', writtenAt: new Date('2026-11-01T08:00:00Z'), promptId: 'unsaid', emotions: [Emotion.GRIEF] });

      expect(entry).toMatchObject({ day: '2026-11-01', emotions: [Emotion.GRIEF], prompt: { id: 'unsaid', theme: 'ANYTIME' } });
    });

    it('binds an idempotency key to the input, so another input under the same key is told apart', async () => {
      const { repo, service } = setup();
      const input: CreateJournalEntryInput = { text: 'same', idempotencyKey: 'retry-key-0001' };

      await service.create(caller, input);
      await service.create(caller, { ...input });
      await service.create(caller, { ...input, text: 'different' });

      const [first, again, other] = repo.creates.map((c) => c.idempotency);
      expect(first?.key).toBe('retry-key-0001');
      expect(again?.digest).toBe(first?.digest);
      expect(other?.digest).not.toBe(first?.digest);
    });

    it.each([
      ['blank text', { text: '   ' }, 'text'],
      ['an unknown prompt', { text: 'x', promptId: 'no-such-prompt' }, 'promptId'],
      ['a time in the future', { text: 'x', writtenAt: new Date(NOW.getTime() + 10 * 60 * 1000) }, 'writtenAt'],
    ])('refuses %s without writing', async (_what, input, field) => {
      const { repo, service } = setup();

      await expect(service.create(caller, input)).rejects.toMatchObject({ fields: [field] });
      expect(repo.creates).toHaveLength(0);
    });
  });

  describe('update', () => {
    it('sends only the given fields with the version read', async () => {
      const { repo, service } = setup();
      repo.items.set(ID, buildEntry());

      const entry = await service.update(caller, { id: ID, version: 1, text: 'rewritten' });

      expect(repo.updates).toEqual([
        { id: ID, version: 1, changes: { text: 'rewritten', emotions: undefined, promptId: undefined }, updatedAt: NOW.toISOString() },
      ]);
      expect(entry).toMatchObject({ text: 'rewritten', version: 2 });
    });

    it('clears emotions and the prompt when they are sent as null', async () => {
      const { repo, service } = setup();
      repo.items.set(ID, buildEntry({ emotions: [Emotion.JOY], promptId: 'unsaid' }));

      await service.update(caller, { id: ID, version: 1, emotions: null, promptId: null });

      expect(repo.updates[0]?.changes).toMatchObject({ emotions: [], promptId: null });
    });

    it('moves a re-dated entry to its new local day', async () => {
      const { repo, service } = setup();
      repo.items.set(ID, buildEntry());

      await service.update(caller, { id: ID, version: 1, writtenAt: new Date('2026-11-21T23:30:00.000Z') });

      expect(repo.updates[0]?.changes).toMatchObject({ writtenAt: '2026-11-21T23:30:00.000Z', localDay: '2026-11-22' });
    });

    it.each([
      ['cleared text', { text: null }, 'text'],
      ['cleared writtenAt', { writtenAt: null }, 'writtenAt'],
      ['an unknown prompt', { promptId: 'nope' }, 'promptId'],
      ['a future time', { writtenAt: new Date('2027-01-01T00:00:00Z') }, 'writtenAt'],
    ])('refuses %s without writing', async (_what, changes, field) => {
      const { repo, service } = setup();

      const failure = service.update(caller, { id: ID, version: 1, ...changes });

      await expect(failure).rejects.toBeInstanceOf(BadUserInputError);
      await expect(failure).rejects.toMatchObject({ fields: [field] });
      expect(repo.updates).toHaveLength(0);
    });

    it('answers NOT_FOUND for an id that cannot be an entry', async () => {
      const { repo, service } = setup();

      await expect(service.update(caller, { id: 'nope', version: 1, text: 'x' })).rejects.toBeInstanceOf(NotFoundError);
      expect(repo.updates).toHaveLength(0);
    });
  });

  describe('delete and get', () => {
    it('deletes by id and answers the id', async () => {
      const { repo, service } = setup();

      await expect(service.delete(caller, ID)).resolves.toBe(ID);
      expect(repo.deletes).toEqual([ID]);
    });

    it('answers NOT_FOUND for a malformed id without touching the store', async () => {
      const { repo, service } = setup();

      await expect(service.delete(caller, 'x')).rejects.toBeInstanceOf(NotFoundError);
      await expect(service.get(caller, 'x')).rejects.toBeInstanceOf(NotFoundError);
      expect(repo.deletes).toHaveLength(0);
      expect(repo.reads).toBe(0);
    });

    it('answers NOT_FOUND for an entry that does not exist', async () => {
      const { service } = setup();

      await expect(service.get(caller, ID)).rejects.toThrow('Journal entry not found');
    });

    it('returns a stored entry', async () => {
      const { repo, service } = setup();
      repo.items.set(ID, buildEntry());

      await expect(service.get(caller, ID)).resolves.toMatchObject({ id: ID, text: 'held it all day', day: '2026-11-20' });
    });
  });

  describe('list', () => {
    it('pages the period asked for, 20 by default, as a connection', async () => {
      const { repo, service } = setup();
      repo.items.set(ID, buildEntry());

      const connection = await service.list(caller, { from: new Date('2026-11-01T00:00:00Z'), to: null });

      expect(repo.pages).toEqual([{ range: { from: '2026-11-01T00:00:00.000Z', to: undefined }, first: 20, after: undefined }]);
      expect(connection.edges).toEqual([{ node: expect.objectContaining({ id: ID }), cursor: `c-${ID}` }]);
      expect(connection.pageInfo).toMatchObject({ hasNextPage: true, endCursor: `c-${ID}` });
    });

    it('refuses a period that ends before it starts', async () => {
      const { repo, service } = setup();
      const at = new Date('2026-11-01T00:00:00Z');

      await expect(service.list(caller, { from: at, to: at })).rejects.toMatchObject({ fields: ['to'] });
      expect(repo.pages).toHaveLength(0);
    });
  });

  describe('toJournalEntry', () => {
    it('shows no prompt for a stored prompt id that is no longer offered', () => {
      expect(toJournalEntry(buildEntry({ promptId: 'retired-prompt' })).prompt).toBeNull();
    });

    it('reads a record without emotions as none', () => {
      expect(toJournalEntry({ ...buildEntry(), emotions: undefined as unknown as [] }).emotions).toEqual([]);
    });
  });
});
