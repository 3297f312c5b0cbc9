import { SCHEMA_VERSIONS, type EntityName } from '../catalogue/shapes';

/** A stored item as the runner reads it: every attribute, keys included. */
export type StoredItem = Record<string, unknown>;

/**
 * One step in the shape of one entity's items, from version `from` to `to`
 * (= from + 1). `transform` answers the whole new item from the old one: a
 * pure function, keys unchanged (the runner refuses a move), and tolerant of
 * an item that already has some of the new shape (an UpdateItem by newer code
 * leaves the version as it was).
 */
export interface Migration {
  /** Stable and unique, e.g. '2027-01-profile-locale-default'; part of the checkpoint's identity. */
  readonly id: string;
  readonly entity: EntityName;
  readonly from: number;
  readonly to: number;
  readonly transform: (item: StoredItem) => StoredItem;
}

/**
 * Fails unless the migrations chain each entity from 1 up to exactly the
 * version the code writes (SCHEMA_VERSIONS), one step at a time, ids unique.
 */
export function checkMigrations(migrations: readonly Migration[], versions: Readonly<Record<string, number>> = SCHEMA_VERSIONS): void {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new Error(`Migration ${m.id} is registered twice`);
    ids.add(m.id);
    if (m.to !== m.from + 1) throw new Error(`Migration ${m.id} must go one version up (${m.from} -> ${m.from + 1})`);
  }
  for (const [entity, current] of Object.entries(versions)) {
    for (let v = 1; v < current; v++) {
      const steps = migrations.filter((m) => m.entity === entity && m.from === v);
      if (steps.length !== 1) throw new Error(`${entity} is written at version ${current}: it needs exactly one migration from ${v}, has ${steps.length}`);
    }
    const beyond = migrations.find((m) => m.entity === entity && m.to > current);
    if (beyond) throw new Error(`Migration ${beyond.id} goes past version ${current}, the one ${entity} is written at`);
  }
}
