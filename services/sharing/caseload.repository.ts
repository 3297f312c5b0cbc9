import { BatchGetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountOpen, refuseIfAccountClosed } from '../shared/db/closed-account';
import { isTransactionConditionFailed } from '../shared/db/conditions';
import { ENTITY } from '../shared/db/keys';
import { caseloadSummaryKey } from '../shared/db/catalogue/caseload.catalogue';
import { ConflictError } from '../shared/errors';
import type { CaseloadSummary } from './caseload.record';
import { parseSummary } from './caseload.rules';
import type { SummaryUpdate } from './caseload.stream';
import type { AccessLogRecord, GrantRecord } from './sharing.record';
import { accessLogKey, grantKey } from './sharing.keys';

/** DynamoDB's 100 parts a transaction, less the therapist's account check, two parts a client. */
export const LOOKS_PER_TRANSACTION = 49;

/** What one caseload look writes for one client. */
export interface CaseloadLook {
  grant: GrantRecord;
  entry: AccessLogRecord;
}

export interface CaseloadRepository {
  /** Every client's summary in one BatchGetItem (plus only what DynamoDB left unprocessed). */
  summaries(clientSubs: string[]): Promise<Map<string, CaseloadSummary>>;
  /** One UpdateItem: creates the summary on first use, never reads it. */
  applyUpdate(update: SummaryUpdate, now: string): Promise<void>;
  /**
   * One transaction for a page (of up to 49 clients; a larger page a few, in
   * parallel): each client's access-log entry, and on
   * each grant when the therapist looked, written only while the grant is still
   * active at the version read. A share revoked or narrowed meanwhile fails
   * the page (CONFLICT) instead of leaking.
   */
  recordLook(therapistSub: string, looks: CaseloadLook[], now: string): Promise<void>;
}

export class DynamoCaseloadRepository implements CaseloadRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async summaries(clientSubs: string[]) {
    const found = new Map<string, CaseloadSummary>();
    let pending: Array<Record<string, unknown>> = clientSubs.map(caseloadSummaryKey);
    while (pending.length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending } } }));
      for (const item of result.Responses?.[this.table] ?? []) {
        const summary = parseSummary(item);
        found.set(summary.clientSub, summary);
      }
      pending = result.UnprocessedKeys?.[this.table]?.Keys ?? [];
    }
    return found;
  }

  async applyUpdate(update: SummaryUpdate, now: string) {
    const names: Record<string, string> = { '#entity': 'entity', '#clientSub': 'clientSub', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = { ':entity': ENTITY.CaseloadSummary, ':clientSub': update.clientSub, ':updatedAt': now };
    const sets = ['#entity = :entity', '#clientSub = :clientSub', '#updatedAt = :updatedAt'];
    const adds: string[] = [];
    Object.entries(update.set).forEach(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      sets.push(`#s${i} = :s${i}`);
    });
    Object.entries(update.add).forEach(([name, value], i) => {
      names[`#a${i}`] = name;
      values[`:a${i}`] = new Set([value]);
      adds.push(`#a${i} :a${i}`);
    });
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: caseloadSummaryKey(update.clientSub),
        UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  async recordLook(therapistSub: string, looks: CaseloadLook[], now: string) {
    // Two parts a client and the therapist's account check: a page of up to LOOKS_PER_TRANSACTION clients is one transaction; a larger one a few, sent together.
    const chunks: CaseloadLook[][] = [];
    for (let i = 0; i < looks.length; i += LOOKS_PER_TRANSACTION) chunks.push(looks.slice(i, i + LOOKS_PER_TRANSACTION));
    await Promise.all(chunks.map((chunk) => this.recordChunk(therapistSub, chunk, now)));
  }

  private async recordChunk(therapistSub: string, looks: CaseloadLook[], now: string) {
    const parts = looks.flatMap(({ grant, entry }) => [
      {
        Update: {
          TableName: this.table,
          Key: grantKey(grant.clientSub, grant.therapistSub),
          // No version bump: a look changes nothing the client set, so no other read of this grant is invalidated.
          UpdateExpression: 'SET caseloadViewedAt = :now',
          ConditionExpression: '#version = :version AND #status = :active AND (attribute_not_exists(expiresAt) OR expiresAt > :now)',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':version': grant.version, ':active': 'ACTIVE', ':now': now },
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: { ...accessLogKey(entry.clientSub, entry.at, entry.id), entity: ENTITY.AccessLogEntry, ...entry },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ]);
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: [accountOpen(this.table, therapistSub), ...parts] }));
    } catch (error) {
      refuseIfAccountClosed(error, 0);
      if (isTransactionConditionFailed(error)) throw new ConflictError('A share changed while your caseload was read; try again');
      throw error;
    }
  }
}
