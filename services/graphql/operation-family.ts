import type { OperationFamily } from '../shared/metrics.definition';

/**
 * The family of each root field that is not a plain member read (a query) or
 * write (a mutation). A test checks every name here is a root field of the schema.
 */
export const ROOT_FIELD_FAMILY: Readonly<Record<string, Exclude<OperationFamily, 'read' | 'write'>>> = {
  // The data-rights calls: long pages and many items.
  deleteMyAccount: 'account',
  exportMyData: 'account',
  exportMySessionsCsv: 'account',
  // A therapist's side of a share.
  acceptInvitation: 'therapist',
  addNote: 'therapist',
  clientInsights: 'therapist',
  clientSafetyStatus: 'therapist',
  clientTimeline: 'therapist',
  declineInvitation: 'therapist',
  deleteNote: 'therapist',
  myClients: 'therapist',
  myInvitations: 'therapist',
  myShareCode: 'therapist',
  rotateShareCode: 'therapist',
  suggestPractice: 'therapist',
  updateNote: 'therapist',
  // Circles: another partition, transactions across members.
  addReaction: 'circle',
  checkInPreview: 'circle',
  circle: 'circle',
  createCircle: 'circle',
  createCircleInvite: 'circle',
  hideCircleContent: 'circle',
  joinCircle: 'circle',
  leaveCircle: 'circle',
  markCircleVisited: 'circle',
  myCircles: 'circle',
  postCheckIn: 'circle',
  removeCircleMember: 'circle',
  removeReaction: 'circle',
  replyToCheckIn: 'circle',
  reportCircleContent: 'circle',
  resolveCircleReport: 'circle',
  revokeCircleInvite: 'circle',
  setCircleMemberRole: 'circle',
  setCirclePseudonym: 'circle',
  transferCircleOwnership: 'circle',
};

// An operation that asks for several families is filed under the heaviest.
const WEIGHT: Readonly<Record<OperationFamily, number>> = { read: 0, write: 1, circle: 2, therapist: 3, account: 4 };

/** The family of an operation from its type and the names of its root fields. */
export function operationFamily(operation: 'query' | 'mutation' | 'subscription', rootFields: readonly string[]): OperationFamily {
  let family: OperationFamily = operation === 'mutation' ? 'write' : 'read';
  for (const field of rootFields) {
    const named = Object.hasOwn(ROOT_FIELD_FAMILY, field) ? ROOT_FIELD_FAMILY[field] : undefined;
    if (named !== undefined && WEIGHT[named] > WEIGHT[family]) family = named;
  }
  return family;
}
