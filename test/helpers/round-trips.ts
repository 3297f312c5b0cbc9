/**
 * Round-trip depth: how many DynamoDB calls a request waits for one after
 * another (issue #19). In the cloud each call is a network round trip of
 * several milliseconds, so this, not the call count, is what a member waits
 * for. A call's depth is one more than the deepest call that had already
 * finished when it started: calls that overlap share a depth.
 */
export function trackRoundTrips() {
  let finishedDepth = 0;
  let deepest = 0;
  return {
    /** A call starts; returns its depth, to hand back to `end`. */
    begin(): number {
      const depth = finishedDepth + 1;
      deepest = Math.max(deepest, depth);
      return depth;
    },
    end(depth: number): void {
      finishedDepth = Math.max(finishedDepth, depth);
    },
    /** The deepest chain since the last reset (0: no call). */
    depth(): number {
      return deepest;
    },
    reset(): void {
      finishedDepth = 0;
      deepest = 0;
    },
  };
}
