import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { checkWhen } from '../shared/inputs';
import { pageSize, toConnection } from '../shared/pagination';
import { localDay } from '../shared/time';
import { TimelineKind } from '../shared/timeline-item';
import type { UserService } from '../users/user.service';
import type { CreateJournalEntryInput, UpdateJournalEntryInput } from './journal.input';
import { findPrompt, JOURNAL_PROMPTS } from './journal.prompts';
import type { JournalEntryRecord } from './journal.record';
import type { JournalRepository } from './journal.repository';
import type { JournalEntry, JournalPrompt, PromptTheme } from './journal.type';
import { idempotentRequest } from '../shared/idempotency';

export function toJournalEntry(record: JournalEntryRecord): JournalEntry {
  const prompt = record.promptId ? findPrompt(record.promptId) : undefined;
  return {
    id: record.id,
    kind: TimelineKind.JOURNAL_ENTRY,
    occurredAt: new Date(record.writtenAt),
    day: record.localDay,
    text: record.text,
    emotions: record.emotions ?? [],
    prompt: prompt ? (prompt as JournalPrompt) : null,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

function checkPrompt(promptId: string | null | undefined): void {
  if (promptId && !findPrompt(promptId)) throw new BadUserInputError('promptId', 'Unknown journaling prompt');
}

function checkText(text: string | null | undefined): void {
  if (text !== undefined && (text === null || text.trim().length === 0)) throw new BadUserInputError('text', 'text must not be blank');
}

export class JournalService {
  constructor(
    private readonly repo: JournalRepository,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  prompts(theme?: PromptTheme | null): JournalPrompt[] {
    return JOURNAL_PROMPTS.filter((p) => !theme || p.theme === theme) as JournalPrompt[];
  }

  async create(caller: Caller, input: CreateJournalEntryInput): Promise<JournalEntry> {
    const now = this.clock.now();
    const writtenAt = input.writtenAt ?? now;
    checkWhen(writtenAt, 'writtenAt', now);
    checkText(input.text);
    checkPrompt(input.promptId);
    const profile = await this.users.ensureProfile(caller);
    const record: JournalEntryRecord = {
      id: newId(now),
      sub: caller.sub,
      writtenAt: writtenAt.toISOString(),
      localDay: localDay(writtenAt, profile.timeZone),
      text: input.text,
      emotions: input.emotions ?? [],
      promptId: input.promptId ?? null,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const { record: stored } = await this.repo.create(record, idempotentRequest('createJournalEntry', input), now);
    return toJournalEntry(stored);
  }

  async update(caller: Caller, input: UpdateJournalEntryInput): Promise<JournalEntry> {
    const now = this.clock.now();
    if (!isUlid(input.id)) throw new NotFoundError('Journal entry');
    checkText(input.text);
    checkPrompt(input.promptId);
    if (input.writtenAt === null) throw new BadUserInputError('writtenAt', 'writtenAt cannot be cleared');
    const changes: Partial<JournalEntryRecord> = {
      text: input.text ?? undefined,
      emotions: input.emotions === null ? [] : input.emotions,
      promptId: input.promptId,
    };
    if (input.writtenAt) {
      checkWhen(input.writtenAt, 'writtenAt', now);
      const profile = await this.users.ensureProfile(caller);
      changes.writtenAt = input.writtenAt.toISOString();
      changes.localDay = localDay(input.writtenAt, profile.timeZone);
    }
    return toJournalEntry(await this.repo.update(caller.sub, input.id, input.version, changes, now.toISOString()));
  }

  async delete(caller: Caller, id: string): Promise<string> {
    if (!isUlid(id)) throw new NotFoundError('Journal entry');
    await this.repo.delete(caller.sub, id);
    return id;
  }

  async get(caller: Caller, id: string): Promise<JournalEntry> {
    const record = isUlid(id) ? await this.repo.get(caller.sub, id) : undefined;
    if (!record) throw new NotFoundError('Journal entry');
    return toJournalEntry(record);
  }

  async list(caller: Caller, args: { from?: Date | null; to?: Date | null; first?: number | null; after?: string | null }) {
    if (args.from && args.to && args.from.getTime() >= args.to.getTime()) throw new BadUserInputError('to', 'to must be after from');
    const page = await this.repo.page(caller.sub, { from: args.from?.toISOString(), to: args.to?.toISOString() }, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toJournalEntry) });
  }
}
