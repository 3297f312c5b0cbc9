import { Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { GROUP_DESCRIPTIONS, PASSWORD_POLICY, TOKEN_VALIDITY, USER_POOL_GROUPS } from '../../services/shared/auth/user-pool.definition';
import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../services/shared/db/table.definition';
import { LAMBDA_BUNDLING, LAMBDA_ESBUILD_OPTIONS } from '../../infra/constructs/bundling';
import { type Template } from 'aws-cdk-lib/assertions';
import { CORS_HEADERS } from '../../services/local/http-adapter';
import { stageConfig } from '../../infra/stages';
import type { LacrimaStack } from '../../infra/stacks/lacrima-stack';
import { buildLacrimaStack, newFastApp } from './lacrima-app';

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };
type KeyStatement = Statement & { Sid?: string; Principal?: unknown; Condition?: unknown };

/** The one resource of a type (whose logical id starts with `prefix`, where the stack holds several: test/infra/live.test.ts). */
function onlyResource(template: Template, type: string, prefix = ''): [string, Resource] {
  const found = Object.entries(template.findResources(type) as Record<string, Resource>).filter(([id]) => id.startsWith(prefix));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const HTTP_API = 'ApiHttpApi';
const HTTP_STAGE = 'ApiHttpApiDefaultStage';
const GRAPHQL_FUNCTION = 'GraphqlFunction';

function policyStatements(template: Template): Statement[] {
  const policies = [
    ...Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>),
    ...Object.values(template.findResources('AWS::IAM::ManagedPolicy') as Record<string, Resource>),
  ];
  return policies.flatMap((policy) => (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement);
}

function keyPolicyStatements(template: Template): KeyStatement[] {
  const [, key] = onlyResource(template, 'AWS::KMS::Key');
  return (key.Properties!.KeyPolicy as { Statement: KeyStatement[] }).Statement;
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

const API_THROTTLE = stageConfig('test').apiThrottle;

describe('LacrimaStack', () => {
  let stack: LacrimaStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = buildLacrimaStack());
  });

  // cdk-nag's DynamoDB rules only inspect AWS::DynamoDB::Table; TableV2 is a GlobalTable, so these checks are ours.
  describe('data table', () => {
    it('is retained, on demand, with point-in-time recovery, deletion protection, KMS encryption and TTL', () => {
      template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
      template.hasResource('AWS::DynamoDB::GlobalTable', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
          TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
          Replicas: [
            Match.objectLike({
              DeletionProtectionEnabled: true,
              PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            }),
          ],
        }),
      });
    });

    it('has the keys and indexes of the shared table definition and no fixed name', () => {
      const [, table] = onlyResource(template, 'AWS::DynamoDB::GlobalTable');
      expect(table.Properties).not.toHaveProperty('TableName');
      expect(table.Properties!.KeySchema).toEqual([
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ]);
      expect(table.Properties!.GlobalSecondaryIndexes).toEqual(
        TABLE_INDEXES.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      );
    });
  });

  describe('user pool', () => {
    it('signs in by email, allows sign-up, enforces the shared password policy and offers optional TOTP', () => {
      template.hasResource('AWS::Cognito::UserPool', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
          DeletionProtection: 'ACTIVE',
          MfaConfiguration: 'OPTIONAL',
          EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
          Policies: {
            PasswordPolicy: {
              MinimumLength: PASSWORD_POLICY.minLength,
              RequireLowercase: PASSWORD_POLICY.requireLowercase,
              RequireUppercase: PASSWORD_POLICY.requireUppercase,
              RequireNumbers: PASSWORD_POLICY.requireDigits,
              RequireSymbols: PASSWORD_POLICY.requireSymbols,
              TemporaryPasswordValidityDays: PASSWORD_POLICY.tempPasswordValidityDays,
            },
          },
        }),
      });
    });

    it('has exactly the shared groups, each with its description', () => {
      const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup') as Record<string, Resource>)
        .map((group) => ({ name: group.Properties!.GroupName, description: group.Properties!.Description }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
      expect(groups).toEqual([
        { name: USER_POOL_GROUPS.admins, description: GROUP_DESCRIPTIONS.admins },
        { name: USER_POOL_GROUPS.therapists, description: GROUP_DESCRIPTIONS.therapists },
      ]);
    });

    it('runs Cognito threat protection in full (the Plus plan): risky sign-ins and sign-ups from known bad sources are blocked', () => {
      const [, pool] = onlyResource(template, 'AWS::Cognito::UserPool');
      expect(pool.Properties).toMatchObject({ UserPoolTier: 'PLUS', UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' } });
    });

    it('has one public app client with SRP and refresh flows only (no password sent to the cloud), short access tokens and revocation', () => {
      const [, client] = onlyResource(template, 'AWS::Cognito::UserPoolClient');
      expect(client.Properties).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlowsUserPoolClient: false,
        EnableTokenRevocation: true,
        PreventUserExistenceErrors: 'ENABLED',
        AccessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
        IdTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes' },
      });
      expect([...(client.Properties!.ExplicitAuthFlows as string[])].sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    });
  });

  describe('HTTP API', () => {
    it('requires the Cognito JWT authorizer on every route', () => {
      const [authorizerId] = onlyResource(template, 'AWS::ApiGatewayV2::Authorizer');
      const [apiId] = onlyResource(template, 'AWS::ApiGatewayV2::Api', HTTP_API);
      const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>).filter(
        (route) => (route.Properties!.ApiId as { Ref: string }).Ref === apiId,
      );
      expect(routes.map((route) => route.Properties!.RouteKey)).toContain('POST /graphql');
      for (const route of routes) {
        expect(route.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      }
    });

    it('checks tokens against the app client and the pool issuer', () => {
      const [clientId] = onlyResource(template, 'AWS::Cognito::UserPoolClient');
      const [poolId] = onlyResource(template, 'AWS::Cognito::UserPool');
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: clientId }],
          Issuer: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([{ Ref: poolId }])] }),
        },
      });
    });

    it("has one stage, throttled with the stage config's limits, writing access logs to a log group", () => {
      const [logGroupId] = Object.entries(template.findResources('AWS::Logs::LogGroup')).find(([id]) => id.startsWith('ApiAccessLogs'))!;
      const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage', HTTP_STAGE);
      expect(stage.Properties).toMatchObject({
        StageName: '$default',
        DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
        AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logGroupId, 'Arn'] }, Format: expect.stringContaining('requestId') },
      });
      expect(API_THROTTLE.rateLimit).toBeGreaterThan(0);
      expect(API_THROTTLE.burstLimit).toBeGreaterThanOrEqual(API_THROTTLE.rateLimit);
    });

    it('overrides the stage limits on no route', () => {
      const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage', HTTP_STAGE);
      expect(stage.Properties).not.toHaveProperty('RouteSettings');
    });

    it('answers CORS preflights with the same headers as npm start, from no origin unless the stage names some', () => {
      const [, api] = onlyResource(template, 'AWS::ApiGatewayV2::Api', HTTP_API);
      expect(api.Properties!.CorsConfiguration).toEqual({
        AllowOrigins: [],
        AllowMethods: ['POST', 'OPTIONS'],
        AllowHeaders: CORS_HEADERS['access-control-allow-headers'].split(', '),
        MaxAge: Number(CORS_HEADERS['access-control-max-age']),
      });
    });

    it('allows exactly the origins of the stage config', () => {
      const { template: web } = buildLacrimaStack(newFastApp(), stageConfig('web', { allowedOrigins: 'https://app.example.org, https://admin.example.org' }));

      const [, api] = onlyResource(web, 'AWS::ApiGatewayV2::Api', HTTP_API);

      expect((api.Properties!.CorsConfiguration as { AllowOrigins: string[] }).AllowOrigins).toEqual(['https://app.example.org', 'https://admin.example.org']);
    });

    it('logs no request body, header or token', () => {
      const [, stage] = onlyResource(template, 'AWS::ApiGatewayV2::Stage', HTTP_STAGE);
      const format = (stage.Properties!.AccessLogSettings as { Format: string }).Format;
      expect(format).not.toMatch(/\$context\.(requestOverride|responseOverride)|\$input|header|authorization/i);
    });
  });

  describe('GraphQL function', () => {
    it('runs Node.js 22 on arm64 with active tracing, 1024 MB and a 10 s timeout', () => {
      const [, fn] = onlyResource(template, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: 1024,
        Timeout: 10,
        Handler: 'index.handler',
      });
    });

    it('reserves as much concurrency as the API burst limit', () => {
      const [, fn] = onlyResource(template, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);
      expect(fn.Properties!.ReservedConcurrentExecutions).toBe(API_THROTTLE.burstLimit);
    });

    it("takes its reservation and the API's limits from the stage config", () => {
      const { template: dev } = buildLacrimaStack(newFastApp(), stageConfig('dev'));
      const [, fn] = onlyResource(dev, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);
      const [, stage] = onlyResource(dev, 'AWS::ApiGatewayV2::Stage', HTTP_STAGE);
      const { rateLimit, burstLimit } = stageConfig('dev').apiThrottle;

      expect(burstLimit).toBeLessThan(API_THROTTLE.burstLimit);
      expect(fn.Properties!.ReservedConcurrentExecutions).toBe(burstLimit);
      expect(stage.Properties!.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit });
    });

    it('gets the table, pool and client from the stack and runs as prod', () => {
      const [tableId] = onlyResource(template, 'AWS::DynamoDB::GlobalTable');
      const [poolId] = onlyResource(template, 'AWS::Cognito::UserPool');
      const [clientId] = onlyResource(template, 'AWS::Cognito::UserPoolClient');
      const [, fn] = onlyResource(template, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);
      expect(fn.Properties).toMatchObject({
        Environment: {
          Variables: expect.objectContaining({
            TABLE_NAME: { Ref: tableId },
            USER_POOL_ID: { Ref: poolId },
            USER_POOL_CLIENT_ID: { Ref: clientId },
            STAGE: 'prod',
            TRUSTED_DOCUMENTS: 'required',
          }),
        },
      });
    });

    it.each([
      ['CURSOR_SECRET', 'Cursors'],
      ['ORIGIN_SECRET', 'Origin'],
    ])('gets %s from its own Secrets Manager secret at deploy, never a value in the template', (variable, construct) => {
      const secrets = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
      const secretId = secrets.find((id) => id.startsWith(construct));
      const [, fn] = onlyResource(template, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);

      const value = JSON.stringify((fn.Properties!.Environment as { Variables: Record<string, unknown> }).Variables[variable]);

      // Cursors, origin, and the VAPID key of Web Push (test/infra/live.test.ts).
      expect(secrets).toHaveLength(3);
      expect(value).toContain('{{resolve:secretsmanager:');
      expect(value).toContain(secretId);
    });

    it('answers only the client kit by default, and any query on a stage opened to third-party clients', () => {
      const { template: open } = buildLacrimaStack(newFastApp(), stageConfig('open', { trustedDocuments: 'allowed' }));

      const [, fn] = onlyResource(open, 'AWS::Lambda::Function', GRAPHQL_FUNCTION);

      expect((fn.Properties!.Environment as { Variables: Record<string, unknown> }).Variables.TRUSTED_DOCUMENTS).toBe('allowed');
    });

    it('bundles with the exported esbuild options', () => {
      expect(LAMBDA_BUNDLING).toMatchObject({
        target: LAMBDA_ESBUILD_OPTIONS.target,
        format: LAMBDA_ESBUILD_OPTIONS.format,
        minify: true,
        sourceMap: true,
        keepNames: true,
        externalModules: [],
      });
      expect(LAMBDA_ESBUILD_OPTIONS.tsconfig).toMatch(/tsconfig\.json$/);
    });
  });

  describe('IAM', () => {
    it('grants exactly the DynamoDB actions the code sends, on the table and its declared indexes by name', () => {
      const [tableId] = onlyResource(template, 'AWS::DynamoDB::GlobalTable');
      const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
      const dynamo = policyStatements(template).filter((s) => asArray(s.Action).includes('dynamodb:GetItem'));

      // The GraphQL, live updates, fan-out and sweep functions, each with exactly this one statement.
      expect(dynamo).toHaveLength(4);
      expect(new Set(dynamo.map((s) => JSON.stringify(s))).size).toBe(1);
      expect(asArray(dynamo[0]!.Action).sort()).toEqual([
        'dynamodb:BatchGetItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
      expect(dynamo[0]!.Resource).toEqual([tableArn, ...TABLE_INDEXES.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]] }))]);
    });

    it('grants no Scan, no BatchWriteItem and no stream reads but on the stream (to the fan-out: test/infra/live.test.ts), on any resource', () => {
      const [tableId] = onlyResource(template, 'AWS::DynamoDB::GlobalTable');
      const statements = policyStatements(template);
      const actions = statements.flatMap((s) => asArray(s.Action));
      const streamReads = statements.filter((s) =>
        asArray(s.Action).some((a) => /^dynamodb:(GetRecords|GetShardIterator|DescribeStream|ListStreams)$/.test(a)),
      );

      expect(actions.filter((a) => /^dynamodb:(Scan|BatchWriteItem|\*)$/.test(a))).toEqual([]);
      for (const statement of streamReads) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
    });

    it('allows exactly AdminUserGlobalSignOut and AdminDeleteUser (GraphQL) and AdminGetUser (the two that send email) on the user pool and nothing else in Cognito', () => {
      const [poolId] = onlyResource(template, 'AWS::Cognito::UserPool');
      const cognito = policyStatements(template).filter((s) => asArray(s.Action).some((a) => a.startsWith('cognito-idp:')));
      const pool = { 'Fn::GetAtt': [poolId, 'Arn'] };
      expect(cognito).toEqual([
        { Effect: 'Allow', Action: ['cognito-idp:AdminDeleteUser', 'cognito-idp:AdminUserGlobalSignOut'], Resource: pool },
        { Effect: 'Allow', Action: 'cognito-idp:AdminGetUser', Resource: pool },
        { Effect: 'Allow', Action: 'cognito-idp:AdminGetUser', Resource: pool },
      ]);
    });

    it('uses "*" only for X-Ray, which has no resource-level permissions', () => {
      const wildcard = policyStatements(template).filter((s) => asArray(s.Resource).includes('*'));
      expect([...new Set(wildcard.flatMap((s) => asArray(s.Action)))].sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    });

    it('attaches no AWS managed policies', () => {
      for (const role of Object.values(template.findResources('AWS::IAM::Role') as Record<string, Resource>)) {
        expect(role.Properties).not.toHaveProperty('ManagedPolicyArns');
      }
    });

    it("keeps each role's permissions in one customer managed policy on it, none inline", () => {
      const roles = Object.entries(template.findResources('AWS::IAM::Role') as Record<string, Resource>);
      const policies = Object.values(template.findResources('AWS::IAM::ManagedPolicy') as Record<string, Resource>);
      template.resourceCountIs('AWS::IAM::Policy', 0);
      // The four functions' and the sweep schedule's.
      expect(roles).toHaveLength(5);
      for (const [roleId, role] of roles) {
        expect(role.Properties).not.toHaveProperty('Policies');
        expect(policies.filter((policy) => JSON.stringify(policy.Properties!.Roles) === JSON.stringify([{ Ref: roleId }]))).toHaveLength(1);
      }
      expect(policies).toHaveLength(roles.length);
    });
  });

  describe('observability', () => {
    it('sets a finite retention on every log group, which outlives the stack', () => {
      const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup') as Record<string, Resource>);
      // Four functions' logs and two APIs' access logs.
      expect(logGroups).toHaveLength(6);
      for (const logGroup of logGroups) {
        expect(logGroup.Properties!.RetentionInDays).toBe(30);
        expect(logGroup.DeletionPolicy).toBe('Retain');
      }
    });

    it('encrypts every log group with the rotated, retained telemetry key', () => {
      const [keyId, key] = onlyResource(template, 'AWS::KMS::Key');
      expect(key).toMatchObject({ DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
      for (const logGroup of Object.values(template.findResources('AWS::Logs::LogGroup') as Record<string, Resource>)) {
        expect(logGroup.Properties!.KmsKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
      }
    });

    it('lets CloudWatch Logs use the key only for log groups of this account and region', () => {
      const logs = keyPolicyStatements(template).filter((s) => s.Sid === 'CloudWatchLogsOfThisAccount');
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatchObject({
        Effect: 'Allow',
        Principal: { Service: `logs.${stack.region}.amazonaws.com` },
        Condition: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': {
              'Fn::Join': ['', [`arn:aws:logs:${stack.region}:`, { Ref: 'AWS::AccountId' }, ':log-group:*']],
            },
          },
        },
      });
    });

    it('grants no other AWS principal than the account itself on the key', () => {
      const awsPrincipals = keyPolicyStatements(template)
        .map((s) => (s.Principal as { AWS?: unknown } | undefined)?.AWS)
        .filter((principal) => principal !== undefined);
      // The account's own administration, and Secrets Manager acting for the account (the cursor and origin secrets).
      expect(awsPrincipals.length).toBeGreaterThan(0);
      for (const principal of awsPrincipals) expect(principal).toEqual({ 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] });
    });

    it('alarms on function errors, function throttles and API 5xx, among others (observability.test.ts)', () => {
      const metrics = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>).map(
        (alarm) => `${String(alarm.Properties!.Namespace)}/${String(alarm.Properties!.MetricName)}`,
      );
      expect(metrics).toEqual(expect.arrayContaining(['AWS/ApiGateway/5xx', 'AWS/Lambda/Errors', 'AWS/Lambda/Throttles']));
    });

    it('notifies the alarm topic when an alarm fires and when it clears', () => {
      const [topicId] = onlyResource(template, 'AWS::SNS::Topic');
      for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>)) {
        expect(alarm.Properties).toMatchObject({ AlarmActions: [{ Ref: topicId }], OKActions: [{ Ref: topicId }] });
        expect(alarm.Properties!.ActionsEnabled).not.toBe(false);
      }
    });

    it("encrypts the alarm topic with the telemetry key, refuses plain HTTP and lets only this account's alarms publish", () => {
      const [keyId] = onlyResource(template, 'AWS::KMS::Key');
      const [topicId, topic] = onlyResource(template, 'AWS::SNS::Topic');
      const [, topicPolicy] = onlyResource(template, 'AWS::SNS::TopicPolicy');
      expect(topic.Properties!.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
      expect(topicPolicy.Properties!.Topics).toEqual([{ Ref: topicId }]);
      const statements = (topicPolicy.Properties!.PolicyDocument as { Statement: unknown[] }).Statement;
      expect(statements).toEqual([
        expect.objectContaining({ Effect: 'Deny', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Condition: expect.objectContaining({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }),
        }),
      ]);
      expect(keyPolicyStatements(template)).toContainEqual(
        expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
      );
    });
  });

  describe('stack', () => {
    it('outputs the GraphQL URL (at the edge), the live URL, user pool, app client, table and alarm topic', () => {
      const [distributionId] = onlyResource(template, 'AWS::CloudFront::Distribution');
      expect(Object.keys(template.findOutputs('*')).sort()).toEqual(['AlarmTopicArn', 'GraphqlUrl', 'LiveUrl', 'TableName', 'UserPoolClientId', 'UserPoolId']);
      template.hasOutput('GraphqlUrl', {
        Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/graphql']] },
      });
    });

    it("is account-agnostic, in the stage config's region, and names no physical resource", () => {
      expect(Token.isUnresolved(stack.account)).toBe(true);
      expect(stack.region).toBe(stageConfig('test').region);
      const named: Array<[string, string]> = [
        ['AWS::Cognito::UserPool', 'UserPoolName'],
        ['AWS::Lambda::Function', 'FunctionName'],
        ['AWS::Logs::LogGroup', 'LogGroupName'],
        ['AWS::IAM::Role', 'RoleName'],
        ['AWS::IAM::ManagedPolicy', 'ManagedPolicyName'],
        ['AWS::SNS::Topic', 'TopicName'],
      ];
      for (const [type, property] of named) {
        for (const resource of Object.values(template.findResources(type) as Record<string, Resource>)) {
          expect(resource.Properties ?? {}).not.toHaveProperty(property);
        }
      }
    });
  });
});
