export { AccountResolver } from './account.resolver';
export { AccountService, ClosedAccountGuard } from './account.service';
export { createAccountRepository, DynamoAccountRepository, type AccountRepository } from './account.repository';
