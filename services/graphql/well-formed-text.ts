import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { CODE } from '../shared/error-codes';

// A u-regex sees a valid surrogate pair as one astral code point: only unpaired halves match.
const UNPAIRED_SURROGATE = /\p{Cs}/u;
const MAX_PATH_LENGTH = 100;

/**
 * The path of the first string in a JSON value that is not Unicode text (an
 * unpaired UTF-16 surrogate), if any. Walks with its own stack: a deeply
 * nested value cannot overflow the call stack.
 */
export function illFormedTextAt(value: unknown, path: string): string | undefined {
  const pending: Array<[unknown, string]> = [[value, path]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      if (UNPAIRED_SURROGATE.test(item)) return at;
    } else if (item !== null && typeof item === 'object') {
      // Reversed, so the first ill-formed string in document order is found first.
      const entries = Object.entries(item).reverse();
      for (const [key, child] of entries) pending.push([child, Array.isArray(item) ? `${at}[${key}]` : `${at}.${key}`]);
    }
  }
  return undefined;
}

/**
 * Refuses variables holding text that is not Unicode before any resolver runs:
 * such a string (only a JSON escape like "\ud800" can make one; the parser
 * already refuses it in the query) would otherwise be stored as it came.
 * Only the variables the operation declares are read, as graphql-js does.
 */
export const wellFormedTextPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, operation }) {
        const variables = request.variables ?? {};
        for (const definition of operation?.variableDefinitions ?? []) {
          const name = definition.variable.name.value;
          const at = illFormedTextAt(variables[name], `$${name}`);
          if (at === undefined) continue;
          throw new GraphQLError(`${at.slice(0, MAX_PATH_LENGTH)} is not valid Unicode text (it holds an unpaired surrogate)`, {
            extensions: { code: CODE.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
      },
    };
  },
};
