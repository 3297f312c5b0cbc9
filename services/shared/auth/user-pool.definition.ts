/**
 * The user pool, declared once: infra/ builds the Cognito pool from it and the
 * local stack creates cognito-local's pool from it.
 */
export const USER_POOL_GROUPS = {
  therapists: 'therapists',
  admins: 'admins',
} as const;

export type UserPoolGroup = (typeof USER_POOL_GROUPS)[keyof typeof USER_POOL_GROUPS];

export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  tempPasswordValidityDays: 3,
} as const;

/** Short-lived access tokens; refresh tokens carry the session. */
export const TOKEN_VALIDITY = {
  accessTokenMinutes: 15,
  idTokenMinutes: 15,
  refreshTokenDays: 30,
} as const;

export const APP_CLIENT_NAME = 'lacrima-app';
export const LOCAL_USER_POOL_NAME = 'lacrima-local';

/** The one place the pool's groups are described, for both CDK and cognito-local. */
export const GROUP_DESCRIPTIONS: Record<UserPoolGroup, string> = {
  therapists: 'Licensed therapists, added by an operator after verifying a licence',
  admins: 'Lacrima operators',
};
