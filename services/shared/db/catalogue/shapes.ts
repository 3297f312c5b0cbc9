import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE, type IndexName } from '../table.definition';

/**
 * The shapes every key builder answers in, and the names of the attributes
 * the table itself defines (derived from table.definition.ts, never typed again).
 */
export type Key = { PK: string; SK: string };

/** An inclusive sort-key range within one partition (`\uffff` closes a prefix). */
export type Range = { from: string; to: string };

/** A range together with the partition it lies in, for patterns whose partition is not the caller's own. */
export type PartitionRange = { partition: string; range: Range };

/** The shape version of a stored item (absent: 1); stamped on every Put by schema-version.ts, raised only by migrations. */
export const SCHEMA_VERSION_ATTRIBUTE = 'schemaVersion';

/** Every attribute that places an item rather than describing it: keys, index keys, the entity name, the TTL and the shape version. */
export const STORAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  ...TABLE_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey]),
  'entity',
  TTL_ATTRIBUTE,
  SCHEMA_VERSION_ATTRIBUTE,
]);

const HIGHEST = '\uffff';

/** Every sort key that starts with `prefix`. */
export function prefixRange(prefix: string): Range {
  return { from: prefix, to: `${prefix}${HIGHEST}` };
}

/** The value of the `entity` attribute of each stored item type: the only place these names are written. */
export const ENTITY = {
  Profile: 'Profile',
  Session: 'Session',
  JournalEntry: 'JournalEntry',
  RoutineCompletion: 'RoutineCompletion',
  TherapistNote: 'TherapistNote',
  Routine: 'Routine',
  IdempotencyMarker: 'IdempotencyMarker',
  RateCounter: 'RateCounter',
  ClosedAccount: 'ClosedAccount',
  Grant: 'Grant',
  ShareCode: 'ShareCode',
  ShareCodeLookup: 'ShareCodeLookup',
  TherapistRemoved: 'TherapistRemoved',
  AccessLogEntry: 'AccessLogEntry',
  PracticeSuggestion: 'PracticeSuggestion',
  Circle: 'Circle',
  CircleMembership: 'CircleMembership',
  FormerMembership: 'FormerMembership',
  CircleInvite: 'CircleInvite',
  CheckIn: 'CheckIn',
  CheckInReply: 'CheckInReply',
  CircleReport: 'CircleReport',
  MigrationCheckpoint: 'MigrationCheckpoint',
  Measure: 'Measure',
  MeasureSchedule: 'MeasureSchedule',
  DueReminder: 'DueReminder',
  PushDevice: 'PushDevice',
  DeliveryMarker: 'DeliveryMarker',
  DeliveryFailure: 'DeliveryFailure',
  LiveConnection: 'LiveConnection',
  LiveConnectionMarker: 'LiveConnectionMarker',
  LiveSubscription: 'LiveSubscription',
  CaseloadSummary: 'CaseloadSummary',
  Alert: 'Alert',
} as const;

export type EntityName = (typeof ENTITY)[keyof typeof ENTITY];

/**
 * The shape each entity's items are written in today. Raise one only together
 * with a migration to it (services/shared/db/migrations/registry.ts); a test
 * holds the two together.
 */
export const SCHEMA_VERSIONS: Readonly<Record<EntityName, number>> = Object.fromEntries(Object.values(ENTITY).map((name) => [name, 1])) as Record<
  EntityName,
  number
>;

/** One way an item type is read, and what it may cost (tests assert the counts). */
export interface AccessPattern {
  readonly name: string;
  /** Absent: the table's primary key. */
  readonly index?: IndexName;
  /** The DynamoDB calls of the operation that reads this way, as the tests assert them. */
  readonly budget: string;
}

/** One stored item type: its entity name, keys (built by calling the builders with placeholders) and readers. */
export interface ItemType {
  readonly entity: EntityName;
  /** The domain that owns it (the folder in services/). */
  readonly domain: string;
  readonly about: string;
  readonly key: () => Key;
  readonly indexKeys?: () => Partial<Record<`${IndexName}PK` | `${IndexName}SK`, string>>;
  /** TTL cleans the item up after its expiry (the code never relies on it). */
  readonly expires?: boolean;
  readonly patterns: readonly AccessPattern[];
}
