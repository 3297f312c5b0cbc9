import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { JournalEntry } from './journal.type';

export const CreateJournalEntryPayload = objectPayload('CreateJournalEntryPayload', 'journalEntry', () => JournalEntry, 'The entry written');
export const UpdateJournalEntryPayload = objectPayload('UpdateJournalEntryPayload', 'journalEntry', () => JournalEntry, 'The entry changed');
export const DeleteJournalEntryPayload = deletionPayload('DeleteJournalEntryPayload', 'The entry deleted');
