import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, LogGroupLogDestination, type HttpStage, type ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlApiProps {
  readonly handler: IFunction;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  /** Stage-wide limits; they cap cost and blunt floods before the Lambda runs. */
  readonly throttle: ThrottleSettings;
  readonly accessLogRetention?: RetentionDays;
  /** Access logs outlive the API unless the stage is throwaway. */
  readonly accessLogRemovalPolicy?: RemovalPolicy;
  /** Customer managed key of the access log group (the logs name the caller's sub and IP). */
  readonly accessLogEncryptionKey: IKey;
  /** Browser origins allowed by CORS (stage config); empty: no web page may call. */
  readonly allowedOrigins: readonly string[];
}

/** The HTTP API in front of the GraphQL function; every route requires a Cognito JWT. */
export class GraphqlApi extends Construct {
  public readonly httpApi: HttpApi;
  public readonly stage: HttpStage;
  public readonly accessLogGroup: LogGroup;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);

    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      userPoolClients: [props.userPoolClient],
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Lacrima GraphQL API',
      // Any route added later is authorized too; there is no anonymous route.
      defaultAuthorizer: authorizer,
      // The default stage is created below so it can carry throttling and access logs.
      createDefaultStage: false,
      // API Gateway answers preflights itself, before the authorizer; the same headers as `npm start` (services/local/http-adapter.ts).
      corsPreflight: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: [CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
        maxAge: Duration.minutes(10),
      },
    });

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: props.accessLogRetention ?? RetentionDays.ONE_MONTH,
      encryptionKey: props.accessLogEncryptionKey,
      removalPolicy: props.accessLogRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        // No bodies, headers or tokens: only what is needed to trace a request and its caller.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            sourceIp: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            sub: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', props.handler),
    });
  }
}
