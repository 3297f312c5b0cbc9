import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { REPO_ROOT } from './bundling';
import { ManagedPolicyRole } from './managed-policy-role';
import { ProjectFunction, type FunctionDefaults } from './project-function';

export const SWEEP_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'notifications', 'schedule', 'sweep.handler.ts');

/** How the sweep runs: the template test holds the schedule and function to these. */
export const SWEEP = {
  every: Duration.minutes(1),
  // Finishes before the next one starts, so two sweeps never overlap (each is idempotent anyway).
  timeout: Duration.seconds(50),
  // Handing the invocation to Lambda failed (throttled, service error): retried within the minute, then recorded.
  scheduleRetryAttempts: 2,
  scheduleMaxEventAge: Duration.minutes(1),
} as const;

export interface ReminderSweepProps {
  readonly functionDefaults: FunctionDefaults;
}

/**
 * Due reminders and weekly reflections leave through a sweep over the index
 * of due times (services/notifications/schedule), run by EventBridge
 * Scheduler every minute; why one recurring schedule and not one per
 * reminder: docs/design/live-cloud.md. A sweep that fails is not retried
 * by Lambda (the next minute's sweep picks up whatever is still due) but
 * recorded in the failures queue, which is alarmed.
 */
export class ReminderSweep extends Construct {
  public readonly handler: ProjectFunction;
  public readonly failures: Queue;
  public readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ReminderSweepProps) {
    super(scope, id);

    this.failures = new Queue(this, 'Failures', {
      // The scheduler's event (schedule ARN and time) and Lambda's error context: no member data.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.handler = new ProjectFunction(this, 'Function', {
      ...props.functionDefaults,
      entry: SWEEP_HANDLER_ENTRY,
      description: 'Lacrima reminder sweep: due reminders and weekly reflections to push and email',
      timeout: SWEEP.timeout,
      // One sweep at a time.
      reservedConcurrency: 1,
      deadLetterQueue: this.failures,
    });
    this.handler.function.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(2) });

    const { account } = Stack.of(this);
    const role = new ManagedPolicyRole(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': account } } }),
      description: `Invokes the reminder sweep (${this.node.path})`,
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Lacrima: sweep the due reminders every minute',
      schedule: ScheduleExpression.rate(SWEEP.every),
      target: new LambdaInvoke(this.handler.function, {
        role,
        deadLetterQueue: this.failures,
        retryAttempts: SWEEP.scheduleRetryAttempts,
        maxEventAge: SWEEP.scheduleMaxEventAge,
      }),
    });
    const functionId = Stack.of(this).getLogicalId(this.handler.function.node.defaultChild as CfnElement);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason:
        "Lambda's invoke grant names the function and its versions and aliases (ARN:*), all of them this one sweep function; the role can invoke nothing else.",
    });
  }
}
