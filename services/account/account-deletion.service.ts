import { CircleRole, ReactionKind } from '../circles/circle.enums';
import type { CheckInRecord, MembershipRecord, ReplyRecord, ReportRecord } from '../circles/circle.record';
import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, ConflictError } from '../shared/errors';
import { ENTITY } from '../shared/db/keys';
import type { SuggestionRecord } from '../sharing/sharing.record';
import { DELETE_CONFIRMATION, type DeleteMyAccountInput } from './account.input';
import type { DeletionProgress, Touched } from './account.record';
import { shortDigest } from './account.cursor';
import {
  recordOf,
  type AccountDeletionRepository,
  type AccountIdentity,
  type AccountWrite,
  type MemberField,
  type StoredItem,
  type TherapistTrace,
} from './account.ports';
import type { AccountDeletion } from './account.type';

/** Bounds on one deletion call; the client calls again until `complete`. */
export interface DeletionBudget {
  maxMillis: number;
  /** Items written (deleted or changed) per call. */
  maxItems: number;
}
export const DELETION_BUDGET: DeletionBudget = { maxMillis: 5000, maxItems: 1000 };

/** Items read per step of a deletion (each step writes at most about this many). */
const DELETION_PAGE = 100;

/** While a deletion runs, and after it: no profile is created for the sub (access tokens live 15 minutes). */
export const REFUSE_WHILE_DELETING_MS = 30 * 24 * 3600 * 1000;
export const REFUSE_AFTER_DELETION_MS = 3600 * 1000;

const LEAVE_CONFLICTS = 3;
const THERAPIST_STEPS: readonly (TherapistTrace | 'grant')[] = ['notes', 'suggestions', 'accessLog', 'grant'];

function later(ms: number, from: Date): Date {
  return new Date(from.getTime() + ms);
}

function byJoined(a: MembershipRecord, b: MembershipRecord): number {
  return a.joinedAt === b.joinedAt ? (a.memberId < b.memberId ? -1 : 1) : a.joinedAt < b.joinedAt ? -1 : 1;
}

/**
 * Who takes over when the owner's account goes: the longest-standing
 * moderator, else the longest-standing member.
 */
export function successorOf(members: MembershipRecord[], leaving: MembershipRecord): MembershipRecord | null {
  const others = members.filter((m) => m.sub !== leaving.sub && m.status === 'ACTIVE').sort(byJoined);
  return others.find((m) => m.role === CircleRole.MODERATOR) ?? others.find((m) => m.role === CircleRole.MEMBER) ?? others[0] ?? null;
}

/** What deleting a member does to one item of a circle that names their member id. */
export function circleWrite(item: StoredItem, memberId: string): AccountWrite | null {
  const fields = (names: MemberField[]) => names.filter((name) => (item.record as Partial<Record<MemberField, unknown>>)[name] === memberId);
  const forget = (reactions: ReactionKind[], reportedBy: boolean, names: MemberField[]): AccountWrite | null => {
    const replaced = fields(names);
    return reactions.length || reportedBy || replaced.length ? { op: 'forgetMember', key: item.key, memberId, reactions, reportedBy, fields: replaced } : null;
  };
  switch (item.entity) {
    case ENTITY.CheckIn: {
      const c = recordOf<CheckInRecord>(item);
      const reactions = Object.values(ReactionKind).filter((kind) => c[`reactions_${kind}`]?.has(memberId));
      return forget(reactions, c.reportedBy?.has(memberId) ?? false, ['hiddenByMemberId']);
    }
    case ENTITY.CheckInReply: {
      const r = recordOf<ReplyRecord>(item);
      if (r.author.memberId === memberId) return { op: 'deleteReply', key: item.key, circleId: r.circleId, checkInId: r.checkInId, countOff: !r.hiddenAt };
      return forget([], r.reportedBy?.has(memberId) ?? false, ['hiddenByMemberId']);
    }
    case ENTITY.CircleReport: {
      const report = recordOf<ReportRecord>(item);
      // A report about their words goes with the words; one they filed or resolved stays with the moderators, anonymised.
      if (report.contentAuthor?.memberId === memberId) return { op: 'delete', key: item.key };
      return forget([], false, ['reporterMemberId', 'resolvedByMemberId']);
    }
    case ENTITY.CircleInvite:
      return forget([], false, ['createdByMemberId']);
    default:
      return null;
  }
}

/** What deleting a therapist does to one of their traces in a client's partition. */
export function therapistWrite(kind: TherapistTrace, item: StoredItem, therapistSub: string): AccountWrite {
  if (kind === 'notes') return { op: 'delete', key: item.key };
  // A pending suggestion can no longer be discussed with anyone; an answered one is the client's history.
  if (kind === 'suggestions' && recordOf<SuggestionRecord>(item).status === 'PENDING') return { op: 'delete', key: item.key };
  return { op: 'forgetTherapist', key: item.key, therapistSub };
}

interface Run {
  started: number;
  items: number;
  deleted: number;
  conflicts: number;
  budget: DeletionBudget;
  /** Where this deletion has worked, carried from call to call in the progress. */
  touched: Touched;
}

type Step = DeletionProgress | 'complete';

function withoutTouched({ touched: _touched, ...step }: DeletionProgress): Omit<DeletionProgress, 'touched'> {
  return step;
}

/** `deleteMyAccount`: a bounded part of the account per call, resumable from wherever a call stopped. */
export class AccountDeletionService {
  constructor(
    private readonly repo: AccountDeletionRepository & AccountIdentity,
    private readonly clock: Clock,
    /** Milliseconds from a fixed point, for the time budget (the clock may be pinned in tests). */
    private readonly elapsed: () => number = () => performance.now(),
  ) {}

  /**
   * Deletes a bounded part of the member's account per call, in a fixed
   * order: share code; as a therapist, their traces in clients' partitions
   * and the grants; each circle (their content, their id in others' items,
   * then the membership, handing over or archiving as the circles domain
   * does, an owner's description and topic cleared on hand-over); their own
   * partition; a last check that nothing is left; and only
   * then the Cognito user. Every step is idempotent and finds its work from
   * the data, so a call may fail or stop anywhere and the next one carries on.
   */
  async deleteMyAccount(caller: Caller, input: DeleteMyAccountInput, budget: DeletionBudget = DELETION_BUDGET): Promise<AccountDeletion> {
    if (input.confirm !== DELETE_CONFIRMATION) {
      throw new BadUserInputError('confirm', `To delete your account and everything in it, set confirm to "${DELETE_CONFIRMATION}"`);
    }
    const now = this.clock.now();
    const existing = await this.repo.closedAccount(caller.sub);
    if (existing?.status === 'DELETED') return { complete: true, deletedItems: 0 };
    const marker = existing ?? (await this.repo.openDeletion(caller.sub, now, later(REFUSE_WHILE_DELETING_MS, now)));
    // A parallel call may have finished it meanwhile.
    if (marker.status === 'DELETED') return { complete: true, deletedItems: 0 };
    const first: DeletionProgress = marker.progress ?? { phase: 'shareCode' };
    const touched: Touched = { circles: [...(first.touched?.circles ?? [])] };
    const run: Run = { started: this.elapsed(), items: 0, deleted: 0, conflicts: 0, budget, touched };
    let progress = first;
    for (;;) {
      const next = await this.deletionStep(caller.sub, progress, run);
      if (next === 'complete') return { complete: true, deletedItems: run.deleted };
      progress = run.touched.circles.length > 0 ? { ...next, touched: run.touched } : next;
      if (this.isSpent(run)) {
        // Where it stands, unless that is where it started (the same step then finds the same circles again).
        if (JSON.stringify(withoutTouched(progress)) !== JSON.stringify(withoutTouched(first)))
          await this.repo.saveProgress(caller.sub, progress, this.clock.now());
        return { complete: false, deletedItems: run.deleted };
      }
    }
  }

  private isSpent(run: Run): boolean {
    return run.items >= run.budget.maxItems || this.elapsed() - run.started >= run.budget.maxMillis;
  }

  private pageSize(run: Run): number {
    return Math.max(1, Math.min(DELETION_PAGE, run.budget.maxItems - run.items));
  }

  private async write(writes: AccountWrite[], run: Run): Promise<void> {
    if (writes.length === 0) return;
    run.items += writes.length;
    run.deleted += await this.repo.apply(writes, this.clock.now());
  }

  private async deletionStep(sub: string, progress: DeletionProgress, run: Run): Promise<Step> {
    switch (progress.phase) {
      case 'shareCode': {
        const code = await this.repo.shareCode(sub);
        // First, so nobody can invite a therapist who is leaving.
        if (code) await this.write([{ op: 'deleteShareCode', sub, code }], run);
        return { phase: 'therapist' };
      }
      case 'therapist':
        return this.therapistStep(sub, progress, run);
      case 'circles':
        return this.circleStep(sub, progress, run);
      case 'partition': {
        const items = await this.repo.partitionItems(sub, this.pageSize(run));
        if (items.length === 0) return { phase: 'verify' };
        // Left a circle meanwhile (a still-valid token): that circle is swept first.
        if (items.some((item) => item.entity === ENTITY.FormerMembership)) return { phase: 'circles' };
        await this.write(
          items.map((item): AccountWrite =>
            item.entity === ENTITY.ShareCode ? { op: 'deleteShareCode', sub, code: String(item.record.code) } : { op: 'delete', key: item.key },
          ),
          run,
        );
        return { phase: 'partition' };
      }
      case 'verify':
        // Anything written meanwhile (a parallel request with a still-valid token) sends the run back.
        if (await this.repo.firstTherapistClient(sub)) return { phase: 'therapist' };
        if ((await this.repo.firstMembership(sub)) || (await this.repo.firstFormerMembership(sub))) return { phase: 'circles' };
        if ((await this.repo.partitionItems(sub, 1)).length > 0) return { phase: 'partition' };
        // Every other partition it worked in, once more: writes refuse a closed account, and this proves it.
        if (!(await this.verifyTouched(run))) return { phase: 'verify' };
        return { phase: 'cognito' };
      case 'cognito': {
        // Only now, with the data gone: a failure before this point leaves a working sign-in to finish with.
        await this.repo.deleteCognitoUser(sub);
        const now = this.clock.now();
        await this.repo.finishDeletion(sub, now, later(REFUSE_AFTER_DELETION_MS, now));
        return 'complete';
      }
    }
  }

  /**
   * The circles the deletion swept, read again for anything of the member;
   * what is found is cleared as the sweep clears it. True when all were clean.
   */
  private async verifyTouched(run: Run): Promise<boolean> {
    let clean = true;
    for (const { circleId, memberId } of run.touched.circles) {
      // Each page reads at most a page of the circle and may match nothing: follow `next` to the end.
      for (let after: string | null = ''; after !== null;) {
        const page = await this.repo.circleTraces(circleId, memberId, after, this.pageSize(run));
        if (page.items.length > 0) {
          clean = false;
          await this.sweepCirclePage(circleId, memberId, page.items, run);
        }
        if (this.isSpent(run)) return false;
        after = page.next;
      }
    }
    return clean;
  }

  private touch(run: Run, place: { circleId: string; memberId: string }): void {
    if (!run.touched.circles.some((c) => c.circleId === place.circleId && c.memberId === place.memberId)) run.touched.circles.push(place);
  }

  /** As a therapist: notes, suggestions and access-log entries in one client's partition, then the grant itself. */
  private async therapistStep(sub: string, progress: DeletionProgress, run: Run): Promise<Step> {
    const client = await this.repo.firstTherapistClient(sub);
    if (!client) return { phase: 'circles' };
    const target = shortDigest(client.clientSub);
    const same = progress.target === target;
    const step = (same && THERAPIST_STEPS.find((s) => s === progress.step)) || 'notes';
    if (step === 'grant') {
      await this.write([{ op: 'delete', key: client.grant }], run);
      return { phase: 'therapist' };
    }
    const page = await this.repo.therapistTraces(step, client.clientSub, sub, same ? (progress.after ?? '') : '', this.pageSize(run));
    await this.write(
      page.items.map((item) => therapistWrite(step, item, sub)),
      run,
    );
    if (page.next) return { phase: 'therapist', target, step, after: page.next };
    return { phase: 'therapist', target, step: THERAPIST_STEPS[THERAPIST_STEPS.indexOf(step) + 1] ?? 'grant', after: null };
  }

  /**
   * One circle: sweep it for the member's traces under one member id, then
   * leave it; current memberships first, then circles left or removed from
   * earlier (whose former-membership record goes last, with any tombstone).
   */
  private async circleStep(sub: string, progress: DeletionProgress, run: Run): Promise<Step> {
    const current = await this.repo.firstMembership(sub);
    const former = current ? undefined : await this.repo.firstFormerMembership(sub);
    const membership = current ?? former?.record;
    if (!membership) return { phase: 'partition' };
    this.touch(run, { circleId: membership.circleId, memberId: membership.memberId });
    const target = shortDigest(membership.memberId);
    const same = progress.target === target;
    if (same && progress.step === 'leave') {
      if (current) return this.leave(current, progress, run);
      if (former) {
        const tombstone: AccountWrite[] =
          former.record.status === 'REMOVED' ? [{ op: 'deleteTombstone', circleId: membership.circleId, sub, memberId: membership.memberId }] : [];
        // The tombstone first: the former membership is what finds it again if this stops half-way.
        await this.write(tombstone, run);
        await this.write([{ op: 'delete', key: former.key }], run);
        return { phase: 'circles' };
      }
    }

    const position = same ? (progress.after ?? '') : '';
    const here: DeletionProgress = { phase: 'circles', target, step: 'sweep', after: position || null };
    const page = await this.repo.circleTraces(membership.circleId, membership.memberId, position, this.pageSize(run));
    if (!(await this.sweepCirclePage(membership.circleId, membership.memberId, page.items, run))) return here;
    if (page.next) return { phase: 'circles', target, step: 'sweep', after: page.next };
    return { phase: 'circles', target, step: 'leave', after: null };
  }

  /** Clears one page of a member's traces in a circle: their check-ins with their threads go, their id leaves the rest. False when the budget ran out inside a thread. */
  private async sweepCirclePage(circleId: string, memberId: string, items: StoredItem[], run: Run): Promise<boolean> {
    const writes: AccountWrite[] = [];
    const deletedThreads = new Set<string>();
    for (const item of items) {
      const record = recordOf<Partial<CheckInRecord>>(item);
      if (item.entity === ENTITY.CheckIn && record.author?.memberId === memberId) {
        // A thread without its root makes no sense: the replies go with the check-in, first, so a retry finds the root again.
        if (!(await this.deleteThread(circleId, record.id as string, run))) return false;
        writes.push({ op: 'delete', key: item.key });
        deletedThreads.add(record.id as string);
        continue;
      }
      if (item.entity === ENTITY.CheckInReply && deletedThreads.has(recordOf<ReplyRecord>(item).checkInId)) continue;
      const write = circleWrite(item, memberId);
      if (write) writes.push(write);
    }
    await this.write(writes, run);
    return true;
  }

  /** Deletes the replies under a check-in; false when the budget ran out first. */
  private async deleteThread(circleId: string, checkInId: string, run: Run): Promise<boolean> {
    for (;;) {
      const replies = await this.repo.threadReplies(circleId, checkInId, this.pageSize(run));
      if (replies.length === 0) return true;
      await this.write(
        replies.map((reply) => ({ op: 'delete', key: reply.key })),
        run,
      );
      if (this.isSpent(run)) return false;
    }
  }

  private async leave(membership: MembershipRecord, progress: DeletionProgress, run: Run): Promise<Step> {
    const owner = membership.role === CircleRole.OWNER;
    // Read before the members, so a join in between fails the hand-over instead of keeping the old words.
    const rosterSeen = owner ? await this.repo.rosterVersion(membership.circleId) : 0;
    const members = await this.repo.activeMembers(membership.circleId);
    const successor = owner ? successorOf(members, membership) : null;
    const others = members.filter((m) => m.sub !== membership.sub);
    // The description and topic are the deleted owner's words: they do not pass to the successor (an archived circle keeps them, unread).
    const clearOwnerWords = successor ? { remaining: others, rosterSeen } : null;
    try {
      await this.repo.leaveCircle({ membership, successor, archive: others.length === 0, clearOwnerWords }, this.clock.now());
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Someone joined, left or changed role meanwhile: read again and retry, a few times.
      run.conflicts += 1;
      if (run.conflicts > LEAVE_CONFLICTS) throw error;
      return progress;
    }
    run.items += 1 + (clearOwnerWords?.remaining.length ?? 0);
    run.deleted += 1;
    return { phase: 'circles' };
  }
}
