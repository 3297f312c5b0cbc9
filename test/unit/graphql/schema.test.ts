import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, graphqlSync, validateSchema } from 'graphql';
import { printSchemaText } from '../../../services/graphql/print-schema';
import { getSchema } from '../../../services/graphql/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');

    expect(committed).toBe(printSchemaText());
  });
});

describe('getSchema', () => {
  // The self-check type-graphql skips at load (skipCheck) runs here instead.
  it('is a valid schema that answers the full introspection query', () => {
    const schema = getSchema();

    expect(validateSchema(schema)).toEqual([]);
    expect(graphqlSync({ schema, source: getIntrospectionQuery() }).errors).toBeUndefined();
  });
});
