import semver from 'semver';
import { build } from 'esbuild';
import { LAMBDA_ESBUILD_OPTIONS, REPO_ROOT } from '../../infra/constructs/bundling';

/** The semver shim, bundled as the Lambda bundles it (it is an ES module). */
async function shimSatisfies(): Promise<(version: string, range: string) => boolean> {
  const result = await build({
    ...LAMBDA_ESBUILD_OPTIONS,
    sourcemap: false,
    minify: false,
    stdin: { contents: "module.exports = require('semver');", resolveDir: REPO_ROOT, loader: 'js' },
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} as { satisfies: (version: string, range: string) => boolean } };
  new Function('module', 'exports', 'require', result.outputFiles[0]!.text)(module, module.exports, require);
  return module.exports.satisfies;
}

describe('bundle shims', () => {
  it('the semver shim answers caret ranges exactly as semver does', async () => {
    const satisfies = await shimSatisfies();
    const ranges = ['^16.12.0', '^16.0.0', '^1.2.3', '^0.2.3', '^0.0.3', '^0.0.0'];
    const versions = ['16.12.0', '16.12.1', '16.13.0', '16.11.9', '17.0.0', '15.9.9', '16.12.0-rc.1', '17.0.0-alpha.2', '16.12.0+build.5'];
    const more = ['1.2.3', '1.2.2', '1.9.0', '2.0.0', '0.2.3', '0.2.9', '0.3.0', '0.0.3', '0.0.4', '0.1.0', '0.0.0', 'not-a-version'];
    for (const range of ranges) {
      for (const version of [...versions, ...more])
        expect([range, version, satisfies(version, range)]).toEqual([range, version, semver.satisfies(version, range)]);
    }
  });

  it('the semver shim refuses a range it does not implement, rather than guessing', async () => {
    const satisfies = await shimSatisfies();
    expect(() => satisfies('16.12.0', '>=16.0.0 <17')).toThrow(/only caret ranges/);
  });
});
