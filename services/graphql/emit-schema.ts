import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaText } from './print-schema';

// `npm run schema`: the committed contract, generated from the code.
const target = join(__dirname, '..', '..', 'schema', 'schema.graphql');
writeFileSync(target, printSchemaText());
console.log(`wrote ${target}`);
