import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ExportDocument } from './account.format';

@ObjectType({
  description: [
    'One page of your data export in the versioned format "lacrima-export/1" (schema/EXPORT.md describes every field).',
    '`document` has the same shape on every page: `format`, `exportedAt`, `member { id }`, `profile` (first page only, null after),',
    'and the lists `sessions`, `journalEntries`, `routines`, `routineCompletions`, `therapistNotes`, `practiceSuggestions`, `grants`,',
    '`accessLog`, `grantsAsTherapist`, `circleMemberships`, `checkIns`, `replies`, `reactions`, `reports`.',
    'To assemble the whole export, append each list of every page in page order.',
    "Only what you wrote or what is about you: never another member's check-ins, replies, member ids or pseudonyms;",
    'your reactions appear as { circleId, checkInId, kind } and reactions on your check-ins only as counts.',
  ].join(' '),
})
export class DataExportPage {
  @Field(() => String, { description: 'Always "lacrima-export/1" for this version of the format' })
  format!: string;

  @Field(() => GraphQLJSONObject, { description: 'This page of the export document (see the type description and schema/EXPORT.md)' })
  document!: ExportDocument;

  @Field(() => Boolean, { description: 'True while there is more: call again with `after: endCursor`' })
  hasMore!: boolean;

  @Field(() => String, { nullable: true, description: 'Opaque; pass as `after` for the next page. Null on the last page' })
  endCursor!: string | null;
}

@ObjectType({
  description:
    'One page of your sessions as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted). ' +
    'The header row comes on the first page only, so pages can simply be concatenated. Text that a spreadsheet would run as a formula ' +
    '(starting with = + - @) is prefixed with an apostrophe. Columns are listed in schema/EXPORT.md.',
})
export class SessionsCsvPage {
  @Field(() => String, { description: 'This page of the CSV text (with the header row on the first page)' })
  csv!: string;

  @Field(() => Int, { description: 'Sessions on this page (the header row not counted)' })
  rowCount!: number;

  @Field(() => Boolean, { description: 'True while there is more: call again with `after: endCursor`' })
  hasMore!: boolean;

  @Field(() => String, { nullable: true, description: 'Opaque; pass as `after` for the next page. Null on the last page' })
  endCursor!: string | null;
}

@ObjectType({ description: 'How far the deletion of your account got in this call' })
export class AccountDeletion {
  @Field(() => Boolean, {
    description:
      'True once everything is gone, the sign-in included: stop calling and discard your tokens. False: call again (each call does a bounded amount of work)',
  })
  complete!: boolean;

  @Field(() => Int, { description: 'Items deleted by this call' })
  deletedItems!: number;
}
