import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { checkInKey, membershipKey } from '../circles/circle.keys';
import { replyCountChange, type TransactItem } from '../circles/circle-transactions.repository';
import { failedIndexes, isTransactionConditionFailed, retryingConflicts } from '../shared/db/conditions';
import type { Key } from '../shared/db/keys';
import { shareCodeLookupKey, shareCodeOwnerKey } from '../sharing/sharing.keys';
import { DELETED_ACCOUNT, TRANSACTION_LIMIT, type AccountWrite } from './account.ports';

function keyString(key: Key): string {
  return `${key.PK}\u0000${key.SK}`;
}

/** One DynamoDB operation of a write, and what happens to it when its condition fails. */
interface Op {
  item: TransactItem;
  key: Key;
  deletes: boolean;
  /** A failed primary drops its whole write; a failed secondary only itself. */
  primary: boolean;
  write: number;
}

/**
 * The deletion's writes, described by intent (`AccountWrite`), run as
 * transactions that tolerate what is done already: a deletion resumed after a
 * fault or run twice at once ends in the same place.
 */
export class AccountWrites {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async apply(writes: AccountWrite[], now: Date): Promise<number> {
    // A share code is two items, either of which may be gone already: two independent deletes.
    const plain = writes.flatMap((write): AccountWrite[] =>
      write.op === 'deleteShareCode'
        ? [
            { op: 'delete', key: shareCodeLookupKey(write.code) },
            { op: 'delete', key: shareCodeOwnerKey(write.sub) },
          ]
        : [write],
    );
    const ops = plain.flatMap((write, i) => this.opsOf(write, i, now));
    let deleted = 0;
    for (const batch of batches(ops)) deleted += await this.transact(batch);
    return deleted;
  }

  private deleteOp(key: Key, write: number): Op {
    return { key, write, primary: true, deletes: true, item: { Delete: { TableName: this.table, Key: key, ConditionExpression: 'attribute_exists(PK)' } } };
  }

  private opsOf(write: AccountWrite, i: number, now: Date): Op[] {
    const at = now.toISOString();
    switch (write.op) {
      case 'delete':
        return [this.deleteOp(write.key, i)];
      case 'deleteShareCode':
        return [this.deleteOp(shareCodeLookupKey(write.code), i), this.deleteOp(shareCodeOwnerKey(write.sub), i)];
      case 'deleteReply': {
        const ops = [this.deleteOp(write.key, i)];
        if (write.countOff) {
          // The circles domain's own rule for taking a reply off its check-in's count.
          const key = checkInKey(write.circleId, write.checkInId);
          ops.push({ key, write: i, primary: false, deletes: false, item: replyCountChange(this.table, write.circleId, write.checkInId, -1, now) });
        }
        return ops;
      }
      case 'forgetMember': {
        const names: Record<string, string> = { '#updatedAt': 'updatedAt' };
        const values: Record<string, unknown> = { ':now': at };
        const deletes: string[] = [];
        const sets = ['#updatedAt = :now'];
        const conditions = ['attribute_exists(PK)'];
        const setNames = [...write.reactions.map((kind) => `reactions_${kind}`), ...(write.reportedBy ? ['reportedBy'] : [])];
        setNames.forEach((name, n) => {
          names[`#s${n}`] = name;
          deletes.push(`#s${n} :member`);
        });
        if (deletes.length) values[':member'] = new Set([write.memberId]);
        write.fields.forEach((field, n) => {
          names[`#f${n}`] = field;
          sets.push(`#f${n} = :placeholder`);
          conditions.push(`#f${n} = :memberId`);
        });
        if (write.fields.length) Object.assign(values, { ':placeholder': DELETED_ACCOUNT.id, ':memberId': write.memberId });
        if (!deletes.length && !write.fields.length) return [];
        return [
          {
            key: write.key,
            write: i,
            primary: true,
            deletes: false,
            item: {
              Update: {
                TableName: this.table,
                Key: write.key,
                UpdateExpression: `SET ${sets.join(', ')}${deletes.length ? ` DELETE ${deletes.join(', ')}` : ''}`,
                ConditionExpression: conditions.join(' AND '),
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
          },
        ];
      }
      case 'deleteTombstone': {
        const key = membershipKey(write.circleId, write.sub);
        const condition = {
          ConditionExpression: '#status = :removed AND #memberId = :memberId',
          ExpressionAttributeNames: { '#status': 'status', '#memberId': 'memberId' },
        };
        const values = { ExpressionAttributeValues: { ':removed': 'REMOVED', ':memberId': write.memberId } };
        return [{ key, write: i, primary: true, deletes: true, item: { Delete: { TableName: this.table, Key: key, ...condition, ...values } } }];
      }
      case 'forgetTherapist':
        return [
          {
            key: write.key,
            write: i,
            primary: true,
            deletes: false,
            item: {
              Update: {
                TableName: this.table,
                Key: write.key,
                UpdateExpression: 'SET #therapistSub = :placeholder, #therapistName = :name',
                ConditionExpression: 'attribute_exists(PK) AND #therapistSub = :sub',
                ExpressionAttributeNames: { '#therapistSub': 'therapistSub', '#therapistName': 'therapistName' },
                ExpressionAttributeValues: { ':placeholder': DELETED_ACCOUNT.id, ':name': DELETED_ACCOUNT.name, ':sub': write.therapistSub },
              },
            },
          },
        ];
    }
  }

  /**
   * One transaction. A condition that no longer holds means that part is done
   * already (or its item went away): drop it (with its write, if it was the
   * write's primary part) and send the rest again. Answers the items deleted.
   */
  private async transact(ops: Op[]): Promise<number> {
    let pending = ops;
    while (pending.length > 0) {
      try {
        await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: pending.map((op) => op.item) })));
        return pending.filter((op) => op.deletes).length;
      } catch (error) {
        if (!isTransactionConditionFailed(error)) throw error;
        const failed = new Set(failedIndexes(error));
        const droppedWrites = new Set(pending.filter((op, i) => failed.has(i) && op.primary).map((op) => op.write));
        pending = pending.filter((op, i) => !failed.has(i) && !droppedWrites.has(op.write));
      }
    }
    return 0;
  }
}

/** Splits ops into transactions: at most 100 items, no item twice, a write's ops together. */
function batches(ops: Op[]): Op[][] {
  const result: Op[][] = [];
  let current: Op[] = [];
  let keys = new Set<string>();
  const byWrite = new Map<number, Op[]>();
  for (const op of ops) byWrite.set(op.write, [...(byWrite.get(op.write) ?? []), op]);
  for (const group of byWrite.values()) {
    const clash = group.some((op) => keys.has(keyString(op.key)));
    if (current.length > 0 && (clash || current.length + group.length > TRANSACTION_LIMIT)) {
      result.push(current);
      current = [];
      keys = new Set();
    }
    for (const op of group) {
      // The same item twice within one write (cannot happen with the writes above) would be refused by DynamoDB.
      keys.add(keyString(op.key));
      current.push(op);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}
