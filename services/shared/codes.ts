import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud and type.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short, unguessable code from the OS's CSPRNG, grouped for reading
 * (e.g. 10 characters = 50 bits: "7KQ2M-XW9RD").
 */
export function newCode(length = 10, group = 5): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    if (i > 0 && i % group === 0) code += '-';
    code += ALPHABET[randomInt(ALPHABET.length)];
  }
  return code;
}

/** What a person typed, as stored: upper case, common look-alikes mapped, separators dropped. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Formats a normalized code back into groups. */
export function formatCode(normalized: string, group = 5): string {
  return normalized.match(new RegExp(`.{1,${group}}`, 'g'))?.join('-') ?? normalized;
}

export function isWellFormedCode(normalized: string, length = 10): boolean {
  return normalized.length === length && [...normalized].every((c) => ALPHABET.includes(c));
}
