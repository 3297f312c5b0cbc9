/** What the code under test writes: EMF lines on stdout, log lines through console. Nothing reaches the terminal. */
export interface Captured {
  /** Every stdout line that is an EMF object (has `_aws`), parsed. */
  metricLines(): EmfLine[];
  /** Every console line, parsed. */
  logLines(): Record<string, unknown>[];
  restore(): void;
}

export interface EmfLine extends Record<string, unknown> {
  _aws: { Timestamp: number; CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
}

/** Turns output on (unit-env silences it) and records it until restore(). */
export function captureOutput(): Captured {
  const silent = process.env.LACRIMA_SILENT_LOGS;
  process.env.LACRIMA_SILENT_LOGS = 'false';
  const stdout: string[] = [];
  const consoleLines: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => void consoleLines.push(String(line)));
  const error = jest.spyOn(console, 'error').mockImplementation((line: unknown) => void consoleLines.push(String(line)));
  const parse = (lines: string[]) => lines.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    metricLines: () => parse(stdout).filter((line): line is EmfLine => '_aws' in line),
    logLines: () => parse(consoleLines),
    restore: () => {
      write.mockRestore();
      log.mockRestore();
      error.mockRestore();
      if (silent === undefined) delete process.env.LACRIMA_SILENT_LOGS;
      else process.env.LACRIMA_SILENT_LOGS = silent;
    },
  };
}

/** The names and dimension sets of the line's metrics, by metric name. */
export function directives(line: EmfLine): Record<string, { namespace: string; dimensions: string[][]; unit: string }> {
  return Object.fromEntries(
    line._aws.CloudWatchMetrics.flatMap((d) => d.Metrics.map((m) => [m.Name, { namespace: d.Namespace, dimensions: d.Dimensions, unit: m.Unit }])),
  );
}
