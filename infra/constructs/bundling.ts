import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** The repository root: the project root for bundling and where tsconfig.json lives. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** esbuild reads experimentalDecorators from here; without it type-graphql's decorators break. */
export const TSCONFIG_PATH = path.join(REPO_ROOT, 'tsconfig.json');

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
  sourcemap: true,
  // The map only has to translate stack traces; sources would double its size.
  sourcesContent: false,
  // type-graphql derives schema names from class names; minification must keep them.
  keepNames: true,
  // Bundle the AWS SDK too: a pinned, tree-shaken SDK instead of whatever the runtime ships.
  external: [] as string[],
  tsconfig: TSCONFIG_PATH,
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
};
