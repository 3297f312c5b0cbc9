import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, NotFoundError } from '../shared/errors';
import { idempotentRequest } from '../shared/idempotency';
import { inOrder, settle, unsettle, type Settled } from '../shared/together';
import { MAX_SESSION_HOURS } from './session.enums';
import { isUlid, newId } from '../shared/ids';
import { checkWhen, WHEN_LIMITS } from '../shared/inputs';
import { pageSize, toConnection } from '../shared/pagination';
import { TimelineKind } from '../shared/timeline-item';
import { addDays, localDay, periodRange } from '../shared/time';
import type { AftercareSuggestion } from '../routines/routine.type';
import type { UserService } from '../users/user.service';
import type { CatalystInput, EndSessionInput, LogSessionInput, SessionAfterInput, StartSessionInput, UpdateSessionInput } from './session.input';
import type { CatalystRecord, SessionRecord } from './session.record';
import type { SessionChanges, SessionRepository } from './session.repository';
import { computeInsights } from './session.insights';
import type { InsightPeriod, Insights, PeriodDays } from './session.insights.type';
import { describeForTherapist, detectSafetySignals, evaluateSafetySignals, evaluateSafetyStatus, SAFETY_THRESHOLDS } from './session.safety';
import type { ClientSafetyStatus, SafetySignal, SafetyStatus } from './session.safety.type';
import { type SessionStatus, type Session, type SessionPayload } from './session.type';

const DAY_MS = 24 * 3600 * 1000;
const MINUTE_MS = 60 * 1000;

export function toSession(record: SessionRecord): Session {
  const endedAt = record.endedAt ? new Date(record.endedAt) : null;
  const startedAt = new Date(record.startedAt);
  return {
    id: record.id,
    kind: TimelineKind.SESSION,
    occurredAt: startedAt,
    day: record.localDay,
    status: record.status as SessionStatus,
    startedAt,
    endedAt,
    durationMinutes: endedAt ? Math.round((endedAt.getTime() - startedAt.getTime()) / MINUTE_MS) : null,
    intention: record.intention ?? null,
    setting: record.setting ?? null,
    distressBefore: record.distressBefore ?? null,
    catalysts: (record.catalysts ?? []).map((c) => ({ kind: c.kind, reference: c.reference ?? null })),
    tearsCame: record.tearsCame ?? null,
    wantedToCry: record.wantedToCry ?? null,
    bodySensations: record.bodySensations ?? [],
    emotions: record.emotions ?? [],
    peakIntensity: record.peakIntensity ?? null,
    distressAfter: record.distressAfter ?? null,
    afterState: record.afterState ?? null,
    reflection: record.reflection ?? null,
    selfHarmThoughts: record.selfHarmThoughts,
    feltUnsafe: record.feltUnsafe,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

function catalysts(input: CatalystInput[] | null | undefined): CatalystRecord[] | undefined {
  if (input === undefined) return undefined;
  return (input ?? []).map((c) => ({ kind: c.kind, reference: c.reference?.trim() || null }));
}

/** The during/after fields of an input as stored changes (undefined: untouched). */
function afterChanges(input: SessionAfterInput): SessionChanges {
  return {
    intention: input.intention,
    setting: input.setting,
    distressBefore: input.distressBefore,
    catalysts: catalysts(input.catalysts),
    tearsCame: input.tearsCame,
    wantedToCry: input.wantedToCry,
    bodySensations: input.bodySensations === null ? [] : input.bodySensations,
    emotions: input.emotions === null ? [] : input.emotions,
    peakIntensity: input.peakIntensity,
    distressAfter: input.distressAfter,
    afterState: input.afterState,
    reflection: input.reflection,
    selfHarmThoughts: input.selfHarmThoughts === null ? false : input.selfHarmThoughts,
    feltUnsafe: input.feltUnsafe === null ? false : input.feltUnsafe,
  };
}

/**
 * Suggests aftercare after a session. Routines implement it, so sessions never read
 * routines' storage; `justCreated` says nothing can have named the session yet.
 */
export interface AftercareSuggester {
  /** Starts the suggestion's reads before the session is written, so they overlap the write; `existing`: a session already stored. */
  prepare(caller: Caller, existing?: Pick<SessionRecord, 'id' | 'startedAt'>): AftercareDraft;
}

export interface AftercareDraft {
  /** Settles, never rejecting, once the reads started have finished: awaited when the write fails, so nothing is left running. */
  readonly ready: Promise<unknown>;
  suggest(session: Pick<SessionRecord, 'id' | 'startedAt'>, options: { justCreated: boolean }): Promise<AftercareSuggestion | null>;
}

/** Whether a member shares with a therapist right now (the sharing domain answers). */
export interface TherapistLink {
  hasActiveTherapist(sub: string): Promise<boolean>;
}

export class SessionService {
  constructor(
    private readonly repo: SessionRepository,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly aftercare: AftercareSuggester,
    private readonly therapists: TherapistLink = { hasActiveTherapist: async () => false },
  ) {}

  /** Signals first; the therapist prompt costs a read only when there is something to say. */
  private async withTherapistPrompt<T>(sub: string, evaluate: (hasTherapist: boolean) => T, signals: (result: T) => SafetySignal[]): Promise<T> {
    const result = evaluate(false);
    if (signals(result).length === 0 || !(await this.therapists.hasActiveTherapist(sub))) return result;
    return evaluate(true);
  }

  private checkSpan(startedAt: Date, endedAt: Date, field = 'endedAt'): void {
    if (endedAt.getTime() < startedAt.getTime()) throw new BadUserInputError(field, 'endedAt cannot be before startedAt');
    if (endedAt.getTime() - startedAt.getTime() > MAX_SESSION_HOURS * 3600 * 1000) {
      throw new BadUserInputError(field, `A session can last at most ${MAX_SESSION_HOURS} hours`);
    }
  }

  /**
   * The reads that follow a session's write, started before it so the call
   * waits on two round trips, not three (issue #19): the recent window (the
   * signals put the written session in place of what was read, by id) and
   * the aftercare suggestion's reads. `write` runs meanwhile; whatever fails,
   * everything started is awaited and the write's error comes first.
   */
  private async alongsideWrite(
    caller: Caller,
    existing: SessionRecord | undefined,
    write: () => Promise<{ stored: SessionRecord; created: boolean; country: string | null }>,
  ): Promise<SessionPayload> {
    const now = this.clock.now();
    const recent = settle(this.recent(caller, now));
    const aftercare = this.aftercare.prepare(caller, existing);
    const [written] = await Promise.all([settle(write()), recent, aftercare.ready]);
    const { stored, created, country } = unsettle(written);
    const [safetySignals, aftercareSuggestion] = await Promise.all([
      this.signalsFor(caller, country, stored, unsettle(await recent), now),
      aftercare.suggest(stored, { justCreated: created }),
    ]);
    return { session: toSession(stored), safetySignals, aftercareSuggestion };
  }

  /** Signals this session takes part in, from the recent window; they never block the write. */
  private async signalsFor(caller: Caller, country: string | null, trigger: SessionRecord, sessions: SessionRecord[], now: Date) {
    return this.withTherapistPrompt(
      caller.sub,
      (hasTherapist) => evaluateSafetySignals({ sessions, now, hasTherapist, country, trigger }),
      (signals) => signals,
    );
  }

  async start(caller: Caller, input: StartSessionInput): Promise<SessionPayload> {
    const now = this.clock.now();
    const startedAt = input.startedAt ?? now;
    checkWhen(startedAt, 'startedAt', now);
    const profile = await this.users.ensureProfile(caller);
    const record: SessionRecord = {
      id: newId(now),
      sub: caller.sub,
      status: 'IN_PROGRESS',
      startedAt: startedAt.toISOString(),
      endedAt: null,
      localDay: localDay(startedAt, profile.timeZone),
      intention: input.intention ?? null,
      setting: input.setting ?? null,
      distressBefore: input.distressBefore ?? null,
      catalysts: catalysts(input.catalysts) ?? [],
      bodySensations: [],
      emotions: [],
      selfHarmThoughts: false,
      feltUnsafe: false,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const { record: stored } = await this.repo.create(record, idempotentRequest('startSession', input), now);
    return { session: toSession(stored), safetySignals: [], aftercareSuggestion: null };
  }

  async end(caller: Caller, input: EndSessionInput): Promise<SessionPayload> {
    const now = this.clock.now();
    // The profile is read alongside the session, creating nothing: a profile is made (as before) only once the session is found and the input checked.
    const [session, found] = await Promise.allSettled([this.getRecord(caller, input.id), this.users.findProfile(caller)]);
    if (session.status === 'rejected') throw session.reason;
    const existing = session.value;
    const endedAt = input.endedAt ?? now;
    checkWhen(endedAt, 'endedAt', now);
    this.checkSpan(new Date(existing.startedAt), endedAt);
    // A failed profile read fails the call here, after the same checks as before.
    if (found.status === 'rejected') throw found.reason;
    const changes: SessionChanges = { ...afterChanges(input), status: 'COMPLETED', endedAt: endedAt.toISOString() };
    return this.alongsideWrite(caller, existing, async () => {
      const profile = found.value ?? (await this.users.ensureProfile(caller));
      const ended = await this.repo.end(caller.sub, input.id, changes, now.toISOString());
      return { stored: ended, created: false, country: profile.country ?? null };
    });
  }

  async log(caller: Caller, input: LogSessionInput): Promise<SessionPayload> {
    const now = this.clock.now();
    checkWhen(input.startedAt, 'startedAt', now);
    if (input.endedAt && input.durationMinutes) throw new BadUserInputError(['endedAt', 'durationMinutes'], 'Give endedAt or durationMinutes, not both');
    if (!input.endedAt && !input.durationMinutes) throw new BadUserInputError(['endedAt', 'durationMinutes'], 'Give endedAt or durationMinutes');
    const endedAt = input.endedAt ?? new Date(input.startedAt.getTime() + (input.durationMinutes as number) * MINUTE_MS);
    checkWhen(endedAt, input.endedAt ? 'endedAt' : 'durationMinutes', now);
    this.checkSpan(input.startedAt, endedAt, input.endedAt ? 'endedAt' : 'durationMinutes');
    return this.alongsideWrite(caller, undefined, async () => {
      const profile = await this.users.ensureProfile(caller);
      const record: SessionRecord = {
        id: newId(now),
        sub: caller.sub,
        status: 'COMPLETED',
        startedAt: input.startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        localDay: localDay(input.startedAt, profile.timeZone),
        catalysts: [],
        bodySensations: [],
        emotions: [],
        selfHarmThoughts: false,
        feltUnsafe: false,
        ...stripUndefined(afterChanges(input)),
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const { record: stored, created } = await this.repo.create(record, idempotentRequest('logSession', input), now);
      return { stored, created, country: profile.country ?? null };
    });
  }

  async update(caller: Caller, input: UpdateSessionInput): Promise<Session> {
    const now = this.clock.now();
    const existing = await this.getRecord(caller, input.id);
    if (input.startedAt === null) throw new BadUserInputError('startedAt', 'startedAt cannot be cleared');
    if (input.endedAt === null && existing.status === 'COMPLETED') throw new BadUserInputError('endedAt', 'A completed session keeps its end');
    const startedAt = input.startedAt ?? new Date(existing.startedAt);
    const endedAt = input.endedAt ?? (existing.endedAt ? new Date(existing.endedAt) : null);
    if (input.startedAt) checkWhen(input.startedAt, 'startedAt', now);
    if (input.endedAt) {
      if (existing.status === 'IN_PROGRESS') throw new BadUserInputError('endedAt', 'End a live session with endSession');
      checkWhen(input.endedAt, 'endedAt', now);
    }
    if (endedAt) this.checkSpan(startedAt, endedAt);
    const changes: SessionChanges = { ...afterChanges(input) };
    if (input.startedAt) {
      const profile = await this.users.ensureProfile(caller);
      changes.startedAt = input.startedAt.toISOString();
      changes.localDay = localDay(input.startedAt, profile.timeZone);
    }
    if (input.endedAt) changes.endedAt = input.endedAt.toISOString();
    const updated = await this.repo.update(caller.sub, input.id, input.version, changes, now.toISOString());
    return toSession(updated);
  }

  async delete(caller: Caller, id: string): Promise<string> {
    if (!isUlid(id)) throw new NotFoundError('Session');
    await this.repo.delete(caller.sub, id);
    return id;
  }

  async getRecord(caller: Caller, id: string): Promise<SessionRecord> {
    if (!isUlid(id)) throw new NotFoundError('Session');
    const record = await this.repo.get(caller.sub, id);
    if (!record) throw new NotFoundError('Session');
    return record;
  }

  async get(caller: Caller, id: string): Promise<Session> {
    return toSession(await this.getRecord(caller, id));
  }

  async list(caller: Caller, args: { from?: Date | null; to?: Date | null; first?: number | null; after?: string | null }) {
    if (args.from && args.to && args.from.getTime() >= args.to.getTime()) throw new BadUserInputError('to', 'to must be after from');
    const page = await this.repo.page(caller.sub, { from: args.from?.toISOString(), to: args.to?.toISOString() }, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toSession) });
  }

  /** Active signals over the recent window, for `safetyStatus`. */
  async safetyStatus(caller: Caller): Promise<SafetyStatus> {
    const now = this.clock.now();
    const [profile, records] = await inOrder(this.users.ensureProfile(caller), this.recent(caller, now));
    return this.withTherapistPrompt(
      caller.sub,
      (hasTherapist) => evaluateSafetyStatus({ sessions: records, now, hasTherapist, country: profile.country ?? null }),
      (status) => status.signals,
    );
  }

  /** The same signals for the member's therapist, in the third person (the caller checked the grant). */
  async clientSafetyStatus(client: Caller): Promise<ClientSafetyStatus> {
    const now = this.clock.now();
    const [profile, records] = await Promise.all([this.users.ensureProfile(client), this.recent(client, now)]);
    return describeForTherapist(detectSafetySignals(records, now), now, profile.timeZone);
  }

  private async recent(caller: Caller, now: Date): Promise<SessionRecord[]> {
    const since = new Date(now.getTime() - SAFETY_THRESHOLDS.windowDays * DAY_MS).toISOString();
    const until = new Date(now.getTime() + WHEN_LIMITS.futureSkewMs + 1).toISOString();
    return (await this.repo.between(caller.sub, since, until)).records;
  }

  /**
   * Figures for a period and the one before, from the sessions of those two
   * periods only (one Query per 1 MB page of them), never the whole history.
   * `alongside`: a read that needs only the periods' days (the measures beside
   * insights), made beside the sessions' read; its outcome rides on the result.
   */
  async insights<T = never>(
    caller: Caller,
    period: InsightPeriod,
    from?: string | null,
    alongside?: (days: PeriodDays) => Promise<T>,
  ): Promise<Insights & { itemsRead: number; alongside?: Settled<T> }> {
    const profile = await this.users.ensureProfile(caller);
    const fromDay = from ?? localDay(this.clock.now(), profile.timeZone);
    const range = periodRange(period, fromDay, profile.timeZone);
    const days: PeriodDays = {
      previous: { fromDay: range.previous.fromDay, toDay: addDays(range.previous.toDayExclusive, -1) },
      current: { fromDay: range.fromDay, toDay: addDays(range.toDayExclusive, -1) },
    };
    const [read, beside] = await Promise.all([
      settle(this.repo.between(caller.sub, range.previous.start.toISOString(), range.end.toISOString())),
      alongside ? settle(alongside(days)) : undefined,
    ]);
    const { records } = unsettle(read);
    return { ...computeInsights({ sessions: records, period, fromDay, timeZone: profile.timeZone }), itemsRead: records.length, alongside: beside };
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
