import { dynamo, tableName } from '../../shared/db/client';
import { DynamoDueRepository, type DueRepository } from './schedule.repository';
import { createScheduler, type ItemChange, type Scheduler } from './schedule.service';
import { createSweep, type Sweep } from './sweep.service';

/** The module-scope wiring over the table's document client (read once per container). */
let repository: DueRepository | undefined;
let scheduler: Scheduler | undefined;
let sweep: Sweep | undefined;

export function dueRepository(): DueRepository {
  repository ??= new DynamoDueRepository(dynamo(), tableName());
  return repository;
}

export function defaultSweep(): Sweep {
  sweep ??= createSweep({ repository: dueRepository() });
  return sweep;
}

/** For the stream handler: keeps the due index current for a Routine, Profile or MeasureSchedule change (other entities are ignored). */
export function scheduleFromChange(change: ItemChange): Promise<void> {
  scheduler ??= createScheduler({ repository: dueRepository() });
  return scheduler.scheduleFromChange(change);
}
