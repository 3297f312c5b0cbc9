import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  Stats,
  TextWidget,
  TreatMissingData,
  type IMetric,
  type IWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { ERROR_CODES, type ErrorCode } from '../../services/shared/error-codes';
import { watchWorkers, type StreamConsumer, type WatchedFunction, type WatchedQueue } from './observability.workers';
import { METRIC, METRIC_NAMESPACE, OPERATION_FAMILIES, SERVICE_DIMENSION, type OperationFamily } from '../../services/shared/metrics.definition';

/**
 * p99 latency (ms) per operation family above which members wait noticeably.
 * Warm requests take a few DynamoDB round trips (tens of ms); 1.5 s leaves
 * room for a cold start (about 1 s) in the slowest percent and still catches
 * throttling retries or a slow dependency long before the 10 s timeout.
 * Account calls (export, deletion) walk the member's partition in chunks and
 * call Cognito: twice that.
 */
export const LATENCY_P99_MS: Readonly<Record<OperationFamily, number>> = {
  read: 1_500,
  write: 1_500,
  therapist: 1_500,
  circle: 1_500,
  account: 3_000,
};

/** SERVICE_UNAVAILABLE answers, in percent of requests, that page someone. */
export const UNAVAILABLE_RATE_PERCENT = 5;
/** Requests per period below which the rate is not judged: 1 failure in 10 requests is noise, not an outage. */
export const UNAVAILABLE_MIN_REQUESTS = 20;
/** ConcurrentExecutions at this share of the reservation: the next burst gets throttled. */
export const CONCURRENCY_WARNING_SHARE = 0.8;

/**
 * The DynamoDB calls the repositories make (ConditionCheckItem only inside
 * TransactWriteItems), each a value of ThrottledRequests' Operation dimension.
 */
export const TABLE_OPERATIONS = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems'] as const;

/** Dashboard rows are 24 units wide: three 8-wide graphs a row. */
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export interface ObservabilityProps {
  readonly function: IFunction;
  /** The function's reserved concurrency, which the concurrency alarm measures against. */
  readonly reservedConcurrency: number;
  readonly httpApi: IHttpApi;
  readonly table: ITableV2;
  /** Customer managed key of the alarm topic; its policy must let CloudWatch use it. */
  readonly topicEncryptionKey: IKey;
  /** An SNS email subscription each (stage config). */
  readonly alarmEmails: readonly string[];
  /** Evaluation window of every alarm. */
  readonly period?: Duration;
  /** Live updates and delivery (observability.workers.ts). */
  readonly workers?: readonly WatchedFunction[];
  readonly failureQueues?: readonly WatchedQueue[];
  readonly streamConsumer?: StreamConsumer;
}

/**
 * Alarms on what a member would notice, and one dashboard of the same
 * metrics. The function's own metrics (services/shared/metrics.definition.ts)
 * see GraphQL failures, which are HTTP 200: unexpected errors, the store
 * being unavailable, slow operations. AWS metrics see the rest: the function
 * failing or being throttled, the API answering 5xx, the table throttling.
 * Every alarm notifies `alarmTopic` when it fires and when it clears.
 * Why plain aws-cloudwatch: docs/design/observability.md.
 */
export class Observability extends Construct {
  public readonly functionErrorsAlarm: Alarm;
  public readonly functionThrottlesAlarm: Alarm;
  public readonly functionConcurrencyAlarm: Alarm;
  public readonly api5xxAlarm: Alarm;
  public readonly internalErrorsAlarm: Alarm;
  public readonly unavailableRateAlarm: Alarm;
  public readonly latencyAlarms: Readonly<Record<OperationFamily, Alarm>>;
  public readonly tableThrottlesAlarm: Alarm;
  /** Per worker function and failure queue, and the stream's iterator age (docs/design/live-cloud.md). */
  public readonly liveAlarms: readonly Alarm[];
  public readonly alarms: readonly Alarm[];
  public readonly alarmTopic: Topic;
  public readonly dashboard: Dashboard;

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
    for (const email of props.alarmEmails) this.alarmTopic.addSubscription(new EmailSubscription(email));

    // The function's own metrics (embedded metric format): dimensions exactly as it writes them.
    const own = (metricName: string, dimensions: Record<string, string>, statistic: string): Metric =>
      new Metric({ namespace: METRIC_NAMESPACE, metricName, dimensionsMap: { ...SERVICE_DIMENSION, ...dimensions }, statistic, period });
    const requests = own(METRIC.requests, {}, Stats.SUM);
    const errors = (code: ErrorCode): Metric => own(METRIC.errors, { code }, Stats.SUM);
    const latency = (family: OperationFamily, statistic: string): Metric => own(METRIC.latency, { family }, statistic);

    const fn = props.function;
    const concurrency = fn.metric('ConcurrentExecutions', { statistic: Stats.MAXIMUM, period });
    const tableThrottles = new MathExpression({
      // One series per operation: a throttled request counts once, whether the table or an index throttled it.
      expression: TABLE_OPERATIONS.map((_, i) => `FILL(op${i}, 0)`).join(' + '),
      usingMetrics: Object.fromEntries(
        TABLE_OPERATIONS.map((operation, i) => [
          `op${i}`,
          props.table.metric('ThrottledRequests', { dimensionsMap: { TableName: props.table.tableName, Operation: operation }, statistic: Stats.SUM, period }),
        ]),
      ),
      label: 'Throttled requests (all operations)',
      period,
    });

    this.functionErrorsAlarm = this.alarm('FunctionErrors', fn.metricErrors({ period }), 1, 'The GraphQL function threw or timed out');
    this.functionThrottlesAlarm = this.alarm(
      'FunctionThrottles',
      fn.metricThrottles({ period }),
      1,
      'The GraphQL function was throttled (concurrency limit reached)',
    );
    const concurrencyLimit = Math.ceil(props.reservedConcurrency * CONCURRENCY_WARNING_SHARE);
    this.functionConcurrencyAlarm = this.alarm(
      'FunctionConcurrency',
      concurrency,
      concurrencyLimit,
      `The GraphQL function ran ${concurrencyLimit} or more instances at once, ${CONCURRENCY_WARNING_SHARE * 100}% of its reserved ${props.reservedConcurrency}: requests are slowing down or traffic grew; throttles come next`,
    );
    this.api5xxAlarm = this.alarm('Api5xx', props.httpApi.metricServerError({ period }), 1, 'The HTTP API answered 5xx');
    this.internalErrorsAlarm = this.alarm(
      'InternalErrors',
      errors('INTERNAL_SERVER_ERROR'),
      1,
      'A request ended in an unexpected (masked) error: a bug. The function log has the details under the request id.',
    );
    this.unavailableRateAlarm = this.alarm(
      'UnavailableRate',
      new MathExpression({
        expression: `IF(requests >= ${UNAVAILABLE_MIN_REQUESTS}, 100 * FILL(unavailable, 0) / requests, 0)`,
        usingMetrics: { requests, unavailable: errors('SERVICE_UNAVAILABLE') },
        label: 'SERVICE_UNAVAILABLE (% of requests)',
        period,
      }),
      UNAVAILABLE_RATE_PERCENT,
      `More than ${UNAVAILABLE_RATE_PERCENT}% of requests (of at least ${UNAVAILABLE_MIN_REQUESTS}) answered SERVICE_UNAVAILABLE: DynamoDB is throttling or slow`,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    const latencyAlarms = {} as Record<OperationFamily, Alarm>;
    for (const family of OPERATION_FAMILIES) {
      latencyAlarms[family] = this.alarm(
        `Latency-${family}`,
        latency(family, Stats.p(99)),
        LATENCY_P99_MS[family],
        `p99 latency of ${family} operations above ${LATENCY_P99_MS[family]} ms in 2 of the last 3 periods`,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        // One slow window (a burst of cold starts after a deploy) is not a trend.
        { evaluationPeriods: 3, datapointsToAlarm: 2 },
      );
    }
    this.latencyAlarms = latencyAlarms;
    this.tableThrottlesAlarm = this.alarm(
      'TableThrottles',
      tableThrottles,
      1,
      'DynamoDB throttled requests to the table or an index (on demand: a hot partition or a sudden peak)',
    );
    this.alarms = [
      this.internalErrorsAlarm,
      this.unavailableRateAlarm,
      ...Object.values(this.latencyAlarms),
      this.functionErrorsAlarm,
      this.functionThrottlesAlarm,
      this.functionConcurrencyAlarm,
      this.api5xxAlarm,
      this.tableThrottlesAlarm,
    ];
    const live = watchWorkers(props, period, (...args) => this.alarm(...args));
    this.liveAlarms = live.alarms;
    this.alarms = [...this.alarms, ...this.liveAlarms];

    const graph = (title: string, left: IMetric[], extra: Partial<ConstructorParameters<typeof GraphWidget>[0]> = {}): GraphWidget =>
      new GraphWidget({ title, left, width: 8, height: 6, ...extra });
    const rows: IWidget[][] = [
      [
        new TextWidget({
          markdown: `# Lacrima GraphQL (${Stack.of(this).stackName})\nAlarms, then requests, errors and latency as the function reports them, then the AWS services under it.`,
          width: 24,
          height: 2,
        }),
      ],
      [new AlarmStatusWidget({ title: 'Alarms', alarms: [...this.alarms], width: 24, height: 3 })],
      [
        graph('Requests', [requests]),
        graph(
          'Errors by code',
          (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => errors(code).with({ label: code })),
          { stacked: true },
        ),
        graph('Cold starts', [own(METRIC.coldStart, {}, Stats.SUM)]),
      ],
      ...chunks(
        OPERATION_FAMILIES.map((family) =>
          graph(`Latency ${family} (ms)`, [latency(family, Stats.p(50)).with({ label: 'p50' }), latency(family, Stats.p(99)).with({ label: 'p99' })], {
            leftAnnotations: [{ value: LATENCY_P99_MS[family], label: 'p99 alarm' }],
          }),
        ),
        3,
      ),
      [
        graph('Function duration (ms)', [fn.metricDuration({ statistic: Stats.p(50), period }), fn.metricDuration({ statistic: Stats.p(99), period })]),
        graph('Function concurrency', [concurrency], {
          leftAnnotations: [
            { value: concurrencyLimit, label: 'alarm' },
            { value: props.reservedConcurrency, label: 'reserved' },
          ],
        }),
        graph('Function errors and throttles', [fn.metricErrors({ period }), fn.metricThrottles({ period })]),
      ],
      [
        graph('DynamoDB consumed capacity', [
          props.table.metricConsumedReadCapacityUnits({ period }),
          props.table.metricConsumedWriteCapacityUnits({ period }),
        ]),
        graph('DynamoDB throttles', [
          tableThrottles,
          props.table.metric('ReadThrottleEvents', { statistic: Stats.SUM, period }),
          props.table.metric('WriteThrottleEvents', { statistic: Stats.SUM, period }),
        ]),
        graph('API 4xx and 5xx', [props.httpApi.metricClientError({ period }), props.httpApi.metricServerError({ period })], {
          right: [props.httpApi.metricCount({ period })],
        }),
      ],
      ...chunks(live.widgets(graph), 3),
    ];
    // No dashboardName: CloudFormation names it, so stages in one account do not collide.
    this.dashboard = new Dashboard(this, 'Dashboard', { widgets: rows, defaultInterval: Duration.hours(6) });
  }

  private alarm(
    id: string,
    metric: IMetric,
    threshold: number,
    description: string,
    comparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    evaluation: { evaluationPeriods: number; datapointsToAlarm?: number } = { evaluationPeriods: 1 },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold,
      ...evaluation,
      comparisonOperator,
      // No traffic is not an outage.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const notify = new SnsAction(this.alarmTopic);
    alarm.addAlarmAction(notify);
    alarm.addOkAction(notify);
    return alarm;
  }
}
