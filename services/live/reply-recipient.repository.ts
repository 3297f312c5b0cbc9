import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { checkInKey, circlePartition, membersRange } from '../shared/db/catalogue/circle.catalogue';
import { ENTITY } from '../shared/db/catalogue/shapes';
import { keyNames } from '../shared/db/query-page';
import type { CheckInRecord, ReplyRecord } from '../circles/circle.record';

/**
 * The account a new reply's check-in belongs to, for its CHECK_IN_REPLY
 * notification: the check-in names its author by member id only, so the
 * author's membership is found on GSI2 by that id. Two calls, made only for
 * replies, off the request path. Undefined when the author replied to
 * themselves, left, or the check-in is gone.
 */
export function createReplyRecipient(client: DynamoDBDocumentClient, table: string) {
  return async (reply: ReplyRecord): Promise<string | undefined> => {
    const found = await client.send(
      new GetCommand({ TableName: table, Key: checkInKey(reply.circleId, reply.checkInId), ProjectionExpression: 'entity, author' }),
    );
    const checkIn = found.Item as (Pick<CheckInRecord, 'author'> & { entity?: string }) | undefined;
    if (checkIn?.entity !== ENTITY.CheckIn || checkIn.author.memberId === reply.author.memberId) return undefined;
    const { pk, sk } = keyNames('GSI2');
    const range = membersRange(checkIn.author.memberId);
    const members = await client.send(
      new QueryCommand({
        TableName: table,
        IndexName: 'GSI2',
        KeyConditionExpression: '#pk = :pk AND #sk = :sk',
        ExpressionAttributeNames: { '#pk': pk, '#sk': sk },
        ExpressionAttributeValues: { ':pk': circlePartition(reply.circleId), ':sk': range.from },
        Limit: 1,
      }),
    );
    const member = members.Items?.[0];
    return member?.status === 'ACTIVE' && typeof member.sub === 'string' ? member.sub : undefined;
  };
}
