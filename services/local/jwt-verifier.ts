import { JwtRsaVerifier } from 'aws-jwt-verify';
import { type Jwks } from 'aws-jwt-verify/jwk';
import { type JwtPayload } from 'aws-jwt-verify/jwt-model';

/** Verifies a bearer token as API Gateway's JWT authorizer would; rejects with an Error otherwise. */
export interface AccessTokenVerifier {
  verify(token: string): Promise<JwtPayload>;
}

export class TokenRejectedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TokenRejectedError';
  }
}

/**
 * aws-jwt-verify for cognito-local's pool. Its issuer is plain http, which
 * aws-jwt-verify will not download a JWKS from, so we fetch the JWKS ourselves
 * and hand it over; its `CognitoJwtVerifier` would also insist on the
 * `cognito-idp.<region>.amazonaws.com` issuer, hence the generic verifier plus
 * the two Cognito checks (token_use, client_id) done here.
 */
/**
 * cognito-local closes idle keep-alive sockets after 5 s; a pooled socket that
 * it closes just as fetch reuses it fails with "other side closed". Such a
 * failure happens before any answer, so a GET is simply tried again.
 */
async function fetchJwks(jwksUri: string, attempts = 3): Promise<Jwks> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(jwksUri, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`Could not fetch the JWKS from ${jwksUri}: HTTP ${response.status}`);
      return (await response.json()) as Jwks;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function createCognitoLocalVerifier(options: {
  cognitoEndpoint: string;
  userPoolId: string;
  userPoolClientId: string;
}): Promise<AccessTokenVerifier> {
  const issuer = `${options.cognitoEndpoint}/${options.userPoolId}`;
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const jwks = await fetchJwks(jwksUri);

  // audience null: access tokens carry client_id, not aud (which only id tokens have).
  const verifier = JwtRsaVerifier.create({ issuer, audience: null, jwksUri });
  verifier.cacheJwks(jwks);
  return {
    async verify(token) {
      // verifySync: the JWKS is cached, and an unknown kid must fail rather than trigger an http download.
      const payload = verifier.verifySync(token);
      if (payload.token_use !== 'access') throw new TokenRejectedError('not an access token');
      if (payload.client_id !== options.userPoolClientId) throw new TokenRejectedError('issued to another client');
      return payload;
    },
  };
}
