import type { Caller } from '../shared/auth/caller';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { pageSize, toConnection, type ConnectionShape } from '../shared/pagination';
import { ReactionKind } from './circle.enums';
import { crisisSupport, suggestsCrisis } from './circle.crisis';
import type { PostCheckInInput, ReactionInput, ReplyToCheckInInput } from './circle.input';
import { can, CircleAction } from './circle.permissions';
import type { CheckInRecord, ReplyRecord } from './circle.record';
import { redactSession } from './circle.redaction';
import type {
  CheckIn,
  CheckInPreview,
  CheckInReply,
  CheckInThread,
  CircleAccess,
  CrisisSupport,
  PostCheckInPayload,
  ReplyToCheckInPayload,
} from './circle.type';
import { idempotentRequest } from '../shared/idempotency';
import { accessOf, checkId, CircleServiceBase, cleanText, toAuthor, type PageArgs } from './circle-service.shared';
import { inOrder, settle, unsettle } from '../shared/together';

export function toCheckIn(record: CheckInRecord, viewer: CircleAccess): CheckIn {
  return {
    id: record.id,
    author: toAuthor(record.author, viewer),
    mood: record.mood ?? null,
    intensity: record.intensity ?? null,
    text: record.text ?? null,
    session: record.session ? { ...record.session } : null,
    postedAt: new Date(record.postedAt),
    reactions: Object.values(ReactionKind).map((kind) => {
      const members = record[`reactions_${kind}`];
      return { kind, count: members?.size ?? 0, reactedByMe: members?.has(viewer.memberId) ?? false };
    }),
    replyCount: Math.max(0, record.replyCount ?? 0),
    hidden: Boolean(record.hiddenAt),
    reportedByMe: record.reportedBy?.has(viewer.memberId) ?? false,
  };
}

export function toReply(record: ReplyRecord, viewer: CircleAccess): CheckInReply {
  return {
    id: record.id,
    checkInId: record.checkInId,
    author: toAuthor(record.author, viewer),
    text: record.text,
    postedAt: new Date(record.postedAt),
    hidden: Boolean(record.hiddenAt),
    reportedByMe: record.reportedBy?.has(viewer.memberId) ?? false,
  };
}

function requiredText(value: string | null | undefined, field: string): string {
  const text = cleanText(value);
  if (text === null) throw new BadUserInputError(field, `${field} must not be blank`);
  return text;
}

/** A circle's feed: check-ins (with crisis support for the poster), reactions and replies. */
export class CircleFeedService extends CircleServiceBase {
  private async support(caller: Caller, posted: 'check-in' | 'reply', text: string | null): Promise<CrisisSupport | null> {
    if (!suggestsCrisis(text)) return null;
    const profile = await this.users.ensureProfile(caller);
    return crisisSupport(posted, profile.country ?? null);
  }

  async preview(caller: Caller, circleId: string, sessionId: string): Promise<CheckInPreview> {
    // The member's own session is read alongside the membership; the membership's refusal still wins.
    const [, session] = await inOrder(this.membership(caller, circleId, CircleAction.POST_CHECK_IN), this.sessions.getRecord(caller, sessionId));
    return { sessionId: session.id, version: session.version, summary: redactSession(session, 'sessionId') };
  }

  async postCheckIn(caller: Caller, input: PostCheckInInput): Promise<PostCheckInPayload> {
    // The member's own session is read alongside the membership, settled so that its refusal comes only after the checks that came before it.
    const [checked, read] = await Promise.all([
      settle(this.membership(caller, input.circleId, CircleAction.POST_CHECK_IN)),
      input.fromSession ? settle(this.sessions.getRecord(caller, input.fromSession.sessionId)) : undefined,
    ]);
    const m = unsettle(checked);
    if (!input.mood && !input.fromSession) throw new BadUserInputError(['mood', 'fromSession'], 'Choose a mood, or share one of your sessions');
    const text = cleanText(input.text);
    let summary = null;
    if (input.fromSession && read) {
      const session = unsettle(read);
      if (session.version !== input.fromSession.version) {
        throw new ConflictError('The session changed since you previewed it; preview it again before sharing');
      }
      summary = redactSession(session);
    }
    const now = this.clock.now();
    const at = now.toISOString();
    const record: CheckInRecord = {
      circleId: input.circleId,
      id: newId(now),
      author: { memberId: m.memberId, pseudonym: m.pseudonym },
      mood: input.mood ?? null,
      intensity: input.intensity ?? null,
      text,
      session: summary,
      postedAt: at,
      replyCount: 0,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const { checkIn } = await this.repo.postCheckIn(record, caller.sub, idempotentRequest('postCheckIn', input), now);
    return { checkIn: toCheckIn(checkIn, accessOf(m)), support: await this.support(caller, 'check-in', checkIn.text) };
  }

  /** Newest first; moderators also see hidden check-ins (marked hidden). One Query. */
  async checkIns(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CheckIn>> {
    const page = await this.repo.checkInsPage(access.circleId, can(access.role, CircleAction.MODERATE), pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toCheckIn(record, access)) });
  }

  async thread(access: CircleAccess, checkInId: string): Promise<CheckInThread> {
    checkId(checkInId, 'Check-in');
    const record = await this.repo.getCheckIn(access.circleId, checkInId);
    if (!record || (record.hiddenAt && !can(access.role, CircleAction.MODERATE))) throw new NotFoundError('Check-in');
    return { checkIn: toCheckIn(record, access), access };
  }

  /** The check-in a reply was just posted to, with its new reply count: read with the membership before the write, no call of its own. */
  repliedCheckIn(thread: ReplyToCheckInPayload['thread']): CheckIn {
    return thread.checkIn;
  }

  /** Oldest first, like a conversation; moderators also see hidden replies. One Query. */
  async replies(thread: CheckInThread, args: PageArgs): Promise<ConnectionShape<CheckInReply>> {
    const { access } = thread;
    const page = await this.repo.repliesPage(access.circleId, thread.checkIn.id, can(access.role, CircleAction.MODERATE), pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toReply(record, access)) });
  }

  /** One of each kind per member per check-in: a second is a CONFLICT. */
  /**
   * The check-in is read with the membership (one BatchGetItem), then one transaction writes the reaction; the answer
   * is that read with this reaction added (others' reactions made in between show on the next read).
   */
  async react(caller: Caller, input: ReactionInput): Promise<CheckIn> {
    checkId(input.circleId, 'Circle');
    const read = await this.repo.getMembershipWithCheckIn(input.circleId, caller.sub, isUlid(input.checkInId) ? input.checkInId : null);
    const m = this.activeMember(read.membership, CircleAction.REACT);
    checkId(input.checkInId, 'Check-in');
    const { checkIn } = read;
    if (!checkIn || checkIn.hiddenAt) throw new NotFoundError('Check-in');
    const now = this.clock.now();
    await this.repo.react(input.circleId, input.checkInId, input.kind, m.memberId, caller.sub, now);
    const set = `reactions_${input.kind}` as const;
    return toCheckIn({ ...checkIn, [set]: new Set([...(checkIn[set] ?? []), m.memberId]), updatedAt: now.toISOString() }, accessOf(m));
  }

  async unreact(caller: Caller, input: ReactionInput): Promise<CheckIn> {
    const m = await this.membership(caller, input.circleId, CircleAction.REACT);
    checkId(input.checkInId, 'Check-in');
    return toCheckIn(await this.repo.unreact(input.circleId, input.checkInId, input.kind, m.memberId, this.clock.now()), accessOf(m));
  }

  /**
   * The check-in is read with the membership (one BatchGetItem) so that the answer's `checkIn` needs no read after the
   * write; the transaction still decides whether the check-in may take a reply.
   */
  async reply(caller: Caller, input: ReplyToCheckInInput): Promise<ReplyToCheckInPayload> {
    checkId(input.circleId, 'Circle');
    const read = await this.repo.getMembershipWithCheckIn(input.circleId, caller.sub, isUlid(input.checkInId) ? input.checkInId : null);
    const m = this.activeMember(read.membership, CircleAction.REPLY);
    checkId(input.checkInId, 'Check-in');
    const text = requiredText(input.text, 'text');
    const { checkIn } = read;
    // Refused before writing; the write's own condition still refuses one hidden or removed since the read.
    if (!checkIn || checkIn.hiddenAt) throw new NotFoundError('Check-in');
    const now = this.clock.now();
    const at = now.toISOString();
    const record: ReplyRecord = {
      circleId: input.circleId,
      checkInId: input.checkInId,
      id: newId(now),
      author: { memberId: m.memberId, pseudonym: m.pseudonym },
      text,
      postedAt: at,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const { reply, created } = await this.repo.postReply(record, caller.sub, idempotentRequest('replyToCheckIn', input), now);
    // A replayed request was already counted in the check-in read.
    const counted = created ? { ...checkIn, replyCount: (checkIn.replyCount ?? 0) + 1, updatedAt: now.toISOString() } : checkIn;
    return {
      reply: toReply(reply, accessOf(m)),
      support: await this.support(caller, 'reply', reply.text),
      thread: { access: accessOf(m), checkInId: input.checkInId, checkIn: toCheckIn(counted, accessOf(m)) },
    };
  }
}
