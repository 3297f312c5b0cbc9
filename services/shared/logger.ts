/**
 * Structured JSON logs. Only ids, codes and timings go in here: never text a
 * member wrote, never tokens.
 */
type Fields = Record<string, string | number | boolean | null | undefined>;

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

/** LOG_LEVEL (DEBUG, INFO, WARN or ERROR, as Powertools reads it); anything else logs from INFO. */
export function levelFrom(value: string | undefined): Level {
  const level = value?.trim().toLowerCase() ?? '';
  return Object.hasOwn(LEVELS, level) ? (level as Level) : 'info';
}

// Read once per container, as every setting is.
const threshold = LEVELS[levelFrom(process.env.LOG_LEVEL)];

/** The invocation fields Powertools Logger puts on every line, under its names. */
interface RequestFields {
  cold_start: boolean;
  function_request_id: string;
  xray_trace_id?: string;
}

/**
 * One request at a time per container, so module state is enough in Lambda (as
 * in Powertools). The local adapter may interleave requests: its lines can
 * then carry a neighbour's id.
 */
let current: RequestFields | undefined;

/** The Root part of an X-Ray trace header ("Root=1-...;Parent=...;Sampled=1"). */
export function traceRoot(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .find((part) => part.startsWith('Root='))
    ?.slice('Root='.length);
}

/** Marks the lines that follow as this request's; the runtime sets the trace header anew for each invocation. */
export function beginRequestLog(requestId: string, coldStart: boolean): void {
  current = { cold_start: coldStart, function_request_id: requestId, xray_trace_id: traceRoot(process.env._X_AMZN_TRACE_ID) };
}

export function endRequestLog(requestId: string): void {
  if (current?.function_request_id === requestId) current = undefined;
}

function write(level: Level, msg: string, fields: Fields): void {
  if (LEVELS[level] < threshold || process.env.LACRIMA_SILENT_LOGS === 'true') return;
  const line = JSON.stringify({ level, msg, time: new Date().toISOString(), ...current, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (msg: string, fields: Fields = {}) => write('debug', msg, fields),
  info: (msg: string, fields: Fields = {}) => write('info', msg, fields),
  warn: (msg: string, fields: Fields = {}) => write('warn', msg, fields),
  error: (msg: string, fields: Fields = {}) => write('error', msg, fields),
};
