import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  InitiateAuthCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { type UserPoolGroup } from '../shared/auth/user-pool.definition';
import { LocalStackError } from './errors';

export interface UserPoolRef {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

export interface AuthTokens {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken: string;
}

export interface ConfirmedUser {
  readonly email: string;
  readonly sub: string;
  /** True when this call signed the user up; false when the account already existed. */
  readonly created: boolean;
}

/**
 * Signs a user up through the public SignUp API (as the app does), confirms
 * them as an operator would, marks the email verified and adds the groups.
 * Idempotent: an existing account is confirmed and grouped, not recreated.
 */
export async function ensureConfirmedUser(
  client: CognitoIdentityProviderClient,
  pool: UserPoolRef,
  user: { email: string; password: string; name?: string; groups?: readonly UserPoolGroup[] },
): Promise<ConfirmedUser> {
  let created = true;
  try {
    await client.send(
      new SignUpCommand({
        ClientId: pool.userPoolClientId,
        Username: user.email,
        Password: user.password,
        UserAttributes: [{ Name: 'email', Value: user.email }, ...(user.name ? [{ Name: 'name', Value: user.name }] : [])],
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'UsernameExistsException')) throw error;
    created = false;
  }
  const existing = await confirmUser(client, pool, user.email);
  for (const group of user.groups ?? []) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: pool.userPoolId, Username: user.email, GroupName: group }));
  }
  const sub = existing.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
  if (!sub) throw new Error(`cognito-local returned no sub for ${user.email}`);
  return { email: user.email, sub, created };
}

/**
 * Confirms a signed-up account and marks its email verified, as the cloud
 * pool's emailed code would (the local pool sends no email). Answers the user.
 */
export async function confirmUser(client: CognitoIdentityProviderClient, pool: UserPoolRef, email: string) {
  const existing = await client.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }));
  if (existing.UserStatus === 'UNCONFIRMED') {
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: pool.userPoolId, Username: email }));
  }
  const verified = existing.UserAttributes?.some((a) => a.Name === 'email_verified' && a.Value === 'true');
  if (!verified) {
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool.userPoolId,
        Username: email,
        // cognito-local only accepts email_verified next to the email itself.
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  }
  return existing;
}

/** USER_PASSWORD_AUTH sign-in; wrong credentials become a one-line LocalStackError. */
export async function signIn(client: CognitoIdentityProviderClient, userPoolClientId: string, email: string, password: string): Promise<AuthTokens> {
  try {
    const { AuthenticationResult: result } = await client.send(
      new InitiateAuthCommand({
        ClientId: userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    if (!result?.AccessToken || !result.IdToken || !result.RefreshToken) {
      throw new LocalStackError(`Sign-in for ${email} asked for a challenge instead of returning tokens`);
    }
    return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken };
  } catch (error) {
    if (error instanceof Error && /NotAuthorized|InvalidPassword|UserNotFound|UserNotConfirmed/.test(error.name)) {
      throw new LocalStackError(`Sign-in failed for ${email}: wrong email or password, or account not confirmed`, {
        cause: error,
      });
    }
    throw error;
  }
}
