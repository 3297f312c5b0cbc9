import type { Caller } from '../shared/auth/caller';
import type { Clock } from '../shared/clock';
import { BadUserInputError, LimitReachedError, NotFoundError } from '../shared/errors';
import { isUlid, newId } from '../shared/ids';
import { daysBetween, isValidDay, localDay } from '../shared/time';
import { inOrder } from '../shared/together';
import type { UserService } from '../users/user.service';
import { MeasureCadence } from './measure.enums';
import type { ClientAccess } from './measure.client-access';
import type { MeasureScheduleRecord } from './measure-schedule.record';
import type { MeasureScheduleRepository } from './measure-schedule.repository';
import { completes, MAX_EVERY_WEEKS, MAX_WINDOW_DAYS, nextOccurrence, openOccurrence } from './measure-schedule.rules';
import type { DueMeasure, MeasureSchedule, ScheduleMeasureInput } from './measure-schedule.type';

/** Schedules a client's partition may hold; keeps the lists one bounded Query. */
export const MAX_SCHEDULES_PER_CLIENT = 20;
/** A first occurrence at most this far ahead. */
const MAX_LEAD_DAYS = 366;
/** Enough recent measures to find any completion inside a window of at most 7 days. */
const RECENT_MEASURES = 100;
const DAY_MS = 86_400_000;

/** The client as the subject of a read: their own profile, seen through a grant. */
function subject(clientSub: string): Caller {
  return { sub: clientSub, groups: [], role: 'MEMBER', isAdmin: false };
}

function toSchedule(record: MeasureScheduleRecord, today: string): MeasureSchedule {
  return {
    id: record.id,
    instrument: record.instrument,
    cadence: record.cadence,
    everyWeeks: record.everyWeeks,
    startsOn: record.startsOn,
    windowDays: record.windowDays,
    nextDueOn: nextOccurrence(record, today)?.dueOn ?? null,
  };
}

/** everyWeeks as stored for the cadence; BAD_USER_INPUT naming the field otherwise. */
function everyWeeksFor(input: ScheduleMeasureInput): number | null {
  const given = input.everyWeeks ?? null;
  if (input.cadence === MeasureCadence.ONCE) {
    if (given !== null) throw new BadUserInputError('everyWeeks', 'A one-off measure takes no everyWeeks');
    return null;
  }
  if (input.cadence === MeasureCadence.WEEKLY) {
    if (given !== null && given !== 1) throw new BadUserInputError('everyWeeks', 'A weekly measure repeats every 1 week');
    return 1;
  }
  if (given === null || given < 2 || given > MAX_EVERY_WEEKS) throw new BadUserInputError('everyWeeks', `everyWeeks is from 2 to ${MAX_EVERY_WEEKS}`);
  return given;
}

export class MeasureScheduleService {
  constructor(
    private readonly repo: MeasureScheduleRepository,
    private readonly access: ClientAccess,
    private readonly users: UserService,
    private readonly clock: Clock,
  ) {}

  /** Deny first: the grant check precedes every read of the client's; bad input writes nothing. */
  async schedule(caller: Caller, input: ScheduleMeasureInput): Promise<MeasureSchedule> {
    const grant = await this.access.requireMeasures(caller, input.clientId);
    const now = this.clock.now();
    const everyWeeks = everyWeeksFor(input);
    if (!isValidDay(input.startsOn)) throw new BadUserInputError('startsOn', 'startsOn is a date, YYYY-MM-DD');
    if (input.windowDays < 1 || input.windowDays > MAX_WINDOW_DAYS) throw new BadUserInputError('windowDays', `windowDays is from 1 to ${MAX_WINDOW_DAYS}`);
    const [profile, existing] = await inOrder(this.users.findProfile(subject(grant.clientSub)), this.repo.forClient(grant.clientSub));
    const today = localDay(now, profile?.timeZone ?? 'UTC');
    const lead = daysBetween(today, input.startsOn);
    if (lead < 0 || lead > MAX_LEAD_DAYS) throw new BadUserInputError('startsOn', 'startsOn is today or a later day within a year, in the client’s time zone');
    if (existing.length >= MAX_SCHEDULES_PER_CLIENT) {
      throw new LimitReachedError(MAX_SCHEDULES_PER_CLIENT, `A client can have at most ${MAX_SCHEDULES_PER_CLIENT} measure schedules; cancel one first`);
    }
    const record: MeasureScheduleRecord = {
      id: newId(now),
      clientSub: grant.clientSub,
      therapistSub: grant.therapistSub,
      instrument: input.instrument,
      cadence: input.cadence,
      everyWeeks,
      startsOn: input.startsOn,
      windowDays: input.windowDays,
      version: 1,
      createdAt: now.toISOString(),
    };
    // The schedule and its access-log entry in one transaction: none lands without the other, nor once the grant ended.
    await this.access.logRead(grant, 'scheduleMeasure', [record.id], [this.repo.createPart(record)]);
    return toSchedule(record, today);
  }

  /** The schedules this therapist made for the client; their next days need the client's time zone. */
  async clientSchedules(caller: Caller, clientId: string): Promise<MeasureSchedule[]> {
    const grant = await this.access.requireMeasures(caller, clientId);
    const [profile, records] = await inOrder(this.users.findProfile(subject(grant.clientSub)), this.repo.forClient(grant.clientSub));
    const today = localDay(this.clock.now(), profile?.timeZone ?? 'UTC');
    const mine = records.filter((record) => record.therapistSub === grant.therapistSub);
    await this.access.logRead(
      grant,
      'clientMeasureSchedules',
      mine.map((record) => record.id),
    );
    return mine.map((record) => toSchedule(record, today));
  }

  /** The scheduling therapist cancels theirs wherever it is; a client cancels one in their own partition. */
  async cancel(caller: Caller, id: string): Promise<string> {
    if (!isUlid(id)) throw new NotFoundError('Measure schedule');
    if (caller.role === 'THERAPIST') {
      const found = await this.repo.ofScheduler(caller.sub, id);
      if (found) {
        await this.repo.remove(found.clientSub, id, caller.sub);
        return id;
      }
    }
    await this.repo.remove(caller.sub, id, null);
    return id;
  }

  /**
   * The caller's open occurrences in their own time zone. A schedule runs only
   * while the share it was made under is active and holds MEASURES: revoking,
   * narrowing or letting it expire stops it at once (the item stays for the
   * client to see in their export and to cancel; a later share does not revive it).
   */
  async due(caller: Caller): Promise<DueMeasure[]> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - (MAX_WINDOW_DAYS + 2) * DAY_MS);
    const [profile, records, schedulers, recent] = await Promise.all([
      this.users.ensureProfile(caller),
      this.repo.forClient(caller.sub),
      this.access.schedulers(caller.sub),
      this.repo.measuresSince(caller.sub, since, RECENT_MEASURES),
    ]);
    const today = localDay(now, profile.timeZone);
    return records.flatMap((record): DueMeasure[] => {
      const scheduler = schedulers.get(record.therapistSub);
      if (!scheduler || record.createdAt < scheduler.since) return [];
      const occurrence = openOccurrence(record, today);
      if (!occurrence) return [];
      const done = recent.some((measure) => measure.instrument === record.instrument && completes(occurrence, measure.localDay));
      if (done) return [];
      return [{ scheduleId: record.id, instrument: record.instrument, ...occurrence, scheduledBy: { displayName: scheduler.name } }];
    });
  }
}
