import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemberItemStore } from '../shared/db/member-items';
import type { JournalEntryRecord } from './journal.record';

/** Journal entries are plain timeline items: the shared store covers every access pattern. */
export type JournalRepository = Pick<MemberItemStore<JournalEntryRecord>, 'create' | 'get' | 'update' | 'delete' | 'page'>;

export function createJournalRepository(client: DynamoDBDocumentClient, table: string): JournalRepository {
  return new MemberItemStore<JournalEntryRecord>(client, table, 'JournalEntry', 'writtenAt', 'Journal entry', 'journalEntry');
}
