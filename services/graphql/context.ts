import type { Caller } from '../shared/auth/caller';
import { systemClock, type Clock } from '../shared/clock';
import { dynamo, tableName } from '../shared/db/client';
import { fromItem } from '../shared/db/items';
import { createAccountRepository } from '../account/account.repository';
import { AccountService, ClosedAccountGuard } from '../account/account.service';
import { FhirExportService } from '../account/fhir/fhir.service';
import { DynamoCircleRepository } from '../circles/circle.repository';
import { CircleService } from '../circles/circle.service';
import { createJournalRepository } from '../journal/journal.repository';
import { DynamoMeasureRepository } from '../measures/measure.repository';
import { MeasureService } from '../measures/measure.service';
import { ClientMeasureService } from '../measures/client-measure.service';
import { SharingClientAccess } from '../measures/measure.client-access';
import { DynamoMeasureScheduleRepository } from '../measures/measure-schedule.repository';
import { MeasureScheduleService } from '../measures/measure-schedule.service';
import { DynamoMeasureWindowRepository } from '../measures/measure-insights.repository';
import { MeasureInsightsService } from '../measures/measure-insights.service';
import type { JournalEntryRecord } from '../journal/journal.record';
import { JournalService, toJournalEntry } from '../journal/journal.service';
import { createCompletionRepository, DynamoActivityReader, DynamoRoutineRepository } from '../routines/routine.repository';
import type { RoutineCompletionRecord } from '../routines/routine.record';
import { RoutineService, toRoutineCompletion } from '../routines/routine.service';
import { AftercareService } from '../routines/routine-aftercare.service';
import type { SessionRecord } from '../sessions/session.record';
import { DynamoSessionRepository } from '../sessions/session.repository';
import { SessionService, toSession } from '../sessions/session.service';
import type { NoteRecord } from '../sharing/sharing.record';
import { alertingMeasures, alertingSessions } from '../sharing/alert.hooks';
import { DynamoAlertRepository } from '../sharing/alert.repository';
import { AlertService } from '../sharing/alert.service';
import { DynamoCaseloadRepository } from '../sharing/caseload.repository';
import { CaseloadService } from '../sharing/caseload.service';
import { DynamoSharingRepository } from '../sharing/sharing.repository';
import { ActiveTherapistLink, SharingService, toTherapistNote } from '../sharing/sharing.service';
import { DynamoTimelineRepository } from '../timeline/timeline.repository';
import { TimelineService, type TimelineMappers } from '../timeline/timeline.service';
import { createPushDeviceService } from '../notifications/delivery/push-device.factory';
import type { PushDeviceService } from '../notifications/delivery/push-device.service';
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
  routines: RoutineService;
  journal: JournalService;
  timeline: TimelineService;
  sharing: SharingService;
  circles: CircleService;
  account: AccountService;
  alerts: AlertService;
  caseload: CaseloadService;
  fhir: FhirExportService;
  pushDevices: PushDeviceService;
  measures: MeasureService;
  clientMeasures: ClientMeasureService;
  measureSchedules: MeasureScheduleService;
  measureInsights: MeasureInsightsService;
}

/** Each domain's mapper for its timeline kind, handed in here so the timeline depends on none of them. */
const TIMELINE_MAPPERS: TimelineMappers = {
  Session: (item) => toSession(fromItem<SessionRecord>(item)),
  JournalEntry: (item) => toJournalEntry(fromItem<JournalEntryRecord>(item)),
  TherapistNote: (item) => toTherapistNote(fromItem<NoteRecord>(item)),
  RoutineCompletion: (item) => toRoutineCompletion(fromItem<RoutineCompletionRecord>(item)),
};

/** Wiring happens here and only here: repositories into services. */
export function createServices(clock: Clock = systemClock): Services {
  const client = dynamo();
  const table = tableName();
  const accountRepository = createAccountRepository(client, table);
  // A deleted account's still-valid token must not bring it back by creating a fresh profile.
  const users = new UserService(new ClosedAccountGuard(new DynamoUserRepository(client, table), accountRepository, clock), clock);
  const sessionRepository = new DynamoSessionRepository(client, table);
  const routineRepository = new DynamoRoutineRepository(client, table);
  const completionRepository = createCompletionRepository(client, table);
  const routines = new RoutineService(routineRepository, completionRepository, new DynamoActivityReader(client, table), sessionRepository, users, clock);
  const aftercare = new AftercareService(routineRepository, completionRepository, clock);
  const sharingRepository = new DynamoSharingRepository(client, table);
  const therapistLink = new ActiveTherapistLink(sharingRepository, clock);
  const caseloadRepository = new DynamoCaseloadRepository(client, table);
  const alerts = new AlertService(sharingRepository, new DynamoAlertRepository(client, table), caseloadRepository, clock);
  // Signals raised by sessions and measures reach the consented alerts after the member's write (services/sharing/alert.hooks.ts).
  const sessions = alertingSessions(new SessionService(sessionRepository, users, clock, aftercare, therapistLink), alerts);
  const measures = alertingMeasures(new MeasureService(new DynamoMeasureRepository(client, table), users, clock, therapistLink), alerts);
  const measureAccess = new SharingClientAccess(sharingRepository, clock);
  const timeline = new TimelineService(new DynamoTimelineRepository(client, table), TIMELINE_MAPPERS);
  return {
    users,
    sessions,
    routines,
    journal: new JournalService(createJournalRepository(client, table), users, clock),
    timeline,
    sharing: new SharingService(sharingRepository, users, sessions, timeline, routines, clock),
    circles: new CircleService(new DynamoCircleRepository(client, table), sessions, users, clock),
    account: new AccountService(accountRepository, clock),
    alerts,
    caseload: new CaseloadService(sharingRepository, caseloadRepository, clock),
    fhir: new FhirExportService(accountRepository, clock),
    pushDevices: createPushDeviceService(clock),
    measures,
    clientMeasures: new ClientMeasureService(measures, measureAccess),
    measureSchedules: new MeasureScheduleService(new DynamoMeasureScheduleRepository(client, table), measureAccess, users, clock),
    measureInsights: new MeasureInsightsService(new DynamoMeasureWindowRepository(client, table), measureAccess),
  };
}
