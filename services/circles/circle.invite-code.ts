/**
 * Invite codes are the shared short codes (services/shared/codes.ts: 10
 * symbols of Crockford's base32 from the OS's CSPRNG, 50 bits), stored in
 * their canonical form and shown in groups ("7KQ2M-XW9RD"). Members may type
 * them in any case, with spaces or dashes.
 */
import { formatCode, isWellFormedCode, newCode, normalizeCode } from '../shared/codes';
import { InviteStatus } from './circle.enums';

export const INVITE_CODE_LENGTH = 10;

/** Defaults and bounds of an invite. */
export const INVITE_LIMITS = {
  defaultExpiryHours: 7 * 24,
  maxExpiryHours: 30 * 24,
  defaultMaxUses: 1,
  maxUses: 50,
  /** Expired and used-up invites stay listable this long before TTL may clean them up. */
  keepAfterExpiryDays: 30,
} as const;

const DAY_MS = 86_400_000;

/** When TTL may clean an invite up: a while after it expires, so it can still be listed as expired. */
export function inviteKeepUntil(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() + INVITE_LIMITS.keepAfterExpiryDays * DAY_MS);
}

/** A fresh code in its stored (canonical) form. */
export function newInviteCode(): string {
  return normalizeCode(newCode(INVITE_CODE_LENGTH));
}

/** The stored form of a typed code, or null when it cannot be one of ours (no lookup needed). */
export function parseInviteCode(typed: string): string | null {
  const code = normalizeCode(typed);
  return isWellFormedCode(code, INVITE_CODE_LENGTH) ? code : null;
}

/** How a code is shown: in groups, easy to read aloud. */
export function displayInviteCode(code: string): string {
  return formatCode(code);
}

export interface InviteState {
  maxUses: number;
  uses: number;
  expiresAt: string;
  revokedAt?: string | null;
}

/** Revoked wins over expired, expired over used up: the first reason a member could act on. */
export function inviteStatus(invite: InviteState, now: Date): InviteStatus {
  if (invite.revokedAt) return InviteStatus.REVOKED;
  if (Date.parse(invite.expiresAt) <= now.getTime()) return InviteStatus.EXPIRED;
  if (invite.uses >= invite.maxUses) return InviteStatus.USED_UP;
  return InviteStatus.ACTIVE;
}

export const INVITE_REFUSALS: Readonly<Record<Exclude<InviteStatus, InviteStatus.ACTIVE>, string>> = {
  [InviteStatus.REVOKED]: 'This invite code was revoked; ask for a new one',
  [InviteStatus.EXPIRED]: 'This invite code has expired; ask for a new one',
  [InviteStatus.USED_UP]: 'This invite code has been used up; ask for a new one',
};
