import type { Caller } from '../shared/auth/caller';
import { systemClock, type Clock } from '../shared/clock';
import { dynamo, tableName } from '../shared/db/client';
import { createJournalRepository } from '../journal/journal.repository';
import { JournalService } from '../journal/journal.service';
import { DynamoSessionRepository } from '../sessions/session.repository';
import { SessionService } from '../sessions/session.service';
import { DynamoTimelineRepository } from '../timeline/timeline.repository';
import { TimelineService } from '../timeline/timeline.service';
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
  sessions: SessionService;
  journal: JournalService;
  timeline: TimelineService;
}

/** Wiring happens here and only here: repositories into services. */
export function createServices(clock: Clock = systemClock): Services {
  const client = dynamo();
  const table = tableName();
  const users = new UserService(new DynamoUserRepository(client, table), clock);
  return {
    users,
    sessions: new SessionService(new DynamoSessionRepository(client, table), users, clock),
    journal: new JournalService(createJournalRepository(client, table), users, clock),
    timeline: new TimelineService(new DynamoTimelineRepository(client, table)),
  };
}
