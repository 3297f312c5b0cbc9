import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
// From the package's main entry only: a deep import ('graphql/execution/values') bundles a second copy of
// graphql (its CommonJS build beside the ES one), whose type checks reject the schema's types as foreign.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CODE } from '../shared/error-codes';
import { collectFields, type SelectionScope } from './selection';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination';

/**
 * What one request may read. A request is priced before it runs at the worst
 * case of stored items it can read: a list field counts its page size (`first`,
 * whether literal, a variable or left to its default), nested lists multiply,
 * fields computed over a window count the items of that window, and
 * `__typename` and scalars are free. Unlike a rule that reads only literals,
 * a page size passed as a variable is priced too.
 */
export const COST_LIMITS = {
  /** Worst-case stored items one request may read. */
  maxItems: 2000,
  /** Export pages (exportMyData, exportMySessionsCsv) one request may ask for. */
  maxExportPages: 1,
  /** Times one field may appear in one selection set, once fragments are spread. */
  maxRepetitions: 25,
} as const;

/**
 * Root fields computed from a window of stored items rather than a page: the
 * items a worst-case window holds for a member who logs every day. A root
 * field not listed reads one item (a GetItem) plus what its lists read.
 */
export const WINDOW_READS: Readonly<Record<string, number>> = {
  // Sessions of a period and the one before: a QUARTER and its predecessor are at most 184 days.
  'Query.insights': 200,
  'Query.clientInsights': 200,
  // Measures of the same two periods, all instruments, one Query capped at WINDOW_LIMIT (measure-insights.repository.ts).
  'Insights.measures': 600,
  // Sessions of the 14-day safety window (and the grant, profile and therapist link).
  'Query.safetyStatus': 50,
  'Query.clientSafetyStatus': 50,
  // Completions of the weeks shown (this week and up to 11 before) and the routine.
  'Query.weeklyAdherence': 100,
  // Every routine of the member, for the next 24 hours of reminders.
  'Query.upcomingReminders': 50,
  // Every push device of the member (at most 10, the cap).
  'Query.myPushDevices': 10,
  // Every grant of the member (a handful of therapists at most).
  'Query.myGrants': 20,
  // Every measure schedule of a client (MAX_SCHEDULES_PER_CLIENT) and, for due ones, their grants and up to 100 recent measures.
  'Query.clientMeasureSchedules': 22,
  'Query.dueMeasures': 140,
  // The FHIR export's caps (services/account/fhir/fhir.service.ts FHIR_LIMITS) and the profile.
  'Query.exportFhir': 1052,
};

const EXPORT_FIELDS = new Set(['Query.exportMyData', 'Query.exportMySessionsCsv']);

export interface RequestCost {
  /** Worst-case stored items. */
  items: number;
  exportPages: number;
  /** The field repeated most often in one selection set, and how often. */
  mostRepeated: { field: string; times: number } | null;
}

interface Walk extends SelectionScope {
  exportPages: number;
  mostRepeated: { field: string; times: number } | null;
}

/**
 * The price of an operation with its variables, or null when the variables do
 * not fit their types (execution refuses those as BAD_USER_INPUT before any read).
 */
export function priceOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  rawVariables: Record<string, unknown> = {},
): RequestCost | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return null;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return null;
  const walk: Walk = { schema, fragments, variables: coerced.coerced, exportPages: 0, mostRepeated: null };
  const items = priceSelections(walk, operation.selectionSet, root, true);
  return { items, exportPages: walk.exportPages, mostRepeated: walk.mostRepeated };
}

/** The error a request over a limit gets: HTTP 400, its code, and the numbers. */
export function costError(cost: RequestCost): GraphQLError | null {
  const refuse = (message: string, extensions: Record<string, unknown>) =>
    new GraphQLError(message, { extensions: { code: CODE.QUERY_TOO_COMPLEX, ...extensions, http: { status: 400 } } });
  if (cost.items > COST_LIMITS.maxItems) {
    return refuse(`This request could read up to ${cost.items} items; the limit is ${COST_LIMITS.maxItems}. Ask for smaller pages or fewer lists.`, {
      cost: cost.items,
      limit: COST_LIMITS.maxItems,
    });
  }
  if (cost.exportPages > COST_LIMITS.maxExportPages) {
    return refuse(`Ask for one export page a request (this one asks for ${cost.exportPages}).`, { cost: cost.exportPages, limit: COST_LIMITS.maxExportPages });
  }
  if (cost.mostRepeated && cost.mostRepeated.times > COST_LIMITS.maxRepetitions) {
    const { field, times } = cost.mostRepeated;
    return refuse(`The field "${field}" appears ${times} times in one selection; the limit is ${COST_LIMITS.maxRepetitions}.`, {
      cost: times,
      limit: COST_LIMITS.maxRepetitions,
      field,
    });
  }
  return null;
}

function priceSelections(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType, isRoot = false): number {
  const fields = collectFields(walk, selectionSet, type);
  const times = new Map<string, number>();
  let items = 0;
  for (const { node, parent } of fields) {
    const name = node.name.value;
    times.set(name, (times.get(name) ?? 0) + 1);
    if (name.startsWith('__')) continue;
    const definition = 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
    if (!definition) continue;
    items += priceField(walk, node, definition, `${parent.name}.${name}`, isRoot);
  }
  for (const [field, count] of times) {
    if (!walk.mostRepeated || count > walk.mostRepeated.times) walk.mostRepeated = { field, times: count };
  }
  return items;
}

function priceField(walk: Walk, node: FieldNode, definition: GraphQLField<unknown, unknown>, coordinate: string, isRoot: boolean): number {
  if (EXPORT_FIELDS.has(coordinate)) walk.exportPages += 1;
  const named = getNamedType(definition.type);
  const below = node.selectionSet && isCompositeType(named) ? priceSelections(walk, node.selectionSet, named) : 0;
  const own = WINDOW_READS[coordinate] ?? (isRoot ? 1 : 0);
  if (!definition.args.some((arg) => arg.name === 'first')) return own + below;
  // A page: every item of it, and what each item's own lists read. Beyond 100 is refused as bad input anyway.
  const args = safeArguments(definition, node, walk.variables);
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  const page = Math.max(1, Math.min(first, MAX_PAGE_SIZE));
  return own + page * (1 + below);
}

function safeArguments(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    // A literal of the wrong type: validation refuses it; price the default page.
    return {};
  }
}

/** Prices each operation before it runs and refuses one over a limit: HTTP 400, QUERY_TOO_COMPLEX, the cost and the limit. */
export const queryCostPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
        );
        if (!operation) return;
        const cost = priceOperation(schema, operation, fragments, request.variables ?? {});
        const error = cost && costError(cost);
        if (error) throw error;
      },
    };
  },
};
