import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { trustedDocument, trustedHashes } from '../../services/graphql/trusted-documents';

/**
 * The client kit as the apps send it: each operation of schema/operations/
 * exactly as `npm run codegen` wrote it into the trusted-documents manifest
 * (fragments included, `__typename` added as Apollo Client adds it). Tests
 * send these documents, so every run proves the kit against the real handler.
 */
export interface KitOperation {
  /** The operation's name, e.g. "LogSession" (its file is LogSession.graphql). */
  readonly name: string;
  /** Subscriptions go over WebSocket (graphql-transport-ws); the rest over HTTP. */
  readonly type: 'query' | 'mutation' | 'subscription';
  /** The one root field the operation calls. */
  readonly rootField: string;
  /** "sha256:<hex>", as a client sends it in `documentId`. */
  readonly hash: string;
  readonly document: string;
}

function load(): Map<string, KitOperation> {
  const kit = new Map<string, KitOperation>();
  for (const hash of trustedHashes()) {
    const document = trustedDocument(hash) as string;
    const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const name = operation?.name?.value;
    const root = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value !== '__typename');
    if (!operation || !name || root?.kind !== Kind.FIELD) throw new Error(`The kit document ${hash} has no named operation`);
    kit.set(name, { name, type: operation.operation, rootField: root.name.value, hash, document });
  }
  return kit;
}

export const KIT: ReadonlyMap<string, KitOperation> = load();

/** The kit's queries and mutations: what apps send over HTTP. */
export const HTTP_KIT: readonly KitOperation[] = [...KIT.values()].filter((op) => op.type !== 'subscription');

/** The kit operation of this name; throws for a name the kit does not hold (run `npm run codegen` after adding one). */
export function kitOperation(name: string): KitOperation {
  const operation = KIT.get(name);
  if (!operation) throw new Error(`The client kit has no operation ${name} (schema/operations/; then npm run codegen)`);
  return operation;
}

/** The document of a kit operation, as an app sends it. */
export function kit(name: string): string {
  return kitOperation(name).document;
}
