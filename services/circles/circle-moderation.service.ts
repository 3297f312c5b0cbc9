import type { Caller } from '../shared/auth/caller';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { pageSize, toConnection, type ConnectionShape } from '../shared/pagination';
import { ReportOutcome, ReportStatus } from './circle.enums';
import type { CircleContentInput, ReportCircleContentInput, ResolveCircleReportInput } from './circle.input';
import { assertCan, can, CircleAction } from './circle.permissions';
import type { ReportRecord } from './circle.record';
import type { ContentRef } from './circle.repository';
import type { CircleAccess, CircleReport, HiddenContent } from './circle.type';
import { accessOf, checkId, CircleServiceBase, cleanText, toAuthor, type PageArgs } from './circle-service.shared';

function toReport(record: ReportRecord, viewer: CircleAccess): CircleReport {
  return {
    id: record.id,
    reason: record.reason,
    note: record.note ?? null,
    status: record.status,
    content: { checkInId: record.checkInId, replyId: record.replyId ?? null },
    contentText: record.contentText ?? null,
    contentAuthor: toAuthor(record.contentAuthor, viewer),
    createdAt: new Date(record.createdAt),
    resolvedAt: record.resolvedAt ? new Date(record.resolvedAt) : null,
    outcome: record.outcome ?? null,
  };
}

/** Safety: members' reports, the moderation queue, hiding content and resolving reports. */
export class CircleModerationService extends CircleServiceBase {
  private contentRef(input: CircleContentInput): ContentRef {
    checkId(input.checkInId, 'Check-in');
    if (input.replyId) checkId(input.replyId, 'Reply');
    return { checkInId: input.checkInId, replyId: input.replyId ?? null };
  }

  /** A valid reference, or null to read nothing beside the membership (the id checks still refuse it after the membership's). */
  private validRef(input: CircleContentInput): ContentRef | null {
    const valid = isUlid(input.checkInId) && (!input.replyId || isUlid(input.replyId));
    return valid ? { checkInId: input.checkInId, replyId: input.replyId ?? null } : null;
  }

  /** A member reports a check-in or reply, once; the report is anonymous. Answers the report id. The content is read with the membership. */
  async report(caller: Caller, input: ReportCircleContentInput): Promise<string> {
    checkId(input.circleId, 'Circle');
    const read = await this.repo.getMembershipWithContent(input.circleId, caller.sub, this.validRef(input));
    const m = this.activeMember(read.membership, CircleAction.REPORT);
    const ref = this.contentRef(input);
    const what = ref.replyId ? 'Reply' : 'Check-in';
    const { content } = read;
    if (!content) throw new NotFoundError(what);
    if (content.hiddenAt) {
      if (can(m.role, CircleAction.MODERATE)) throw new ConflictError('This is already hidden');
      throw new NotFoundError(what);
    }
    if (content.author.memberId === m.memberId) throw new BadUserInputError(ref.replyId ? 'replyId' : 'checkInId', 'You cannot report what you wrote yourself');
    if (content.reportedBy?.has(m.memberId)) throw new ConflictError('You have already reported this');
    const now = this.clock.now();
    const at = now.toISOString();
    const report: ReportRecord = {
      circleId: input.circleId,
      id: newId(now),
      reason: input.reason,
      note: cleanText(input.note),
      status: ReportStatus.OPEN,
      checkInId: ref.checkInId,
      replyId: ref.replyId,
      contentText: content.text ?? null,
      contentAuthor: content.author,
      reporterMemberId: m.memberId,
      resolvedAt: null,
      resolvedByMemberId: null,
      outcome: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    await this.repo.report(report, caller.sub, now);
    return report.id;
  }

  async openReports(access: CircleAccess, args: PageArgs): Promise<ConnectionShape<CircleReport>> {
    assertCan(access.role, CircleAction.MODERATE);
    const page = await this.repo.openReportsPage(access.circleId, pageSize(args.first), args.after);
    return toConnection({ ...page, items: page.items.map((record) => toReport(record, access)) });
  }

  async hide(caller: Caller, input: CircleContentInput): Promise<HiddenContent> {
    const m = await this.membership(caller, input.circleId, CircleAction.MODERATE);
    const ref = this.contentRef(input);
    const hiddenAt = await this.repo.hide(input.circleId, ref, m.memberId, this.clock.now());
    return { content: ref, hiddenAt: new Date(hiddenAt) };
  }

  async resolveReport(caller: Caller, input: ResolveCircleReportInput): Promise<CircleReport> {
    checkId(input.circleId, 'Circle');
    // The report is read with the membership; a non-moderator is refused before anything of it is used.
    const read = await this.repo.getMembershipWithReport(input.circleId, caller.sub, isUlid(input.reportId) ? input.reportId : null);
    const m = this.activeMember(read.membership, CircleAction.MODERATE);
    checkId(input.reportId, 'Report');
    const { report } = read;
    if (!report) throw new NotFoundError('Report');
    if (report.status !== ReportStatus.OPEN) throw new ConflictError('This report is already resolved');
    const now = this.clock.now();
    if (input.outcome === ReportOutcome.CONTENT_HIDDEN) {
      await this.repo.hide(input.circleId, { checkInId: report.checkInId, replyId: report.replyId ?? null }, m.memberId, now);
    }
    const resolved = await this.repo.resolveReport(input.circleId, input.reportId, input.outcome, m.memberId, now);
    return toReport(resolved, accessOf(m));
  }
}
