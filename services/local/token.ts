import './quiet-sdk';
import { signIn } from './cognito-users';
import { LocalStackError } from './errors';
import { runningLocalCognito, runTool } from './running-stack';

const USAGE = 'Usage: npm run token -- <email> <password>';

/** Prints an access token for a local account, as the last line so scripts can `| tail -n1`. */
runTool(async () => {
  const [email, password, ...rest] = process.argv.slice(2);
  if (!email || !password || rest.length > 0) throw new LocalStackError(USAGE);
  const { state, client } = await runningLocalCognito();
  try {
    const { accessToken } = await signIn(client, state.userPoolClientId, email, password);
    console.log(accessToken);
  } finally {
    client.destroy();
  }
});
