import { AdminDeleteUserCommand, AdminUserGlobalSignOutCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { config } from '../config';
import { logger } from '../logger';

let identityProvider: CognitoIdentityProviderClient | undefined;

/** The module-scope Cognito client: cognito-local's endpoint when configured, the regional one otherwise. */
export function cognitoClient(): CognitoIdentityProviderClient {
  if (!identityProvider) {
    const { region, cognitoEndpoint } = config();
    identityProvider = new CognitoIdentityProviderClient({ region, ...(cognitoEndpoint ? { endpoint: cognitoEndpoint } : {}) });
  }
  return identityProvider;
}

function hasName(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

/** The user pool's members as sign-in identities: what the code does to them beyond verifying their tokens. */
export class CognitoUsers {
  constructor(
    private readonly identity: CognitoIdentityProviderClient,
    private readonly userPoolId: string | undefined,
  ) {}

  /** Signs the user out everywhere, then deletes them; a user already gone is fine. */
  async deleteUser(sub: string): Promise<void> {
    if (!this.userPoolId) throw new Error('USER_POOL_ID is not configured: cannot delete the Cognito user');
    // With email sign-in the pool's username is the sub.
    const user = { UserPoolId: this.userPoolId, Username: sub };
    try {
      await this.identity.send(new AdminUserGlobalSignOutCommand(user));
    } catch (error) {
      // Deleting the user revokes its refresh tokens anyway, so signing out is a courtesy:
      // a user already gone is fine, and cognito-local does not implement this call.
      if (hasName(error, 'Unsupported')) logger.warn('global sign-out not supported by this Cognito endpoint');
      else if (!hasName(error, 'UserNotFoundException')) throw error;
    }
    try {
      await this.identity.send(new AdminDeleteUserCommand(user));
    } catch (error) {
      if (!hasName(error, 'UserNotFoundException')) throw error;
    }
  }
}
