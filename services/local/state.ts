import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything `npm start` keeps lives here (git-ignored): data, logs, and the ids of the last run. */
export const LOCAL_DIR = resolve(__dirname, '..', '..', '.local');

export const LOCAL_PATHS = {
  root: LOCAL_DIR,
  dynamoDbData: join(LOCAL_DIR, 'dynamodb'),
  cognitoWorkDir: join(LOCAL_DIR, 'cognito'),
  logs: join(LOCAL_DIR, 'logs'),
  /** Email the local stack "sends": one .eml file per message. */
  mailbox: join(LOCAL_DIR, 'mailbox'),
  state: join(LOCAL_DIR, 'state.json'),
} as const;

/** Written by `npm start`, read by the next start (to reuse ids and ports) and by `npm run token`. */
export interface LocalState {
  readonly tableName: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly region: string;
  readonly dynamoDbPort: number;
  readonly cognitoPort: number;
  readonly cognitoEndpoint: string;
  readonly apiUrl: string;
  /** Demo accounts and history exist. */
  readonly seeded: boolean;
  /** The `npm start` process while it runs; absent once it stopped cleanly. */
  readonly pid?: number;
}

/** `LACRIMA_STATE_FILE` points the local tools at another running stack (the integration tests' own). */
export function readLocalState(path: string = process.env.LACRIMA_STATE_FILE || LOCAL_PATHS.state): LocalState | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LocalState;
  } catch {
    return undefined;
  }
}

export function writeLocalState(state: LocalState, path: string = LOCAL_PATHS.state): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** `--fresh`: forget the data, the pool and the seed marker. */
export function removeLocalData(): void {
  rmSync(LOCAL_PATHS.dynamoDbData, { recursive: true, force: true });
  rmSync(LOCAL_PATHS.cognitoWorkDir, { recursive: true, force: true });
  rmSync(LOCAL_PATHS.state, { force: true });
}
