import type { Caller } from '../shared/auth/caller';
import { systemClock, type Clock } from '../shared/clock';
import { dynamo, tableName } from '../shared/db/client';
import { DynamoUserRepository } from '../users/user.repository';
import { UserService } from '../users/user.service';

/** Everything a resolver may use; built once per request from module-scope parts. */
export interface Context {
  caller: Caller;
  requestId: string;
  services: Services;
}

export interface Services {
  users: UserService;
}

/** Wiring happens here and only here: repositories into services. */
export function createServices(clock: Clock = systemClock): Services {
  const client = dynamo();
  const table = tableName();
  return {
    users: new UserService(new DynamoUserRepository(client, table), clock),
  };
}
