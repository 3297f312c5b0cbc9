import type { CheckInRecord, FormerMembershipRecord, MembershipRecord, ReplyRecord, ReportRecord } from '../circles/circle.record';
import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError } from '../shared/errors';
import { ENTITY } from '../shared/db/keys';
import type { SessionRecord } from '../sessions/session.record';
import { SESSION_CSV_COLUMNS, sessionCsvRow, toCsv } from './account.csv';
import { decodeCsvCursor, shortDigest, decodeExportCursor, encodeCsvCursor, encodeExportCursor, type ExportPosition } from './account.cursor';
import {
  checkInEntry,
  emptyDocument,
  EXPORT_FORMAT,
  membershipEntry,
  profileEntry,
  reactionEntries,
  replyEntry,
  reportEntry,
  SOURCE_FORMAT,
  type ExportDocument,
  type ExportRecord,
  type ListSection,
} from './account.format';
import { EXPORT_PAGE_MAX, type ExportArgs } from './account.input';
import { EXPORT_SOURCES, type ExportSource } from './account.keys';
import { recordOf, type AccountExportRepository, type SourcePage, type StoredItem } from './account.ports';
import type { DataExportPage, SessionsCsvPage } from './account.type';

/**
 * Bounds on one export call, well inside Lambda's 6 MB response and 10 s:
 * DynamoDB returns at most 1 MB per Query, so a page stops adding Queries
 * once it holds 3 MB of JSON.
 */
export const EXPORT_LIMITS = { maxBytes: 3_000_000, maxQueries: 25 } as const;

/** The next export phase after a source: the next source, then the circles. */
function nextPosition(source: ExportSource): ExportPosition {
  const next = EXPORT_SOURCES[EXPORT_SOURCES.indexOf(source) + 1];
  return next ? { phase: next, after: '' } : { phase: 'circles', after: '' };
}

/** The member's data as a document (`exportMyData`) and their sessions as CSV, one bounded page per call. */
export class AccountExportService {
  constructor(
    private readonly repo: AccountExportRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * One page of the member's export: each source page is one Query, at most
   * `first` stored records and about 3 MB per call. Everything is read from
   * partitions named by the caller's own sub, or from circles found through
   * the caller's own membership list on this very call.
   */
  async exportMyData(caller: Caller, args: ExportArgs): Promise<DataExportPage> {
    const now = this.clock.now();
    const limit = args.first ?? EXPORT_PAGE_MAX;
    const doc = emptyDocument(caller.sub, now);
    const spent = { records: 0, bytes: 0, queries: 0 };
    const add = (section: ListSection, entry: ExportRecord) => {
      doc[section].push(entry);
      spent.bytes += JSON.stringify(entry).length;
    };
    const exhausted = () => spent.records >= limit || spent.bytes >= EXPORT_LIMITS.maxBytes || spent.queries >= EXPORT_LIMITS.maxQueries;

    let position: ExportPosition | null;
    if (args.after) {
      position = decodeExportCursor(args.after, caller.sub);
    } else {
      const { profile, shareCode } = await this.repo.profile(caller.sub);
      spent.queries += 1;
      doc.profile = profile ? profileEntry(profile, shareCode ?? null) : null;
      position = { phase: EXPORT_SOURCES[0], after: '' };
    }

    let memberships: Array<MembershipRecord | FormerMembershipRecord> | undefined;
    while (position && !exhausted()) {
      const phase: ExportPosition['phase'] = position.phase;
      if (phase !== 'circles') {
        const page: SourcePage<never> = await this.repo.sourcePage<never>(caller.sub, phase, position.after, limit - spent.records);
        spent.queries += 1;
        spent.records += page.items.length;
        const { section, map } = SOURCE_FORMAT[phase];
        for (const record of page.items) add(section, map(record, now));
        position = page.next ? { phase, after: page.next } : nextPosition(phase);
        continue;
      }
      if (!memberships) {
        memberships = await this.repo.memberships(caller.sub);
        spent.queries += 2;
      }
      const index = this.locateCircle(memberships, position);
      const membership = memberships[index];
      if (!membership) {
        position = null;
        break;
      }
      if (position.after === '') add('circleMemberships', membershipEntry(membership));
      const page = await this.repo.circleContentPage(membership.circleId, membership.memberId, position.after, limit - spent.records);
      spent.queries += 1;
      spent.records += page.items.length;
      for (const item of page.items) this.addCircleItem(doc, add, item, membership.memberId);
      if (page.next) {
        position = { phase: 'circles', after: page.next, circle: { index, digest: shortDigest(membership.memberId) } };
      } else {
        const following = memberships[index + 1];
        position = following ? { phase: 'circles', after: '', circle: { index: index + 1, digest: shortDigest(following.memberId) } } : null;
      }
    }
    return { format: EXPORT_FORMAT, document: doc, hasMore: position !== null, endCursor: position ? encodeExportCursor(position) : null };
  }

  /** Where the cursor's circle is in the membership list now; BAD_USER_INPUT if it is no longer there. */
  private locateCircle(memberships: Array<MembershipRecord | FormerMembershipRecord>, position: ExportPosition): number {
    const circle = position.circle;
    if (!circle) return 0;
    const at = memberships[circle.index];
    if (at && shortDigest(at.memberId) === circle.digest) return circle.index;
    const moved = memberships.findIndex((m) => shortDigest(m.memberId) === circle.digest);
    if (moved >= 0) return moved;
    throw new BadUserInputError('after', 'Your circles changed while exporting; start the export again from the beginning');
  }

  private addCircleItem(doc: ExportDocument, add: (section: ListSection, entry: ExportRecord) => void, item: StoredItem, memberId: string): void {
    if (item.entity === ENTITY.CheckIn) {
      const checkIn = recordOf<CheckInRecord>(item);
      if (checkIn.author.memberId === memberId) add('checkIns', checkInEntry(checkIn));
      for (const reaction of reactionEntries(checkIn, memberId)) add('reactions', reaction);
    } else if (item.entity === ENTITY.CheckInReply) {
      const reply = recordOf<ReplyRecord>(item);
      if (reply.author.memberId === memberId) add('replies', replyEntry(reply));
    } else if (item.entity === ENTITY.CircleReport) {
      const report = recordOf<ReportRecord>(item);
      if (report.reporterMemberId === memberId) add('reports', reportEntry(report));
    }
  }

  /** One page of sessions as CSV, oldest first: one Query. */
  async exportMySessionsCsv(caller: Caller, args: ExportArgs): Promise<SessionsCsvPage> {
    const position = args.after ? decodeCsvCursor(args.after, caller.sub) : '';
    const page = await this.repo.sourcePage<SessionRecord>(caller.sub, 'sessions', position, args.first ?? EXPORT_PAGE_MAX);
    const rows = page.items.map(sessionCsvRow);
    return {
      csv: toCsv(position ? rows : [SESSION_CSV_COLUMNS, ...rows]),
      rowCount: rows.length,
      hasMore: page.next !== null,
      endCursor: page.next ? encodeCsvCursor(page.next) : null,
    };
  }
}
