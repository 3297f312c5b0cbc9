// Replaces `semver` in the Lambda bundle (see ../bundling.ts).
//
// Its one user there is type-graphql, which checks at schema build that the
// bundled graphql satisfies its peer range (`^16.12.0`). The full package is
// ~30 KB and ~6 ms of cold load (CPU profile) for that one call. This answers caret ranges
// of plain versions exactly as semver does (test/infra/bundle-shims.test.ts)
// and throws on any other range, so a new use fails loudly, never silently.
const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const CARET = /^\^(\d+)\.(\d+)\.(\d+)$/;

function satisfies(version, range) {
  const caret = CARET.exec(String(range).trim());
  if (!caret) throw new Error(`semver shim: only caret ranges of plain versions are supported, got ${range}`);
  const parsed = VERSION.exec(String(version).trim());
  if (!parsed) return false;
  // Outside a range's own tuple, a prerelease never satisfies it; a caret range has no prerelease.
  if (parsed[4] !== undefined) return false;
  const [major, minor, patch] = parsed.slice(1, 4).map(Number);
  const [lowMajor, lowMinor, lowPatch] = caret.slice(1, 4).map(Number);
  const atLeast = major !== lowMajor ? major > lowMajor : minor !== lowMinor ? minor > lowMinor : patch >= lowPatch;
  if (!atLeast) return false;
  // ^1.2.3 := <2.0.0, ^0.2.3 := <0.3.0, ^0.0.3 := <0.0.4
  if (lowMajor > 0) return major === lowMajor;
  if (lowMinor > 0) return major === 0 && minor === lowMinor;
  return major === 0 && minor === 0 && patch === lowPatch;
}

export { satisfies };
export default { satisfies };
