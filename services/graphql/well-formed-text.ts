import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

// A u-regex sees a valid surrogate pair as one astral code point: only unpaired halves match.
const UNPAIRED_SURROGATE = /\p{Cs}/u;
const MAX_PATH_LENGTH = 100;

/** The path of the first string in a JSON value that is not Unicode text (an unpaired UTF-16 surrogate), if any. */
export function illFormedTextAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNPAIRED_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = illFormedTextAt(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Refuses variables holding text that is not Unicode before any resolver runs:
 * such a string (only a JSON escape like "\ud800" can make one; the parser
 * already refuses it in the query) would otherwise be stored as it came.
 */
export const wellFormedTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const at = illFormedTextAt(value, `$${name}`);
          if (at === undefined) continue;
          throw new GraphQLError(`${at.slice(0, MAX_PATH_LENGTH)} is not valid Unicode text (it holds an unpaired surrogate)`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
