import './quiet-sdk';
import { confirmUser } from './cognito-users';
import { LocalStackError } from './errors';
import { runningLocalCognito, runTool } from './running-stack';

const USAGE = 'Usage: npm run confirm -- <email>';

/**
 * Confirms an account signed up with Cognito's SignUp against the local pool.
 * In the cloud the member confirms with the code the pool emails; the local
 * pool sends no email, so this is the step that stands in for it.
 */
runTool(async () => {
  const [email, ...rest] = process.argv.slice(2);
  if (!email || rest.length > 0) throw new LocalStackError(USAGE);
  const { state, client } = await runningLocalCognito();
  try {
    await confirmUser(client, state, email).catch((error: unknown) => {
      if (error instanceof Error && error.name === 'UserNotFoundException') throw new LocalStackError(`No local account for ${email}: sign up first`);
      throw error;
    });
    console.log(`✔ ${email} is confirmed: sign in with USER_PASSWORD_AUTH or npm run token`);
  } finally {
    client.destroy();
  }
});
