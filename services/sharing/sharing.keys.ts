import { userPartition } from '../shared/db/keys';

const GRANT = 'GRANT#';
const ACCESS = 'ACCESS#';

/** The one grant of a client-therapist pair. */
export function grantKey(clientSub: string, therapistSub: string) {
  return { PK: userPartition(clientSub), SK: `${GRANT}${therapistSub}` };
}

/** Lets a therapist list their clients (GSI1) without reading clients' partitions. */
export function grantIndexKeys(therapistSub: string, clientSub: string) {
  return { GSI1PK: `THERAPIST#${therapistSub}`, GSI1SK: `CLIENT#${clientSub}` };
}

export function therapistClientsRange(therapistSub: string) {
  return { partition: `THERAPIST#${therapistSub}`, range: { from: 'CLIENT#', to: 'CLIENT#\uffff' } };
}

export const CLIENT_GRANTS_RANGE = { from: GRANT, to: `${GRANT}\uffff` };

/**
 * Set while an operator has removed a therapist (`npm run admin -- therapist
 * remove`): no share code can be made for them until they are added again.
 */
export function therapistRemovedKey(therapistSub: string) {
  return { PK: userPartition(therapistSub), SK: 'THERAPIST#REMOVED' };
}

/** A therapist's current share code, and the lookup from code to therapist. */
export function shareCodeOwnerKey(therapistSub: string) {
  return { PK: userPartition(therapistSub), SK: 'SHARECODE' };
}
export function shareCodeLookupKey(code: string) {
  return { PK: `SHARECODE#${code}`, SK: 'SHARECODE' };
}

/** Access-log entries sort by time within the client's partition. */
export function accessLogKey(clientSub: string, at: string, id: string) {
  return { PK: userPartition(clientSub), SK: `${ACCESS}${at}#${id}` };
}
export const ACCESS_LOG_RANGE = { from: ACCESS, to: `${ACCESS}\uffff` };

/** Suggested practices wait in the client's partition. */
export function suggestionKey(clientSub: string, id: string) {
  return { PK: userPartition(clientSub), SK: `SUGGESTION#${id}` };
}
export const SUGGESTIONS_RANGE = { from: 'SUGGESTION#', to: 'SUGGESTION#\uffff' };
