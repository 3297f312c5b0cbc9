/** The one line a bench child prints for its parent (see lib/child.ts). */
export function report(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

export function progress(line: string): void {
  process.stderr.write(`    ${line}\n`);
}
