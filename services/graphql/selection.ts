import type { GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getNamedType, isObjectType } from 'graphql';

/**
 * Whether the field being resolved selects `name` on its object, as
 * execution will see it: fragments spread, @include and @skip applied. A
 * resolver uses it to start a child field's read beside its own (issue #19).
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  // Keyed by response name (an alias): the field's own name is on its nodes.
  for (const nodes of collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes).values()) {
    if (nodes[0]?.name.value === name) return true;
  }
  return false;
}
