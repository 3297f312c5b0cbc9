/**
 * Crisis resources by country, chosen from the region of the member's locale
 * (en-GB -> GB, de-DE -> DE; a locale without a region, or a country not listed,
 * gets the international default).
 *
 * Every entry is a well-known public service, taken from the services' own public pages
 * (988lifeline.org, 988.ca, samaritans.org, giveusashout.org, 50808.ie, lifeline.org.au,
 * 1737.org.nz, telefonseelsorge.de, findahelpline.com). Numbers change: a person reviews
 * this list against those pages before every release. Do not add an entry without that review.
 */
import type { SupportResources } from './session.safety.type';

export const NOT_A_CRISIS_SERVICE =
  'Lacrima is not a crisis service. If you are in danger or might act on thoughts of harming yourself, contact emergency services now.';

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com';

type CountryResources = Omit<SupportResources, 'region' | 'disclaimer' | 'findAHelplineUrl'>;

function emergency(number: string): string {
  return `If you are in immediate danger, call ${number}.`;
}

const BY_REGION: Readonly<Record<string, CountryResources>> = {
  US: {
    crisisLine: { name: '988 Suicide & Crisis Lifeline (call or text)', phone: '988', alternativePhone: null, url: 'https://988lifeline.org' },
    textService: { name: 'Crisis Text Line', instructions: 'Text HOME to 741741' },
    emergency: emergency('911'),
  },
  CA: {
    crisisLine: { name: '9-8-8 Suicide Crisis Helpline (call or text)', phone: '988', alternativePhone: null, url: 'https://988.ca' },
    textService: { name: '9-8-8 by text', instructions: 'Text 988' },
    emergency: emergency('911'),
  },
  GB: {
    crisisLine: { name: 'Samaritans', phone: '116 123', alternativePhone: null, url: 'https://www.samaritans.org' },
    textService: { name: 'Shout', instructions: 'Text SHOUT to 85258' },
    emergency: emergency('999'),
  },
  IE: {
    crisisLine: { name: 'Samaritans', phone: '116 123', alternativePhone: null, url: 'https://www.samaritans.org/ireland' },
    textService: { name: '50808', instructions: 'Text HELLO to 50808' },
    emergency: emergency('112 or 999'),
  },
  AU: {
    crisisLine: { name: 'Lifeline', phone: '13 11 14', alternativePhone: null, url: 'https://www.lifeline.org.au' },
    textService: { name: 'Lifeline Text', instructions: 'Text 0477 13 11 14' },
    emergency: emergency('000'),
  },
  NZ: {
    crisisLine: { name: '1737, Need to talk? (call or text)', phone: '1737', alternativePhone: null, url: 'https://1737.org.nz' },
    textService: { name: '1737, Need to talk?', instructions: 'Text 1737' },
    emergency: emergency('111'),
  },
  DE: {
    crisisLine: { name: 'TelefonSeelsorge', phone: '0800 111 0 111', alternativePhone: '0800 111 0 222', url: 'https://www.telefonseelsorge.de' },
    textService: null,
    emergency: emergency('112'),
  },
};

const INTERNATIONAL: CountryResources = {
  crisisLine: { name: 'Find A Helpline: a helpline in your country', phone: null, alternativePhone: null, url: FIND_A_HELPLINE_URL },
  textService: null,
  emergency: 'If you are in immediate danger, contact your local emergency services.',
};

// Common non-ISO spellings of a listed country.
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** The country of a locale ('en-GB' -> 'GB'), or null when it names none or cannot be read. */
export function regionOfLocale(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale.replace(/_/g, '-')).region;
    if (!region) return null;
    const upper = region.toUpperCase();
    return REGION_ALIASES[upper] ?? upper;
  } catch {
    return null;
  }
}

/** Support resources for a locale; never fails, falling back to the international default. */
export function supportResourcesFor(locale: string): SupportResources {
  const region = regionOfLocale(locale);
  const listed = region === null ? undefined : BY_REGION[region];
  const resources = listed ?? INTERNATIONAL;
  // Fresh objects each time: callers may hand them to serialisers that annotate results.
  return {
    region: listed ? region : null,
    crisisLine: { ...resources.crisisLine },
    textService: resources.textService ? { ...resources.textService } : null,
    emergency: resources.emergency,
    findAHelplineUrl: FIND_A_HELPLINE_URL,
    disclaimer: NOT_A_CRISIS_SERVICE,
  };
}

/** Countries with their own entry; everything else gets the international default. */
export const SUPPORTED_REGIONS: readonly string[] = Object.keys(BY_REGION);
