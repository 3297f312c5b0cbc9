import * as path from 'node:path';
import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Construct } from 'constructs';
import { Auth } from '../constructs/auth';
import { REPO_ROOT } from '../constructs/bundling';
import { DataTable } from '../constructs/data-table';
import { DeploySecret } from '../constructs/deploy-secret';
import { EdgeDistribution } from '../constructs/edge-distribution';
import { GRAPHQL_PATH, GraphqlApi } from '../constructs/graphql-api';
import { Observability } from '../constructs/observability';
import { ProjectFunction } from '../constructs/project-function';
import { TelemetryKey } from '../constructs/telemetry-key';
import type { StageConfig } from '../stages';

export const GRAPHQL_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'graphql', 'handler.ts');

/**
 * Stage-wide API limits. The GraphQL function reserves as many instances as
 * the burst allows: at the steady rate that covers requests of up to 2 s, so
 * floods are refused by the API (429) and Lambda only throttles when requests
 * slow down (which the throttles alarm reports); no other function in the
 * account can starve it.
 */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const satisfies ThrottleSettings;

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
    super(scope, id, { ...props, env: { ...props.env, region: props.config.region }, crossRegionReferences: true });

    const config = props.config;
    const data = new DataTable(this, 'Data');
    const auth = new Auth(this, 'Auth');
    const telemetry = new TelemetryKey(this, 'TelemetryKey');
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

    const graphql = new ProjectFunction(this, 'GraphqlFunction', {
      entry: GRAPHQL_HANDLER_ENTRY,
      description: `Lacrima GraphQL API (${props.stage})`,
      // Runtime STAGE selects hardening (introspection off, masked errors); every cloud deployment is 'prod'.
      environment: { STAGE: 'prod', TRUSTED_DOCUMENTS: config.trustedDocuments, CURSOR_SECRET: cursors.deployValue, ORIGIN_SECRET: origin.deployValue },
      reservedConcurrency: API_THROTTLE.burstLimit,
      logEncryptionKey: telemetry.key,
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
      throttle: API_THROTTLE,
      accessLogEncryptionKey: telemetry.key,
      allowedOrigins: config.allowedOrigins,
    });

    const edge = new EdgeDistribution(this, 'Edge', { httpApi: api.httpApi, webAclArn: props.webAclArn, originSecret: origin.deployValue });

    const observability = new Observability(this, 'Observability', {
      function: graphql.function,
      httpApi: api.httpApi,
      topicEncryptionKey: telemetry.key,
    });

    new CfnOutput(this, 'GraphqlUrl', {
      value: `https://${edge.distribution.distributionDomainName}${GRAPHQL_PATH}`,
      description: 'POST GraphQL requests here with an access token',
    });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: observability.alarmTopic.topicArn, description: 'Subscribe whoever is on call' });
  }
}
