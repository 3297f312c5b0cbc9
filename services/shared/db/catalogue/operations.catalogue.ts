import { ENTITY, type ItemType, type Key } from './shapes';

const MIGRATIONS = 'MIGRATIONS';

/**
 * Where a migration run over the table stands, one item per set of
 * migrations (`run` digests their ids), so a run that stopped resumes there.
 */
export function migrationCheckpointKey(run: string): Key {
  return { PK: MIGRATIONS, SK: `RUN#${run}` };
}

export const OPERATIONS_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.MigrationCheckpoint,
    domain: 'shared/db',
    about: "a migration run's position in each scan segment (operator tooling only)",
    key: () => migrationCheckpointKey('<run>'),
    patterns: [{ name: 'npm run admin -- migrate: resume a run', budget: '1 GetItem per run, 1 PutItem per page' }],
  },
];
