import * as path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLING, REPO_ROOT } from './bundling';
import { ManagedPolicyRole } from './managed-policy-role';
import { TABLE_INDEXES } from '../../services/shared/db/table.definition';

/** The DynamoDB actions the code uses: GetItem, BatchGetItem and Query to read; PutItem, UpdateItem, DeleteItem and ConditionCheckItem alone or inside TransactWriteItems. */
export const TABLE_ACTIONS = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'] as const;

/** Every function's memory unless it says otherwise (the bench's cost model bills it). */
export const DEFAULT_MEMORY_MB = 1024;

export interface ProjectFunctionProps {
  /** Path of the handler module; must lie under the repository root. */
  readonly entry: string;
  /** Name of the exported handler. */
  readonly handler?: string;
  readonly description?: string;
  readonly environment?: Readonly<Record<string, string>>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly logRetention?: RetentionDays;
  /** Logs outlive the function unless the stage is throwaway. */
  readonly logRemovalPolicy?: RemovalPolicy;
  /** Customer managed key of the function's log group. */
  readonly logEncryptionKey: IKey;
  /**
   * Reserved concurrency: the most instances that can run at once, and a
   * guarantee that other functions cannot starve this one. It is taken from
   * the account's pool, which must keep 100 unreserved.
   */
  readonly reservedConcurrency: number;
  /** Where failed asynchronous invocations go (only functions invoked asynchronously have any). */
  readonly deadLetterQueue?: IQueue;
}

/** What every function of a stage shares: its log settings and the runtime environment all handlers read (services/shared/config.ts). */
export type FunctionDefaults = Pick<ProjectFunctionProps, 'logEncryptionKey' | 'logRetention' | 'logRemovalPolicy' | 'environment'>;

/**
 * A Node.js Lambda with the project's defaults: Node.js 22 on arm64, active
 * tracing, reserved concurrency, its own KMS-encrypted log group with
 * retention, an esbuild bundle shared with the bundle test, and a role whose
 * one managed policy holds only what the grants below add.
 */
export class ProjectFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly role: ManagedPolicyRole;
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      encryptionKey: props.logEncryptionKey,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    // Own role instead of AWSLambdaBasicExecutionRole: log writes scoped to this log group only.
    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${this.node.path}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: props.handler ?? 'handler',
      description: props.description,
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? DEFAULT_MEMORY_MB,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency,
      deadLetterQueue: props.deadLetterQueue,
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      bundling: LAMBDA_BUNDLING,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions.',
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22: the toolchain (esbuild target, the bundle test) is checked against 22; moving runtimes is a deliberate change, not a drift.',
    });
    Validations.of(this.function).acknowledge({
      id: 'HIPAA.Security-LambdaInsideVPC',
      reason:
        'Project functions accept no network connections and only call AWS APIs (DynamoDB, Cognito, X-Ray) over TLS with IAM-signed requests, so a VPC adds no inbound protection. The trade-off accepted is unrestricted egress: a compromised dependency could send data out, which pinned, locked and bundled dependencies mitigate; closing egress would take interface endpoints for Cognito and X-Ray in two AZs (about 30 USD a month) and a VPC to operate.',
    });
  }

  /** Read/write on the table and its indexes (nothing else) and TABLE_NAME, in one call. */
  public useTable(table: ITableV2): void {
    // Exactly what the repositories send (a transaction's parts are authorized one by one): no Scan, no
    // BatchWriteItem, no stream reads. On the table and the indexes it declares, by name.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: TABLE_ACTIONS.map((action) => `dynamodb:${action}`),
        resources: [table.tableArn, ...TABLE_INDEXES.map((index) => `${table.tableArn}/index/${index.indexName}`)],
      }),
    );
    this.function.addEnvironment('TABLE_NAME', table.tableName);
  }

  /**
   * USER_POOL_ID and USER_POOL_CLIENT_ID for token checks, plus exactly the
   * Cognito actions given, on this pool only.
   */
  public useUserPool(userPool: IUserPool, client: IUserPoolClient, actions: readonly string[]): void {
    this.function.addEnvironment('USER_POOL_ID', userPool.userPoolId);
    this.function.addEnvironment('USER_POOL_CLIENT_ID', client.userPoolClientId);
    if (actions.length > 0) userPool.grant(this.role, ...actions);
  }
}
