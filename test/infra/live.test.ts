import type { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { NagPack } from 'cdk-nag';
import { LIVE_STAGE_NAME } from '../../infra/constructs/live-api';
import { FANOUT_STREAM, LIVE_EVENT_ENTITIES } from '../../infra/constructs/live-fanout';
import { SWEEP } from '../../infra/constructs/reminder-sweep';
import { NAG_PACKS } from '../../infra/nag-packs';
import type { LacrimaStack } from '../../infra/stacks/lacrima-stack';
import { stageConfig } from '../../infra/stages';
import { ENTITY } from '../../services/shared/db/catalogue/shapes';
import { buildLacrimaStack, newFastApp } from './lacrima-app';

type Props = Record<string, unknown>;
type Resource = { Type: string; Properties: Props };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const ref = (id: string) => ({ Ref: id });
const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

const CONFIG = stageConfig('test');

describe('live updates and delivery in the cloud', () => {
  let app: App;
  let stack: LacrimaStack;
  let template: Template;
  let resources: Record<string, Resource>;

  /** The one resource of a type whose logical id starts with `prefix`. */
  const one = (type: string, prefix = ''): [string, Props] => {
    const found = Object.entries(resources).filter(([id, r]) => r.Type === type && id.startsWith(prefix));
    expect(found.map(([id]) => id)).toHaveLength(1);
    return [found[0]![0], found[0]![1].Properties];
  };
  const ofType = (type: string): Array<[string, Props]> =>
    Object.entries(resources)
      .filter(([, r]) => r.Type === type)
      .map(([id, r]) => [id, r.Properties]);
  /** The statements of the managed policy on a function's role. */
  const statementsOf = (functionPrefix: string): Statement[] => {
    const [, fn] = one('AWS::Lambda::Function', functionPrefix);
    const roleId = (fn.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const policies = ofType('AWS::IAM::ManagedPolicy').filter(([, p]) => JSON.stringify(p.Roles) === JSON.stringify([ref(roleId)]));
    expect(policies).toHaveLength(1);
    return (policies[0]![1].PolicyDocument as { Statement: Statement[] }).Statement;
  };
  const env = (functionPrefix: string): Record<string, unknown> =>
    (one('AWS::Lambda::Function', functionPrefix)[1].Environment as { Variables: Record<string, unknown> }).Variables;

  beforeAll(() => {
    ({ app, stack, template } = buildLacrimaStack(newFastApp(), CONFIG));
    resources = template.toJSON().Resources as Record<string, Resource>;
  });

  describe('the table', () => {
    it('streams new and old images of every change', () => {
      const [, table] = one('AWS::DynamoDB::GlobalTable');
      expect(table.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    });
  });

  describe('the WebSocket API', () => {
    let apiId: string;
    let liveFunctionId: string;

    beforeAll(() => {
      [apiId] = one('AWS::ApiGatewayV2::Api', 'LiveWebSocketApi');
      [liveFunctionId] = one('AWS::Lambda::Function', 'LiveFunction');
    });

    it('is a WebSocket API with exactly $connect, $disconnect and $default, each proxied to the live function', () => {
      const [, api] = one('AWS::ApiGatewayV2::Api', 'LiveWebSocketApi');
      expect(api).toMatchObject({ ProtocolType: 'WEBSOCKET', Name: `${stack.stackName}-live` });
      const routes = ofType('AWS::ApiGatewayV2::Route').filter(([, r]) => JSON.stringify(r.ApiId) === JSON.stringify(ref(apiId)));
      expect(routes.map(([, r]) => r.RouteKey).sort()).toEqual(['$connect', '$default', '$disconnect']);
      const integrations = ofType('AWS::ApiGatewayV2::Integration').filter(([, i]) => JSON.stringify(i.ApiId) === JSON.stringify(ref(apiId)));
      expect(integrations).toHaveLength(3);
      for (const [id, integration] of integrations) {
        expect(integration).toMatchObject({ IntegrationType: 'AWS_PROXY' });
        expect(JSON.stringify(integration.IntegrationUri)).toContain(liveFunctionId);
        expect(routes.some(([, r]) => JSON.stringify(r.Target).includes(id))).toBe(true);
      }
    });

    it('connects without an authorizer, a subprotocol check or a route response: the token comes in connection_init', () => {
      const routes = ofType('AWS::ApiGatewayV2::Route').filter(([, r]) => JSON.stringify(r.ApiId) === JSON.stringify(ref(apiId)));
      const [, connect] = routes.find(([, r]) => r.RouteKey === '$connect')!;
      expect(connect.AuthorizationType).toBe('NONE');
      for (const absent of ['AuthorizerId', 'RequestParameters', 'RouteResponseSelectionExpression', 'ApiKeyRequired'])
        expect(connect).not.toHaveProperty(absent);
      expect(ofType('AWS::ApiGatewayV2::RouteResponse')).toEqual([]);
      // The only authorizer in the stack is the HTTP API's JWT one.
      expect(ofType('AWS::ApiGatewayV2::Authorizer').map(([, a]) => a.ApiId)).not.toContainEqual(ref(apiId));
    });

    it("has one auto-deployed stage at /graphql, throttled with the stage config's live limits, logging to an encrypted log group", () => {
      const [, stage] = one('AWS::ApiGatewayV2::Stage', 'LiveStage');
      const [logGroupId, logGroup] = one('AWS::Logs::LogGroup', 'LiveAccessLogs');
      expect(LIVE_STAGE_NAME).toBe('graphql');
      expect(stage).toMatchObject({
        ApiId: ref(apiId),
        StageName: 'graphql',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: CONFIG.liveThrottle.rateLimit, ThrottlingBurstLimit: CONFIG.liveThrottle.burstLimit },
        AccessLogSettings: { DestinationArn: arn(logGroupId) },
      });
      expect(stage).not.toHaveProperty('RouteSettings');
      const format = (stage.AccessLogSettings as { Format: string }).Format;
      expect(format).toContain('$context.connectionId');
      expect(format).not.toMatch(/\$context\.(requestOverride|responseOverride)|\$input|header|authorization|body/i);
      expect(logGroup).toMatchObject({ RetentionInDays: 30, KmsKeyId: expect.anything() });
    });

    it('runs the live function as the others (Node.js 22, arm64), reserving the live burst, with the table, pool and callback endpoint', () => {
      const [, fn] = one('AWS::Lambda::Function', 'LiveFunction');
      expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], ReservedConcurrentExecutions: CONFIG.liveThrottle.burstLimit });
      const [tableId] = one('AWS::DynamoDB::GlobalTable');
      const [poolId] = one('AWS::Cognito::UserPool');
      const [clientId] = one('AWS::Cognito::UserPoolClient');
      expect(env('LiveFunction')).toMatchObject({ TABLE_NAME: ref(tableId), USER_POOL_ID: ref(poolId), USER_POOL_CLIENT_ID: ref(clientId), STAGE: 'prod' });
      const endpoint = JSON.stringify(env('LiveFunction').LIVE_ENDPOINT);
      expect(endpoint).toContain('"https://"');
      expect(endpoint).toContain(apiId);
      expect(endpoint).toContain('/graphql');
    });

    it('outputs LiveUrl, the wss:// URL of the stage', () => {
      const url = JSON.stringify(template.findOutputs('LiveUrl').LiveUrl!.Value);
      expect(url).toContain('"wss://"');
      expect(url).toContain(apiId);
      expect(url).toContain('/graphql');
    });

    it('lets exactly the live, fan-out and sweep functions manage connections, of this stage of this API only', () => {
      const manage = ['LiveFunction', 'LiveFanoutFunction', 'ReminderSweepFunction'].map((fn) =>
        statementsOf(fn).filter((s) => asArray(s.Action).some((a) => a.startsWith('execute-api:'))),
      );
      const all = ofType('AWS::IAM::ManagedPolicy').flatMap(([, p]) =>
        (p.PolicyDocument as { Statement: Statement[] }).Statement.filter((s) => asArray(s.Action).some((a) => a.startsWith('execute-api:'))),
      );
      expect(all).toHaveLength(3);
      for (const statements of manage) {
        expect(statements).toEqual([
          {
            Effect: 'Allow',
            Action: 'execute-api:ManageConnections',
            Resource: { 'Fn::Join': ['', [`arn:aws:execute-api:${CONFIG.region}:`, ref('AWS::AccountId'), ':', ref(apiId), '/graphql/*/@connections/*']] },
          },
        ]);
      }
    });
  });

  describe('the fan-out', () => {
    let mapping: Props;
    let queueId: string;

    beforeAll(() => {
      [, mapping] = one('AWS::Lambda::EventSourceMapping');
      [queueId] = one('AWS::SQS::Queue', 'LiveFanoutFailures');
    });

    it("reads the table's stream from now on, in small batches, splitting failed batches and retrying single records a bounded time", () => {
      const [tableId] = one('AWS::DynamoDB::GlobalTable');
      const [fanoutId] = one('AWS::Lambda::Function', 'LiveFanoutFunction');
      expect(mapping).toMatchObject({
        FunctionName: ref(fanoutId),
        EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
        StartingPosition: 'LATEST',
        BatchSize: FANOUT_STREAM.batchSize,
        MaximumBatchingWindowInSeconds: 0,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumRetryAttempts: 3,
        MaximumRecordAgeInSeconds: 600,
      });
    });

    it('records what it gives up on in an encrypted queue that refuses plain HTTP', () => {
      expect(mapping.DestinationConfig).toEqual({ OnFailure: { Destination: arn(queueId) } });
      const [, queue] = one('AWS::SQS::Queue', 'LiveFanoutFailures');
      expect(queue).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
      const [, policy] = one('AWS::SQS::QueuePolicy', 'LiveFanoutFailures');
      expect(JSON.stringify(policy.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    });

    it('is invoked only for the entities that raise events, by their new or old image', () => {
      expect([...LIVE_EVENT_ENTITIES].sort()).toEqual(
        [
          ENTITY.CheckIn,
          ENTITY.CheckInReply,
          ENTITY.CircleMembership,
          ENTITY.Grant,
          ENTITY.PracticeSuggestion,
          ENTITY.Routine,
          ENTITY.Profile,
          // Alerts notify their therapist; sessions and measures keep caseload summaries (services/sharing/caseload.stream.ts).
          ENTITY.Alert,
          ENTITY.Session,
          ENTITY.Measure,
          // A measure schedule moves its client's reminders (services/notifications/schedule).
          ENTITY.MeasureSchedule,
        ].sort(),
      );
      const patterns = (mapping.FilterCriteria as { Filters: Array<{ Pattern: string }> }).Filters.map((f) => JSON.parse(f.Pattern) as unknown);
      expect(patterns).toEqual([
        { dynamodb: { NewImage: { entity: { S: [...LIVE_EVENT_ENTITIES] } } } },
        { dynamodb: { OldImage: { entity: { S: [...LIVE_EVENT_ENTITIES] } } } },
      ]);
    });

    it('alone reads the stream, on the stream only', () => {
      const [tableId] = one('AWS::DynamoDB::GlobalTable');
      const isStreamRead = (s: Statement) => asArray(s.Action).some((a) => /^dynamodb:(GetRecords|GetShardIterator|DescribeStream|ListStreams)$/.test(a));
      expect(statementsOf('LiveFanoutFunction').filter(isStreamRead)).toEqual([
        {
          Effect: 'Allow',
          Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
          Resource: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
        },
      ]);
      for (const other of ['GraphqlFunction', 'LiveFunction', 'ReminderSweepFunction']) expect(statementsOf(other).filter(isStreamRead)).toEqual([]);
    });
  });

  describe('delivery', () => {
    it('sends email from the stage sender through a configuration set that requires TLS and suppresses bounces and complaints', () => {
      const [setId, set] = one('AWS::SES::ConfigurationSet');
      const [, identity] = one('AWS::SES::EmailIdentity');
      expect(identity).toEqual({ EmailIdentity: 'lacrima.app', ConfigurationSetAttributes: { ConfigurationSetName: ref(setId) } });
      expect(set).toMatchObject({ DeliveryOptions: { TlsPolicy: 'REQUIRE' }, SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] } });
    });

    it('verifies the sender address itself on a stage without a domain identity', () => {
      const dev = buildLacrimaStack(newFastApp(), stageConfig('dev')).template;
      expect(Object.values(dev.findResources('AWS::SES::EmailIdentity')).map((r) => (r as Resource).Properties.EmailIdentity)).toEqual([
        stageConfig('dev').email.from,
      ]);
    });

    it('lets the fan-out and the sweep, and nobody else, send email from exactly the stage sender', () => {
      const [setId] = one('AWS::SES::ConfigurationSet');
      const [identityId] = one('AWS::SES::EmailIdentity');
      const ses = (fn: string) => statementsOf(fn).filter((s) => asArray(s.Action).some((a) => a.startsWith('ses:')));
      for (const fn of ['LiveFanoutFunction', 'ReminderSweepFunction']) {
        const [statement, ...rest] = ses(fn);
        expect(rest).toEqual([]);
        expect(statement).toMatchObject({ Action: 'ses:SendEmail', Condition: { StringEquals: { 'ses:FromAddress': CONFIG.email.from } } });
        expect(JSON.stringify(statement!.Resource)).toContain(identityId);
        expect(JSON.stringify(statement!.Resource)).toContain(setId);
        expect(asArray(statement!.Resource)).toHaveLength(2);
      }
      for (const fn of ['GraphqlFunction', 'LiveFunction']) expect(ses(fn)).toEqual([]);
    });

    it('gives the fan-out and the sweep the VAPID secret at deploy, never its value, and the push contact and sender', () => {
      const [secretId, secret] = one('AWS::SecretsManager::Secret', 'DeliveryVapid');
      expect(secret).toMatchObject({ GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true }, KmsKeyId: expect.anything() });
      expect(secret).not.toHaveProperty('SecretString');
      for (const fn of ['LiveFanoutFunction', 'ReminderSweepFunction']) {
        const variables = env(fn);
        expect(JSON.stringify(variables.VAPID_SECRET)).toContain('{{resolve:secretsmanager:');
        expect(JSON.stringify(variables.VAPID_SECRET)).toContain(secretId);
        expect(variables).toMatchObject({ PUSH_CONTACT: CONFIG.pushContact, EMAIL_FROM: CONFIG.email.from });
        expect(variables.LIVE_ENDPOINT).toBeDefined();
      }
      for (const fn of ['GraphqlFunction', 'LiveFunction']) expect(env(fn)).not.toHaveProperty('VAPID_SECRET');
    });

    it("lets the fan-out and the sweep read members' email addresses from the pool (AdminGetUser), nothing more in Cognito", () => {
      const [poolId] = one('AWS::Cognito::UserPool');
      for (const fn of ['LiveFanoutFunction', 'ReminderSweepFunction']) {
        expect(statementsOf(fn).filter((s) => asArray(s.Action).some((a) => a.startsWith('cognito-idp:')))).toEqual([
          { Effect: 'Allow', Action: 'cognito-idp:AdminGetUser', Resource: arn(poolId) },
        ]);
      }
    });
  });

  describe('the reminder sweep', () => {
    let sweepId: string;
    let queueId: string;

    beforeAll(() => {
      [sweepId] = one('AWS::Lambda::Function', 'ReminderSweepFunction');
      [queueId] = one('AWS::SQS::Queue', 'ReminderSweepFailures');
    });

    it('runs every minute on EventBridge Scheduler, retried a little and then recorded in its failures queue', () => {
      const [, schedule] = one('AWS::Scheduler::Schedule');
      expect(SWEEP.every.toMinutes()).toBe(1);
      expect(schedule).toMatchObject({
        ScheduleExpression: 'rate(1 minute)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        State: 'ENABLED',
        Target: { Arn: arn(sweepId), DeadLetterConfig: { Arn: arn(queueId) }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 } },
      });
    });

    it("invokes through a role that may invoke the sweep and write its failures queue, and nothing else, for this account's schedules", () => {
      const [, schedule] = one('AWS::Scheduler::Schedule');
      const roleId = ((schedule.Target as Props).RoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const [, role] = one('AWS::IAM::Role', roleId);
      expect(role.AssumeRolePolicyDocument).toMatchObject({
        Statement: [{ Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } } }],
      });
      const [, policy] = one('AWS::IAM::ManagedPolicy', roleId.replace(/[0-9A-F]{8}$/, 'Policy'));
      expect((policy.PolicyDocument as { Statement: Statement[] }).Statement).toEqual([
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [arn(sweepId), { 'Fn::Join': ['', [arn(sweepId), ':*']] }] },
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn(queueId) },
      ]);
    });

    it('runs one sweep at a time, ends before the next, and is not retried by Lambda but recorded', () => {
      const [, fn] = one('AWS::Lambda::Function', 'ReminderSweepFunction');
      expect(fn).toMatchObject({ ReservedConcurrentExecutions: 1, Timeout: 50, DeadLetterConfig: { TargetArn: arn(queueId) } });
      const [, invokeConfig] = one('AWS::Lambda::EventInvokeConfig');
      expect(invokeConfig).toMatchObject({ FunctionName: ref(sweepId), MaximumRetryAttempts: 0 });
    });
  });

  describe('alarms', () => {
    const alarms = (): Props[] => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a);
    const on = (metricName: string, dimension: unknown): Props[] =>
      alarms().filter((a) => a.MetricName === metricName && JSON.stringify(a.Dimensions ?? []).includes(JSON.stringify(dimension)));

    it.each([['LiveFunction'], ['LiveFanoutFunction'], ['ReminderSweepFunction']])('watch %s for errors, throttles and p99 duration', (prefix) => {
      const [fnId] = one('AWS::Lambda::Function', prefix);
      const dimension = { Name: 'FunctionName', Value: ref(fnId) };
      expect(on('Errors', dimension)).toEqual([expect.objectContaining({ Namespace: 'AWS/Lambda', Threshold: 1, Statistic: 'Sum' })]);
      expect(on('Throttles', dimension)).toEqual([expect.objectContaining({ Namespace: 'AWS/Lambda', Threshold: 1 })]);
      expect(on('Duration', dimension)).toEqual([expect.objectContaining({ ExtendedStatistic: 'p99', EvaluationPeriods: 3, DatapointsToAlarm: 2 })]);
    });

    it('fire when the stream runs a minute behind, and on any failure recorded in either queue', () => {
      const [fanoutId] = one('AWS::Lambda::Function', 'LiveFanoutFunction');
      expect(on('IteratorAge', { Name: 'FunctionName', Value: ref(fanoutId) })).toEqual([
        expect.objectContaining({ Statistic: 'Maximum', Threshold: 60_000, ComparisonOperator: 'GreaterThanThreshold' }),
      ]);
      for (const prefix of ['LiveFanoutFailures', 'ReminderSweepFailures']) {
        const [queueId] = one('AWS::SQS::Queue', prefix);
        expect(on('ApproximateNumberOfMessagesVisible', { Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } })).toEqual([
          expect.objectContaining({ Namespace: 'AWS/SQS', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }),
        ]);
      }
    });
  });

  describe('cdk-nag', () => {
    it.each(NAG_PACKS.map((Pack) => [new Pack().readPackName, Pack] as const))('%s finds nothing unacknowledged', (_, Pack) => {
      const pack: NagPack = new Pack();
      expect(pack.validateScope(app).violations.map((v) => v.ruleName)).toEqual([]);
    });
  });
});

describe('stage config of live updates and delivery', () => {
  it('gives dev a fifth of prod live limits and its own sender address', () => {
    expect(stageConfig('prod').liveThrottle).toEqual({ rateLimit: 50, burstLimit: 100 });
    expect(stageConfig('dev').liveThrottle).toEqual({ rateLimit: 10, burstLimit: 20 });
    expect(stageConfig('prod').email).toEqual({ from: 'reminders@lacrima.app', identity: 'lacrima.app' });
    expect(stageConfig('dev').email.identity).toBeUndefined();
  });

  it('takes a sender from the context and refuses what is not an address', () => {
    expect(stageConfig('mine', { emailFrom: ' me@example.org ' }).email).toEqual({ from: 'me@example.org' });
    expect(() => stageConfig('mine', { emailFrom: 'me' })).toThrow(/email\.from/);
    expect(() => stageConfig('mine', { emailFrom: 42 })).toThrow(/emailFrom/);
  });

  it('sends push with a mailto: contact', () => {
    expect(stageConfig('prod').pushContact).toMatch(/^mailto:/);
  });
});
