import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { UnauthenticatedError } from '../shared/errors';
import type { ProfileChanges, UserRepository } from '../users/user.repository';
import type { ProfileRecord } from '../users/user.type';
import type { DeleteMyAccountInput, ExportArgs } from './account.input';
import type { AccountRepository } from './account.ports';
import type { AccountDeletion, DataExportPage, SessionsCsvPage } from './account.type';
import { AccountDeletionService, DELETION_BUDGET, type DeletionBudget } from './account-deletion.service';
import { AccountExportService } from './account-export.service';

export {
  circleWrite,
  DELETION_BUDGET,
  REFUSE_AFTER_DELETION_MS,
  REFUSE_WHILE_DELETING_MS,
  successorOf,
  therapistWrite,
  type DeletionBudget,
} from './account-deletion.service';
export { EXPORT_LIMITS } from './account-export.service';

/**
 * A member's rights over their data, as the resolvers take them: the export
 * (account-export.service.ts) and the deletion (account-deletion.service.ts).
 */
export class AccountService {
  private readonly exports: AccountExportService;
  private readonly deletion: AccountDeletionService;

  constructor(
    private readonly repo: AccountRepository,
    clock: Clock,
    elapsed?: () => number,
  ) {
    this.exports = new AccountExportService(repo, clock);
    this.deletion = new AccountDeletionService(repo, clock, elapsed);
  }

  exportMyData(caller: Caller, args: ExportArgs): Promise<DataExportPage> {
    return this.exports.exportMyData(caller, args);
  }

  exportMySessionsCsv(caller: Caller, args: ExportArgs): Promise<SessionsCsvPage> {
    return this.exports.exportMySessionsCsv(caller, args);
  }

  deleteMyAccount(caller: Caller, input: DeleteMyAccountInput, budget: DeletionBudget = DELETION_BUDGET): Promise<AccountDeletion> {
    return this.deletion.deleteMyAccount(caller, input, budget);
  }
}

/**
 * A still-valid access token outlives the account by up to 15 minutes. The
 * profile is where a member's data starts (`me` and every write that needs
 * the time zone create it), so refusing to create one for a closed account
 * keeps a deleted account from coming back, at no cost on the common path:
 * the marker is only read when there is no profile.
 */
export class ClosedAccountGuard implements UserRepository {
  constructor(
    private readonly users: UserRepository,
    private readonly accounts: Pick<AccountRepository, 'closedAccount'>,
    private readonly clock: Clock,
  ) {}

  getProfile(sub: string): Promise<ProfileRecord | undefined> {
    return this.users.getProfile(sub);
  }

  updateProfile(sub: string, expectedVersion: number, changes: ProfileChanges, updatedAt: string): Promise<ProfileRecord> {
    return this.users.updateProfile(sub, expectedVersion, changes, updatedAt);
  }

  async createProfile(profile: ProfileRecord): Promise<boolean> {
    const closed = await this.accounts.closedAccount(profile.sub);
    if (closed && Date.parse(closed.refuseUntil) > this.clock.now().getTime()) {
      throw new UnauthenticatedError(
        closed.status === 'DELETED' ? 'This account has been deleted' : 'This account is being deleted; call deleteMyAccount to finish',
      );
    }
    return this.users.createProfile(profile);
  }
}
