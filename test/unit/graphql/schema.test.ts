import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, graphqlSync, isObjectType, validateSchema, type GraphQLObjectType } from 'graphql';
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

describe('connections', () => {
  it('every connection carries a full Relay PageInfo', () => {
    const schema = getSchema();
    const pageInfo = schema.getType('PageInfo') as GraphQLObjectType;
    const connections = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && type.name.endsWith('Connection'));

    expect(Object.keys(pageInfo.getFields()).sort()).toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
    expect(connections.length).toBeGreaterThan(10);
    for (const connection of connections) {
      expect([connection.name, String(connection.getFields().pageInfo?.type)]).toEqual([connection.name, 'PageInfo!']);
      expect([connection.name, Object.keys(connection.getFields()).sort()]).toEqual([connection.name, ['edges', 'pageInfo']]);
    }
  });
});
