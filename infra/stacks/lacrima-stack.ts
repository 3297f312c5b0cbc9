import * as path from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Auth } from '../constructs/auth';
import { REPO_ROOT } from '../constructs/bundling';
import { DataTable } from '../constructs/data-table';
import { GraphqlApi } from '../constructs/graphql-api';
import { Observability } from '../constructs/observability';
import { ProjectFunction } from '../constructs/project-function';

export const GRAPHQL_HANDLER_ENTRY = path.join(REPO_ROOT, 'services', 'graphql', 'handler.ts');

export interface LacrimaStackProps extends StackProps {
  /** Deployment name (e.g. prod); names the stack, never changes runtime behaviour. */
  readonly stage: string;
}

/** Wiring only: each concern lives in its construct. */
export class LacrimaStack extends Stack {
  constructor(scope: Construct, id: string, props: LacrimaStackProps) {
    super(scope, id, props);

    const data = new DataTable(this, 'Data');
    const auth = new Auth(this, 'Auth');

    const graphql = new ProjectFunction(this, 'GraphqlFunction', {
      entry: GRAPHQL_HANDLER_ENTRY,
      description: `Lacrima GraphQL API (${props.stage})`,
      // Runtime STAGE selects hardening (introspection off, masked errors); every cloud deployment is 'prod'.
      environment: { STAGE: 'prod' },
    });
    graphql.useTable(data.table);
    // AdminDeleteUser: account deletion removes the member's Cognito user as well as their data.
    graphql.useUserPool(auth.userPool, auth.userPoolClient, ['cognito-idp:AdminDeleteUser']);

    const api = new GraphqlApi(this, 'Api', {
      handler: graphql.function,
      userPool: auth.userPool,
      userPoolClient: auth.userPoolClient,
    });

    new Observability(this, 'Observability', { function: graphql.function, httpApi: api.httpApi });

    new CfnOutput(this, 'GraphqlUrl', { value: api.graphqlUrl, description: 'POST GraphQL requests here with an access token' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
  }
}
