import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  StandardThreatProtectionMode,
  Mfa,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  APP_CLIENT_NAME,
  GROUP_DESCRIPTIONS,
  PASSWORD_POLICY,
  TOKEN_VALIDITY,
  USER_POOL_GROUPS,
  type UserPoolGroup as GroupName,
} from '../../services/shared/auth/user-pool.definition';

export interface AuthProps {
  /** Accounts are members' data: keep the pool unless a throwaway environment says otherwise. */
  readonly removalPolicy?: RemovalPolicy;
  readonly deletionProtection?: boolean;
}

/** The Cognito user pool, its groups and the one app client, built from the shared declaration. */
export class Auth extends Construct {
  public readonly userPool: UserPool;
  public readonly userPoolClient: UserPoolClient;
  public readonly groups: Readonly<Record<GroupName, UserPoolGroup>>;

  constructor(scope: Construct, id: string, props: AuthProps = {}) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      // A changed email only replaces the old one once it is verified.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireDigits: PASSWORD_POLICY.requireDigits,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
        tempPasswordValidity: Duration.days(PASSWORD_POLICY.tempPasswordValidityDays),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      // Threat protection (Plus): compromised-credential checks and adaptive blocking of risky sign-ins and sign-ups.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason: 'MFA is optional by product decision: TOTP is offered to every member, but requiring it would lock out members without an authenticator app.',
    });

    this.userPoolClient = this.userPool.addClient('AppClient', {
      userPoolClientName: APP_CLIENT_NAME,
      // A native/SPA client cannot keep a secret.
      generateSecret: false,
      // SRP only: the password never leaves the device. The local pool (services/local/provision.ts) also allows
      // USER_PASSWORD_AUTH for the developer tools (npm run token); the cloud client does not.
      authFlows: { userSrp: true },
      // No hosted UI: without this CDK enables OAuth flows with an example.com callback.
      disableOAuth: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: Duration.minutes(TOKEN_VALIDITY.accessTokenMinutes),
      idTokenValidity: Duration.minutes(TOKEN_VALIDITY.idTokenMinutes),
      refreshTokenValidity: Duration.days(TOKEN_VALIDITY.refreshTokenDays),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });

    const groups = {} as Record<GroupName, UserPoolGroup>;
    for (const groupName of Object.values(USER_POOL_GROUPS)) {
      groups[groupName] = new UserPoolGroup(this, `Group-${groupName}`, {
        userPool: this.userPool,
        groupName,
        description: GROUP_DESCRIPTIONS[groupName],
      });
    }
    this.groups = groups;
  }
}
