import * as path from 'node:path';
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Auth } from '../constructs/auth';
import { REPO_ROOT } from '../constructs/bundling';
import { DataTable } from '../constructs/data-table';
import { DeploySecret } from '../constructs/deploy-secret';
import { Delivery } from '../constructs/delivery';
import { EdgeDistribution } from '../constructs/edge-distribution';
import { GRAPHQL_PATH, GraphqlApi } from '../constructs/graphql-api';
import { LiveApi } from '../constructs/live-api';
import { LiveFanout } from '../constructs/live-fanout';
import { Observability } from '../constructs/observability';
import { ProjectFunction, type FunctionDefaults } from '../constructs/project-function';
import { ReminderSweep } from '../constructs/reminder-sweep';
import { TelemetryKey } from '../constructs/telemetry-key';
import { isRetained, type StageConfig } from '../stages';

export const GRAPHQL_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'graphql', 'handler.ts');

export interface LacrimaStackProps extends StackProps {
  /** Deployment name (e.g. prod); names the stack, never changes runtime behaviour. */
  readonly stage: string;
  /** The stage's settings (infra/stages.ts); its region is the stack's. */
  readonly config: StageConfig;
  /** The stage's edge firewall (infra/stacks/edge-stack.ts), in us-east-1. */
  readonly webAclArn: string;
}

/** Wiring only: each concern lives in its construct. */
export class LacrimaStack extends Stack {
  constructor(scope: Construct, id: string, props: LacrimaStackProps) {
    super(scope, id, {
      ...props,
      env: { ...props.env, account: props.config.account ?? props.env?.account, region: props.config.region },
      crossRegionReferences: true,
      // A retained stage cannot be deleted by a stray `cdk destroy`; a throwaway one can.
      terminationProtection: isRetained(props.config),
    });

    const config = props.config;
    const retained = { removalPolicy: config.removalPolicy, deletionProtection: isRetained(config) };
    const data = new DataTable(this, 'Data', retained);
    const auth = new Auth(this, 'Auth', retained);
    const telemetry = new TelemetryKey(this, 'TelemetryKey', { removalPolicy: config.removalPolicy });
    const cursors = new DeploySecret(this, 'Cursors', {
      description: 'Lacrima: encrypts GraphQL page cursors',
      encryptionKey: telemetry.key,
      rotation:
        'A rotation would end every page cursor clients hold in the middle of a list; the secret is rotated by replacing it at a deploy, when clients expect to reload. It protects the position of an item in a page, not a credential.',
    });
    const origin = new DeploySecret(this, 'Origin', {
      description: 'Lacrima: proves a request came through the edge firewall',
      encryptionKey: telemetry.key,
      rotation:
        'The distribution and the function must change it together, which a deploy does (replace the secret and deploy); an in-place rotation would refuse requests between the two. It proves a request passed the edge, not who the caller is.',
    });

    const functionDefaults: FunctionDefaults = {
      // Runtime STAGE selects hardening (introspection off, masked errors); every cloud deployment is 'prod'.
      environment: { STAGE: 'prod', TRUSTED_DOCUMENTS: config.trustedDocuments, CURSOR_SECRET: cursors.deployValue },
      logEncryptionKey: telemetry.key,
      logRetention: config.logRetention,
      logRemovalPolicy: config.removalPolicy,
    };
    const graphql = new ProjectFunction(this, 'GraphqlFunction', {
      entry: GRAPHQL_HANDLER_ENTRY,
      description: `Lacrima GraphQL API (${props.stage})`,
      environment: { ...functionDefaults.environment, ORIGIN_SECRET: origin.deployValue },
      // As many instances as the API's burst (infra/stages.ts, apiThrottle).
      reservedConcurrency: config.apiThrottle.burstLimit,
      logEncryptionKey: telemetry.key,
      logRetention: config.logRetention,
      logRemovalPolicy: config.removalPolicy,
    });
    Validations.of(graphql.function).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        "A dead-letter queue only receives failed asynchronous invocations; this function is only invoked synchronously by the HTTP API, so the app sees the error and can retry (writes carry an idempotency key), and a queue would stay empty or become a second store of members' entries.",
    });
    graphql.useTable(data.table);
    // Account deletion ends with the member's Cognito user: signed out everywhere, then deleted.
    graphql.useUserPool(auth.userPool, auth.userPoolClient, ['cognito-idp:AdminUserGlobalSignOut', 'cognito-idp:AdminDeleteUser']);

    const api = new GraphqlApi(this, 'Api', {
      handler: graphql.function,
      userPool: auth.userPool,
      userPoolClient: auth.userPoolClient,
      throttle: config.apiThrottle,
      accessLogEncryptionKey: telemetry.key,
      accessLogRetention: config.logRetention,
      accessLogRemovalPolicy: config.removalPolicy,
      allowedOrigins: config.allowedOrigins,
    });

    const edge = new EdgeDistribution(this, 'Edge', { httpApi: api.httpApi, webAclArn: props.webAclArn, originSecret: origin.deployValue });

    // Live updates and delivery (docs/design/live-cloud.md): subscriptions over WebSocket, the table's changes fanned
    // out to them and to push and email, reminders swept every minute.
    const live = new LiveApi(this, 'Live', {
      functionDefaults,
      throttle: config.liveThrottle,
      table: data.table,
      userPool: auth.userPool,
      userPoolClient: auth.userPoolClient,
    });
    const delivery = new Delivery(this, 'Delivery', { email: config.email, pushContact: config.pushContact, secretEncryptionKey: telemetry.key });
    const fanout = new LiveFanout(this, 'LiveFanout', { functionDefaults, table: data.table });
    const sweep = new ReminderSweep(this, 'ReminderSweep', { functionDefaults });
    for (const deliverer of [fanout.handler, sweep.handler]) {
      deliverer.useTable(data.table);
      // The recipient's email address is read from the pool when an email goes out; it is never stored twice.
      deliverer.useUserPool(auth.userPool, auth.userPoolClient, ['cognito-idp:AdminGetUser']);
      live.useConnections(deliverer);
      delivery.useChannels(deliverer);
    }

    const observability = new Observability(this, 'Observability', {
      function: graphql.function,
      reservedConcurrency: config.apiThrottle.burstLimit,
      httpApi: api.httpApi,
      table: data.table,
      topicEncryptionKey: telemetry.key,
      alarmEmails: config.alarmEmails,
      workers: [
        { id: 'Live', label: 'live updates (WebSocket)', function: live.handler.function, durationP99: Duration.millis(1_500) },
        { id: 'Fanout', label: 'live fan-out', function: fanout.handler.function, durationP99: Duration.seconds(20) },
        { id: 'Sweep', label: 'reminder sweep', function: sweep.handler.function, durationP99: Duration.seconds(30) },
      ],
      failureQueues: [
        { id: 'Fanout', label: 'Stream records the fan-out gave up on', queue: fanout.failures },
        { id: 'Sweep', label: 'Reminder sweeps that failed', queue: sweep.failures },
      ],
      streamConsumer: { function: fanout.handler.function, maxIteratorAge: Duration.minutes(1) },
    });

    new CfnOutput(this, 'GraphqlUrl', {
      value: `https://${edge.distribution.distributionDomainName}${GRAPHQL_PATH}`,
      description: 'POST GraphQL requests here with an access token',
    });
    new CfnOutput(this, 'LiveUrl', {
      value: live.url,
      description: 'Subscribe here with graphql-ws (graphql-transport-ws); the token goes in connection_init',
    });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: observability.alarmTopic.topicArn, description: 'Subscribe whoever is on call' });
  }
}
