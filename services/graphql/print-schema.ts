import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

const HEADER = '# Generated from the code by `npm run schema`. Do not edit by hand.\n\n';

/** The schema as committed in schema/schema.graphql, sorted so diffs stay small. */
export function printSchemaText(): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
