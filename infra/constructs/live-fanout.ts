import * as path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { REPO_ROOT } from './bundling';
import { ProjectFunction, type FunctionDefaults } from './project-function';
import type { EntityName } from '../../services/shared/db/catalogue/shapes';
import { LIVE_ENTITIES } from '../../services/live/stream-events';

export const STREAM_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'live', 'stream.handler.ts');

/** The item types whose changes raise a live event, a notification or a reminder (re)schedule: the stream's other changes never invoke the function. */
export const LIVE_EVENT_ENTITIES: readonly EntityName[] = LIVE_ENTITIES;

/** How the stream is read: the template test holds the mapping to these. */
export const FANOUT_STREAM = {
  batchSize: 100,
  // Fewer invocations in a burst of posts for at most a second more latency when the circle is quiet.
  // No batching window: a quiet circle's event goes out at once (a window would add up to its length to every delivery).
  maxBatchingWindow: Duration.seconds(0),
  // A poison record is split out of its batch and retried alone, then given up on: the shard moves on.
  retryAttempts: 3,
  // A live event older than this is noise; what was not delivered by then is recorded in the failure queue.
  maxRecordAge: Duration.minutes(10),
  // One shard, one invocation at a time (order per item); shards of an on-demand table grow with its traffic.
  reservedConcurrency: 20,
} as const;

export interface LiveFanoutProps {
  readonly functionDefaults: FunctionDefaults;
  readonly table: ITableV2;
}

/**
 * The table's change stream to live subscribers and notification channels:
 * one function (services/live/stream.handler.ts) reporting partial batch
 * failures, a filter so only event-raising items invoke it, and an encrypted
 * queue recording what could not be processed (the records' shard and
 * sequence numbers, never their contents).
 */
export class LiveFanout extends Construct {
  public readonly handler: ProjectFunction;
  public readonly failures: Queue;

  constructor(scope: Construct, id: string, props: LiveFanoutProps) {
    super(scope, id);

    this.handler = new ProjectFunction(this, 'Function', {
      ...props.functionDefaults,
      entry: STREAM_HANDLER_ENTRY,
      description: 'Lacrima live fan-out: table changes to subscribers, push and email',
      // A 30-member circle's posts plus push and email calls, with room for their retries.
      timeout: Duration.seconds(60),
      reservedConcurrency: FANOUT_STREAM.reservedConcurrency,
    });
    this.handler.useTable(props.table);
    Validations.of(this.handler.function).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        'A stream source invokes the function synchronously, so a function dead-letter queue would stay empty; failed records go to the event source mapping on-failure destination instead (the failures queue, alarmed).',
    });

    this.failures = new Queue(this, 'Failures', {
      // What the mapping sends is batch metadata (shard id, sequence numbers, error), never the items themselves.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the on-failure destination of the stream mapping; nothing consumes it automatically, an operator reads it when its alarm fires, so a dead-letter queue behind it would never receive anything.',
    });

    const entities = FilterRule.or(...LIVE_EVENT_ENTITIES);
    this.handler.function.addEventSource(
      new DynamoEventSource(props.table, {
        // Only what happens from now on: a new deployment does not replay a day of history to members.
        startingPosition: StartingPosition.LATEST,
        batchSize: FANOUT_STREAM.batchSize,
        maxBatchingWindow: FANOUT_STREAM.maxBatchingWindow,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: FANOUT_STREAM.retryAttempts,
        maxRecordAge: FANOUT_STREAM.maxRecordAge,
        onFailure: new SqsDlq(this.failures),
        // Either image: an insert or update has the new one, a removal (a member left) only the old one.
        filters: [
          FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: entities } } } }),
          FilterCriteria.filter({ dynamodb: { OldImage: { entity: { S: entities } } } }),
        ],
      }),
    );
  }
}
