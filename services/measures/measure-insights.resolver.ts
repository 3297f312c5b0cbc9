import { getArgumentValues, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Insights } from '../sessions/session.insights.type';
import { InsightMeasures } from './measure-insights.type';
import type { Settled } from '../shared/together';
import type { MeasureRecord } from './measure.record';

/**
 * Insights carry no owner, so whose they are comes from the root field that
 * returned them: `insights` is the caller's own, `clientInsights` names the client.
 */
function rootField(info: GraphQLResolveInfo): { name: string; args: Record<string, unknown> } | null {
  let path = info.path;
  while (path.prev) path = path.prev;
  const node = findField(info.operation.selectionSet, String(path.key), info);
  const field = node && info.schema.getQueryType()?.getFields()[node.name.value];
  return node && field ? { name: node.name.value, args: getArgumentValues(field, node, info.variableValues) } : null;
}

function findField(set: SelectionSetNode, responseKey: string, info: GraphQLResolveInfo): FieldNode | null {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === responseKey) return selection;
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? info.fragments[selection.name.value]?.selectionSet
          : undefined;
    const found = nested && findField(nested, responseKey, info);
    if (found) return found;
  }
  return null;
}

/** What `insights` answers: the figures, with the outcome of the measures' read it made beside them. */
type MemberInsights = Insights & { alongside?: Settled<MeasureRecord[]> };

@Resolver(() => Insights)
export class InsightMeasuresResolver {
  @FieldResolver(() => InsightMeasures, {
    nullable: true,
    description:
      "Standard measures completed in the period and the one before, beside the sessions' relief and flooding shares (one read, only when asked for). Therapists: null without the MEASURES scope",
  })
  measures(@Root() insights: Insights, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const root = rootField(info);
    // `insights` started this read beside its own when it saw this field asked for (session.resolver.ts).
    if (root?.name === 'insights') return ctx.services.measureInsights.forMember(ctx.caller, insights, (insights as MemberInsights).alongside);
    if (root?.name === 'clientInsights') return ctx.services.measureInsights.forClient(ctx.caller, String(root.args.clientId), insights);
    // Deny by default: insights reached any other way show no measures until that way is thought through.
    return null;
  }
}
