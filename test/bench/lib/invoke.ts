import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { buildEvent } from '../../helpers/lambda';

export type LambdaHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Member {
  readonly sub: string;
  readonly groups?: readonly string[];
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export const newMember = (groups?: readonly string[]): Member => ({ sub: randomUUID(), groups });

/** Calls a Lambda handler in-process with an API Gateway v2 event carrying the member's verified claims. */
export function inProcessClient(handler: LambdaHandler, clientId: string) {
  return async (member: Member, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer> => {
    const claims: Record<string, string> = { sub: member.sub, username: member.sub, client_id: clientId, token_use: 'access' };
    if (member.groups?.length) claims['cognito:groups'] = `[${member.groups.join(' ')}]`;
    const result = await handler(buildEvent({ query, variables }, { claims }), { awsRequestId: randomUUID() } as Context);
    const body = JSON.parse(result.body ?? '{}') as Omit<GraphQLAnswer, 'status'>;
    return { status: result.statusCode ?? 200, ...body };
  };
}

export type InProcessClient = ReturnType<typeof inProcessClient>;

/** The data of a successful answer, or an error naming the operation. */
export function dataOf(answer: GraphQLAnswer, what: string): Record<string, unknown> {
  if (answer.errors?.length || !answer.data) {
    throw new Error(`${what} failed: ${answer.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? `HTTP ${answer.status}`}`);
  }
  return answer.data;
}
