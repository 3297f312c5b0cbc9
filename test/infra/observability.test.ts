import type { Template } from 'aws-cdk-lib/assertions';
import type { Alarm, CfnAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import {
  CONCURRENCY_WARNING_SHARE,
  LATENCY_P99_MS,
  TABLE_OPERATIONS,
  UNAVAILABLE_MIN_REQUESTS,
  UNAVAILABLE_RATE_PERCENT,
  type Observability,
} from '../../infra/constructs/observability';
import type { LacrimaStack } from '../../infra/stacks/lacrima-stack';
import { stageConfig } from '../../infra/stages';
import { ERROR_CODES } from '../../services/shared/error-codes';
import { METRIC, METRIC_NAMESPACE, OPERATION_FAMILIES, SERVICE_DIMENSION } from '../../services/shared/metrics.definition';
import { buildLacrimaStack, newFastApp } from './lacrima-app';

type Props = Record<string, unknown>;
type Resource = { Type: string; Properties: Props };
type Dimension = { Name: string; Value: unknown };
type MetricStat = { Metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] }; Stat: string; Period: number };
type MetricQuery = { Id: string; Expression?: string; MetricStat?: MetricStat; ReturnData?: boolean };

const dims = (dimensions: Dimension[] | undefined): Record<string, unknown> => Object.fromEntries((dimensions ?? []).map((d) => [d.Name, d.Value]));

describe('observability', () => {
  let stack: LacrimaStack;
  let template: Template;
  let observability: Observability;
  let alarms: Record<string, Props>;
  let topicId: string;
  let functionId: string;
  let tableId: string;

  /** The alarm resource's properties, by the construct's id. */
  const alarm = (id: string): Props => {
    const found = alarms[id];
    if (!found) throw new Error(`no alarm ${id}`);
    return found;
  };
  const queries = (id: string): MetricQuery[] => alarm(id).Metrics as MetricQuery[];

  beforeAll(() => {
    ({ stack, template } = buildLacrimaStack(newFastApp(), stageConfig('test', { alarmEmails: 'oncall@example.org, ops@example.org' })));
    observability = stack.node.findChild('Observability') as Observability;
    alarms = Object.fromEntries(
      (observability.node.children.filter((c) => (c as Alarm).alarmArn !== undefined) as Alarm[]).map((a) => {
        const logicalId = stack.getLogicalId(a.node.defaultChild as CfnAlarm);
        return [a.node.id, (template.toJSON().Resources[logicalId] as Resource).Properties];
      }),
    );
    const only = (type: string, prefix = ''): string => {
      const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
      expect(ids).toHaveLength(1);
      return ids[0]!;
    };
    topicId = only('AWS::SNS::Topic');
    functionId = only('AWS::Lambda::Function', 'GraphqlFunction');
    tableId = only('AWS::DynamoDB::GlobalTable');
  });

  it('has exactly these alarms, each notifying the alarm topic when it fires and when it clears', () => {
    expect(Object.keys(alarms).sort()).toEqual(
      [
        'Api5xx',
        'FunctionConcurrency',
        'FunctionErrors',
        'FunctionThrottles',
        'InternalErrors',
        'TableThrottles',
        'UnavailableRate',
        ...OPERATION_FAMILIES.map((family) => `Latency-${family}`),
        // Live updates and delivery (test/infra/live.test.ts).
        ...['Live', 'Fanout', 'Sweep'].flatMap((worker) => [`${worker}Errors`, `${worker}Throttles`, `${worker}Duration`]),
        'FanoutFailures',
        'SweepFailures',
        'StreamIteratorAge',
      ].sort(),
    );
    template.resourceCountIs('AWS::CloudWatch::Alarm', Object.keys(alarms).length);
    for (const props of Object.values(alarms)) {
      expect(props).toMatchObject({ AlarmActions: [{ Ref: topicId }], OKActions: [{ Ref: topicId }], TreatMissingData: 'notBreaching' });
      expect(props.ActionsEnabled).not.toBe(false);
      expect(props.AlarmDescription).toEqual(expect.any(String));
    }
  });

  it('fires on any unexpected (INTERNAL_SERVER_ERROR) answer', () => {
    expect(alarm('InternalErrors')).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      MetricName: METRIC.errors,
      Dimensions: expect.arrayContaining([
        { Name: 'service', Value: SERVICE_DIMENSION.service },
        { Name: 'code', Value: 'INTERNAL_SERVER_ERROR' },
      ]),
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(alarm('InternalErrors').Dimensions).toHaveLength(2);
  });

  it('fires when more than 5% of at least 20 requests in 5 minutes answer SERVICE_UNAVAILABLE', () => {
    expect([UNAVAILABLE_RATE_PERCENT, UNAVAILABLE_MIN_REQUESTS]).toEqual([5, 20]);
    expect(alarm('UnavailableRate')).toMatchObject({ Threshold: 5, EvaluationPeriods: 1, ComparisonOperator: 'GreaterThanThreshold' });
    const metrics = queries('UnavailableRate');
    const expression = metrics.find((q) => q.Expression)!;
    expect(expression.Expression).toBe('IF(requests >= 20, 100 * FILL(unavailable, 0) / requests, 0)');
    const requests = metrics.find((q) => q.Id === 'requests')!.MetricStat!;
    const unavailable = metrics.find((q) => q.Id === 'unavailable')!.MetricStat!;
    expect(requests).toMatchObject({ Metric: { Namespace: METRIC_NAMESPACE, MetricName: METRIC.requests }, Stat: 'Sum', Period: 300 });
    expect(dims(requests.Metric.Dimensions)).toEqual(SERVICE_DIMENSION);
    expect(unavailable).toMatchObject({ Metric: { Namespace: METRIC_NAMESPACE, MetricName: METRIC.errors }, Stat: 'Sum', Period: 300 });
    expect(dims(unavailable.Metric.Dimensions)).toEqual({ ...SERVICE_DIMENSION, code: 'SERVICE_UNAVAILABLE' });
  });

  it.each(OPERATION_FAMILIES.map((family) => [family]))('fires when p99 latency of %s operations stays above its threshold', (family) => {
    expect(alarm(`Latency-${family}`)).toMatchObject({
      Namespace: METRIC_NAMESPACE,
      MetricName: METRIC.latency,
      ExtendedStatistic: 'p99',
      Period: 300,
      Threshold: LATENCY_P99_MS[family],
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(dims(alarm(`Latency-${family}`).Dimensions as Dimension[])).toEqual({ ...SERVICE_DIMENSION, family });
  });

  it('allows account operations twice the latency of the others', () => {
    expect(LATENCY_P99_MS).toEqual({ read: 1_500, write: 1_500, therapist: 1_500, circle: 1_500, account: 3_000 });
  });

  it.each([
    ['FunctionErrors', 'Errors'],
    ['FunctionThrottles', 'Throttles'],
  ])('%s fires on one %s of the GraphQL function', (id, metricName) => {
    expect(alarm(id)).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: metricName,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fires when the function runs 80% of its reserved concurrency', () => {
    const reserved = stageConfig('test').apiThrottle.burstLimit;
    expect(alarm('FunctionConcurrency')).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'ConcurrentExecutions',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
      Statistic: 'Maximum',
      Threshold: Math.ceil(reserved * CONCURRENCY_WARNING_SHARE),
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(alarm('FunctionConcurrency').Threshold).toBe(80);
  });

  it('follows a smaller reservation on another stage', () => {
    const { stack: dev } = buildLacrimaStack(newFastApp(), stageConfig('dev'));
    const devObservability = dev.node.findChild('Observability') as Observability;
    const cfn = devObservability.functionConcurrencyAlarm.node.defaultChild as CfnAlarm;
    expect(cfn.threshold).toBe(Math.ceil(stageConfig('dev').apiThrottle.burstLimit * CONCURRENCY_WARNING_SHARE));
  });

  it('fires on one API 5xx', () => {
    expect(alarm('Api5xx')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Statistic: 'Sum', Threshold: 1 });
  });

  it('fires on one throttled DynamoDB request of any operation the code sends', () => {
    expect(alarm('TableThrottles')).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const metrics = queries('TableThrottles');
    expect(metrics.find((q) => q.Expression)!.Expression).toBe(TABLE_OPERATIONS.map((_, i) => `FILL(op${i}, 0)`).join(' + '));
    const operations = metrics
      .filter((q) => q.MetricStat)
      .map((q) => {
        expect(q.MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/DynamoDB', MetricName: 'ThrottledRequests' }, Stat: 'Sum' });
        const d = dims(q.MetricStat!.Metric.Dimensions);
        expect(d.TableName).toEqual({ Ref: tableId });
        return d.Operation;
      });
    expect(operations.sort()).toEqual([...TABLE_OPERATIONS].sort());
    expect(operations).toEqual(expect.arrayContaining(['Query', 'TransactWriteItems', 'PutItem', 'BatchGetItem']));
  });

  it("subscribes each of the stage's alarm emails to the topic, and nobody else", () => {
    const subscriptions = Object.values(template.findResources('AWS::SNS::Subscription') as Record<string, Resource>).map((s) => s.Properties);
    expect(subscriptions).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: 'oncall@example.org', TopicArn: { Ref: topicId } }),
      expect.objectContaining({ Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: { Ref: topicId } }),
    ]);
  });

  it('subscribes nobody on a stage without alarm emails', () => {
    const { template: none } = buildLacrimaStack(newFastApp(), stageConfig('test'));
    none.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  describe('dashboard', () => {
    let body: { widgets: Array<{ type: string; properties: { title?: string; metrics?: unknown[][]; alarms?: unknown[] } }> };

    beforeAll(() => {
      const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard') as Record<string, Resource>);
      expect(dashboards).toHaveLength(1);
      expect(dashboards[0]!.Properties).not.toHaveProperty('DashboardName');
      // The body is a Fn::Join of JSON text and references; references become placeholders.
      const parts = (dashboards[0]!.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
      body = JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'REF')).join(''));
    });

    const titles = (): string[] => body.widgets.map((w) => w.properties.title ?? '');
    const widget = (title: string) => body.widgets.find((w) => w.properties.title === title)!;
    const metricNames = (title: string): unknown[] => (widget(title).properties.metrics ?? []).flatMap((m) => m.filter((x) => typeof x === 'string'));

    it('has a widget for each group', () => {
      expect(titles()).toEqual(
        expect.arrayContaining([
          'Alarms',
          'Requests',
          'Errors by code',
          'Cold starts',
          ...OPERATION_FAMILIES.map((family) => `Latency ${family} (ms)`),
          'Function duration (ms)',
          'Function concurrency',
          'Function errors and throttles',
          'DynamoDB consumed capacity',
          'DynamoDB throttles',
          'API 4xx and 5xx',
        ]),
      );
    });

    it('shows every alarm', () => {
      expect(widget('Alarms').properties.alarms).toHaveLength(Object.keys(alarms).length);
    });

    it('shows the function metrics by name, errors for every code, and p50 and p99 per family', () => {
      expect(metricNames('Requests')).toEqual(expect.arrayContaining([METRIC_NAMESPACE, METRIC.requests]));
      expect(metricNames('Cold starts')).toContain(METRIC.coldStart);
      for (const code of Object.keys(ERROR_CODES)) expect(metricNames('Errors by code')).toContain(code);
      for (const family of OPERATION_FAMILIES) {
        const stats = (widget(`Latency ${family} (ms)`).properties.metrics ?? []).map((m) => (m[m.length - 1] as { stat?: string }).stat);
        expect(stats).toEqual(['p50', 'p99']);
      }
    });

    it('shows the AWS metrics underneath', () => {
      expect(metricNames('Function concurrency')).toContain('ConcurrentExecutions');
      expect(metricNames('DynamoDB consumed capacity')).toEqual(expect.arrayContaining(['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits']));
      expect(metricNames('DynamoDB throttles')).toEqual(expect.arrayContaining(['ReadThrottleEvents', 'WriteThrottleEvents']));
      expect(metricNames('API 4xx and 5xx')).toEqual(expect.arrayContaining(['4xx', '5xx', 'Count']));
    });
  });
});
