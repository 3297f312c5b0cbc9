import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { LAMBDA_ESBUILD_OPTIONS, REPO_ROOT } from '../../../infra/constructs/bundling';

export const RESULTS_DIR = join(REPO_ROOT, 'bench-results');
export const BUILD_DIR = join(RESULTS_DIR, 'build');

export const ENTRIES = {
  lacrima: join(REPO_ROOT, 'services', 'graphql', 'handler.ts'),
  baseline: join(REPO_ROOT, 'test', 'bench', 'baseline', 'handler.ts'),
} as const;

export interface BundleInfo {
  readonly file: string;
  readonly bytes: number;
  /** The source map beside it (not counted: Lambda never loads it unless an error is printed with --enable-source-maps). */
  readonly mapBytes: number;
  readonly buildMs: number;
  /** Bytes each package contributes to the output, largest first. */
  readonly packages: Array<{ name: string; bytes: number }>;
  /** Packages bundled twice, as their CommonJS and their ES build (the dual-package hazard). */
  readonly dualFormat: string[];
}

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match) return match[1] as string;
  return input.split('/').slice(0, 2).join('/');
}

function outputInputs(metafile: Metafile): Record<string, { bytesInOutput: number }> {
  return Object.values(metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {};
}

function packageSizes(metafile: Metafile): Array<{ name: string; bytes: number }> {
  const sizes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(outputInputs(metafile))) {
    const name = packageOf(input);
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const CJS_DIR = /\/(cjs|commonjs|dist-cjs)\//;
const ESM_DIR = /\/(esm|esm5|esm2015|es|es6|dist-es)\/|\.mjs$/;

function dualFormat(metafile: Metafile): string[] {
  const formats = new Map<string, Set<string>>();
  for (const input of Object.keys(outputInputs(metafile))) {
    if (!input.includes('node_modules/')) continue;
    // A plain .js beside .mjs files (graphql's layout) is the CommonJS build: told apart below.
    const format = CJS_DIR.test(input) ? 'cjs' : ESM_DIR.test(input) ? 'esm' : /\.c?js$/.test(input) ? 'js' : undefined;
    if (!format) continue;
    const name = packageOf(input);
    formats.set(name, (formats.get(name) ?? new Set()).add(format));
  }
  return [...formats].filter(([, set]) => set.has('esm') && (set.has('cjs') || set.has('js'))).map(([name]) => name);
}

/** Builds a Lambda bundle exactly as CDK does (LAMBDA_ESBUILD_OPTIONS), with a metafile for the size breakdown. */
export async function buildLambdaBundle(name: string, entry: string): Promise<BundleInfo> {
  const outfile = join(BUILD_DIR, name, 'index.js');
  const started = performance.now();
  const result = await build({ ...LAMBDA_ESBUILD_OPTIONS, entryPoints: [entry], outfile, metafile: true, logLevel: 'error' });
  const buildMs = performance.now() - started;
  const [{ size: bytes }, { size: mapBytes }] = await Promise.all([stat(outfile), stat(`${outfile}.map`)]);
  return { file: outfile, bytes, mapBytes, buildMs, packages: packageSizes(result.metafile), dualFormat: dualFormat(result.metafile) };
}

/** A bench child program, bundled with the same options so the code it runs is the code Lambda runs. */
export async function buildChild(name: string): Promise<string> {
  const outfile = join(BUILD_DIR, 'children', `${name}.js`);
  await build({
    ...LAMBDA_ESBUILD_OPTIONS,
    entryPoints: [join(REPO_ROOT, 'test', 'bench', 'children', `${name}.ts`)],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
