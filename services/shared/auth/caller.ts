import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { UnauthenticatedError } from '../errors';
import { USER_POOL_GROUPS } from './user-pool.definition';

export type Role = 'MEMBER' | 'THERAPIST';

/** Who is calling, taken only from claims the authorizer verified. */
export interface Caller {
  readonly sub: string;
  readonly groups: readonly string[];
  readonly role: Role;
  readonly isAdmin: boolean;
}

/**
 * API Gateway passes array claims as strings: `cognito:groups` arrives as
 * "[therapists admins]". Accept that and a real array.
 */
export function parseGroups(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  if (typeof claim !== 'string') return [];
  const inner = claim.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(/[\s,]+/).filter(Boolean);
}

/**
 * Checks what the authorizer cannot: the token is an access token of our app
 * client. The signature, issuer and expiry were verified before the handler.
 */
export function callerFromEvent(event: Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>, clientId: string): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  if (!claims) throw new UnauthenticatedError();
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw new UnauthenticatedError();
  if (claims.token_use !== 'access') throw new UnauthenticatedError();
  if (claims.client_id !== clientId) throw new UnauthenticatedError();
  const groups = parseGroups(claims['cognito:groups']);
  return {
    sub,
    groups,
    role: groups.includes(USER_POOL_GROUPS.therapists) ? 'THERAPIST' : 'MEMBER',
    isAdmin: groups.includes(USER_POOL_GROUPS.admins),
  };
}
