import type { SessionRecord } from '../sessions/session.record';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A spreadsheet may evaluate a cell as a formula when its first character
 * that is not white space is =, +, - or @, or when it starts with a tab, CR or
 * LF (OWASP "CSV injection"): " =1+1" and "\n=2+2" run as well as "=1+1".
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe (shown as text, never evaluated); a field with a
 * comma, double quote, CR or LF is quoted, doubling its quotes. Numbers and
 * booleans are written as they are; null and undefined as an empty field.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 text: fields joined by commas, every record ended by CRLF (so pages concatenate). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of the sessions CSV, in order (documented in schema/EXPORT.md). */
export const SESSION_CSV_COLUMNS = [
  'id',
  'status',
  'startedAt',
  'endedAt',
  'durationMinutes',
  'day',
  'intention',
  'setting',
  'distressBefore',
  'distressAfter',
  'peakIntensity',
  'tearsCame',
  'wantedToCry',
  'catalysts',
  'bodySensations',
  'emotions',
  'afterState',
  'reflection',
  'selfHarmThoughts',
  'feltUnsafe',
  'createdAt',
  'updatedAt',
] as const;

const MINUTE_MS = 60_000;

/** Lists inside one cell: "; " between items, a catalyst as "KIND: reference". */
function list(values: readonly string[] | undefined): string {
  return (values ?? []).join('; ');
}

export function sessionCsvRow(s: SessionRecord): CsvValue[] {
  const duration = s.endedAt ? Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / MINUTE_MS) : null;
  const catalysts = (s.catalysts ?? []).map((c) => (c.reference ? `${c.kind}: ${c.reference}` : c.kind));
  const row: Record<(typeof SESSION_CSV_COLUMNS)[number], CsvValue> = {
    id: s.id,
    status: s.status,
    startedAt: s.startedAt,
    endedAt: s.endedAt ?? null,
    durationMinutes: duration,
    day: s.localDay,
    intention: s.intention ?? null,
    setting: s.setting ?? null,
    distressBefore: s.distressBefore ?? null,
    distressAfter: s.distressAfter ?? null,
    peakIntensity: s.peakIntensity ?? null,
    tearsCame: s.tearsCame ?? null,
    wantedToCry: s.wantedToCry ?? null,
    catalysts: list(catalysts),
    bodySensations: list(s.bodySensations),
    emotions: list(s.emotions),
    afterState: s.afterState ?? null,
    reflection: s.reflection ?? null,
    selfHarmThoughts: s.selfHarmThoughts,
    feltUnsafe: s.feltUnsafe,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
  return SESSION_CSV_COLUMNS.map((column) => row[column]);
}
