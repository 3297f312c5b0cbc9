import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface ObservabilityProps {
  readonly function: IFunction;
  readonly httpApi: IHttpApi;
  /** Customer managed key of the alarm topic; its policy must let CloudWatch use it. */
  readonly topicEncryptionKey: IKey;
  /** Evaluation window of every alarm. */
  readonly period?: Duration;
}

/**
 * Alarms on what a member would notice: the function failing or being
 * throttled, and the API answering 5xx. GraphQL errors are HTTP 200, so a 5xx
 * means the handler crashed, timed out or was throttled. Every alarm notifies
 * `alarmTopic` when it fires and when it clears; whoever is on call subscribes
 * to the topic (email, chat) outside the stack.
 */
export class Observability extends Construct {
  public readonly functionErrorsAlarm: Alarm;
  public readonly functionThrottlesAlarm: Alarm;
  public readonly api5xxAlarm: Alarm;
  public readonly alarms: readonly Alarm[];
  public readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);
    const { account, partition, region } = Stack.of(this);

    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      masterKey: props.topicEncryptionKey,
      enforceSSL: true,
    });
    // The topic policy replaces SNS's default one, so CloudWatch needs an explicit grant: alarms of this account only.
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: {
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
          StringEquals: { 'aws:SourceAccount': account },
        },
      }),
    );

    this.functionErrorsAlarm = this.atLeastOnce('FunctionErrors', props.function.metricErrors({ period }), 'The GraphQL function threw or timed out');
    this.functionThrottlesAlarm = this.atLeastOnce(
      'FunctionThrottles',
      props.function.metricThrottles({ period }),
      'The GraphQL function was throttled (concurrency limit reached)',
    );
    this.api5xxAlarm = this.atLeastOnce('Api5xx', props.httpApi.metricServerError({ period }), 'The HTTP API answered 5xx');
    this.alarms = [this.functionErrorsAlarm, this.functionThrottlesAlarm, this.api5xxAlarm];
  }

  private atLeastOnce(id: string, metric: IMetric, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not an outage.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const notify = new SnsAction(this.alarmTopic);
    alarm.addAlarmAction(notify);
    alarm.addOkAction(notify);
    return alarm;
  }
}
