/**
 * Who may do what in a circle, in one table. Membership itself (anything at
 * all) is checked before this: a non-member gets NOT_FOUND, never FORBIDDEN.
 */
import { ForbiddenError } from '../shared/errors';
import { CircleRole } from './circle.enums';

export enum CircleAction {
  VIEW = 'VIEW',
  POST_CHECK_IN = 'POST_CHECK_IN',
  REACT = 'REACT',
  REPLY = 'REPLY',
  REPORT = 'REPORT',
  SET_PSEUDONYM = 'SET_PSEUDONYM',
  LEAVE = 'LEAVE',
  MANAGE_INVITES = 'MANAGE_INVITES',
  REMOVE_MEMBER = 'REMOVE_MEMBER',
  /** See open reports and hidden content, hide content, resolve reports. */
  MODERATE = 'MODERATE',
  SET_ROLES = 'SET_ROLES',
  TRANSFER_OWNERSHIP = 'TRANSFER_OWNERSHIP',
}

const EVERY_MEMBER: readonly CircleAction[] = [
  CircleAction.VIEW,
  CircleAction.POST_CHECK_IN,
  CircleAction.REACT,
  CircleAction.REPLY,
  CircleAction.REPORT,
  CircleAction.SET_PSEUDONYM,
  CircleAction.LEAVE,
];
const MODERATORS: readonly CircleAction[] = [...EVERY_MEMBER, CircleAction.MANAGE_INVITES, CircleAction.REMOVE_MEMBER, CircleAction.MODERATE];

export const PERMISSIONS: Readonly<Record<CircleRole, ReadonlySet<CircleAction>>> = {
  [CircleRole.MEMBER]: new Set(EVERY_MEMBER),
  [CircleRole.MODERATOR]: new Set(MODERATORS),
  [CircleRole.OWNER]: new Set([...MODERATORS, CircleAction.SET_ROLES, CircleAction.TRANSFER_OWNERSHIP]),
};

const REFUSALS: Readonly<Record<CircleAction, string>> = {
  VIEW: 'Only members can see this circle',
  POST_CHECK_IN: 'Only members can post check-ins',
  REACT: 'Only members can react',
  REPLY: 'Only members can reply',
  REPORT: 'Only members can report',
  SET_PSEUDONYM: 'Only members can choose a name here',
  LEAVE: 'Only members can leave',
  MANAGE_INVITES: 'Only the owner and moderators can manage invites',
  REMOVE_MEMBER: 'Only the owner and moderators can remove members',
  MODERATE: 'Only the owner and moderators can moderate this circle',
  SET_ROLES: 'Only the owner can promote or demote moderators',
  TRANSFER_OWNERSHIP: 'Only the owner can transfer ownership',
};

export function can(role: CircleRole, action: CircleAction): boolean {
  return PERMISSIONS[role].has(action);
}

/** FORBIDDEN with a message naming who may, when `role` may not. */
export function assertCan(role: CircleRole, action: CircleAction): void {
  if (!can(role, action)) throw new ForbiddenError(REFUSALS[action]);
}

/** The owner removes moderators and members; moderators remove members; nobody removes the owner. */
export function canRemove(actor: CircleRole, target: CircleRole): boolean {
  if (!can(actor, CircleAction.REMOVE_MEMBER) || target === CircleRole.OWNER) return false;
  return actor === CircleRole.OWNER || target === CircleRole.MEMBER;
}

export function assertCanRemove(actor: CircleRole, target: CircleRole): void {
  if (canRemove(actor, target)) return;
  if (target === CircleRole.OWNER) throw new ForbiddenError('The owner cannot be removed from their circle');
  if (target === CircleRole.MODERATOR && actor === CircleRole.MODERATOR) throw new ForbiddenError('Only the owner can remove a moderator');
  throw new ForbiddenError(REFUSALS.REMOVE_MEMBER);
}
