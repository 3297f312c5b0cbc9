import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '../shared/config';
import { cognitoClient, CognitoUsers } from '../shared/auth/cognito-users.repository';
import type { AccountRepository } from './account.ports';
import { DynamoAccountDeletion } from './account-deletion.repository';
import { DynamoAccountExport } from './account-export.repository';

export {
  DELETED_ACCOUNT,
  TRANSACTION_LIMIT,
  type AccountDeletionRepository,
  type AccountExportRepository,
  type AccountRepository,
  type AccountWrite,
  type LeavePlan,
  type MemberField,
  type SourcePage,
  type StoredItem,
  type TherapistTrace,
} from './account.ports';

/**
 * The account domain's storage in one object, as the services and the
 * wiring take it: the export's reads (account-export.repository.ts), the
 * deletion's reads and writes (account-deletion.repository.ts) and the
 * member's Cognito user (shared/auth/cognito-users.repository.ts).
 */
export class DynamoAccountRepository implements AccountRepository {
  private readonly exports: DynamoAccountExport;
  private readonly deletion: DynamoAccountDeletion;
  private readonly users: CognitoUsers;

  constructor(client: DynamoDBDocumentClient, table: string, identity: CognitoIdentityProviderClient, userPoolId: string | undefined) {
    this.exports = new DynamoAccountExport(client, table);
    this.deletion = new DynamoAccountDeletion(client, table);
    this.users = new CognitoUsers(identity, userPoolId);
  }

  // Export
  profile: AccountRepository['profile'] = (sub) => this.exports.profile(sub);
  sourcePage: AccountRepository['sourcePage'] = (sub, source, after, limit) => this.exports.sourcePage(sub, source, after, limit);
  memberships: AccountRepository['memberships'] = (sub) => this.exports.memberships(sub);
  circleContentPage: AccountRepository['circleContentPage'] = (circleId, memberId, after, limit) =>
    this.exports.circleContentPage(circleId, memberId, after, limit);

  // Deletion
  closedAccount: AccountRepository['closedAccount'] = (sub) => this.deletion.closedAccount(sub);
  openDeletion: AccountRepository['openDeletion'] = (sub, now, refuseUntil) => this.deletion.openDeletion(sub, now, refuseUntil);
  saveProgress: AccountRepository['saveProgress'] = (sub, progress, now) => this.deletion.saveProgress(sub, progress, now);
  finishDeletion: AccountRepository['finishDeletion'] = (sub, now, refuseUntil) => this.deletion.finishDeletion(sub, now, refuseUntil);
  shareCode: AccountRepository['shareCode'] = (sub) => this.deletion.shareCode(sub);
  firstTherapistClient: AccountRepository['firstTherapistClient'] = (sub) => this.deletion.firstTherapistClient(sub);
  therapistTraces: AccountRepository['therapistTraces'] = (kind, clientSub, therapistSub, after, limit) =>
    this.deletion.therapistTraces(kind, clientSub, therapistSub, after, limit);
  firstMembership: AccountRepository['firstMembership'] = (sub) => this.deletion.firstMembership(sub);
  firstFormerMembership: AccountRepository['firstFormerMembership'] = (sub) => this.deletion.firstFormerMembership(sub);
  circleTraces: AccountRepository['circleTraces'] = (circleId, memberId, after, limit) => this.deletion.circleTraces(circleId, memberId, after, limit);
  threadReplies: AccountRepository['threadReplies'] = (circleId, checkInId, limit) => this.deletion.threadReplies(circleId, checkInId, limit);
  activeMembers: AccountRepository['activeMembers'] = (circleId) => this.deletion.activeMembers(circleId);
  rosterVersion: AccountRepository['rosterVersion'] = (circleId) => this.deletion.rosterVersion(circleId);
  leaveCircle: AccountRepository['leaveCircle'] = (plan, now) => this.deletion.leaveCircle(plan, now);
  partitionItems: AccountRepository['partitionItems'] = (sub, limit) => this.deletion.partitionItems(sub, limit);
  apply: AccountRepository['apply'] = (writes, now) => this.deletion.apply(writes, now);

  // Identity
  deleteCognitoUser: AccountRepository['deleteCognitoUser'] = (sub) => this.users.deleteUser(sub);
}

/** The repository with the module-scope Cognito client and the configured pool. */
export function createAccountRepository(client: DynamoDBDocumentClient, table: string): DynamoAccountRepository {
  return new DynamoAccountRepository(client, table, cognitoClient(), config().userPoolId);
}
