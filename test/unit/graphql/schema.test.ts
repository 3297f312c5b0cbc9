import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  graphqlSync,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  specifiedScalarTypes,
  validateSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
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

describe('mutations', () => {
  // The one mutation that acts on the caller alone and needs nothing more.
  const NEEDS_NO_INPUT = ['rotateShareCode'];

  it('every mutation takes one `input` and answers a `<Name>Payload` of its own', () => {
    const mutations = Object.values(getSchema().getMutationType()?.getFields() ?? {});
    const shapes = mutations.map((m) => ({
      mutation: m.name,
      args: m.args.map((a) => a.name),
      returns: String(m.type),
    }));

    expect(mutations.length).toBeGreaterThan(40);
    expect(shapes).toEqual(
      mutations.map((m) => ({
        mutation: m.name,
        args: NEEDS_NO_INPUT.includes(m.name) ? [] : ['input'],
        returns: `${m.name[0]?.toUpperCase()}${m.name.slice(1)}Payload!`,
      })),
    );
  });

  it('no two mutations share a payload type', () => {
    const payloads = Object.values(getSchema().getMutationType()?.getFields() ?? {}).map((m) => String(m.type));

    expect(new Set(payloads).size).toBe(payloads.length);
  });
});

/** Every type, field, argument and enum value of the API that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && specifiedScalarTypes.includes(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing.sort();
}

describe('descriptions', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(getSchema())).toEqual([]);
  });
});
