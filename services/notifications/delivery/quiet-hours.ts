/** Quiet hours as "HH:MM" in the member's zone; `end` before `start` wraps midnight. */
export interface QuietHoursWindow {
  start: string;
  end: string;
}

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes since local midnight of `at` in `timeZone` (the zone's own offset that day, DST included). */
export function localMinuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/** True when `at` falls in [start, end) of the member's local day; a window that wraps midnight covers both sides. */
export function inQuietHours(window: QuietHoursWindow | null | undefined, timeZone: string, at: Date): boolean {
  if (!window) return false;
  const start = minutes(window.start);
  const end = minutes(window.end);
  const now = localMinuteOfDay(at, timeZone);
  return start < end ? now >= start && now < end : now >= start || now < end;
}
