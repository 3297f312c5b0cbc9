import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { COST_LIMITS, costError, priceOperation, type RequestCost } from '../../../services/graphql/query-cost';
import { getSchema } from '../../../services/graphql/schema';
import { OPERATIONS } from '../../fixtures/operations';

/** The price of a document with its variables, as the server computes it before running it. */
function price(source: string, variables: Record<string, unknown> = {}): RequestCost {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const cost = priceOperation(getSchema(), operation, fragments, variables);
  if (!cost) throw new Error('variables did not fit');
  return cost;
}

const refusal = (cost: RequestCost) => costError(cost)?.extensions;

/** Every literal `first:` set to the largest page, as an app at its largest page size sends it. */
function atLargestPage(source: string): string {
  return print(visit(parse(source), { Argument: (node) => (node.name.value === 'first' ? { ...node, value: { kind: Kind.INT, value: '100' } } : undefined) }));
}

const SESSION_FIELDS = '__typename id kind day startedAt endedAt durationMinutes distressBefore distressAfter afterState tearsCame';

describe('query cost', () => {
  describe('ordinary requests fit', () => {
    it.each(OPERATIONS.map((op) => [op.field, op] as const))('%s at its largest page size', (_field, op) => {
      const source = atLargestPage(op.document);
      const cost = price(source, largestVariables(source));

      expect(refusal(cost)).toBeUndefined();
    });

    it('a therapist’s clientTimeline(first: 100) with ten session fields and __typename everywhere: 101 items', () => {
      const cost = price(
        `query($c: ID!) { clientTimeline(clientId: $c, first: 100) { __typename edges { __typename cursor node { ... on Session { ${SESSION_FIELDS} } } } pageInfo { __typename hasNextPage endCursor } } }`,
        { c: 'x' },
      );

      expect(cost.items).toBe(101);
      expect(refusal(cost)).toBeUndefined();
    });

    it('accessLog(first: 100) with five fields and __typename: 101 items', () => {
      const cost = price(
        '{ accessLog(first: 100) { __typename edges { __typename node { __typename operation itemIds at therapist { __typename id displayName } } } } }',
      );

      expect(cost.items).toBe(101);
    });

    it('fifteen aliased timelines of $n = 100: 1,515 items, within 2,000', () => {
      const pages = Array.from({ length: 15 }, (_, i) => `t${i}: timeline(first: $n) { edges { node { id } } }`).join(' ');

      const cost = price(`query($n: Int) { ${pages} }`, { n: 100 });

      expect(cost.items).toBe(1515);
      expect(refusal(cost)).toBeUndefined();
    });
  });

  describe('heavy requests are refused with QUERY_TOO_COMPLEX, the cost and the limit', () => {
    const fourLists =
      'checkIns(first: $n) { edges { node { id } } } members(first: $n) { edges { node { pseudonym } } } invites(first: $n) { edges { node { id } } } openReports(first: $n) { edges { node { id } } }';

    it('fifteen aliased circles with four lists of $n = 100 each (6,015 items)', () => {
      const circles = Array.from({ length: 15 }, (_, i) => `c${i}: circle(id: $id) { ${fourLists} }`).join(' ');

      const cost = price(`query($id: ID!, $n: Int) { ${circles} }`, { id: 'x', n: 100 });

      expect(refusal(cost)).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 6015, limit: COST_LIMITS.maxItems, http: { status: 400 } });
    });

    it('a page size left to its default is priced at 20', () => {
      const circles = Array.from(
        { length: 15 },
        (_, i) =>
          `c${i}: circle(id: $id) { checkIns { edges { node { id } } } members { edges { node { id } } } invites { edges { node { id } } } openReports { edges { node { id } } } }`,
      ).join(' ');

      expect(price(`query($id: ID!) { ${circles} }`, { id: 'x' }).items).toBe(15 * (1 + 4 * 20));
    });

    it('adds up every list of a request, each at its page size', () => {
      const cost = price(
        'query($n: Int) { myCircles(first: $n) { edges { node { circleId } } } circle(id: "x") { checkIns(first: $n) { edges { node { id replies: replyCount } } } } }',
        { n: 100 },
      );
      const nested = price(
        '{ circle(id: "x") { thread(checkInId: "y") { replies(first: 100) { edges { node { id } } } } checkIns(first: 100) { edges { node { id } } } } }',
      );

      expect(cost.items).toBe(1 + 100 + 1 + 100);
      expect(nested.items).toBe(1 + 100 + 100);
    });

    it('a page size hidden in a fragment, behind a variable', () => {
      const source = `query($n: Int) { ${Array.from({ length: 5 }, (_, i) => `c${i}: circle(id: "x") { ...Lists }`).join(' ')} } fragment Lists on Circle { ${fourLists} }`;

      expect(refusal(price(source, { n: 100 }))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 5 * 401 });
      expect(refusal(price(source, { n: 90 }))).toBeUndefined();
    });

    it('more than 25 repetitions of one field in one selection set, counted after fragments are spread', () => {
      const ids = (n: number) => Array.from({ length: n }, () => 'id').join(' ');

      expect(refusal(price(`{ me { ${ids(25)} } }`))).toBeUndefined();
      expect(refusal(price(`{ me { ${ids(13)} ...More } } fragment More on Profile { ${ids(13)} }`))).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        field: 'id',
        cost: 26,
        limit: 25,
      });
      expect(refusal(price(`{ me { ${ids(500)} } }`))).toMatchObject({ cost: 500 });
    });

    it('more than one export page', () => {
      const one = price('{ exportMyData(first: 50) { hasMore } }');
      const two = price('{ a: exportMyData(first: 50) { hasMore } b: exportMySessionsCsv(first: 50) { csv } }');

      expect(refusal(one)).toBeUndefined();
      expect(refusal(two)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 2, limit: 1 });
    });

    it('skips what @skip and @include leave out', () => {
      const source = `query($heavy: Boolean!) { ${Array.from({ length: 5 }, (_, i) => `c${i}: circle(id: "x") @include(if: $heavy) { checkIns(first: 100) { edges { node { id } } } }`).join(' ')} }`;

      expect(price(source, { heavy: false }).items).toBe(0);
      expect(price(source, { heavy: true }).items).toBe(505);
    });
  });
});

/** Variables that fit their types, every Int at the largest page size (the worst an app can send). */
function largestVariables(source: string): Record<string, unknown> {
  const schema = getSchema();
  const operation = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isInputObjectType(type))
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type)]),
      );
    return ({ Int: 100, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00.000Z' } as Record<string, unknown>)[type.name] ?? 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, sample(typeFromAST(schema, d.type as NamedTypeNode) as GraphQLInputType)]),
  );
}
