import type { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, Stats, type Alarm, type GraphWidget, type IMetric, type IWidget, type Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';

/** A function besides the GraphQL one (live updates, fan-out, sweep), watched for errors, throttles and slowness. */
export interface WatchedFunction {
  /** Prefix of its alarms' ids (`<id>Errors`, `<id>Throttles`, `<id>Duration`). */
  readonly id: string;
  /** What an operator calls it, in descriptions and titles. */
  readonly label: string;
  readonly function: IFunction;
  /** p99 duration above which it is slow: well under its timeout, above its cold start. */
  readonly durationP99: Duration;
}

/** A queue that records what could not be delivered: one message is a failure someone should read. */
export interface WatchedQueue {
  /** Prefix of its alarm's id (`<id>Failures`). */
  readonly id: string;
  readonly label: string;
  readonly queue: IQueue;
}

/** A function fed by the table's stream: its iterator age is how far behind live events run. */
export interface StreamConsumer {
  readonly function: IFunction;
  readonly maxIteratorAge: Duration;
}

export interface WorkerWatchProps {
  readonly workers?: readonly WatchedFunction[];
  readonly failureQueues?: readonly WatchedQueue[];
  readonly streamConsumer?: StreamConsumer;
}

/** Observability's alarm maker: notifies the alarm topic when the alarm fires and when it clears. */
export type AlarmFactory = (
  id: string,
  metric: IMetric,
  threshold: number,
  description: string,
  comparisonOperator?: ComparisonOperator,
  evaluation?: { evaluationPeriods: number; datapointsToAlarm?: number },
) => Alarm;

type Graph = (title: string, left: IMetric[], extra?: Partial<ConstructorParameters<typeof GraphWidget>[0]>) => GraphWidget;

export interface WorkerWatch {
  readonly alarms: Alarm[];
  /** The dashboard's graphs of the same metrics, drawn with the dashboard's own graph maker. */
  readonly widgets: (graph: Graph) => IWidget[];
}

/**
 * Alarms and graphs of the functions besides the GraphQL one (live updates,
 * fan-out, sweep; docs/design/live-cloud.md): what fails there is not an
 * answer a member sees at once but a message or reminder that never comes.
 */
export function watchWorkers(props: WorkerWatchProps, period: Duration, alarm: AlarmFactory): WorkerWatch {
  const alarms: Alarm[] = [];
  const workers = props.workers ?? [];
  const queues = props.failureQueues ?? [];
  const visible = (queue: IQueue): Metric => queue.metricApproximateNumberOfMessagesVisible({ statistic: Stats.MAXIMUM, period });
  for (const worker of workers) {
    const fn = worker.function;
    alarms.push(alarm(`${worker.id}Errors`, fn.metricErrors({ period }), 1, `The ${worker.label} function threw or timed out`));
    alarms.push(alarm(`${worker.id}Throttles`, fn.metricThrottles({ period }), 1, `The ${worker.label} function was throttled (reserved concurrency reached)`));
    const limit = worker.durationP99.toMilliseconds();
    alarms.push(
      alarm(
        `${worker.id}Duration`,
        fn.metricDuration({ statistic: Stats.p(99), period }),
        limit,
        `p99 duration of the ${worker.label} function above ${limit} ms in 2 of the last 3 periods`,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        { evaluationPeriods: 3, datapointsToAlarm: 2 },
      ),
    );
  }
  for (const { id, label, queue } of queues) {
    alarms.push(alarm(`${id}Failures`, visible(queue), 1, `${label}: something was not delivered and is recorded in the queue; read it`));
  }
  const consumer = props.streamConsumer;
  const iteratorAge = consumer?.function.metric('IteratorAge', { statistic: Stats.MAXIMUM, period });
  if (consumer && iteratorAge) {
    const limit = consumer.maxIteratorAge.toMilliseconds();
    alarms.push(
      alarm(
        'StreamIteratorAge',
        iteratorAge,
        limit,
        `Live events run more than ${limit / 1000} s behind the table's changes (the fan-out is failing, throttled or slow)`,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
      ),
    );
  }
  return {
    alarms,
    widgets: (graph) => [
      ...workers.flatMap((worker) => [
        graph(`${worker.label}: errors and throttles`, [worker.function.metricErrors({ period }), worker.function.metricThrottles({ period })], {
          right: [worker.function.metricInvocations({ period })],
        }),
        graph(
          `${worker.label}: duration (ms)`,
          [worker.function.metricDuration({ statistic: Stats.p(50), period }), worker.function.metricDuration({ statistic: Stats.p(99), period })],
          { leftAnnotations: [{ value: worker.durationP99.toMilliseconds(), label: 'p99 alarm' }] },
        ),
      ]),
      ...(iteratorAge ? [graph('Stream iterator age (ms)', [iteratorAge])] : []),
      ...(queues.length > 0
        ? [
            graph(
              'Not delivered (failure queues)',
              queues.map(({ label, queue }) => visible(queue).with({ label })),
            ),
          ]
        : []),
    ],
  };
}
