import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type APIGatewayProxyEventV2WithJWTAuthorizer, type APIGatewayProxyStructuredResultV2, type Context } from 'aws-lambda';
import { type JwtPayload } from 'aws-jwt-verify/jwt-model';
import { CODE } from '../shared/error-codes';
import { LocalStackError } from './errors';
import { type AccessTokenVerifier } from './jwt-verifier';
import { portInUseError } from './ports';
import { serveSandbox } from './sandbox';

/** The GraphQL Lambda's signature (services/graphql/handler.ts). */
export type GraphqlLambdaHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export type AuthorizerClaims = APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer']['jwt']['claims'];

export interface HttpAdapterOptions {
  handler: GraphqlLambdaHandler;
  verifier: AccessTokenVerifier;
  /** Route path; API Gateway serves `POST /graphql` (and GET for queries). */
  path?: string;
  /** Larger bodies get 413 before the handler runs. */
  maxBodyBytes?: number;
  /** One line per rejected or failed request (never the token itself). */
  log?: (line: string) => void;
  functionName?: string;
  /** Serve the GraphiQL sandbox page to browsers at `path` (npm start; never in the cloud). */
  sandbox?: boolean;
}

export interface HttpAdapter {
  readonly server: Server;
  /** Binds to 127.0.0.1 by default; port 0 picks a free port. */
  listen(port: number, host?: string, portEnvVar?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export const UNAUTHORIZED_BODY = JSON.stringify({
  errors: [{ message: 'Unauthorized', extensions: { code: CODE.UNAUTHENTICATED } }],
});

class PayloadTooLargeError extends Error {}

/**
 * Claims as API Gateway's JWT authorizer hands them to the Lambda: every value
 * a string, arrays rendered Go-style (`["therapists","admins"]` becomes
 * `"[therapists admins]"`), numbers and booleans stringified.
 */
export function toAuthorizerClaims(payload: JwtPayload): AuthorizerClaims {
  const claims: AuthorizerClaims = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) claims[name] = `[${value.join(' ')}]`;
    else if (typeof value === 'object') claims[name] = JSON.stringify(value);
    else claims[name] = String(value);
  }
  return claims;
}

/** A short, printable reason for the log; aws-jwt-verify messages may quote decoded garbage. */
function rejectionReason(error: unknown): string {
  const message = error instanceof Error ? error.message : 'invalid token';
  const printable = message.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 120 ? `${printable.slice(0, 117)}...` : printable;
}

function bearerToken(header: string | undefined): string | undefined {
  // Like API Gateway, accept the token with or without the Bearer scheme.
  const match = /^(?:Bearer\s+)?([A-Za-z0-9._~+/=-]+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners('data');
        request.resume();
        reject(new PayloadTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function apiGatewayTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/** The payload-format-2.0 event API Gateway would send after its JWT authorizer accepted the token. */
export function buildHttpApiEvent(
  request: IncomingMessage,
  body: string | undefined,
  claims: AuthorizerClaims,
  now = new Date(),
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(',') : value;
    // HTTP APIs move cookies out of the headers into their own array.
    if (name === 'cookie') cookies = joined.split(/;\s*/).filter(Boolean);
    else headers[name] = joined;
  }
  const sourceIp = (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  headers['x-forwarded-for'] ??= sourceIp;
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-forwarded-port'] ??= String(request.socket.localPort ?? '');

  const queryStringParameters: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) queryStringParameters[key] = url.searchParams.getAll(key).join(',');
  const host = (headers.host ?? 'localhost').replace(/:\d+$/, '');
  const routeKey = `${method} ${url.pathname}`;

  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(url.search ? { queryStringParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { jwt: { claims, scopes: null } },
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomBytes(10).toString('base64'),
      routeKey,
      stage: '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body ? { body } : {}),
    isBase64Encoded: false,
  };
}

function lambdaContext(functionName: string): Context {
  const deadline = Date.now() + 29_000;
  const noop = () => undefined;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION ?? 'us-east-1'}:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: noop,
    fail: noop,
    succeed: noop,
  };
}

function sendJson(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

function writeResult(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string | string[]> = { ...CORS_ON_RESPONSES };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? '' : result.body;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

/** What the cloud HTTP API's CORS configuration answers (infra/constructs/graphql-api.ts), with any origin allowed locally. */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '600',
};
const CORS_ON_RESPONSES = { 'access-control-allow-origin': CORS_HEADERS['access-control-allow-origin'] };

/**
 * A stand-in for API Gateway in front of the GraphQL Lambda: the JWT
 * authorizer (a bad token never reaches the handler), the 2.0 event, and the
 * structured result written back.
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const functionName = options.functionName ?? 'lacrima-graphql-local';
  const log = options.log ?? (() => undefined);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (options.sandbox && serveSandbox(request, response, path)) return;
    if (pathname !== path || !['GET', 'POST', 'OPTIONS'].includes(method)) {
      sendJson(response, 404, JSON.stringify({ message: 'Not Found' }), { connection: 'close' });
      return;
    }
    // CORS preflights are answered by the API itself, before any authorizer.
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
      sendJson(response, 413, JSON.stringify({ message: 'Request Entity Too Large' }), { connection: 'close' });
      return;
    }

    const token = bearerToken(request.headers.authorization);
    let payload: JwtPayload;
    try {
      if (!token) throw new Error('no bearer token');
      payload = await options.verifier.verify(token);
    } catch (error) {
      log(`401 ${method} ${pathname}: ${rejectionReason(error)}`);
      sendJson(response, 401, UNAUTHORIZED_BODY, {
        'www-authenticate': token ? 'Bearer error="invalid_token"' : 'Bearer',
        connection: 'close',
        ...CORS_ON_RESPONSES,
      });
      return;
    }

    let body: string | undefined;
    try {
      body = method === 'POST' ? await readBody(request, maxBodyBytes) : undefined;
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      sendJson(response, 413, JSON.stringify({ message: 'Request Entity Too Large' }), { connection: 'close' });
      return;
    }

    const event = buildHttpApiEvent(request, body, toAuthorizerClaims(payload));
    const result = await options.handler(event, lambdaContext(functionName));
    writeResult(response, result);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // What API Gateway answers when the integration fails; details stay in the log.
      log(`500 ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, JSON.stringify({ message: 'Internal Server Error' }));
      else response.end();
    });
  });
  // Outlive clients' idle sockets (Node's fetch drops them after 4 s), so the
  // server never closes a socket just as a client reuses it.
  server.keepAliveTimeout = 30_000;

  return {
    server,
    listen(port, host = '127.0.0.1', portEnvVar) {
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            error.code === 'EADDRINUSE'
              ? portInUseError(port, 'the GraphQL endpoint', portEnvVar)
              : new LocalStackError(`Could not listen on ${host}:${port}: ${error.message}`, { cause: error }),
          );
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const bound = (server.address() as AddressInfo).port;
          resolve({ url: `http://${host}:${bound}${path}`, port: bound });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
