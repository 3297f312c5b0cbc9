import { ObjectType } from 'type-graphql';
import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { Session, SessionPayload } from './session.type';

@ObjectType({ description: 'The live session just started' })
export class StartSessionPayload extends SessionPayload {}

@ObjectType({ description: 'The session just ended, with any safety signals it raised and aftercare to consider' })
export class EndSessionPayload extends SessionPayload {}

@ObjectType({ description: 'The session just logged, with any safety signals it raised and aftercare to consider' })
export class LogSessionPayload extends SessionPayload {}

export const UpdateSessionPayload = objectPayload('UpdateSessionPayload', 'session', () => Session, 'The session changed');
export const DeleteSessionPayload = deletionPayload('DeleteSessionPayload', 'The session deleted');
