import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaText } from '../../../services/graphql/print-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');

    expect(committed).toBe(printSchemaText());
  });
});
