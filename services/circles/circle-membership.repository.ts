import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { failedIndexes, isTransactionConditionFailed } from '../shared/db/conditions';
import { updateItem } from '../shared/db/items';
import { ENTITY, userPartition } from '../shared/db/keys';
import type { Page } from '../shared/db/query-page';
import { ConflictError, NotFoundError } from '../shared/errors';
import { CircleRole } from './circle.enums';
import { circleKey, circlePartition, inviteKey, membersRange, membershipKey, myCirclesRange } from './circle.keys';
import type { MembershipRecord } from './circle.record';
import { CircleTable } from './circle-table.repository';
import { deleteMembership, formerMembership, memberCountChange, membershipItem, roleChange, rosterStep } from './circle-transactions.repository';

/** Which part of a join did not hold: the caller's membership, the circle (full or archived) or the invite. */
export type JoinFailure = 'membership' | 'circle' | 'invite';

/** Memberships of circles: who is in, under which name and role; joining, leaving, removal, visits. */
export interface CircleMembershipRepository {
  /** Consistent read of one membership (the per-request membership check). */
  getMembership(circleId: string, sub: string): Promise<MembershipRecord | undefined>;
  membershipsPage(sub: string, first: number, after?: string | null): Promise<Page<MembershipRecord>>;
  membersPage(circleId: string, first: number, after?: string | null): Promise<Page<MembershipRecord>>;
  /** An active member by their member id (eventually consistent index read). */
  findMember(circleId: string, memberId: string): Promise<MembershipRecord | undefined>;
  /** Every active member of a circle (a circle holds at most CIRCLE_LIMITS.maxMemberCap). */
  activeMembers(circleId: string): Promise<MembershipRecord[]>;
  /** A new pseudonym, written only while the circle's roster is still at `rosterSeen`; 'roster' when it moved on. */
  setPseudonym(circleId: string, sub: string, pseudonym: string, rosterSeen: number, now: Date): Promise<'roster' | null>;
  setRole(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date): Promise<MembershipRecord>;
  transferOwnership(circleId: string, ownerSub: string, target: MembershipRecord, now: Date): Promise<void>;
  removeMember(circleId: string, target: MembershipRecord, now: Date): Promise<void>;
  leave(circleId: string, membership: MembershipRecord, now: Date): Promise<void>;
  /** The last member leaves: the circle is archived with them. */
  leaveAndArchive(circleId: string, membership: MembershipRecord, now: Date): Promise<void>;
  markVisited(circleId: string, sub: string, seenCheckInCount: number, now: Date): Promise<MembershipRecord | undefined>;
  /** Membership put + seat taken + invite use, all or nothing; says which part refused. */
  join(membership: MembershipRecord, inviteId: string, rosterSeen: number, now: Date): Promise<JoinFailure | null>;
}

export class DynamoCircleMembershipRepository extends CircleTable implements CircleMembershipRepository {
  getMembership(circleId: string, sub: string) {
    return this.get<MembershipRecord>(membershipKey(circleId, sub), ENTITY.CircleMembership, true);
  }

  membershipsPage(sub: string, first: number, after?: string | null) {
    return this.page<MembershipRecord>({ partition: userPartition(sub), index: 'GSI1', range: myCirclesRange(), first, after, newestFirst: true });
  }

  membersPage(circleId: string, first: number, after?: string | null) {
    return this.page<MembershipRecord>({ partition: circlePartition(circleId), index: 'GSI2', range: membersRange(), first, after, newestFirst: false });
  }

  async findMember(circleId: string, memberId: string) {
    const page = await this.page<MembershipRecord>({
      partition: circlePartition(circleId),
      index: 'GSI2',
      range: membersRange(memberId),
      first: 1,
      newestFirst: false,
    });
    const member = page.items[0];
    return member?.status === 'ACTIVE' ? member : undefined;
  }

  async activeMembers(circleId: string) {
    const members: MembershipRecord[] = [];
    let after: string | null = null;
    do {
      const page: Page<MembershipRecord> = await this.membersPage(circleId, 100, after);
      members.push(...page.items.filter((m) => m.status === 'ACTIVE'));
      after = page.hasNextPage ? (page.cursors[page.cursors.length - 1] ?? null) : null;
    } while (after);
    return members;
  }

  async setPseudonym(circleId: string, sub: string, pseudonym: string, rosterSeen: number, now: Date): Promise<'roster' | null> {
    const at = now.toISOString();
    const roster = rosterStep(rosterSeen);
    try {
      await this.transact([
        {
          Update: {
            TableName: this.table,
            Key: membershipKey(circleId, sub),
            UpdateExpression: 'SET #pseudonym = :pseudonym, #updatedAt = :now, #version = #version + :one',
            ConditionExpression: 'attribute_exists(PK) AND #status = :active',
            ExpressionAttributeNames: { '#pseudonym': 'pseudonym', '#updatedAt': 'updatedAt', '#version': 'version', '#status': 'status' },
            ExpressionAttributeValues: { ':pseudonym': pseudonym, ':now': at, ':one': 1, ':active': 'ACTIVE' },
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: circleKey(circleId),
            UpdateExpression: `SET ${roster.set}, #updatedAt = :now`,
            ConditionExpression: `attribute_exists(PK) AND attribute_not_exists(#archivedAt) AND ${roster.condition}`,
            ExpressionAttributeNames: { ...roster.names, '#updatedAt': 'updatedAt', '#archivedAt': 'archivedAt' },
            ExpressionAttributeValues: { ...roster.values, ':now': at },
          },
        },
      ]);
      return null;
    } catch (error) {
      if (!isTransactionConditionFailed(error)) throw error;
      if (failedIndexes(error)[0] === 0) throw new NotFoundError('Circle');
      return 'roster';
    }
  }

  setRole(circleId: string, sub: string, from: CircleRole, to: CircleRole, now: Date) {
    return updateItem<MembershipRecord>({
      client: this.client,
      table: this.table,
      key: membershipKey(circleId, sub),
      changes: { role: to },
      updatedAt: now.toISOString(),
      condition: {
        expression: '#status = :active AND #role = :from',
        names: { '#status': 'status', '#role': 'role' },
        values: { ':active': 'ACTIVE', ':from': from },
      },
      onConditionFailed: (old) => (old ? new ConflictError('This member changed meanwhile; reload and try again') : new NotFoundError('Member')),
    });
  }

  async transferOwnership(circleId: string, ownerSub: string, target: MembershipRecord, now: Date) {
    try {
      await this.transact([
        roleChange(this.table, circleId, ownerSub, CircleRole.OWNER, CircleRole.MODERATOR, now),
        roleChange(this.table, circleId, target.sub, target.role, CircleRole.OWNER, now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Ownership or this member changed meanwhile; reload and try again');
      throw error;
    }
  }

  async removeMember(circleId: string, target: MembershipRecord, now: Date) {
    try {
      await this.transact([
        {
          Update: {
            TableName: this.table,
            Key: membershipKey(circleId, target.sub),
            // Dropping the index keys takes the tombstone out of myCircles and the member list.
            UpdateExpression: 'SET #status = :removed, #updatedAt = :now, #version = #version + :one REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK',
            // The member id too: the target comes from the index, and a member who left and rejoined meanwhile is another membership.
            ConditionExpression: '#status = :active AND #role = :role AND #memberId = :memberId',
            ExpressionAttributeNames: { '#status': 'status', '#role': 'role', '#memberId': 'memberId', '#updatedAt': 'updatedAt', '#version': 'version' },
            ExpressionAttributeValues: {
              ':removed': 'REMOVED',
              ':active': 'ACTIVE',
              ':role': target.role,
              ':memberId': target.memberId,
              ':now': now.toISOString(),
              ':one': 1,
            },
          },
        },
        memberCountChange(this.table, circleId, -1, now),
        formerMembership(this.table, target, 'REMOVED', now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('This member changed or left meanwhile; reload and try again');
      throw error;
    }
  }

  async leave(circleId: string, membership: MembershipRecord, now: Date) {
    try {
      await this.transact([
        deleteMembership(this.table, membership),
        memberCountChange(this.table, circleId, -1, now),
        formerMembership(this.table, membership, 'LEFT', now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Your role in this circle changed meanwhile; reload and try again');
      throw error;
    }
  }

  async leaveAndArchive(circleId: string, membership: MembershipRecord, now: Date) {
    try {
      await this.transact([
        deleteMembership(this.table, membership),
        memberCountChange(this.table, circleId, -1, now, { set: '#archivedAt = :now', condition: '#memberCount = :one' }),
        formerMembership(this.table, membership, 'LEFT', now),
      ]);
    } catch (error) {
      if (isTransactionConditionFailed(error)) throw new ConflictError('Someone joined meanwhile: transfer ownership before leaving');
      throw error;
    }
  }

  async markVisited(circleId: string, sub: string, seenCheckInCount: number, now: Date) {
    const skipped = new Error('visit not recorded');
    try {
      return await updateItem<MembershipRecord>({
        client: this.client,
        table: this.table,
        key: membershipKey(circleId, sub),
        changes: { seenCheckInCount, lastVisitedAt: now.toISOString() },
        updatedAt: now.toISOString(),
        // Never backwards: the member's own post may have counted itself in meanwhile.
        condition: {
          expression: '#status = :active AND #seen <= :seen',
          names: { '#status': 'status', '#seen': 'seenCheckInCount' },
          values: { ':active': 'ACTIVE', ':seen': seenCheckInCount },
        },
        onConditionFailed: () => skipped,
      });
    } catch (error) {
      // Removed meanwhile, or already further along: nothing to record.
      if (error === skipped) return undefined;
      throw error;
    }
  }

  async join(membership: MembershipRecord, inviteId: string, rosterSeen: number, now: Date): Promise<JoinFailure | null> {
    const parts: JoinFailure[] = ['membership', 'circle', 'invite'];
    const roster = rosterStep(rosterSeen);
    try {
      await this.transact([
        { Put: { TableName: this.table, Item: membershipItem(membership), ConditionExpression: 'attribute_not_exists(PK)' } },
        memberCountChange(this.table, membership.circleId, 1, now, {
          set: roster.set,
          condition: `#memberCount < #memberCap AND ${roster.condition}`,
          names: { '#memberCap': 'memberCap', ...roster.names },
          values: roster.values,
        }),
        {
          Update: {
            TableName: this.table,
            Key: inviteKey(membership.circleId, inviteId),
            UpdateExpression: 'SET #uses = #uses + :one, #updatedAt = :now, #version = #version + :one',
            // The clock decides expiry here too; TTL only cleans up later.
            ConditionExpression: 'attribute_exists(PK) AND #revokedAt = :null AND #uses < #maxUses AND #expiresAt > :now',
            ExpressionAttributeNames: {
              '#uses': 'uses',
              '#maxUses': 'maxUses',
              '#revokedAt': 'revokedAt',
              '#expiresAt': 'expiresAt',
              '#updatedAt': 'updatedAt',
              '#version': 'version',
            },
            ExpressionAttributeValues: { ':one': 1, ':null': null, ':now': now.toISOString() },
          },
        },
        accountOpen(this.table, membership.sub),
      ]);
      return null;
    } catch (error) {
      refuseIfAccountClosed(error, parts.length);
      if (!isTransactionConditionFailed(error)) throw error;
      return parts[failedIndexes(error)[0] ?? 0] ?? 'membership';
    }
  }
}
