import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selects } from '../../../services/graphql/selection';

/** `selects` sees a child field as execution will: through fragments and aliases, with @include and @skip applied. */
describe('selects', () => {
  const schema = buildSchema(`
    type Query { insights: Insights! }
    type Insights { fromDay: String, measures: String }
  `);

  async function asked(source: string, variableValues?: Record<string, unknown>): Promise<boolean> {
    let seen: boolean | undefined;
    const rootValue = {
      insights: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = selects(info, 'measures');
        return { fromDay: '2026-11-30', measures: 'm' };
      },
    };
    const result = await graphql({ schema, source, rootValue, variableValues });
    expect(result.errors).toBeUndefined();
    return seen as boolean;
  }

  it.each([
    ['a field asked for directly', '{ insights { fromDay measures } }', true],
    ['an alias of it', '{ insights { m: measures } }', true],
    ['a named fragment', '{ insights { ...F } } fragment F on Insights { measures }', true],
    ['an inline fragment', '{ insights { ... on Insights { measures } } }', true],
    ['a field left out', '{ insights { fromDay } }', false],
    ['@skip(if: true)', '{ insights { fromDay measures @skip(if: true) } }', false],
    ['@include(if: false)', '{ insights { fromDay measures @include(if: false) } }', false],
  ])('%s', async (_name, source, expected) => {
    await expect(asked(source)).resolves.toBe(expected);
  });

  it('reads @include from the variables', async () => {
    const source = 'query Q($with: Boolean!) { insights { fromDay measures @include(if: $with) } }';
    await expect(asked(source, { with: true })).resolves.toBe(true);
    await expect(asked(source, { with: false })).resolves.toBe(false);
  });
});
