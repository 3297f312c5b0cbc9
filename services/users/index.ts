export { UserResolver } from './user.resolver';
export { UserService, toProfile } from './user.service';
export { DynamoUserRepository, type UserRepository } from './user.repository';
export { profileKey } from './user.keys';
