export { RoutineResolver } from './routine.resolver';
export { RoutineService, toRoutine, toRoutineCompletion } from './routine.service';
export { DynamoRoutineRepository, DynamoActivityReader, createCompletionRepository, type RoutineRepository } from './routine.repository';
export { RoutineCompletion } from './routine.type';
export { routineKey } from './routine.keys';
