import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { isConditionalCheckFailed, isTransactionConditionFailed } from '../shared/db/conditions';
import { fromItem, updateItem } from '../shared/db/items';
import type { Page } from '../shared/db/query-page';
import { ConflictError, NotFoundError } from '../shared/errors';
import { ReportStatus, type ReportOutcome } from './circle.enums';
import { checkInKey, circlePartition, membershipKey, openReportIndexKeys, openReportsRange, replyKey, reportKey, type Key } from './circle.keys';
import type { CheckInRecord, MembershipRecord, ReplyRecord, ReportRecord } from './circle.record';
import { CircleTable } from './circle-table.repository';
import { replyCountChange } from './circle-transactions.repository';
import { ENTITY } from '../shared/db/keys';

/** A content item of a check-in thread: the check-in itself or one of its replies. */
export interface ContentRef {
  checkInId: string;
  replyId: string | null;
}

/** Safety: members' reports and moderators hiding content and resolving reports. */
export interface CircleModerationRepository {
  report(report: ReportRecord, reporterSub: string, now: Date): Promise<void>;
  /** Consistent reads of the caller's membership and a check-in or reply (only for a valid reference) in one call. */
  getMembershipWithContent(
    circleId: string,
    sub: string,
    content: ContentRef | null,
  ): Promise<{ membership?: MembershipRecord; content?: CheckInRecord | ReplyRecord }>;
  /** Consistent reads of the caller's membership and a report (only for a valid id) in one call. */
  getMembershipWithReport(circleId: string, sub: string, reportId: string | null): Promise<{ membership?: MembershipRecord; report?: ReportRecord }>;
  getReport(circleId: string, reportId: string): Promise<ReportRecord | undefined>;
  openReportsPage(circleId: string, first: number, after?: string | null): Promise<Page<ReportRecord>>;
  /** Hides a check-in or reply; hiding hidden content changes nothing. Answers when it was hidden. */
  hide(circleId: string, content: ContentRef, byMemberId: string, now: Date): Promise<string>;
  resolveReport(circleId: string, reportId: string, outcome: ReportOutcome, byMemberId: string, now: Date): Promise<ReportRecord>;
}

export class DynamoCircleModerationRepository extends CircleTable implements CircleModerationRepository {
  private contentKey(circleId: string, content: ContentRef): Key {
    return content.replyId ? replyKey(circleId, content.checkInId, content.replyId) : checkInKey(circleId, content.checkInId);
  }

  async report(report: ReportRecord, reporterSub: string, now: Date) {
    try {
      await this.transact([
        accountOpen(this.table, reporterSub),
        {
          Put: {
            TableName: this.table,
            Item: { ...report, ...reportKey(report.circleId, report.id), ...openReportIndexKeys(report.circleId, report.id), entity: ENTITY.CircleReport },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          // One report per member per item; the set doubles as the guard.
          Update: {
            TableName: this.table,
            Key: this.contentKey(report.circleId, report),
            UpdateExpression: 'ADD #reportedBy :member SET #updatedAt = :now',
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#hiddenAt) AND NOT contains(#reportedBy, :memberId)',
            ExpressionAttributeNames: { '#reportedBy': 'reportedBy', '#hiddenAt': 'hiddenAt', '#updatedAt': 'updatedAt' },
            ExpressionAttributeValues: { ':member': new Set([report.reporterMemberId]), ':memberId': report.reporterMemberId, ':now': now.toISOString() },
          },
        },
      ]);
    } catch (error) {
      refuseIfAccountClosed(error, 0);
      if (isTransactionConditionFailed(error)) throw new ConflictError('You have already reported this, or it changed meanwhile');
      throw error;
    }
  }

  async getMembershipWithContent(circleId: string, sub: string, content: ContentRef | null) {
    const items = await this.batchGet([membershipKey(circleId, sub), ...(content ? [this.contentKey(circleId, content)] : [])]);
    const membership = items.find((item) => item.entity === ENTITY.CircleMembership);
    const found = items.find((item) => item.entity === (content?.replyId ? ENTITY.CheckInReply : ENTITY.CheckIn));
    return {
      membership: membership ? fromItem<MembershipRecord>(membership) : undefined,
      content: found ? fromItem<CheckInRecord | ReplyRecord>(found) : undefined,
    };
  }

  async getMembershipWithReport(circleId: string, sub: string, reportId: string | null) {
    const items = await this.batchGet([membershipKey(circleId, sub), ...(reportId ? [reportKey(circleId, reportId)] : [])]);
    const membership = items.find((item) => item.entity === ENTITY.CircleMembership);
    const report = items.find((item) => item.entity === ENTITY.CircleReport);
    return {
      membership: membership ? fromItem<MembershipRecord>(membership) : undefined,
      report: report ? fromItem<ReportRecord>(report) : undefined,
    };
  }

  getReport(circleId: string, reportId: string) {
    return this.get<ReportRecord>(reportKey(circleId, reportId), ENTITY.CircleReport, true);
  }

  openReportsPage(circleId: string, first: number, after?: string | null) {
    // Oldest first: a moderation queue.
    return this.page<ReportRecord>({ partition: circlePartition(circleId), index: 'GSI2', range: openReportsRange(), first, after, newestFirst: false });
  }

  async hide(circleId: string, content: ContentRef, byMemberId: string, now: Date): Promise<string> {
    const at = now.toISOString();
    const hideUpdate = {
      TableName: this.table,
      Key: this.contentKey(circleId, content),
      UpdateExpression: 'SET #hiddenAt = :at, #hiddenBy = :by, #updatedAt = :at, #version = #version + :one',
      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#hiddenAt)',
      ExpressionAttributeNames: { '#hiddenAt': 'hiddenAt', '#hiddenBy': 'hiddenByMemberId', '#updatedAt': 'updatedAt', '#version': 'version' },
      ExpressionAttributeValues: { ':at': at, ':by': byMemberId, ':one': 1 },
    };
    try {
      if (content.replyId) {
        // A hidden reply no longer counts on its check-in. A hidden check-in's count may go stale: no one but moderators sees it.
        await this.transact([{ Update: hideUpdate }, replyCountChange(this.table, circleId, content.checkInId, -1, now)]);
      } else {
        await this.client.send(new UpdateCommand(hideUpdate));
      }
      return at;
    } catch (error) {
      if (!isConditionalCheckFailed(error) && !isTransactionConditionFailed(error)) throw error;
      const current = await this.get<{ hiddenAt?: string | null }>(this.contentKey(circleId, content), content.replyId ? 'CheckInReply' : ENTITY.CheckIn, true);
      if (current?.hiddenAt) return current.hiddenAt;
      throw new NotFoundError(content.replyId ? 'Reply' : 'Check-in');
    }
  }

  resolveReport(circleId: string, reportId: string, outcome: ReportOutcome, byMemberId: string, now: Date) {
    return updateItem<ReportRecord>({
      client: this.client,
      table: this.table,
      key: reportKey(circleId, reportId),
      changes: { status: ReportStatus.RESOLVED, outcome, resolvedAt: now.toISOString(), resolvedByMemberId: byMemberId },
      // Off the open-reports index.
      remove: ['GSI2PK', 'GSI2SK'],
      updatedAt: now.toISOString(),
      condition: { expression: '#status = :open', names: { '#status': 'status' }, values: { ':open': ReportStatus.OPEN } },
      onConditionFailed: (old) => (old ? new ConflictError('This report is already resolved') : new NotFoundError('Report')),
    });
  }
}
