import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

/** The most stored records one export page reads. */
export const EXPORT_PAGE_MAX = 500;

/** What the member types to confirm that their account and all their data go for good. */
export const DELETE_CONFIRMATION = 'DELETE MY ACCOUNT';

@ArgsType()
export class ExportArgs {
  @Field(() => Int, { nullable: true, description: `Stored records this page reads at most, 1-${EXPORT_PAGE_MAX} (default ${EXPORT_PAGE_MAX})` })
  @Min(1)
  @Max(EXPORT_PAGE_MAX)
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page; omit for the first page' })
  after?: string;
}

@InputType({ description: `Deleting is permanent: your data cannot be recovered afterwards` })
export class DeleteMyAccountInput {
  @Field(() => String, { description: `Must be exactly "${DELETE_CONFIRMATION}"` })
  @MaxLength(100)
  confirm!: string;
}
