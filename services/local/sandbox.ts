import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';

/**
 * The local sandbox: GraphiQL served from the project's own packages, so it
 * opens offline and without a token (the API behind it still needs one: paste
 * `{ "authorization": "Bearer <token>" }` into its Headers tab). Apollo's
 * landing page loads its sandbox from a CDN, which offline machines cannot
 * reach. Local stage only: the cloud API serves no page.
 */
const ASSETS: Readonly<Record<string, { pkg: string; file: string; type: string }>> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

function asset(name: string): Buffer {
  let body = cache.get(name);
  if (!body) {
    // The packages' export maps hide these browser builds; their package.json is public and sits beside them.
    const { pkg, file } = ASSETS[name]!;
    body = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
    cache.set(name, body);
  }
  return body;
}

const FIRST_QUERY = `# Lacrima's local sandbox. The API needs an access token:
#   npm run -s token -- river@lacrima.test 'Lacrima-demo-2026!' | tail -1
# then put { "authorization": "Bearer <token>" } in Headers below.
{
  me { id displayName role country suggestedCountry }
}
`;

function page(base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lacrima sandbox (local)</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="${base}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the sandbox…</div>
  <script src="${base}/react.production.min.js"></script>
  <script src="${base}/react-dom.production.min.js"></script>
  <script src="${base}/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(base.replace(/\/sandbox$/, ''))} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(FIRST_QUERY)},
        defaultHeaders: JSON.stringify({ authorization: 'Bearer <paste a token from npm run token>' }, null, 2),
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>
`;
}

/** True when a browser asks for a page (not a GraphQL client asking for JSON). */
export function wantsPage(request: IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the sandbox page at `path` and its assets under `path/sandbox/`;
 * answers false for anything else, which the API then handles.
 */
export function serveSandbox(request: IncomingMessage, response: ServerResponse, path: string): boolean {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'GET') return false;
  if (pathname === path && wantsPage(request)) {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:",
    });
    response.end(page(`${path}/sandbox`));
    return true;
  }
  const prefix = `${path}/sandbox/`;
  if (!pathname.startsWith(prefix)) return false;
  const name = pathname.slice(prefix.length);
  const known = ASSETS[name];
  if (!known) return false;
  const body = asset(name);
  response.writeHead(200, { 'content-type': `${known.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  response.end(body);
  return true;
}
