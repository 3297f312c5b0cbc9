import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** A new ULID; sortable by creation time, so keys built from it sort newest-last. */
export function newId(at: Date = new Date()): string {
  return nextUlid(at.getTime());
}

const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function isUlid(value: string): boolean {
  return ULID_PATTERN.test(value);
}
