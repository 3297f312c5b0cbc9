// From the package's main entry only: graphql's deep modules ('graphql/execution/collectFields') bundle
// its CommonJS build beside the ES one, whose type checks reject the schema's types as foreign.
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a walk over an operation's selections needs: the schema, the document's fragments and the request's variables. */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The fields of a selection set with fragments spread (and @skip/@include applied), each with the type it is selected on. */
export function collectFields(
  scope: SelectionScope,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  into: Array<{ node: FieldNode; parent: GraphQLCompositeType }> = [],
) {
  for (const selection of selectionSet.selections) {
    if (!included(scope, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      into.push({ node: selection, parent: type });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(scope, selection.selectionSet, conditionType(scope, selection.typeCondition?.name.value) ?? type, into);
    } else {
      const fragment = scope.fragments[selection.name.value];
      if (fragment) collectFields(scope, fragment.selectionSet, conditionType(scope, fragment.typeCondition.name.value) ?? type, into);
    }
  }
  return into;
}

function included(scope: SelectionScope, selection: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, scope.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, scope.variables);
  return include?.if !== false;
}

function conditionType(scope: SelectionScope, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? scope.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

/**
 * Whether the field being resolved selects `name` (its field name, whatever
 * the alias) on its object, through fragments, with @include and @skip
 * applied. A resolver uses it to start a child field's read beside its own
 * (issue #19).
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return false;
  const scope: SelectionScope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  return info.fieldNodes.some((field) => field.selectionSet && collectFields(scope, field.selectionSet, type).some(({ node }) => node.name.value === name));
}
