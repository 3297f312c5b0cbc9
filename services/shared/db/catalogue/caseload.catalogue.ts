import { userPartition } from './member.catalogue';
import { ENTITY, type ItemType, type Key } from './shapes';

/**
 * What a therapist's caseload reads, in the client's partition (it goes with
 * the client's account). One summary item per client keeps the caseload at
 * one BatchGetItem per page whatever the number of clients; alerts are keyed
 * by what raised them, so the same signal never alerts twice.
 */
const ALERT = 'ALERT#';

/** The client's caseload summary: the one item a therapist's caseload page reads per client. */
export function caseloadSummaryKey(clientSub: string): Key {
  return { PK: userPartition(clientSub), SK: 'CASELOAD#SUMMARY' };
}

/** One alert to one therapist; `source` is `<item id>#<signal kind>` for a signal, the alert's own id when the client asked. */
export function alertKey(clientSub: string, therapistSub: string, source: string): Key {
  return { PK: userPartition(clientSub), SK: `${ALERT}${therapistSub}#${source}` };
}

const CLIENT = '<clientSub>';

export const CASELOAD_ITEMS: readonly ItemType[] = [
  {
    entity: ENTITY.CaseloadSummary,
    domain: 'sharing',
    about: "a client's latest measure scores, recent signals, suggestions, alerts and activity times, kept current by the writes that change them",
    key: () => caseloadSummaryKey(CLIENT),
    patterns: [
      { name: "a therapist's caseload page", budget: '1 Query (grants, GSI1) + 1 BatchGetItem (summaries) + 1 transaction (access log)' },
      { name: "kept current from the table's stream (sessions, measures, suggestions, alerts)", budget: '1 UpdateItem a change, no read' },
      { name: 'signal kinds, after a write that raised signals (with SAFETY_SIGNALS shared)', budget: '1 UpdateItem' },
    ],
  },
  {
    entity: ENTITY.Alert,
    domain: 'sharing',
    about: 'a safety alert a client sent (or consented to) to one therapist; its stream INSERT notifies the therapist',
    key: () => alertKey(CLIENT, '<therapistSub>', '<source>'),
    patterns: [
      { name: 'alertMyTherapist', budget: '1 GetItem (grant) + 1 transaction (alert + access-log entry + grant check)' },
      {
        name: 'after a session or measure raised signals',
        budget: "1 Query (the client's grants), then 1 transaction per opted-in therapist beside the summary's UpdateItem",
      },
    ],
  },
];
