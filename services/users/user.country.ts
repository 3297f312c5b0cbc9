import { getAllCountries, getTimezone } from 'countries-and-timezones';

/**
 * The member's country is theirs to state (ISO 3166-1 alpha-2); it picks the
 * crisis lines they see. A time zone can only suggest one, for the app to
 * confirm: it is never applied silently (DOMAIN.md, "Where a member lives").
 */
const COUNTRIES: ReadonlySet<string> = new Set(Object.keys(getAllCountries()));

/** True for an assigned ISO 3166-1 alpha-2 code, in capitals (DE, GB; not UK or de). */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && COUNTRIES.has(value);
}

/**
 * The country a time zone belongs to (Europe/Berlin -> DE, Europe/Copenhagen -> DK),
 * or null for zones of no one country (UTC, Etc/GMT+2). A zone shared by several
 * countries names the one it is kept for in the IANA database.
 */
export function countryOfTimeZone(timeZone: string): string | null {
  const zone = getTimezone(timeZone);
  const country = zone?.countries[0];
  return country && COUNTRIES.has(country) ? country : null;
}
