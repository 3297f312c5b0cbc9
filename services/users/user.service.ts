import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError } from '../shared/errors';
import { normalizeName } from '../shared/names';
import type { ProfileChanges, UserRepository } from './user.repository';
import { DEFAULT_PREFERENCES, type PreferencesRecord, type Profile, type ProfileRecord } from './user.type';
import { countryOfTimeZone, isCountryCode } from './user.country';
import { PROFILE_LIMITS, type PreferencesInput, type UpdateProfileInput } from './user.input';

export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_LOCALE = 'en-US';

export function toProfile(record: ProfileRecord, caller: Caller): Profile {
  return {
    id: record.sub,
    displayName: record.displayName ?? null,
    pronouns: record.pronouns ?? null,
    timeZone: record.timeZone,
    locale: record.locale,
    country: record.country ?? null,
    suggestedCountry: record.country ? null : countryOfTimeZone(record.timeZone),
    preferences: { ...DEFAULT_PREFERENCES, ...record.preferences },
    role: caller.role,
    version: record.version,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
  };
}

function cleanText(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadUserInputError(field, `${field} must not be blank`);
  return trimmed;
}

export class UserService {
  constructor(
    private readonly repo: UserRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's stored profile, created on first use. One GetItem when it exists. */
  async ensureProfile(caller: Caller): Promise<ProfileRecord> {
    const existing = await this.repo.getProfile(caller.sub);
    if (existing) return existing;
    const now = this.clock.now().toISOString();
    const fresh: ProfileRecord = {
      sub: caller.sub,
      displayName: null,
      pronouns: null,
      timeZone: DEFAULT_TIME_ZONE,
      locale: DEFAULT_LOCALE,
      country: null,
      preferences: { ...DEFAULT_PREFERENCES },
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    if (await this.repo.createProfile(fresh)) return fresh;
    // A concurrent first call won the race: read the one profile it made.
    const winner = await this.repo.getProfile(caller.sub);
    if (!winner) throw new Error('Profile vanished after a conditional create failed');
    return winner;
  }

  /** The caller's profile if it exists, creating none: to read it alongside a call that decides whether to go on (then `ensureProfile` if absent). */
  async findProfile(caller: Caller): Promise<ProfileRecord | undefined> {
    return this.repo.getProfile(caller.sub);
  }

  /** Another member's chosen name, for the few places one member names another (e.g. a share). */
  async displayNameOf(sub: string): Promise<string | null> {
    return (await this.repo.getProfile(sub))?.displayName ?? null;
  }

  async me(caller: Caller): Promise<Profile> {
    return toProfile(await this.ensureProfile(caller), caller);
  }

  async updateProfile(caller: Caller, input: UpdateProfileInput): Promise<Profile> {
    if (input.timeZone === null) throw new BadUserInputError('timeZone', 'timeZone cannot be cleared');
    if (input.locale === null) throw new BadUserInputError('locale', 'locale cannot be cleared');
    const current = await this.ensureProfile(caller);
    const changes: ProfileChanges = {
      // The name others see (therapists, circles by default): normalized, nothing hidden in it.
      displayName:
        input.displayName === undefined || input.displayName === null
          ? input.displayName
          : normalizeName(input.displayName, 'displayName', PROFILE_LIMITS.displayName),
      pronouns: cleanText(input.pronouns, 'pronouns'),
      timeZone: input.timeZone,
      locale: input.locale ? Intl.getCanonicalLocales(input.locale)[0] : undefined,
      country: countryChange(input.country),
      preferences: input.preferences ? preferencesChange({ ...DEFAULT_PREFERENCES, ...current.preferences }, input.preferences) : undefined,
    };
    const updated = await this.repo.updateProfile(caller.sub, input.version, changes, this.clock.now().toISOString());
    return toProfile(updated, caller);
  }
}

/** A stated country in capitals; null clears it; anything not an ISO 3166-1 alpha-2 code is refused. */
function countryChange(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const code = value.trim().toUpperCase();
  if (!isCountryCode(code)) throw new BadUserInputError('country', 'country must be an ISO 3166-1 alpha-2 code such as DE, GB or US');
  return code;
}

/** The stored preferences with the input's changes applied, as plain data (the input's nested parts are class instances). */
function preferencesChange(current: Required<PreferencesRecord>, input: PreferencesInput): Required<PreferencesRecord> {
  const { delivery, quietHours, ...flags } = input;
  if (quietHours && quietHours.start === quietHours.end) {
    throw new BadUserInputError('preferences.quietHours.end', 'quietHours.end must differ from quietHours.start');
  }
  return {
    ...current,
    ...stripNulls(flags),
    delivery: {
      push: delivery?.push ? [...delivery.push] : current.delivery.push,
      email: delivery?.email ? [...delivery.email] : current.delivery.email,
    },
    quietHours: quietHours === undefined ? current.quietHours : quietHours && { start: quietHours.start, end: quietHours.end },
  };
}

function stripNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
