import './quiet-sdk';
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_TABLE_NAME } from '../shared/db/table.definition';
import { localCognitoClient, localRegion, LOCAL_CREDENTIALS } from './aws-clients';
import { startCognitoLocal, type CognitoLocal } from './cognito-local';
import { signIn } from './cognito-users';
import { checkJava, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { LocalStackError } from './errors';
import { createHttpAdapter } from './http-adapter';
import { createCognitoLocalVerifier } from './jwt-verifier';
import { assertPortFree, isPortFree, portFromEnv } from './ports';
import { provisionLocalStack } from './provision';
import { LOCAL_PATHS, readLocalState, removeLocalData, writeLocalState, type LocalState } from './state';

const USAGE = `Usage: npm start [-- --fresh]
  --fresh   delete the local data (.local/) and seed the demo accounts again
Env: PORT (GraphQL, default 4000), DYNAMODB_PORT, COGNITO_PORT (default: last ports used, else free ones)`;

/** Things to stop, newest first, on Ctrl-C or a failed start. */
const cleanups: Array<() => Promise<void>> = [];
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
  process.exit(code);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The last run's port if nobody holds it now, so ids, tokens and bookmarks survive a restart. */
async function preferredPort(envName: string, previous: number | undefined): Promise<number | undefined> {
  const fromEnv = portFromEnv(process.env, envName);
  if (fromEnv !== undefined) return fromEnv;
  if (previous !== undefined && (await isPortFree(previous))) return previous;
  return undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => arg !== '--fresh');
  if (unknown.length > 0) throw new LocalStackError(`Unknown option ${unknown.join(' ')}\n${USAGE}`);
  const fresh = args.includes('--fresh');

  checkJava();
  const apiPort = portFromEnv(process.env, 'PORT') ?? 4000;
  const running = readLocalState();
  // A live pid alone could be a recycled one; the API answering too means another `npm start`.
  const answers = (url: string) =>
    fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
  if (running?.pid && running.pid !== process.pid && isRunning(running.pid) && (await answers(running.apiUrl))) {
    throw new LocalStackError(`npm start is already running (pid ${running.pid}, ${running.apiUrl}); stop it first`);
  }
  // Checked up front so a busy port fails before the JVM starts, not after.
  await assertPortFree(apiPort, 'the GraphQL endpoint', 'PORT');
  if (fresh) removeLocalData();
  const previous = readLocalState();
  mkdirSync(LOCAL_PATHS.logs, { recursive: true });
  const show = (path: string) => relative(process.cwd(), path) || '.';

  console.log(fresh ? 'Starting Lacrima locally (fresh data)…' : 'Starting Lacrima locally…');
  const [dynamoDbPort, cognitoPort] = await Promise.all([
    preferredPort('DYNAMODB_PORT', previous?.dynamoDbPort),
    preferredPort('COGNITO_PORT', previous?.cognitoPort),
  ]);
  // Start both at once (the JVM is the slow one); stop whichever did start if the other fails.
  const [dynamoDbResult, cognitoResult] = await Promise.allSettled([
    startDynamoDbLocal({
      port: dynamoDbPort,
      dataPath: LOCAL_PATHS.dynamoDbData,
      logFile: `${LOCAL_PATHS.logs}/dynamodb-local.log`,
      portEnvVar: 'DYNAMODB_PORT',
    }),
    startCognitoLocal({
      port: cognitoPort,
      workDir: LOCAL_PATHS.cognitoWorkDir,
      logFile: `${LOCAL_PATHS.logs}/cognito-local.log`,
      portEnvVar: 'COGNITO_PORT',
    }),
  ]);
  for (const result of [dynamoDbResult, cognitoResult]) {
    if (result.status === 'fulfilled') cleanups.push(() => result.value.stop());
  }
  if (dynamoDbResult.status === 'rejected') throw dynamoDbResult.reason;
  if (cognitoResult.status === 'rejected') throw cognitoResult.reason;
  const dynamoDb: DynamoDbLocal = dynamoDbResult.value;
  const cognito: CognitoLocal = cognitoResult.value;
  console.log(`  DynamoDB Local  ${dynamoDb.endpoint}  (data in ${show(LOCAL_PATHS.dynamoDbData)})`);
  console.log(`  cognito-local   ${cognito.endpoint}  (data in ${show(LOCAL_PATHS.cognitoWorkDir)})`);

  const stack = await provisionLocalStack({
    dynamoDbEndpoint: dynamoDb.endpoint,
    cognitoEndpoint: cognito.endpoint,
    tableName: LOCAL_TABLE_NAME,
    known: previous,
  });

  // The handler reads its configuration at module scope: set it before the import below.
  Object.assign(process.env, {
    STAGE: 'local',
    TABLE_NAME: stack.tableName,
    USER_POOL_ID: stack.userPoolId,
    USER_POOL_CLIENT_ID: stack.userPoolClientId,
    DYNAMODB_ENDPOINT: dynamoDb.endpoint,
    COGNITO_ENDPOINT: cognito.endpoint,
    MAILBOX_DIR: LOCAL_PATHS.mailbox,
    AWS_REGION: localRegion(),
    // Dummy credentials, so real ones from the shell never reach the local endpoints.
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  const { handler } = await import('../graphql/handler');

  const verifier = await createCognitoLocalVerifier({ ...stack, cognitoEndpoint: cognito.endpoint });
  const adapter = createHttpAdapter({ handler, verifier, sandbox: true, log: (line) => console.error(`  ${line}`) });
  const { url: boundUrl } = await adapter.listen(apiPort, '127.0.0.1', 'PORT');
  cleanups.push(() => adapter.close());
  const apiUrl = boundUrl.replace('127.0.0.1', 'localhost');
  // Subscriptions on the same port and path, fed by DynamoDB Local's stream; due reminders swept on a timer.
  const { startLocalLive } = await import('./live-stack');
  const live = await startLocalLive({
    server: adapter.server,
    verifier,
    dynamoDbEndpoint: dynamoDb.endpoint,
    tableName: stack.tableName,
    others: 'gone',
    log: (line) => console.error(`  ${line}`),
  });
  cleanups.push(() => live.close());

  const state: LocalState = {
    tableName: stack.tableName,
    userPoolId: stack.userPoolId,
    userPoolClientId: stack.userPoolClientId,
    region: localRegion(),
    dynamoDbPort: dynamoDb.port,
    cognitoPort: cognito.port,
    cognitoEndpoint: cognito.endpoint,
    apiUrl,
    seeded: Boolean(previous?.seeded) && !stack.tableCreated && !stack.userPoolCreated,
    pid: process.pid,
  };
  writeLocalState(state);
  cleanups.push(async () => writeLocalState({ ...(readLocalState() ?? state), pid: undefined }));

  // Seeders may import domain code that reads configuration, so they load after the env is set too.
  const { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } = await import('./seed');
  if (!state.seeded) {
    await seedDemo({
      ...stack,
      dynamoDbEndpoint: dynamoDb.endpoint,
      cognitoEndpoint: cognito.endpoint,
      apiUrl: boundUrl,
      log: (line) => console.log(`  ${line}`),
    });
    writeLocalState({ ...state, seeded: true });
    console.log('  Seeded the demo accounts.');
  }

  const client = localCognitoClient(cognito.endpoint);
  const river = DEMO_ACCOUNTS[0];
  const token = river ? (await signIn(client, stack.userPoolClientId, river.email, river.password)).accessToken : '';
  client.destroy();

  const seconds = (performance.now() / 1000).toFixed(1);
  const logins = DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(22)}${account.groups.includes('therapists') ? 'therapist' : 'member'}`);
  console.log(`
Ready in ${seconds} s: ${apiUrl}
Subscriptions: ${apiUrl.replace('http://', 'ws://')} (graphql-transport-ws). Email lands in ${show(LOCAL_PATHS.mailbox)}.

Demo logins (password ${DEMO_PASSWORD}):
${logins.join('\n')}

Try it as river (token valid 15 min; another: npm run token -- river@lacrima.test '${DEMO_PASSWORD}'):
curl -s ${apiUrl} \\
  -H 'content-type: application/json' \\
  -H 'authorization: Bearer ${token}' \\
  -d '{"query":"{ me { id displayName role } }"}'

Logs in ${show(LOCAL_PATHS.logs)}. Stop with Ctrl-C.`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    if (!shuttingDown) console.log('\nStopping…');
    void shutdown(0);
  });
}

// npm runs scripts under `sh -c`; if that chain dies without passing a signal
// on, this process is re-parented. Notice it and stop what we started.
const launcher = process.ppid;
setInterval(() => {
  if (process.ppid !== launcher && !shuttingDown) void shutdown(0);
}, 1000).unref();

main().catch((error: unknown) => {
  if (error instanceof LocalStackError) console.error(`✖ ${error.message}`);
  else console.error('✖ Local start failed:', error);
  void shutdown(1);
});
