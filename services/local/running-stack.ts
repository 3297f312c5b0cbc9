import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { localCognitoClient } from './aws-clients';
import { LocalStackError } from './errors';
import { readLocalState, type LocalState } from './state';

const NOT_RUNNING = 'The local stack is not running: start it with `npm start`';

/** The running `npm start` stack's state and a Cognito client for it (destroy it when done); one clear line if none runs. */
export async function runningLocalCognito(): Promise<{ state: LocalState; client: CognitoIdentityProviderClient }> {
  const state = readLocalState();
  if (!state?.pid) throw new LocalStackError(NOT_RUNNING);
  const healthy = await fetch(`${state.cognitoEndpoint}/health`, { signal: AbortSignal.timeout(2_000) })
    .then((response) => response.ok)
    .catch(() => false);
  if (!healthy) throw new LocalStackError(NOT_RUNNING);
  return { state, client: localCognitoClient(state.cognitoEndpoint) };
}

/** Runs a command-line tool: a LocalStackError is one line on stderr and exit code 1. */
export function runTool(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`✖ ${error instanceof LocalStackError ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
