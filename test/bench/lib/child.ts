import { spawn, type ChildProcess } from 'node:child_process';
import { killOnExit, stopChild } from '../../../services/local/child-process';
import { onCleanup } from './cleanup';

/** Children print exactly one line starting with this, holding their JSON result. */
export const RESULT_MARKER = 'BENCH_RESULT ';

export interface ChildOptions {
  env: Record<string, string>;
  args?: string[];
  nodeOptions?: string[];
  timeoutMs?: number;
  /** Pass the child's stderr (progress lines) through to ours. */
  showProgress?: boolean;
}

const baseEnv = (): Record<string, string> => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' });

/** A child's last output for an error message, without screens of minified source. */
const tail = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => (line.length > 240 ? `${line.slice(0, 240)}…` : line))
    .slice(-25)
    .join('\n');

/** Runs `node [nodeOptions] script [args]` in a clean env and resolves with its JSON result. */
export function runChild<T>(script: string, options: ChildOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), script, ...(options.args ?? [])], {
      env: { ...baseEnv(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killOnExit(child);
    const forget = onCleanup(`child ${script}`, () => stopChild(child, 2_000));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr = (stderr + text).slice(-4000);
      if (options.showProgress) process.stderr.write(text);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs ?? 120_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      forget();
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || !line) {
        reject(new Error(`${script} exited with ${code ?? signal} and no result\n${tail(stderr)}\n${tail(stdout)}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as T);
    });
  });
}

/** A long-running child (a server) that prints its result line once ready; stopped through the cleanup registry too. */
export function startServerChild<T>(script: string, options: ChildOptions): Promise<{ ready: T; stop: () => Promise<void>; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), script, ...(options.args ?? [])], {
      env: { ...baseEnv(), ...options.env },
      // stdin stays open: the child exits when it closes (we died without stopping it).
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    killOnExit(child);
    const stop = async () => {
      forget();
      await stopChild(child, 3_000);
    };
    const forget = onCleanup(`server ${script}`, () => stopChild(child, 3_000));
    let stdout = '';
    let stderr = '';
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void stop();
      reject(new Error(`${script} did not become ready\n${tail(stderr)}`));
    }, options.timeoutMs ?? 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
      if (options.showProgress) process.stderr.write(chunk);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (line && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ ready: JSON.parse(line.slice(RESULT_MARKER.length)) as T, stop, child });
      }
    });
    child.once('exit', (code, signal) => {
      forget();
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code ?? signal} before it was ready\n${tail(stderr)}`));
    });
  });
}
