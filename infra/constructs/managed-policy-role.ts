import { type AddToPrincipalPolicyResult, ManagedPolicy, type PolicyStatement, Role, type RoleProps } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role whose grants land in one customer managed policy attached to it
 * instead of an inline DefaultPolicy (HIPAA.Security-IAMNoInlinePolicy, and the
 * AWS Config rule of the same name): the permissions are versioned, listable
 * and reviewable like any other managed policy. Still one policy per role.
 */
export class ManagedPolicyRole extends Role {
  public readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, props);
    this.policy = new ManagedPolicy(this, 'Policy', {
      description: `Permissions of ${this.node.path}`,
      roles: [this],
    });
  }

  public override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}
