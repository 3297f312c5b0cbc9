import '../../helpers/unit-env';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { formatError, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE, UNCONFIRMED } from '../../../services/graphql/format-error';
import { ERROR_CODE_LIST, ERROR_CODES } from '../../../services/shared/error-codes';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../../../services/shared/errors';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The codes written as literals where a code goes (`code: 'X'`, `code = 'X'`, `Refusal('X'`) in services/. */
function literalCodes(): { file: string; code: string }[] {
  const pattern = /(?:\bcode\s*[:=]\s*|Refusal\(\s*)'([A-Z][A-Z_]+)'/g;
  return sources(join(ROOT, 'services')).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(pattern)].map((m) => ({ file: relative(ROOT, path), code: m[1] as string })),
  );
}

/** The backquoted codes of the README's "Schema at a glance" paragraph on `extensions.code`. */
function readmeCodes(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Schema at a glance')) ?? '';
  const paragraph = section.split(/\n\s*\n/).find((p) => p.includes('extensions.code')) ?? '';
  return [...new Set([...paragraph.matchAll(/`([A-Z][A-Z_]{3,})`/g)].map((m) => m[1] as string))];
}

describe('the list of error codes', () => {
  it('gives every code a one-line meaning, each code once', () => {
    expect(new Set(ERROR_CODE_LIST).size).toBe(ERROR_CODE_LIST.length);
    for (const code of ERROR_CODE_LIST) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(ERROR_CODES[code]).toMatch(/^\S.{10,200}$/);
    }
  });

  it('holds every code a domain error carries', () => {
    const errors = [
      new BadUserInputError('x'),
      new NotFoundError(),
      new ForbiddenError(),
      new ConflictError(),
      new UnauthenticatedError(),
      new RateLimitedError(1),
    ];
    for (const error of errors) expect(ERROR_CODE_LIST).toContain(error.code);
  });

  it('holds every code the edge answers: its own answers and the Apollo request errors it passes', () => {
    for (const formatted of [INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE, UNCONFIRMED]) expect(ERROR_CODE_LIST).toContain(formatted.extensions?.code);
    const passed = Object.values(ApolloServerErrorCode).map(
      (code) => formatError({ message: 'x' }, new GraphQLError('x', { extensions: { code } })).extensions?.code,
    );
    for (const code of passed) expect(ERROR_CODE_LIST).toContain(code);
    expect(passed).toEqual(
      expect.arrayContaining([
        'GRAPHQL_PARSE_FAILED',
        'BAD_REQUEST',
        'PERSISTED_QUERY_NOT_FOUND',
        'PERSISTED_QUERY_NOT_SUPPORTED',
        'OPERATION_RESOLUTION_FAILURE',
      ]),
    );
  });

  it('is where every code is written: services/ writes none as a literal, and none outside it', () => {
    const literals = literalCodes().filter(({ file }) => file !== join('services', 'shared', 'error-codes.ts'));
    expect(literals.filter(({ code }) => !(ERROR_CODE_LIST as string[]).includes(code))).toEqual([]);
    expect(literals).toEqual([]);
  });

  it('matches the codes the README names', () => {
    const named = readmeCodes();
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((code) => !(ERROR_CODE_LIST as string[]).includes(code))).toEqual([]);
    expect(ERROR_CODE_LIST.filter((code) => !named.includes(code))).toEqual([]);
  });
});
