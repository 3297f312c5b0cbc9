import {
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { getSchema } from '../../services/graphql/schema';
import { idArguments, operation, OPERATIONS, rootFields } from '../fixtures/operations';
import { useIntegrationApi } from '../helpers/integration';
import type { GraphqlResponse } from '../helpers/local-stack';
import { buildWorld, callAs, changedItems, outcomeOf, snapshotTable, snapshotWorld, worldIds, type Items, type World } from '../helpers/world';

/**
 * Every Query and Mutation field that takes an id (an ID argument, or an
 * input holding one at any depth) is called with the owner's ids by three
 * callers who have no right to them. Each gets the code below, and the
 * table is unchanged afterwards.
 */
const schema = getSchema();
const ID_FIELDS = rootFields(schema).filter(({ field }) => idArguments(field).length > 0);

/** Answer FORBIDDEN to anyone not in the therapists group, before any grant is looked at. */
const THERAPIST_ONLY = new Set([
  'myShareCode',
  'rotateShareCode',
  'myClients',
  'myInvitations',
  'acceptInvitation',
  'declineInvitation',
  'clientTimeline',
  'clientInsights',
  'clientSafetyStatus',
  'addNote',
  'updateNote',
  'deleteNote',
  'suggestPractice',
  'clientMeasures',
  'clientMeasureTrend',
  'clientMeasureSchedules',
  'scheduleMeasure',
]);

/** Where the id itself is refused, for every caller alike: a new routine cannot take an existing step's id. */
const REFUSED_AS_INPUT: Record<string, string> = { createRoutine: 'BAD_USER_INPUT' };

type Caller = 'member' | 'therapistNoGrant' | 'anonymous';

function expectedCodes(field: string): Record<Caller, string> {
  const asInput = REFUSED_AS_INPUT[field];
  return {
    // Another member's object answers NOT_FOUND, never a hint that it exists.
    member: asInput ?? (THERAPIST_ONLY.has(field) ? 'FORBIDDEN' : 'NOT_FOUND'),
    // A therapist is a member too; without a usable grant a client is NOT_FOUND.
    therapistNoGrant: asInput ?? 'NOT_FOUND',
    // The adapter (the JWT authorizer in the cloud) answers 401 before any resolver.
    anonymous: 'UNAUTHENTICATED',
  };
}

/** The values of ID type anywhere in a document's variables. */
function idValues(document: string, variables: Record<string, unknown>): string[] {
  // Kit documents carry their fragments first: the operation is the one definition that is not a fragment.
  const definition = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const found: string[] = [];
  const collect = (type: GraphQLInputType, value: unknown): void => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) (value as unknown[]).forEach((item) => collect(nullable.ofType as GraphQLInputType, item));
    else if (isInputObjectType(nullable)) Object.values(nullable.getFields()).forEach((f) => collect(f.type, (value as Record<string, unknown>)[f.name]));
    else if (nullable.name === 'ID') found.push(String(value));
  };
  for (const variable of definition.variableDefinitions ?? []) {
    collect(typeFromAST(schema, variable.type) as GraphQLInputType, variables[variable.variable.name.value]);
  }
  return found;
}

describe('authorization of every field that takes an id (integration)', () => {
  let world: World;
  let tableBefore: Items;
  const { api, recorder } = useIntegrationApi({
    seed: async () => {
      world = await buildWorld(api);
      tableBefore = await snapshotTable(world);
    },
    timeout: 60_000,
  });

  describe('the schema and the registry', () => {
    it('finds the fields that take an id, at the top level and inside inputs', () => {
      const names = ID_FIELDS.map(({ field }) => field.name);

      expect(names).toEqual(expect.arrayContaining(['session', 'circle', 'clientTimeline', 'deleteNote', 'endSession', 'postCheckIn', 'createRoutine']));
      expect(names).not.toContain('me');
      expect(names).not.toContain('logSession');
    });

    it('has a registry entry for every field that takes an id', () => {
      const missing = ID_FIELDS.filter(({ field }) => !operation(field.name)).map(({ type, field }) => `${type} ${field.name}`);

      expect(missing).toEqual([]);
    });

    it('holds one valid document per entry, calling exactly the field it names', () => {
      const problems = OPERATIONS.flatMap((op) => {
        const document = parse(op.document);
        const errors = validate(schema, document).map((e) => `${op.field}: ${e.message}`);
        const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        const roots = definitions
          .flatMap((d) => d.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind)))
          .filter((root) => root !== '__typename');
        const shape =
          definitions.length === 1 && definitions[0]?.operation === op.type && roots.length === 1 && roots[0] === op.field
            ? []
            : [`${op.field}: calls ${roots.join(', ')}`];
        return [...errors, ...shape];
      });
      const duplicates = OPERATIONS.map((op) => op.name).filter((name, i, all) => all.indexOf(name) !== i);

      expect(problems).toEqual([]);
      expect(duplicates).toEqual([]);
    });
  });

  describe.each(
    ID_FIELDS.map(
      ({ type, field }) =>
        [
          `${type} ${field.name}(${idArguments(field)
            .map((a) => a.name)
            .join(', ')})`,
          field.name,
        ] as const,
    ),
  )('%s', (_title, field) => {
    it(`answers ${Object.entries(expectedCodes(field))
      .map(([caller, code]) => `${caller} ${code}`)
      .join(', ')}, and writes nothing`, async () => {
      const op = operation(field);
      if (!op) throw new Error(`No entry for ${field} in test/fixtures/operations.ts`);
      const variables = op.idProbe?.(world) ?? op.variables(world, 'owner');
      const ids = idValues(op.document, variables);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !worldIds(world).has(id))).toEqual([]);
      const before = await snapshotWorld(world);

      recorder.reset();
      const anonymous = await callAs(world, 'anonymous', op.document, variables);
      const anonymousDatabaseCalls = recorder.count();
      expect(recorder.depth()).toBe(0);
      const [member, therapistNoGrant] = await Promise.all([
        callAs(world, 'member', op.document, variables),
        callAs(world, 'therapistNoGrant', op.document, variables),
      ]);

      const expected = expectedCodes(field);
      const responses: Record<Caller, GraphqlResponse> = { member, therapistNoGrant, anonymous };
      const answered = Object.fromEntries(
        Object.entries(responses).map(([caller, res]) => {
          const { code, message } = outcomeOf(res, field);
          // The message only where the code is wrong: it says what let the call through.
          return [caller, code === expected[caller as Caller] || !message ? code : `${code}: ${message}`];
        }),
      );
      expect(answered).toEqual(expected);
      expect(anonymousDatabaseCalls).toBe(0);
      expect(changedItems(before, await snapshotWorld(world))).toEqual([]);
    });
  });

  // Declared last, so it runs after every call above: a write anywhere else in the table shows here.
  describe('afterwards', () => {
    it('finds every item of the table that names the world as it was', async () => {
      expect(changedItems(tableBefore, await snapshotTable(world))).toEqual([]);
    });
  });
});
