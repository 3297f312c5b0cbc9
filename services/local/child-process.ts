import { type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { LocalStackError } from './errors';

const live = new Set<ChildProcess>();
const exitCleanups = new Set<() => void>();
let exitHookInstalled = false;

function runExitCleanups(): void {
  for (const running of live) running.kill('SIGKILL');
  for (const cleanup of exitCleanups) {
    try {
      cleanup();
    } catch {
      // Best effort while the process is going away.
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', runExitCleanups);
}

/**
 * Last resort: if the parent exits without stopping a child (a crash, a
 * process.exit in a test runner), kill it so no java or node server lingers.
 */
export function killOnExit(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  installExitHook();
}

/** A synchronous clean-up (e.g. removing a temp dir) for the same last-resort path; returns an unregister. */
export function onExitSync(cleanup: () => void): () => void {
  exitCleanups.add(cleanup);
  installExitHook();
  return () => exitCleanups.delete(cleanup);
}

/**
 * For hosts without their own signal handling (jest's main process): a
 * signal ends Node without an 'exit' event, so clean up first.
 * `npm start` handles signals itself to stop its children gracefully.
 */
export function killChildrenOnSignals(): void {
  const codes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => process.exit(codes[signal]));
  }
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** SIGTERM, then SIGKILL if the child has not exited after `timeoutMs`; resolves once it is gone. */
export async function stopChild(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, timeoutMs)) return;
  child.kill('SIGKILL');
  await waitForExit(child, timeoutMs);
}

/**
 * Drains the child's stdout/stderr (an unread pipe would block it), optionally
 * appending them to a log file, and keeps the last lines for error messages.
 */
export function captureOutput(child: ChildProcess, options: { logFile?: string; maxLines?: number } = {}): () => string {
  const maxLines = options.maxLines ?? 30;
  const lines: string[] = [];
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const onData = (chunk: Buffer) => {
    log?.write(chunk);
    // eslint-disable-next-line no-control-regex -- strip ANSI colours from cognito-local's logger
    const plain = chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
    lines.push(...plain.split('\n').filter((line) => line.trim()));
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  child.once('exit', () => log?.end());
  return () => lines.join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it resolves true; fails fast if the child dies, or after `timeoutMs`. */
export async function waitUntilReady(options: {
  what: string;
  child: ChildProcess;
  probe: () => Promise<boolean>;
  output: () => string;
  timeoutMs?: number;
  /** Turns the child's last output into a clearer error (e.g. port in use), if it recognises it. */
  explain?: (output: string) => LocalStackError | undefined;
}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let spawnError: Error | undefined;
  options.child.once('error', (error) => (spawnError = error));
  for (;;) {
    if (spawnError) throw new LocalStackError(`${options.what} could not be started: ${spawnError.message}`);
    if (hasExited(options.child)) {
      const output = options.output();
      throw (
        options.explain?.(output) ??
        new LocalStackError(`${options.what} exited during start-up (${options.child.exitCode ?? options.child.signalCode}): ${lastLine(output)}`)
      );
    }
    if (await options.probe().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new LocalStackError(`${options.what} did not become ready in time: ${lastLine(options.output())}`);
    }
    await sleep(150);
  }
}

function lastLine(output: string): string {
  return output.trim().split('\n').at(-1) ?? 'no output';
}
