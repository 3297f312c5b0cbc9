import type { GrantScope } from './sharing.enums';

/** One grant per client-therapist pair, kept in the client's partition. */
export interface GrantRecord {
  id: string;
  clientSub: string;
  therapistSub: string;
  /** Names as each side chose them when the invitation was made. */
  clientName: string | null;
  therapistName: string | null;
  scopes: GrantScope[];
  /** Stored status; EXPIRED is derived from `expiresAt` at read time. */
  status: 'PENDING' | 'ACTIVE' | 'DECLINED' | 'REVOKED' | 'ENDED';
  /** Exclusive end of access (ISO); absent: until revoked. */
  expiresAt?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  respondedAt?: string;
  revokedAt?: string;
  /** When an operator removed the therapist, ending the share. */
  endedAt?: string;
  /** The client consented to alert this therapist when a safety signal fires (absent: no). */
  alertOnSafetySignal?: boolean;
  /** When the therapist last saw this client in their caseload: what is "new" is after it. */
  caseloadViewedAt?: string;
}

/** One therapist read, in the client's partition; nothing updates or deletes it but account deletion. */
export interface AccessLogRecord {
  id: string;
  clientSub: string;
  therapistSub: string;
  therapistName: string | null;
  operation: string;
  itemIds: string[];
  from?: string | null;
  to?: string | null;
  at: string;
}

/** A therapist's note on a client's timeline, pinned to an item or a day. */
export interface NoteRecord {
  id: string;
  /** The client: notes live in the client's partition and timeline. */
  sub: string;
  authorSub: string;
  authorName: string | null;
  text: string;
  pinnedItemId?: string | null;
  pinnedDay?: string | null;
  occurredAt: string;
  localDay: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A practice a therapist suggests; the client accepts (it becomes their routine) or declines. */
export interface SuggestionRecord {
  id: string;
  clientSub: string;
  therapistSub: string;
  therapistName: string | null;
  message?: string | null;
  /** Either a built-in template or the therapist's own routine (as a create input). */
  templateId?: string | null;
  routine?: Record<string, unknown> | null;
  name: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  routineId?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
