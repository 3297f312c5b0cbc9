import type { CircleRole } from './circle.enums';
import { checkInKey, circleKey, formerMembershipKey, membershipIndexKeys, membershipKey } from './circle.keys';
import type { FormerMembershipRecord, MembershipRecord } from './circle.record';
import { ENTITY } from '../shared/db/keys';

// The transaction parts more than one circle repository (and an account deletion leaving circles) writes (memberships, seats, the roster, reply counts), kept in one place
// so every write that moves a count or ends a membership states the same conditions. Named *.repository.ts: it speaks DynamoDB.

import type { TransactItem } from '../shared/db/transaction';

export type { TransactItem };

export function membershipItem(m: MembershipRecord) {
  return { ...m, ...membershipKey(m.circleId, m.sub), ...membershipIndexKeys(m.circleId, m.sub, m.memberId), entity: ENTITY.CircleMembership };
}

/** Written with the end of a membership, so the member's export and deletion still find that member id. */
export function formerMembership(table: string, m: MembershipRecord, how: FormerMembershipRecord['status'], now: Date): TransactItem {
  const at = now.toISOString();
  const former: FormerMembershipRecord = { ...m, status: how, endedAt: at, version: 1, createdAt: at, updatedAt: at };
  // One per member id: a second end of the same membership means the caller acted on a stale read.
  return {
    Put: {
      TableName: table,
      Item: { ...former, ...formerMembershipKey(m.sub, m.memberId), entity: ENTITY.FormerMembership },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** The condition and update that move a circle's roster on by one from `rosterSeen`. */
export function rosterStep(rosterSeen: number) {
  return {
    set: '#rosterVersion = :rosterNext',
    condition: rosterSeen === 0 ? 'attribute_not_exists(#rosterVersion)' : '#rosterVersion = :rosterSeen',
    names: { '#rosterVersion': 'rosterVersion' },
    values: { ':rosterNext': rosterSeen + 1, ...(rosterSeen === 0 ? {} : { ':rosterSeen': rosterSeen }) },
  };
}

/** A member's role from `from` to `to`; `extra` sets more on the same membership (an account deletion clears its copy of the owner's words). */
export function roleChange(
  table: string,
  circleId: string,
  sub: string,
  from: CircleRole,
  to: CircleRole,
  now: Date,
  extra: { set?: string; names?: Record<string, string>; values?: Record<string, unknown> } = {},
): TransactItem {
  return {
    Update: {
      TableName: table,
      Key: membershipKey(circleId, sub),
      UpdateExpression: `SET #role = :to, #updatedAt = :now, #version = #version + :one${extra.set ? `, ${extra.set}` : ''}`,
      ConditionExpression: '#status = :active AND #role = :from',
      ExpressionAttributeNames: { '#role': 'role', '#status': 'status', '#updatedAt': 'updatedAt', '#version': 'version', ...extra.names },
      ExpressionAttributeValues: { ':to': to, ':from': from, ':active': 'ACTIVE', ':now': now.toISOString(), ':one': 1, ...extra.values },
    },
  };
}

export function memberCountChange(
  table: string,
  circleId: string,
  delta: 1 | -1,
  now: Date,
  extra: { set?: string; names?: Record<string, string>; values?: Record<string, unknown>; condition?: string } = {},
): TransactItem {
  return {
    Update: {
      TableName: table,
      Key: circleKey(circleId),
      UpdateExpression: `SET #memberCount = #memberCount + :delta, #updatedAt = :now, #version = #version + :one${extra.set ? `, ${extra.set}` : ''}`,
      ConditionExpression: ['attribute_exists(PK) AND attribute_not_exists(#archivedAt)', extra.condition].filter(Boolean).join(' AND '),
      ExpressionAttributeNames: {
        '#memberCount': 'memberCount',
        '#updatedAt': 'updatedAt',
        '#version': 'version',
        '#archivedAt': 'archivedAt',
        ...extra.names,
      },
      ExpressionAttributeValues: { ':delta': delta, ':now': now.toISOString(), ':one': 1, ...extra.values },
    },
  };
}

export function deleteMembership(table: string, m: MembershipRecord): TransactItem {
  return {
    Delete: {
      TableName: table,
      Key: membershipKey(m.circleId, m.sub),
      ConditionExpression: '#status = :active AND #role = :role AND #memberId = :memberId',
      ExpressionAttributeNames: { '#status': 'status', '#role': 'role', '#memberId': 'memberId' },
      ExpressionAttributeValues: { ':active': 'ACTIVE', ':role': m.role, ':memberId': m.memberId },
    },
  };
}

/** Replies may only be added to a visible check-in; hiding a reply counts it off whatever the check-in's state. */
export function replyCountChange(table: string, circleId: string, checkInId: string, delta: 1 | -1, now: Date): TransactItem {
  const visible = delta > 0 ? ' AND attribute_not_exists(#hiddenAt)' : '';
  return {
    Update: {
      TableName: table,
      Key: checkInKey(circleId, checkInId),
      UpdateExpression: 'SET #replyCount = #replyCount + :delta, #updatedAt = :now',
      ConditionExpression: `attribute_exists(PK) AND #entity = :checkIn${visible}`,
      ExpressionAttributeNames: {
        '#replyCount': 'replyCount',
        '#updatedAt': 'updatedAt',
        '#entity': 'entity',
        ...(visible ? { '#hiddenAt': 'hiddenAt' } : {}),
      },
      ExpressionAttributeValues: { ':delta': delta, ':now': now.toISOString(), ':checkIn': ENTITY.CheckIn },
    },
  };
}
