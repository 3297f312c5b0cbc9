import { userPartition } from './member.catalogue';
import { ENTITY, prefixRange, type ItemType, type Key, type PartitionRange } from './shapes';

/**
 * What connects a client and a therapist. Grants, the access log and
 * suggested practices live in the client's partition, so the client reads
 * them alone and they go with the client's account; GSI1 lets a therapist list
 * their clients without reading any client's partition.
 */
const GRANT = 'GRANT#';
const ACCESS = 'ACCESS#';
const SUGGESTION = 'SUGGESTION#';
const THERAPIST_PREFIX = 'THERAPIST#';

/** The one grant of a client-therapist pair. */
export function grantKey(clientSub: string, therapistSub: string): Key {
  return { PK: userPartition(clientSub), SK: `${GRANT}${therapistSub}` };
}

/** Lets a therapist list their clients (GSI1) without reading clients' partitions. */
export function grantIndexKeys(therapistSub: string, clientSub: string) {
  return { GSI1PK: `${THERAPIST_PREFIX}${therapistSub}`, GSI1SK: `CLIENT#${clientSub}` };
}

export function therapistClientsRange(therapistSub: string): PartitionRange {
  return { partition: `${THERAPIST_PREFIX}${therapistSub}`, range: { from: 'CLIENT#', to: 'CLIENT#\uffff' } };
}

export const CLIENT_GRANTS_RANGE = prefixRange(GRANT);

/**
 * Set while an operator has removed a therapist (`npm run admin -- therapist
 * remove`): no share code can be made for them until they are added again.
 */
export function therapistRemovedKey(therapistSub: string): Key {
  return { PK: userPartition(therapistSub), SK: 'THERAPIST#REMOVED' };
}

/** A therapist's current share code, and the lookup from code to therapist. */
export function shareCodeOwnerKey(therapistSub: string): Key {
  return { PK: userPartition(therapistSub), SK: 'SHARECODE' };
}
export function shareCodeLookupKey(code: string): Key {
  return { PK: `SHARECODE#${code}`, SK: 'SHARECODE' };
}

/** Access-log entries sort by time within the client's partition. */
export function accessLogKey(clientSub: string, at: string, id: string): Key {
  return { PK: userPartition(clientSub), SK: `${ACCESS}${at}#${id}` };
}
export const ACCESS_LOG_RANGE = prefixRange(ACCESS);

/** Suggested practices wait in the client's partition. */
export function suggestionKey(clientSub: string, id: string): Key {
  return { PK: userPartition(clientSub), SK: `${SUGGESTION}${id}` };
}
export const SUGGESTIONS_RANGE = prefixRange(SUGGESTION);

const CLIENT = '<clientSub>';
const THERAPIST = '<therapistSub>';

export const SHARING_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.Grant,
    domain: 'sharing',
    about: "a client's grant to one therapist: scopes, expiry, status",
    key: () => grantKey(CLIENT, THERAPIST),
    indexKeys: () => grantIndexKeys(THERAPIST, CLIENT),
    patterns: [
      { name: 'the grant check before a therapist reads', budget: '1 GetItem (consistent)' },
      { name: "a client's grants", budget: '1 Query' },
      { name: "a therapist's clients", index: 'GSI1', budget: '1 Query' },
    ],
  },
  {
    entity: ENTITY.ShareCode,
    domain: 'sharing',
    about: "a therapist's current share code",
    key: () => shareCodeOwnerKey(THERAPIST),
    patterns: [{ name: 'my share code', budget: '1 GetItem' }],
  },
  {
    entity: ENTITY.ShareCodeLookup,
    domain: 'sharing',
    about: 'from a share code to its therapist (written with ShareCode in one transaction)',
    key: () => shareCodeLookupKey('<code>'),
    patterns: [{ name: 'a client invites a therapist by code', budget: '1 GetItem (+ the guess counter read alongside)' }],
  },
  {
    entity: ENTITY.TherapistRemoved,
    domain: 'sharing',
    about: 'an operator removed this therapist; no share code until added again',
    key: () => therapistRemovedKey(THERAPIST),
    patterns: [{ name: 'checked when a share code is made', budget: 'in the write' }],
  },
  {
    entity: ENTITY.AccessLogEntry,
    domain: 'sharing',
    about: "one therapist read of the client's data; never edited or deleted by anyone but the client's account deletion",
    key: () => accessLogKey(CLIENT, '<at>', '<id>'),
    patterns: [
      { name: 'my access log, newest first', budget: '1 Query' },
      { name: 'written with each therapist read', budget: '1 audit transaction (re-checks the grant)' },
    ],
  },
  {
    entity: ENTITY.PracticeSuggestion,
    domain: 'sharing',
    about: 'a practice a therapist suggested, waiting for the client to accept or decline',
    key: () => suggestionKey(CLIENT, '<id>'),
    patterns: [
      { name: 'my suggested practices', budget: '1 Query' },
      { name: 'one suggestion', budget: '1 GetItem' },
    ],
  },
];
