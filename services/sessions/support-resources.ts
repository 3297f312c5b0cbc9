/**
 * Crisis resources for the country the member stated (Profile.country). Until
 * they state one, the international default: a directory of helplines and the
 * advice to call local emergency services. The country is never guessed from
 * the language they read in (DOMAIN.md, "Where a member lives").
 *
 * The numbers, their sources and the day each was checked live in
 * support-resources.data.ts; `npm run check:resources` lists them for review.
 */
import { COUNTRY_RESOURCES, INTERNATIONAL_ENTRY, type CountryEntry } from './support-resources.data';
import type { SupportResources } from './session.safety.type';

export const NOT_A_CRISIS_SERVICE =
  'Lacrima is not a crisis service. If you are in danger or might act on thoughts of harming yourself, contact emergency services now.';

export const FIND_A_HELPLINE_URL = INTERNATIONAL_ENTRY.url;

/**
 * A `tel:` URI for a number as dialled in its country (spaces and dashes dropped),
 * or null for a star code (*4141): phones will not dial those from a link, so the
 * app shows the number to dial by hand.
 */
export function telUri(phone: string): string | null {
  return phone.includes('*') ? null : `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** An `sms:` URI (RFC 5724) with the message body, where the service asks for one. */
export function smsUri(to: string, body?: string): string {
  return `sms:${to.replace(/[^0-9+]/g, '')}${body ? `?body=${encodeURIComponent(body)}` : ''}`;
}

function fromEntry(country: string, entry: CountryEntry): SupportResources {
  const line = entry.crisisLine;
  const text = entry.textService;
  return {
    country,
    crisisLine: {
      name: line.name,
      phone: line.phone,
      phoneUri: telUri(line.phone),
      alternativePhone: line.alternativePhone ?? null,
      alternativePhoneUri: line.alternativePhone ? telUri(line.alternativePhone) : null,
      url: line.url,
      source: entry.source,
      verifiedOn: entry.verifiedOn,
    },
    textService: text
      ? {
          name: text.name,
          instructions: text.instructions,
          smsUri: text.sms ? smsUri(text.sms.to, text.sms.body) : null,
          source: text.source ?? entry.source,
          verifiedOn: entry.verifiedOn,
        }
      : null,
    emergency: `If you are in immediate danger, call ${entry.emergencyPhone}${entry.emergencyNote ? ` ${entry.emergencyNote}` : ''}.`,
    emergencyPhone: entry.emergencyPhone,
    emergencyPhoneUri: telUri(entry.emergencyPhone),
    findAHelplineUrl: FIND_A_HELPLINE_URL,
    disclaimer: NOT_A_CRISIS_SERVICE,
  };
}

function international(): SupportResources {
  return {
    country: null,
    crisisLine: {
      name: INTERNATIONAL_ENTRY.name,
      phone: null,
      phoneUri: null,
      alternativePhone: null,
      alternativePhoneUri: null,
      url: INTERNATIONAL_ENTRY.url,
      source: INTERNATIONAL_ENTRY.source,
      verifiedOn: INTERNATIONAL_ENTRY.verifiedOn,
    },
    textService: null,
    emergency: 'If you are in immediate danger, contact your local emergency services.',
    emergencyPhone: null,
    emergencyPhoneUri: null,
    findAHelplineUrl: FIND_A_HELPLINE_URL,
    disclaimer: NOT_A_CRISIS_SERVICE,
  };
}

/** Support resources for a country (ISO 3166-1 alpha-2); never fails, falling back to the international default. */
export function supportResourcesFor(country: string | null | undefined): SupportResources {
  const entry = country ? COUNTRY_RESOURCES[country] : undefined;
  // Fresh objects each time: callers may hand them to serialisers that annotate results.
  return entry && country ? fromEntry(country, entry) : international();
}

/** Countries with their own entry; everything else gets the international default. */
export const SUPPORTED_COUNTRIES: readonly string[] = Object.keys(COUNTRY_RESOURCES);
