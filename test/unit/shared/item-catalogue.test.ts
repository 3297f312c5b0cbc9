import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY, ITEM_CATALOGUE, renderItemCatalogue } from '../../../services/shared/db/item-catalogue';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'design', 'item-catalogue.md');

/**
 * The catalogue is the one list of what the table holds. Its page in docs/
 * is printed from it: this test fails when the page is stale (write it again
 * with `WRITE_CATALOGUE=1 npx jest test/unit/shared/item-catalogue.test.ts`).
 */
describe('item catalogue', () => {
  it('declares every entity name once, and nothing that is not one', () => {
    const declared = ITEM_CATALOGUE.map((item) => item.entity);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual(Object.values(ENTITY).sort());
  });

  it('gives every item type a key, a domain and at least one access pattern with its call budget', () => {
    for (const item of ITEM_CATALOGUE) {
      const { PK, SK } = item.key();
      expect({ entity: item.entity, PK: typeof PK, SK: typeof SK }).toEqual({ entity: item.entity, PK: 'string', SK: 'string' });
      expect(item.domain).toMatch(/^[a-z/]+$/);
      expect(item.patterns.length).toBeGreaterThan(0);
      for (const pattern of item.patterns) expect(pattern.budget).toMatch(/\d|in the write/);
    }
  });

  it('keeps every primary key unique: no two item types could overwrite each other', () => {
    const keys = ITEM_CATALOGUE.map((item) => JSON.stringify(item.key()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names only indexes that exist and every pattern on an index has that index's keys", () => {
    for (const item of ITEM_CATALOGUE) {
      const indexKeys = item.indexKeys?.() ?? {};
      for (const pattern of item.patterns.filter((p) => p.index)) {
        expect({ entity: item.entity, index: pattern.index, has: `${pattern.index}PK` in indexKeys }).toEqual({
          entity: item.entity,
          index: pattern.index,
          has: true,
        });
      }
    }
  });

  it('is printed as a table in docs/design/item-catalogue.md', () => {
    const page = renderItemCatalogue();
    if (process.env.WRITE_CATALOGUE === '1') writeFileSync(DOC, page);

    expect(readFileSync(DOC, 'utf8')).toBe(page);
    for (const item of ITEM_CATALOGUE) expect(page).toContain(`| ${item.entity} |`);
    // The keys shown are the builders' own: a session's sort key as stored.
    expect(page).toContain('`USER#<sub>` / `SESSION#<id>`');
  });
});
