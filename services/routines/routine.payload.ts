import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { Routine, RoutineCompletion } from './routine.type';

export const CreateRoutinePayload = objectPayload('CreateRoutinePayload', 'routine', () => Routine, 'The routine created');
export const AdoptRoutineTemplatePayload = objectPayload('AdoptRoutineTemplatePayload', 'routine', () => Routine, 'Your routine made from the template');
export const UpdateRoutinePayload = objectPayload('UpdateRoutinePayload', 'routine', () => Routine, 'The routine changed');
export const ReorderRoutineStepsPayload = objectPayload('ReorderRoutineStepsPayload', 'routine', () => Routine, 'The routine with its steps in the new order');
export const DeleteRoutinePayload = deletionPayload('DeleteRoutinePayload', 'The routine deleted');
export const RecordRoutineCompletionPayload = objectPayload(
  'RecordRoutineCompletionPayload',
  'routineCompletion',
  () => RoutineCompletion,
  'The completion recorded',
);
export const DeleteRoutineCompletionPayload = deletionPayload('DeleteRoutineCompletionPayload', 'The completion deleted');
