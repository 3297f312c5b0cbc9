import { createRequire } from 'node:module';
import { createHttpAdapter, type GraphqlLambdaHandler } from '../../../services/local/http-adapter';
import { createCognitoLocalVerifier } from '../../../services/local/jwt-verifier';
import { report } from './report';

/**
 * `npm start`'s HTTP adapter (token verification against cognito-local's
 * JWKS, the API Gateway v2 event) in front of one Lambda bundle, on
 * 127.0.0.1 only. Its own process, so the load generator does not share its
 * event loop. Stops on SIGTERM or when the parent's pipe closes.
 */
async function main(): Promise<void> {
  const bundle = process.argv[2];
  const { COGNITO_ENDPOINT, USER_POOL_ID, USER_POOL_CLIENT_ID } = process.env;
  if (!bundle || !COGNITO_ENDPOINT || !USER_POOL_ID || !USER_POOL_CLIENT_ID) throw new Error('usage: load-server.js <bundle> (stack in env)');
  const { handler } = createRequire(__filename)(bundle) as { handler: GraphqlLambdaHandler };
  const verifier = await createCognitoLocalVerifier({ cognitoEndpoint: COGNITO_ENDPOINT, userPoolId: USER_POOL_ID, userPoolClientId: USER_POOL_CLIENT_ID });
  const adapter = createHttpAdapter({ handler, verifier, log: (line) => console.error(line) });
  const { url } = await adapter.listen(0, '127.0.0.1');
  const stop = () => void adapter.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdin.once('end', stop);
  process.stdin.resume();
  report({ url });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
