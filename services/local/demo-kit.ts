import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { trustedDocument } from '../graphql/trusted-documents';
import type { DemoAccount, DemoSeedContext } from './demo-context';

/**
 * The text of a client kit operation (schema/operations/) exactly as the apps
 * send it: the trusted document that its generated typed document
 * (schema/generated/) names by hash. The demo data goes through the apps' own
 * documents, so a kit change that would break them shows on `npm start` and
 * in the demo seed tests, and a changed answer shape fails the type check.
 */
export function kitText(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  const text = typeof hash === 'string' ? trustedDocument(hash) : undefined;
  if (text === undefined) throw new Error('Not a document of the client kit: run npm run codegen');
  return text;
}

/** Runs a client kit operation as `account`; its variables and answer are typed by the generated kit. */
export function sendKit<TResult, TVariables>(
  ctx: DemoSeedContext,
  account: DemoAccount,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  return ctx.graphql<TResult>(account, kitText(document), variables as Record<string, unknown> | undefined);
}
