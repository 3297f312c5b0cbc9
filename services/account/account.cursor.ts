import { digestOf } from '../shared/db/keys';
import { BadUserInputError } from '../shared/errors';
import { EXPORT_SOURCES, exportSource, type ExportSource } from './account.keys';

/**
 * Export cursors: opaque, versioned, validated, and never a partition key.
 * They hold a phase and a sort-key position inside the caller's own ranges;
 * a circle is named by its position in the caller's membership list plus a
 * short digest, both re-checked against the list on every call.
 */
export type ExportPhase = ExportSource | 'circles';

export interface ExportPosition {
  phase: ExportPhase;
  /** Sort-key position inside the phase's range; '' = from the start. */
  after: string;
  /** circles only: which membership, and a digest of its member id. */
  circle?: { index: number; digest: string };
}

const EXPORT_VERSION = 'x1';
const CSV_VERSION = 's1';
const MAX_CURSOR_LENGTH = 700;
const MAX_POSITION_LENGTH = 400;
const MAX_CIRCLE_INDEX = 9999;
export const CIRCLE_DIGEST_LENGTH = 16;

/** A circle id as cursors and the deletion's progress name it: a short one-way digest. */
export function shortDigest(value: string): string {
  return digestOf(value).slice(0, CIRCLE_DIGEST_LENGTH);
}

const PHASES: readonly ExportPhase[] = [...EXPORT_SOURCES, 'circles'];

function isPhase(value: string): value is ExportPhase {
  return (PHASES as readonly string[]).includes(value);
}

function reject(field: string): never {
  throw new BadUserInputError(field, `Invalid cursor in ${field}; pass back the endCursor of the previous page`);
}

function pack(parts: string[]): string {
  return Buffer.from(parts.join('|'), 'utf8').toString('base64url');
}

function unpack(cursor: string, field: string): string[] {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) reject(field);
  return Buffer.from(cursor, 'base64url').toString('utf8').split('|');
}

/** Printable, no separator, bounded: a sort key we could have produced. */
function isPosition(value: string): boolean {
  return value.length <= MAX_POSITION_LENGTH && /^[\x21-\x7e\u00a0-\uffff]*$/.test(value) && !value.includes('|');
}

function withinSource(sub: string, source: ExportSource, after: string): boolean {
  if (after === '') return true;
  const { range } = exportSource(sub, source);
  return after >= range.from && after <= range.to;
}

export function encodeExportCursor(position: ExportPosition): string {
  const circle = position.circle;
  return pack([EXPORT_VERSION, position.phase, circle ? String(circle.index) : '', circle?.digest ?? '', position.after]);
}

/** The position an export cursor stands for; BAD_USER_INPUT naming `field` unless it is one of ours for this caller. */
export function decodeExportCursor(cursor: string, sub: string, field = 'after'): ExportPosition {
  const parts = unpack(cursor, field);
  if (parts.length !== 5) reject(field);
  const [version, phase, index, digest, after] = parts as [string, string, string, string, string];
  if (version !== EXPORT_VERSION || !isPhase(phase) || !isPosition(after)) reject(field);
  if (phase === 'circles') {
    // The start of the circles, before the membership list was read.
    if (index === '' && digest === '' && after === '') return { phase, after };
    if (!/^\d{1,4}$/.test(index) || Number(index) > MAX_CIRCLE_INDEX) reject(field);
    if (!new RegExp(`^[0-9a-f]{${CIRCLE_DIGEST_LENGTH}}$`).test(digest)) reject(field);
    return { phase, after, circle: { index: Number(index), digest } };
  }
  if (index !== '' || digest !== '' || !withinSource(sub, phase, after)) reject(field);
  return { phase, after };
}

export function encodeCsvCursor(after: string): string {
  return pack([CSV_VERSION, after]);
}

/** The sessions-range position a CSV cursor stands for. */
export function decodeCsvCursor(cursor: string, sub: string, field = 'after'): string {
  const parts = unpack(cursor, field);
  if (parts.length !== 2) reject(field);
  const [version, after] = parts as [string, string];
  if (version !== CSV_VERSION || after === '' || !isPosition(after) || !withinSource(sub, 'sessions', after)) reject(field);
  return after;
}
