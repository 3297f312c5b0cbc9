import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** The repository root: the project root for bundling and where tsconfig.json lives. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** esbuild reads experimentalDecorators from here; without it type-graphql's decorators break. */
export const TSCONFIG_PATH = path.join(REPO_ROOT, 'tsconfig.json');

/**
 * Packages replaced in the bundle (paths relative to REPO_ROOT, where CDK runs
 * esbuild). Each replacement is measured by `npm run bench` (README: Performance).
 */
const BUNDLE_ALIASES: Record<string, string> = {
  // Apollo hashes every query with this; inside a bundle it falls back to a pure-JS SHA-256.
  '@apollo/utils.createhash': './infra/constructs/bundle-shims/apollo-createhash.js',
  // Protobuf schemas (~0.3 MB) used only by usage reporting and inline tracing, both disabled in server.ts.
  '@apollo/usage-reporting-protobuf': './infra/constructs/bundle-shims/apollo-usage-reporting.js',
  '@apollo/utils.usagereporting': './infra/constructs/bundle-shims/apollo-usage-reporting.js',
  // Only the validators Lacrima uses (type-graphql's dynamic import would keep all of them).
  'class-validator': './infra/constructs/bundle-shims/class-validator.mjs',
  // Apollo's key-value cache `require`s lru-cache while its cache-control plugin imports it: one copy (the ES build) for both.
  'lru-cache': './node_modules/lru-cache/dist/esm/node/index.min.js',
  // Lambda's credentials are in its environment: the rest of the SDK's default chain (SSO, ini files, IMDS...) never runs there.
  '@aws-sdk/credential-provider-node': './infra/constructs/bundle-shims/credential-provider-node.mjs',
  // type-graphql's one check of graphql's version (a caret range); the whole package for it was ~30 KB and ~6 ms of cold load (CPU profile).
  semver: './infra/constructs/bundle-shims/semver.mjs',
};

/**
 * The esbuild options of every Lambda bundle, as a plain object so a test can
 * run `esbuild.build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints, outfile })` and
 * get the same bundle CDK deploys.
 */
export const LAMBDA_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  // Non-ASCII as itself, not \u escapes: Unicode's confusables table (services/shared/names.ts) shrinks by a third, and the bundle loads no slower.
  charset: 'utf8',
  sourcemap: true,
  // The map only has to translate stack traces; sources would double its size.
  sourcesContent: false,
  // type-graphql derives schema names from class names; minification must keep them.
  keepNames: true,
  // Bundle the AWS SDK too: a pinned, tree-shaken SDK instead of whatever the runtime ships.
  external: [] as string[],
  tsconfig: TSCONFIG_PATH,
  // ES builds where packages ship them (graphql, class-validator, type-graphql, the SDK): they
  // tree-shake, and `await import()` of them no longer copies a CommonJS module's exports per call.
  mainFields: ['module', 'main'],
  // graphql-js's development-only cross-realm instanceof checks; Apollo's own settings are all
  // explicit in server.ts, so this changes no Apollo default.
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: BUNDLE_ALIASES,
  absWorkingDir: REPO_ROOT,
} satisfies BuildOptions;

/** The same options in the shape NodejsFunction takes. */
export const LAMBDA_BUNDLING: BundlingOptions = {
  target: LAMBDA_ESBUILD_OPTIONS.target,
  format: OutputFormat.CJS,
  minify: LAMBDA_ESBUILD_OPTIONS.minify,
  sourceMap: LAMBDA_ESBUILD_OPTIONS.sourcemap,
  sourcesContent: LAMBDA_ESBUILD_OPTIONS.sourcesContent,
  keepNames: LAMBDA_ESBUILD_OPTIONS.keepNames,
  externalModules: [...LAMBDA_ESBUILD_OPTIONS.external],
  tsconfig: LAMBDA_ESBUILD_OPTIONS.tsconfig,
  mainFields: [...LAMBDA_ESBUILD_OPTIONS.mainFields],
  define: { ...LAMBDA_ESBUILD_OPTIONS.define },
  esbuildArgs: {
    '--alias': Object.entries(BUNDLE_ALIASES).map(([name, target]) => `${name}=${target}`),
    // NodejsFunction's own `charset` option never reaches esbuild (aws-cdk-lib 2.276): passed as an argument instead.
    '--charset': LAMBDA_ESBUILD_OPTIONS.charset,
  },
};
