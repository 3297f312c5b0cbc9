import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface ObservabilityProps {
  readonly function: IFunction;
  readonly httpApi: IHttpApi;
  /** Evaluation window of every alarm. */
  readonly period?: Duration;
}

/**
 * Alarms on what a member would notice: the function failing or being
 * throttled, and the API answering 5xx. GraphQL errors are HTTP 200, so a 5xx
 * means the handler crashed, timed out or was throttled. Actions (SNS, chat)
 * are attached by the caller through `alarms`.
 */
export class Observability extends Construct {
  public readonly functionErrorsAlarm: Alarm;
  public readonly functionThrottlesAlarm: Alarm;
  public readonly api5xxAlarm: Alarm;
  public readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);

    this.functionErrorsAlarm = this.atLeastOnce('FunctionErrors', props.function.metricErrors({ period }),
      'The GraphQL function threw or timed out');
    this.functionThrottlesAlarm = this.atLeastOnce('FunctionThrottles', props.function.metricThrottles({ period }),
      'The GraphQL function was throttled (concurrency limit reached)');
    this.api5xxAlarm = this.atLeastOnce('Api5xx', props.httpApi.metricServerError({ period }),
      'The HTTP API answered 5xx');
    this.alarms = [this.functionErrorsAlarm, this.functionThrottlesAlarm, this.api5xxAlarm];
  }

  private atLeastOnce(id: string, metric: IMetric, description: string): Alarm {
    return new Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not an outage.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
