import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The customer managed KMS key of operational data: the log groups (access
 * logs carry the member's sub and IP; function logs may carry error context)
 * and the alarm topic. Customer managed because CloudWatch Logs cannot use an
 * AWS managed key, and CloudWatch alarms cannot publish to a topic under
 * aws/sns. Rotated yearly; retained unless the stage is throwaway, so
 * retained logs stay readable.
 */
export class TelemetryKey extends Construct {
  public readonly key: Key;

  constructor(scope: Construct, id: string, props: { removalPolicy?: RemovalPolicy } = {}) {
    super(scope, id);
    const { account, partition, region } = Stack.of(this);

    this.key = new Key(this, 'Key', {
      description: 'Lacrima: encrypts log groups, alarm notifications and deploy secrets',
      enableKeyRotation: true,
      // DESTROY schedules deletion after KMS's waiting period (30 days), with everything it encrypted gone too.
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    // As documented for CloudWatch Logs: only for log groups of this account and region.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsOfThisAccount',
        principals: [new ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*` },
        },
      }),
    );

    // As documented for alarms on encrypted topics; which alarms may publish is decided by the topic policy.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsToEncryptedTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
  }
}
