/** Plain-text tables and goal lines for the console and README. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.every((row) => typeof row[i] === 'number' || /^[\d.,x%+-]+( ?(ms|MiB|KiB|x))?$/.test(String(row[i]))));
  const line = (row: Array<string | number>) =>
    '| ' + row.map((cell, i) => (numeric[i] ? String(cell).padStart(widths[i] as number) : String(cell).padEnd(widths[i] as number))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (numeric[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join('\n');
}

export interface Goal {
  readonly id: string;
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
  /** By how much it is missed (or the margin), in words. */
  readonly note?: string;
}

export function goalTable(goals: readonly Goal[]): string {
  return table(
    ['#', 'goal', 'measured', 'met', 'note'],
    goals.map((g) => [g.id, g.goal, g.measured, g.met ? 'yes' : 'NO', (g.note ?? '').length > 160 ? `${(g.note ?? '').slice(0, 157)}...` : (g.note ?? '')]),
  );
}

export const fmt = {
  ms: (v: number) => `${v.toFixed(1)} ms`,
  x: (v: number) => `${v.toFixed(2)}x`,
  mib: (bytes: number) => `${(bytes / 1024 ** 2).toFixed(3)} MiB`,
  kib: (bytes: number) => `${Math.round(bytes / 1024)} KiB`,
};
