import { createServer } from 'node:net';
import { LocalStackError } from './errors';

/** A port the OS reports free right now (tiny race until the caller binds it). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether nothing listens on `port`; checked on all interfaces, as DynamoDB Local binds them all. */
export async function isPortFree(port: number, host = '0.0.0.0'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function portInUseError(port: number, what: string, envVar?: string): LocalStackError {
  const hint = envVar ? ` (choose another with ${envVar}=<port>)` : '';
  return new LocalStackError(`Port ${port} for ${what} is already in use${hint}`);
}

export async function assertPortFree(port: number, what: string, envVar?: string): Promise<void> {
  if (!(await isPortFree(port))) throw portInUseError(port, what, envVar);
}

/** Reads a port from an env var, failing with a clear line when it is not a port number. */
export function portFromEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalStackError(`${name}=${raw} is not a valid port number`);
  }
  return port;
}
