import * as path from 'node:path';
import { RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { LogGroupLogDestination, WebSocketApi, WebSocketStage, type ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REPO_ROOT } from './bundling';
import { GRAPHQL_PATH } from './graphql-api';
import { ProjectFunction, type FunctionDefaults } from './project-function';

export const WEBSOCKET_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'live', 'websocket.handler.ts');

/** The stage name is the URL's path: wss://<api>/graphql, as ws://localhost:4000/graphql locally. */
export const LIVE_STAGE_NAME = GRAPHQL_PATH.slice(1);

export interface LiveApiProps {
  readonly functionDefaults: FunctionDefaults;
  /** Stage-wide limits (stage config liveThrottle); the function reserves the burst. */
  readonly throttle: Required<Pick<ThrottleSettings, 'rateLimit' | 'burstLimit'>>;
  readonly table: ITableV2;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
}

/**
 * GraphQL subscriptions over graphql-ws (`graphql-transport-ws`): an API
 * Gateway WebSocket API whose three routes go to one function
 * (services/live/websocket.handler.ts). Connections and subscriptions are
 * items in the table; replies and events go back through the stage's
 * @connections management endpoint (LIVE_ENDPOINT), by this function and by
 * whoever `useConnections` names.
 */
export class LiveApi extends Construct {
  public readonly webSocketApi: WebSocketApi;
  public readonly stage: WebSocketStage;
  public readonly handler: ProjectFunction;
  public readonly accessLogGroup: LogGroup;

  constructor(scope: Construct, id: string, props: LiveApiProps) {
    super(scope, id);

    this.handler = new ProjectFunction(this, 'Function', {
      ...props.functionDefaults,
      entry: WEBSOCKET_HANDLER_ENTRY,
      description: 'Lacrima live updates: graphql-ws over API Gateway WebSocket',
      reservedConcurrency: props.throttle.burstLimit,
    });
    this.handler.useTable(props.table);
    // Verifies the access token of connection_init; no Cognito call beyond the public JWKS.
    this.handler.useUserPool(props.userPool, props.userPoolClient, []);
    Validations.of(this.handler.function).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        'API Gateway invokes this function synchronously for every WebSocket message, so a failure is answered on the connection (a graphql-ws error or close code) and the client retries; a dead-letter queue only receives asynchronous invocations and would stay empty.',
    });

    const integration = (route: string) => new WebSocketLambdaIntegration(`${route}Integration`, this.handler.function);
    this.webSocketApi = new WebSocketApi(this, 'WebSocketApi', {
      apiName: `${Stack.of(this).stackName}-live`,
      description: 'Lacrima live updates (graphql-transport-ws)',
      // No authorizer and no subprotocol tricks on $connect: the token travels in connection_init, as graphql-ws
      // clients send it, and the handler refuses every message before a verified init (docs/design/live-cloud.md).
      connectRouteOptions: { integration: integration('Connect') },
      disconnectRouteOptions: { integration: integration('Disconnect') },
      // Replies go back through @connections, the one path the fan-out uses too; no route responses.
      defaultRouteOptions: { integration: integration('Default') },
    });
    for (const route of ['$connect', '$disconnect', '$default']) {
      const child = this.webSocketApi.node.tryFindChild(`${route}-Route`);
      if (!child) throw new Error(`LiveApi: no ${route} route`);
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Authorization is in the protocol: graphql-ws carries the access token in connection_init, which the handler verifies against the user pool as the HTTP path does, refusing subscribe before it and closing with 4401/4403; browsers cannot set an Authorization header on a WebSocket.',
      });
    }

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: props.functionDefaults.logRetention,
      encryptionKey: props.functionDefaults.logEncryptionKey,
      removalPolicy: props.functionDefaults.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.webSocketApi,
      stageName: LIVE_STAGE_NAME,
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        // No message bodies or tokens: ids, route, status and timings.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            connectionId: '$context.connectionId',
            eventType: '$context.eventType',
            routeKey: '$context.routeKey',
            status: '$context.status',
            sourceIp: '$context.identity.sourceIp',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integration.error',
          }),
        ),
      },
    });

    this.useConnections(this.handler);
  }

  /** wss:// URL clients connect to. */
  get url(): string {
    return this.stage.url;
  }

  /** LIVE_ENDPOINT (the stage's https @connections endpoint) and ManageConnections on this API's stage only. */
  public useConnections(fn: ProjectFunction): void {
    const stack = Stack.of(this);
    const connections = `${this.stage.stageName}/*/@connections/*`;
    fn.function.addEnvironment('LIVE_ENDPOINT', this.stage.callbackUrl);
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['execute-api:ManageConnections'],
        // POST (send), GET (inspect) and DELETE (close) on this stage's connections, nothing else of the API.
        resources: [stack.formatArn({ service: 'execute-api', resource: this.webSocketApi.apiId, resourceName: connections })],
      }),
    );
    const apiId = stack.getLogicalId(this.webSocketApi.node.defaultChild as CfnElement);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${stack.partition}:execute-api:${stack.region}:<AWS::AccountId>:<${apiId}>/${connections}]`,
      reason:
        'Connection ids are made by API Gateway at connect time, so the grant names every connection of this one stage of this one API (any method: send, inspect, close); no other API or stage is covered.',
    });
  }
}
