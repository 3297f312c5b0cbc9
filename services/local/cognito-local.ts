import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureOutput, killOnExit, onExitSync, stopChild, waitUntilReady } from './child-process';
import { assertPortFree, findFreePort, portInUseError } from './ports';

const START_SCRIPT = require.resolve('cognito-local/lib/bin/start.js');

export interface CognitoLocal {
  /** Also the issuer's origin: tokens carry `iss` = `${endpoint}/${userPoolId}`. */
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface CognitoLocalOptions {
  /** Defaults to a free port. */
  port?: number;
  /** Working directory (cognito-local keeps `.cognito/` in it); a temp dir removed on stop when omitted. */
  workDir?: string;
  logFile?: string;
  portEnvVar?: string;
  timeoutMs?: number;
}

export async function startCognitoLocal(options: CognitoLocalOptions = {}): Promise<CognitoLocal> {
  const port = options.port ?? (await findFreePort());
  await assertPortFree(port, 'cognito-local', options.portEnvVar);
  const temporary = options.workDir === undefined;
  const workDir = options.workDir ? resolve(options.workDir) : mkdtempSync(join(tmpdir(), 'lacrima-cognito-'));
  mkdirSync(workDir, { recursive: true });

  const child = spawn(process.execPath, [START_SCRIPT], {
    cwd: workDir,
    env: {
      ...process.env,
      // HOST also fixes the token issuer, so clients must use exactly this origin.
      HOST: '127.0.0.1',
      PORT: String(port),
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      DEBUG: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnExit(child);
  const output = captureOutput(child, { logFile: options.logFile });
  const endpoint = `http://127.0.0.1:${port}`;
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  const forget = temporary ? onExitSync(removeWorkDir) : () => false;
  const stop = async () => {
    await stopChild(child);
    if (temporary) removeWorkDir();
    forget();
  };
  try {
    await waitUntilReady({
      what: 'cognito-local',
      child,
      output,
      timeoutMs: options.timeoutMs,
      probe: async () => (await fetch(`${endpoint}/health`, { signal: AbortSignal.timeout(1_000) })).ok,
      explain: (text) => (/EADDRINUSE/.test(text) ? portInUseError(port, 'cognito-local', options.portEnvVar) : undefined),
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}
