import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The header CloudFront adds to every request it passes to the API
 * (infra/constructs/edge-distribution.ts). In the cloud the function answers
 * only requests that carry it, so no caller can go around the edge's
 * per-caller limits by calling the API Gateway address directly.
 */
export const ORIGIN_VERIFY_HEADER = 'x-lacrima-origin';

/** True when `presented` is the secret; compared in constant time, by digest so lengths do not leak either. */
export function isOriginSecret(presented: string | undefined, secret: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}
