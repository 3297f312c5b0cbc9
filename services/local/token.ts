import './quiet-sdk';
import { localCognitoClient } from './aws-clients';
import { signIn } from './cognito-users';
import { LocalStackError } from './errors';
import { readLocalState } from './state';

const USAGE = 'Usage: npm run token -- <email> <password>';
const NOT_RUNNING = 'The local stack is not running: start it with `npm start`';

/** Prints an access token for a local account, as the last line so scripts can `| tail -n1`. */
async function main(): Promise<void> {
  const [email, password, ...rest] = process.argv.slice(2);
  if (!email || !password || rest.length > 0) throw new LocalStackError(USAGE);
  const state = readLocalState();
  if (!state?.pid) throw new LocalStackError(NOT_RUNNING);
  const healthy = await fetch(`${state.cognitoEndpoint}/health`, { signal: AbortSignal.timeout(2_000) })
    .then((response) => response.ok)
    .catch(() => false);
  if (!healthy) throw new LocalStackError(NOT_RUNNING);

  const client = localCognitoClient(state.cognitoEndpoint);
  try {
    const { accessToken } = await signIn(client, state.userPoolClientId, email, password);
    console.log(accessToken);
  } finally {
    client.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof LocalStackError ? error.message : String(error)}`);
  process.exitCode = 1;
});
