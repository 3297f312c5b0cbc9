import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { formatCode, isWellFormedCode, newCode, normalizeCode } from '../shared/codes';
import type { TimelineEntity } from '../shared/db/keys';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { pageSize, toConnection } from '../shared/pagination';
import { isValidDay, startOfLocalDay } from '../shared/time';
import { type TimelineKind, type TimelineItem } from '../shared/timeline-item';
import type { InsightPeriod } from '../sessions/session.insights.type';
import type { SessionService } from '../sessions/session.service';
import type { TimelineService } from '../timeline/timeline.service';
import { findTemplate } from '../routines/routine.templates';
import type { RoutineService } from '../routines/routine.service';
import type { CreateRoutineInput } from '../routines/routine.input';
import type { UserService } from '../users/user.service';
import { GrantScope, GrantStatus } from './sharing.enums';
import type { AddNoteInput, ClientTimelineArgs, InviteTherapistInput, SuggestPracticeInput, UpdateGrantInput, UpdateNoteInput } from './sharing.input';
import type { AccessLogRecord, GrantRecord, NoteRecord, SuggestionRecord } from './sharing.record';
import type { SharingRepository } from './sharing.repository';
import { accessLogEntry, effectiveStatus, type AccessDetail } from './sharing.rules';
import { redactForTherapist, visibleEntities } from './sharing.scopes';
import type { Grant, PracticeSuggestion, TherapistNote } from './sharing.type';
import { ENTITY } from '../shared/db/keys';
import { inOrder, settle, unsettle } from '../shared/together';
import { toAccessLogEntry, toGrant, toSuggestion, toTherapistNote } from './sharing.mappers';

// The mappers moved to sharing.mappers.ts; the wiring takes toTherapistNote from here.
export { toGrant, toTherapistNote } from './sharing.mappers';

const ENTITY_OF_KIND: Record<TimelineKind, TimelineEntity> = {
  SESSION: 'Session',
  JOURNAL_ENTRY: 'JournalEntry',
  ROUTINE_COMPLETION: 'RoutineCompletion',
  THERAPIST_NOTE: 'TherapistNote',
};

/** Cognito subs are UUIDs; anything else cannot name a client. */
const SUB_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Answers the sessions domain's question "does this member share with a therapist now?" in one Query. */
export class ActiveTherapistLink {
  constructor(
    private readonly repo: Pick<SharingRepository, 'clientGrants'>,
    private readonly clock: Clock,
  ) {}

  async hasActiveTherapist(sub: string): Promise<boolean> {
    const now = this.clock.now();
    return (await this.repo.clientGrants(sub)).some((grant) => effectiveStatus(grant, now) === GrantStatus.ACTIVE);
  }
}

/** The client as the subject of a read: their own data, seen through a grant. */
function subject(clientSub: string): Caller {
  return { sub: clientSub, groups: [], role: 'MEMBER', isAdmin: false };
}

export class SharingService {
  constructor(
    private readonly repo: SharingRepository,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly timeline: TimelineService,
    private readonly routines: Pick<RoutineService, 'adopt' | 'create' | 'checkDraft'>,
    private readonly clock: Clock,
  ) {}

  private requireTherapist(caller: Caller): void {
    if (caller.role !== 'THERAPIST') throw new ForbiddenError('Only therapists can do this');
  }

  /**
   * The grant check every therapist read makes, at request time and against
   * the clock: no grant, not active, expired or outside scope all answer
   * NOT_FOUND, with no hint that the client exists.
   */
  private async requireGrant(caller: Caller, clientId: string, scope: GrantScope | null): Promise<GrantRecord> {
    this.requireTherapist(caller);
    if (!SUB_PATTERN.test(clientId)) throw new NotFoundError('Client');
    const grant = await this.repo.grant(clientId, caller.sub);
    const usable = grant && effectiveStatus(grant, this.clock.now()) === GrantStatus.ACTIVE && (!scope || grant.scopes.includes(scope));
    if (!grant || !usable) throw new NotFoundError('Client');
    return grant;
  }

  private async logAccess(grant: GrantRecord, operation: string, detail: AccessDetail): Promise<void> {
    const now = this.clock.now();
    await this.repo.logAccess(accessLogEntry(grant, operation, detail, now), grant, now.toISOString());
  }

  // ---- therapists: share code and invitations ----

  async myShareCode(caller: Caller): Promise<string> {
    this.requireTherapist(caller);
    const existing = await this.repo.shareCodeOf(caller.sub);
    if (existing) return formatCode(existing);
    const code = normalizeCode(newCode());
    try {
      await this.repo.setShareCode(caller.sub, code, undefined, this.clock.now().toISOString());
      return formatCode(code);
    } catch (error) {
      // Two first calls raced: the other one's code stands.
      const winner = await this.repo.shareCodeOf(caller.sub);
      if (error instanceof ConflictError && winner) return formatCode(winner);
      throw error;
    }
  }

  /** A new code; the old one stops working at once. Existing grants are unaffected. */
  async rotateShareCode(caller: Caller): Promise<string> {
    this.requireTherapist(caller);
    const previous = await this.repo.shareCodeOf(caller.sub);
    const code = normalizeCode(newCode());
    await this.repo.setShareCode(caller.sub, code, previous, this.clock.now().toISOString());
    return formatCode(code);
  }

  async myClients(caller: Caller, args: { first?: number | null; after?: string | null }) {
    this.requireTherapist(caller);
    return this.therapistGrants(caller, args, GrantStatus.ACTIVE);
  }

  async myInvitations(caller: Caller, args: { first?: number | null; after?: string | null }) {
    this.requireTherapist(caller);
    return this.therapistGrants(caller, args, GrantStatus.PENDING);
  }

  private async therapistGrants(caller: Caller, args: { first?: number | null; after?: string | null }, status: GrantStatus) {
    const now = this.clock.now();
    const page = await this.repo.therapistGrants(caller.sub, pageSize(args.first), args.after);
    const items: Grant[] = [];
    const cursors: string[] = [];
    page.items.forEach((record, i) => {
      if (effectiveStatus(record, now) !== status) return;
      items.push(toGrant(record, now));
      cursors.push(page.cursors[i] as string);
    });
    return toConnection({ items, cursors, hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] });
  }

  async respondToInvitation(caller: Caller, clientId: string, accept: boolean): Promise<Grant> {
    this.requireTherapist(caller);
    const now = this.clock.now();
    // The therapist's own profile is read alongside the invitation, creating nothing; one is made (as before) only for a pending invitation.
    const [grant, found] = await inOrder(
      SUB_PATTERN.test(clientId) ? this.repo.grant(clientId, caller.sub) : Promise.resolve(undefined),
      settle(this.users.findProfile(caller)),
    );
    if (!grant || effectiveStatus(grant, now) !== GrantStatus.PENDING) throw new NotFoundError('Invitation');
    const profile = unsettle(found) ?? (await this.users.ensureProfile(caller));
    const changes: Partial<GrantRecord> = { status: accept ? 'ACTIVE' : 'DECLINED', respondedAt: now.toISOString(), therapistName: profile.displayName };
    return toGrant(await this.repo.updateGrant(grant, changes, now.toISOString()), now);
  }

  // ---- clients: grants and the access log ----

  async inviteTherapist(caller: Caller, input: InviteTherapistInput): Promise<Grant> {
    const now = this.clock.now();
    const code = normalizeCode(input.shareCode);
    if (!isWellFormedCode(code)) throw new BadUserInputError('shareCode', 'That does not look like a share code (e.g. 7KQ2M-XW9RD)');
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw new BadUserInputError('expiresAt', 'expiresAt must be in the future');
    // The guess count is read alongside the lookup: a member over it learns nothing from the lookup.
    const [therapistSub] = await Promise.all([this.repo.therapistByCode(code), this.repo.refuseCodeGuessing(caller.sub, now)]);
    if (!therapistSub) {
      await this.repo.countWrongCode(caller.sub, now);
      throw new NotFoundError('Therapist with that share code');
    }
    if (therapistSub === caller.sub) throw new BadUserInputError('shareCode', 'That is your own share code');
    const [client, therapistName] = await Promise.all([this.users.ensureProfile(caller), this.users.displayNameOf(therapistSub)]);
    const record: GrantRecord = {
      id: newId(now),
      clientSub: caller.sub,
      therapistSub,
      clientName: client.displayName,
      therapistName,
      scopes: input.scopes,
      status: 'PENDING',
      ...(input.expiresAt ? { expiresAt: input.expiresAt.toISOString() } : {}),
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.repo.putInvitation(record, now.toISOString());
    return toGrant(record, now);
  }

  private async ownGrant(caller: Caller, therapistId: string): Promise<GrantRecord> {
    const grant = SUB_PATTERN.test(therapistId) ? await this.repo.grant(caller.sub, therapistId) : undefined;
    if (!grant) throw new NotFoundError('Share');
    return grant;
  }

  async updateGrant(caller: Caller, input: UpdateGrantInput): Promise<Grant> {
    const now = this.clock.now();
    if (input.scopes === null) throw new BadUserInputError('scopes', 'Share at least one scope, or revoke');
    const grant = await this.ownGrant(caller, input.therapistId);
    const status = effectiveStatus(grant, now);
    if (status !== GrantStatus.ACTIVE && status !== GrantStatus.PENDING) throw new ConflictError('This share has ended; invite the therapist again');
    if (grant.version !== input.version) throw new ConflictError();
    if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw new BadUserInputError('expiresAt', 'expiresAt must be in the future');
    const changes: Partial<GrantRecord> = { scopes: input.scopes, expiresAt: input.expiresAt ? input.expiresAt.toISOString() : undefined };
    const remove = input.expiresAt === null ? ['expiresAt'] : undefined;
    return toGrant(await this.repo.updateGrant(grant, changes, now.toISOString(), remove), now);
  }

  /** Takes effect on the therapist's next request; reads in flight fail at their log write. */
  async revokeGrant(caller: Caller, therapistId: string): Promise<Grant> {
    const now = this.clock.now();
    const grant = await this.ownGrant(caller, therapistId);
    return toGrant(await this.repo.revokeGrant(grant, now.toISOString()), now);
  }

  async myGrants(caller: Caller): Promise<Grant[]> {
    const now = this.clock.now();
    return (await this.repo.clientGrants(caller.sub)).map((g) => toGrant(g, now));
  }

  async accessLog(caller: Caller, args: { first?: number | null; after?: string | null }) {
    const page = await this.repo.accessLog(caller.sub, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toAccessLogEntry) });
  }

  // ---- therapists: reading what was shared ----

  /** One grant check + one Query + one conditional log write. */
  async clientTimeline(caller: Caller, args: ClientTimelineArgs) {
    const grant = await this.requireGrant(caller, args.clientId, null);
    const keep = (node: TimelineItem) => redactForTherapist(node, grant.scopes, caller.sub);
    const page = await this.timeline.page(args.clientId, visibleEntities(grant.scopes), args, keep);
    await this.logAccess(grant, 'clientTimeline', { itemIds: page.edges.map((e) => e.node.id), from: args.from, to: args.to });
    return page;
  }

  async clientInsights(caller: Caller, clientId: string, period: InsightPeriod, from?: string | null) {
    const grant = await this.requireGrant(caller, clientId, GrantScope.INSIGHTS);
    const insights = await this.sessions.insights(subject(clientId), period, from);
    await this.logAccess(grant, 'clientInsights', { from: new Date(`${insights.fromDay}T00:00:00Z`), to: new Date(`${insights.toDay}T00:00:00Z`) });
    return insights;
  }

  async clientSafetyStatus(caller: Caller, clientId: string) {
    const grant = await this.requireGrant(caller, clientId, GrantScope.SAFETY_SIGNALS);
    const found = await this.sessions.clientSafetyStatus(subject(clientId));
    // Links to sessions need SESSIONS; the signal's words and counts need only SAFETY_SIGNALS.
    const status = grant.scopes.includes(GrantScope.SESSIONS) ? found : { ...found, signals: found.signals.map((signal) => ({ ...signal, sessionIds: [] })) };
    await this.logAccess(grant, 'clientSafetyStatus', { itemIds: status.signals.flatMap((s) => s.sessionIds) });
    return status;
  }

  // ---- notes ----

  async addNote(caller: Caller, input: AddNoteInput): Promise<TherapistNote> {
    const grant = await this.requireGrant(caller, input.clientId, null);
    const now = this.clock.now();
    if (!input.pinnedItem === !input.pinnedDay) throw new BadUserInputError(['pinnedItem', 'pinnedDay'], 'Pin a note to one timeline item or to one day');
    if (!input.text.trim()) throw new BadUserInputError('text', 'text must not be blank');
    // The author's name (a read that decides nothing) is read alongside what the note is pinned to; that read's error, if any, still wins.
    let when: { occurredAt: string; localDay: string } | undefined;
    let author: string | null;
    let read: AccessLogRecord | undefined;
    if (input.pinnedItem) {
      const entity = ENTITY_OF_KIND[input.pinnedItem.kind];
      const visible = entity !== ENTITY.TherapistNote && visibleEntities(grant.scopes).includes(entity);
      const item = input.pinnedItem;
      [when, author] = await inOrder(
        visible && isUlid(item.id) ? this.repo.timelineItemTime(input.clientId, entity, item.id) : Promise.resolve(undefined),
        this.users.displayNameOf(caller.sub),
      );
      if (!when) throw new NotFoundError('Timeline item');
      // The note answers when the item happened: a read of the client's data, logged like any other, in the note's own transaction (which re-checks the grant).
      read = accessLogEntry(grant, 'addNote', { itemIds: [item.id] }, now);
    } else {
      const day = input.pinnedDay as string;
      if (!isValidDay(day)) throw new BadUserInputError('pinnedDay', 'pinnedDay must be a day such as 2026-11-21');
      const [client, name] = await inOrder(this.users.ensureProfile(subject(input.clientId)), this.users.displayNameOf(caller.sub));
      when = { occurredAt: startOfLocalDay(day, client.timeZone).toISOString(), localDay: day };
      author = name;
    }
    const record: NoteRecord = {
      id: newId(now),
      sub: input.clientId,
      authorSub: caller.sub,
      authorName: author,
      text: input.text.trim(),
      pinnedItemId: input.pinnedItem?.id ?? null,
      pinnedDay: input.pinnedDay ?? null,
      occurredAt: when.occurredAt,
      localDay: when.localDay,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    return toTherapistNote(await this.repo.createNote(record, grant, now, read));
  }

  /** The grant first: the client's partition is read only under a checked grant (DESIGN.md), even for the therapist's own note. */
  private async ownNote(caller: Caller, clientId: string, noteId: string): Promise<NoteRecord> {
    await this.requireGrant(caller, clientId, null);
    const note = isUlid(noteId) ? await this.repo.notes.get(clientId, noteId) : undefined;
    if (!note || note.authorSub !== caller.sub) throw new NotFoundError('Note');
    return note;
  }

  async updateNote(caller: Caller, input: UpdateNoteInput): Promise<TherapistNote> {
    await this.ownNote(caller, input.clientId, input.noteId);
    if (!input.text.trim()) throw new BadUserInputError('text', 'text must not be blank');
    const updated = await this.repo.notes.update(input.clientId, input.noteId, input.version, { text: input.text.trim() }, this.clock.now().toISOString());
    return toTherapistNote(updated);
  }

  async deleteNote(caller: Caller, clientId: string, noteId: string): Promise<string> {
    await this.ownNote(caller, clientId, noteId);
    await this.repo.notes.delete(clientId, noteId);
    return noteId;
  }

  // ---- suggested practices ----

  async suggestPractice(caller: Caller, input: SuggestPracticeInput): Promise<PracticeSuggestion> {
    const grant = await this.requireGrant(caller, input.clientId, null);
    if (!input.templateId === !input.routine) throw new BadUserInputError(['templateId', 'routine'], 'Suggest a template or a routine of your own');
    const template = input.templateId ? findTemplate(input.templateId) : undefined;
    if (input.templateId && !template) throw new BadUserInputError('templateId', 'Unknown routine template');
    // Checked now as well as on accepting: a blank name or step would be shown to the client and could never be accepted.
    const routineName = input.routine ? this.checkSuggestedRoutine(input.routine) : undefined;
    const now = this.clock.now();
    const record: SuggestionRecord = {
      id: newId(now),
      clientSub: grant.clientSub,
      therapistSub: caller.sub,
      therapistName: grant.therapistName,
      message: input.message?.trim() || null,
      templateId: template?.id ?? null,
      // Stored as plain data; it is validated again when it becomes a routine.
      routine: input.routine ? (JSON.parse(JSON.stringify({ ...input.routine, idempotencyKey: undefined })) as Record<string, unknown>) : null,
      name: template?.name ?? (routineName as string),
      status: 'PENDING',
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await this.repo.putSuggestion(record, now);
    return toSuggestion(record);
  }

  private checkSuggestedRoutine(routine: CreateRoutineInput): string {
    try {
      return this.routines.checkDraft(routine);
    } catch (error) {
      if (error instanceof BadUserInputError)
        throw new BadUserInputError(
          error.fields.map((field) => `routine.${field}`),
          error.message,
        );
      throw error;
    }
  }

  async practiceSuggestions(caller: Caller, args: { first?: number | null; after?: string | null }) {
    const page = await this.repo.suggestions(caller.sub, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map(toSuggestion) });
  }

  /**
   * Makes the suggestion the client's own routine. The routine is created with
   * an idempotency key derived from the suggestion, so a retry after a failure
   * between the two writes never makes two routines.
   */
  async acceptSuggestion(caller: Caller, id: string): Promise<PracticeSuggestion> {
    const suggestion = await this.pendingSuggestion(caller, id);
    const idempotencyKey = `suggestion:${suggestion.id}`;
    const routine = suggestion.templateId
      ? await this.routines.adopt(caller, { templateId: suggestion.templateId, idempotencyKey })
      : await this.routines.create(caller, { ...(suggestion.routine as unknown as CreateRoutineInput), idempotencyKey });
    const settled = await this.repo.settleSuggestion(suggestion, { status: 'ACCEPTED', routineId: routine.id }, this.clock.now().toISOString());
    return toSuggestion(settled);
  }

  async declineSuggestion(caller: Caller, id: string): Promise<PracticeSuggestion> {
    const suggestion = await this.pendingSuggestion(caller, id);
    return toSuggestion(await this.repo.settleSuggestion(suggestion, { status: 'DECLINED' }, this.clock.now().toISOString()));
  }

  private async pendingSuggestion(caller: Caller, id: string): Promise<SuggestionRecord> {
    const suggestion = isUlid(id) ? await this.repo.suggestion(caller.sub, id) : undefined;
    if (!suggestion) throw new NotFoundError('Suggestion');
    if (suggestion.status !== 'PENDING') throw new ConflictError('This suggestion was already answered');
    return suggestion;
  }
}
