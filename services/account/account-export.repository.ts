import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { FormerMembershipRecord, MembershipRecord } from '../circles/circle.record';
import { fromItem } from '../shared/db/items';
import { ENTITY, type Range } from '../shared/db/keys';
import type { IndexName } from '../shared/db/table.definition';
import { profileKey } from '../users/user.keys';
import type { ProfileRecord } from '../users/user.type';
import { shareCodeOwnerKey } from '../sharing/sharing.keys';
import { exportSource, formerMembershipsSource, membershipsSource, type ExportSource } from './account.keys';
import type { AccountExportRepository, SourcePage } from './account.ports';
import { AccountTable, type Item } from './account-table.repository';

/** The export's reads (`exportMyData`): each page is one call, read in key order from a position. */
export class DynamoAccountExport extends AccountTable implements AccountExportRepository {
  async profile(sub: string) {
    const keys = [profileKey(sub), shareCodeOwnerKey(sub)];
    const found: Item[] = [];
    let pending: Item[] = keys;
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...(result.Responses?.[this.table] ?? []));
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    const profile = found.find((item) => item.entity === ENTITY.Profile);
    const code = found.find((item) => item.entity === ENTITY.ShareCode);
    return { profile: profile ? fromItem<ProfileRecord>(profile) : undefined, shareCode: code ? String(code.code) : undefined };
  }

  async sourcePage<T>(sub: string, source: ExportSource, after: string, limit: number): Promise<SourcePage<T>> {
    const { items, sk, last } = await this.query({ ...exportSource(sub, source), after, limit: limit + 1 });
    const kept = items.slice(0, limit);
    const more = items.length > limit || last !== null;
    const next = more && kept.length > 0 ? (kept[kept.length - 1]?.[sk] as string) : null;
    return { items: kept.map((item) => fromItem<T>(item)), next };
  }

  async memberships(sub: string) {
    const all: Array<MembershipRecord | FormerMembershipRecord> = [];
    for (const source of [membershipsSource(sub), formerMembershipsSource(sub)]) {
      let after = '';
      do {
        const page = await this.sourceLocationPage(source, after, 1000);
        all.push(...page.items.map((item) => fromItem<MembershipRecord | FormerMembershipRecord>(item)));
        after = page.next ?? '';
      } while (after);
    }
    // Right after a leave the index may still list the membership its former record replaced: the record wins.
    const byMemberId = new Map<string, MembershipRecord | FormerMembershipRecord>();
    for (const m of all) if (!byMemberId.has(m.memberId) || m.status !== 'ACTIVE') byMemberId.set(m.memberId, m);
    // Member ids are ULIDs minted at joining: their order is the order of joining.
    return [...byMemberId.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  }

  private async sourceLocationPage(location: { index?: IndexName; partition: string; range: Range }, after: string, limit: number) {
    const { items, last } = await this.query({ ...location, after, limit });
    return { items, next: last };
  }

  circleContentPage(circleId: string, memberId: string, after: string, limit: number) {
    const names: Record<string, string> = { '#author': 'author', '#memberId': 'memberId', '#reporter': 'reporterMemberId' };
    const terms = ['#author.#memberId = :m', '#reporter = :m', ...this.reactionFilter(names)];
    return this.circleSweep(circleId, { expression: terms.join(' OR '), names, values: { ':m': memberId } }, after, limit);
  }
}
