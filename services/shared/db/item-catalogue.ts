import { CASELOAD_ITEMS } from './catalogue/caseload.catalogue';
import { CIRCLE_ITEMS } from './catalogue/circle.catalogue';
import { DELIVERY_ITEMS } from './catalogue/delivery.catalogue';
import { LIVE_ITEMS } from './catalogue/live.catalogue';
import { MEASURE_ITEMS } from './catalogue/measure.catalogue';
import { MEMBER_ITEMS } from './catalogue/member.catalogue';
import { OPERATIONS_ITEMS } from './catalogue/operations.catalogue';
import { SCHEDULE_ITEMS } from './catalogue/schedule.catalogue';
import { SHARING_ITEMS } from './catalogue/sharing.catalogue';
import { ENTITY, type ItemType } from './catalogue/shapes';

/**
 * Every item type the single table holds, one declaration each, with its keys
 * (from the key builders themselves, called with placeholders) and the access
 * patterns that read it with their DynamoDB call budget. The builders live
 * beside their declarations in catalogue/; the domains' `*.keys.ts` re-export them.
 * docs/design/item-catalogue.md is this list printed (a test keeps it current).
 */
export const ITEM_CATALOGUE: readonly ItemType[] = [
  ...MEMBER_ITEMS,
  ...MEASURE_ITEMS,
  ...SHARING_ITEMS,
  ...CASELOAD_ITEMS,
  ...CIRCLE_ITEMS,
  ...LIVE_ITEMS,
  ...DELIVERY_ITEMS,
  ...SCHEDULE_ITEMS,
  ...OPERATIONS_ITEMS,
];

export { ENTITY, type EntityName } from './catalogue/shapes';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => `\`${text}\``;

function keyCell(item: ItemType): string {
  const { PK, SK } = item.key();
  return `${code(PK)} / ${code(SK)}`;
}

function indexCell(item: ItemType): string {
  const keys = item.indexKeys?.() ?? {};
  const indexes = ['GSI1', 'GSI2'] as const;
  return indexes
    .filter((index) => keys[`${index}PK`] !== undefined)
    .map((index) => `${index} ${code(keys[`${index}PK`]!)} / ${code(keys[`${index}SK`]!)}`)
    .join('<br>');
}

/** The catalogue as the Markdown page a newcomer reads. */
export function renderItemCatalogue(): string {
  const lines = [
    '# What the table holds',
    '',
    'Generated from `services/shared/db/item-catalogue.ts` by `test/unit/shared/item-catalogue.test.ts`',
    '(run it with `WRITE_CATALOGUE=1` after changing the catalogue). One row per stored item type;',
    'keys are shown with placeholders in angle brackets. Every list is a Query on one of these patterns;',
    'no Scan outside tests and tooling.',
    '',
    '| entity | domain | what it is | key (PK / SK) | index keys | read by (calls) |',
    '|---|---|---|---|---|---|',
  ];
  for (const item of ITEM_CATALOGUE) {
    const patterns = item.patterns.map((p) => `${p.name}${p.index ? ` (${p.index})` : ''}: ${p.budget}`).join('<br>');
    const about = item.expires ? `${item.about} (expires: TTL cleans up)` : item.about;
    lines.push(`| ${item.entity} | ${item.domain} | ${cell(about)} | ${keyCell(item)} | ${indexCell(item)} | ${cell(patterns)} |`);
  }
  lines.push('', `${ITEM_CATALOGUE.length} item types; entity names come from \`ENTITY\` (${Object.keys(ENTITY).length} names).`, '');
  return lines.join('\n');
}
