import type { Migration } from './migration';

/**
 * Every migration the operator command runs (`npm run admin -- migrate`), in
 * any order. Empty: every entity is still at version 1. To change a shape,
 * raise its version in SCHEMA_VERSIONS (catalogue/shapes.ts) and add the
 * migration here in the same change; docs/runbooks/migrate-data.md says how to run it.
 */
export const MIGRATIONS: readonly Migration[] = [];
