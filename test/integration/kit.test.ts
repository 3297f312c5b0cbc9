import { InMemoryCache } from '@apollo/client';
import { Kind, OperationTypeNode, parse, visit, type OperationDefinitionNode } from 'graphql';
import { EXPORT_PAGE_MAX } from '../../services/account/account.input';
import { COST_LIMITS } from '../../services/graphql/query-cost';
import { MAX_PAGE_SIZE } from '../../services/shared/pagination';
import { OPERATIONS, type Operation } from '../fixtures/operations';
import { FRESH, LAST, firstAllowedRole } from '../fixtures/role-matrix';
import { HTTP_KIT } from '../helpers/kit';
import { startTestApi, type TestApi } from '../helpers/local-stack';
import { buildWorld, callAs, type World } from '../helpers/world';

/**
 * The client kit (schema/operations/) against the real handler: every
 * operation, each at its largest page size, answered without error by its
 * everyday caller; and what Apollo Client's normalized cache makes of each
 * answer reads back unchanged (no two objects under one cache key).
 */

const EXPORTS = ['exportMyData', 'exportMySessionsCsv'];

/** The variables with every page size of the document at its largest. */
function atLargestPage(op: Operation, variables: Record<string, unknown>): Record<string, unknown> {
  const operation = parse(op.document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const pageVariables = new Set<string>();
  visit(parse(op.document), {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) pageVariables.add(node.value.name.value);
    },
  });
  const largest = EXPORTS.includes(op.field) ? EXPORT_PAGE_MAX : MAX_PAGE_SIZE;
  return { ...variables, ...Object.fromEntries([...pageVariables].filter(() => operation !== undefined).map((name) => [name, largest])) };
}

describe('the client kit through the real handler (integration)', () => {
  let api: TestApi;
  let world: World;
  const cache = new InMemoryCache();

  beforeAll(async () => {
    api = await startTestApi();
    world = await buildWorld(api);
  }, 120_000);

  afterAll(() => api.close());

  it('lists every query and mutation of the kit once, and each has an everyday call (subscriptions: live-protocol.test.ts)', () => {
    const names = OPERATIONS.map((op) => op.name);

    expect(HTTP_KIT.map((op) => op.name).filter((name) => !names.includes(name))).toEqual([]);
    expect(names.length).toBe(HTTP_KIT.length);
  });

  async function send(op: Operation): Promise<void> {
    const actor = firstAllowedRole(op.field);
    const ids = FRESH[op.field] ? await FRESH[op.field]!(world) : world;
    const variables = atLargestPage(op, op.variables(ids, actor));

    const res = await callAs(world, actor, op.document, variables);

    expect([op.name, res.status, res.body.errors]).toEqual([op.name, 200, undefined]);
    // Written as Apollo Client writes an answer, then read back: a key shared by two objects would change what reads back.
    // A mutation's answer is stored under ROOT_MUTATION; the cache reads only query documents, so it is read as one.
    const document = parse(op.document);
    const query = visit(document, { OperationDefinition: (node) => ({ ...node, operation: OperationTypeNode.QUERY }) });
    const rootId = op.type === 'mutation' ? 'ROOT_MUTATION' : 'ROOT_QUERY';
    const data = res.body.data as Record<string, unknown>;
    cache.write({ query, variables, result: data, dataId: rootId });
    expect([op.name, cache.read({ query, variables, rootId, optimistic: false })]).toEqual([op.name, data]);
  }

  const everyday = OPERATIONS.filter((op) => !LAST.includes(op.field));
  it.each(everyday.map((op) => [op.name, op] as const))('%s is answered at its largest page size, and a normalized cache keeps it whole', (_name, op) =>
    send(op),
  );

  it.each(LAST.map((field) => OPERATIONS.find((op) => op.field === field) as Operation).map((op) => [op.name, op] as const))(
    '%s (last: it changes its caller for good) is answered too',
    (_name, op) => send(op),
  );

  describe('crafted expensive requests are refused, priced, before anything is read', () => {
    const checkIns = 'checkIns(first: $n) { edges { node { id } } }';
    const lists = `${checkIns} members(first: $n) { edges { node { pseudonym } } } invites(first: $n) { edges { node { id } } } openReports(first: $n) { edges { node { id } } }`;

    it.each([
      [
        'fifteen aliased circles with four lists of $n = 100',
        `query($id: ID!, $n: Int) { ${Array.from({ length: 15 }, (_, i) => `c${i}: circle(id: $id) { ${lists} }`).join(' ')} }`,
        { n: 100 },
      ],
      [
        'a fragment that asks every list of a circle, spread under aliases',
        `query($id: ID!, $n: Int) { a: circle(id: $id) { ...L } b: circle(id: $id) { ...L } c: circle(id: $id) { ...L } d: circle(id: $id) { ...L } e: circle(id: $id) { ...L } f: circle(id: $id) { ...L } } fragment L on Circle { ${lists} }`,
        { n: 100 },
      ],
      [
        'every list of the schema at a page size left to the variable\u2019s default of 100',
        'query($id: ID!, $n: Int = 100) { circle(id: $id) { checkIns(first: $n) { edges { node { id } } } members(first: $n) { edges { node { id } } } thread(checkInId: "x") { replies(first: $n) { edges { node { id } } } } } timeline(first: $n) { edges { node { id } } } sessions(first: $n) { edges { node { id } } } journalEntries(first: $n) { edges { node { id } } } accessLog(first: $n) { edges { node { id } } } myRoutines(first: $n) { edges { node { id } } } practiceSuggestions(first: $n) { edges { node { id } } } myClients(first: $n) { edges { node { id } } } myInvitations(first: $n) { edges { node { id } } } myCircles(first: $n) { edges { node { id } } } t0: timeline(first: $n) { edges { node { id } } } t1: timeline(first: $n) { edges { node { id } } } t2: timeline(first: $n) { edges { node { id } } } t3: timeline(first: $n) { edges { node { id } } } t4: timeline(first: $n) { edges { node { id } } } t5: timeline(first: $n) { edges { node { id } } } t6: timeline(first: $n) { edges { node { id } } } t7: timeline(first: $n) { edges { node { id } } } t8: timeline(first: $n) { edges { node { id } } } t9: timeline(first: $n) { edges { node { id } } } }',
        {},
      ],
      ['two export pages', '{ exportMyData(first: 1) { hasMore } exportMySessionsCsv(first: 1) { rowCount } }', {}],
      ['one field 26 times in one selection set', `{ me { ${Array.from({ length: 26 }, () => 'id').join(' ')} } }`, {}],
    ])('%s: 400 QUERY_TOO_COMPLEX', async (_name, document, variables) => {
      const res = await callAs(world, 'owner', document, { id: world.circle.id, ...variables });

      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: expect.any(Number) });
      expect(COST_LIMITS.maxItems).toBe(2000);
    });
  });
});
