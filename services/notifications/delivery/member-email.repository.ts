import { AdminGetUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/** Where a member's email address comes from: the user pool, never a copy in the table. */
export interface MemberEmailDirectory {
  /** The verified address, or undefined when there is none (or the account is gone). */
  emailOf(sub: string): Promise<string | undefined>;
}

export class CognitoMemberEmails implements MemberEmailDirectory {
  constructor(
    private readonly identity: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async emailOf(sub: string): Promise<string | undefined> {
    try {
      // With email sign-in the pool's username is the sub.
      const user = await this.identity.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: sub }));
      const attribute = (name: string) => user.UserAttributes?.find((a) => a.Name === name)?.Value;
      return attribute('email') && attribute('email_verified') === 'true' ? attribute('email') : undefined;
    } catch (error) {
      if (error instanceof Error && error.name === 'UserNotFoundException') return undefined;
      throw error;
    }
  }
}
