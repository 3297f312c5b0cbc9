import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { AccountResolver } from '../account/account.resolver';
import { CheckInThreadResolver, CircleMembershipResolver, CircleResolver, ReplyPayloadResolver } from '../circles/circle.resolver';
import { JournalResolver } from '../journal/journal.resolver';
import { JournalEntry } from '../journal/journal.type';
import { RoutineResolver } from '../routines/routine.resolver';
import { RoutineCompletion } from '../routines/routine.type';
import { Session } from '../sessions/session.type';
import { SessionResolver } from '../sessions/session.resolver';
import { SharingResolver } from '../sharing/sharing.resolver';
import { TherapistNote } from '../sharing/sharing.type';
import { TimelineResolver } from '../timeline/timeline.resolver';
import { UserResolver } from '../users/user.resolver';

export const resolvers = [UserResolver, SessionResolver, JournalResolver, TimelineResolver, SharingResolver, RoutineResolver, CircleResolver, CircleMembershipResolver, CheckInThreadResolver, ReplyPayloadResolver, AccountResolver] as const;

let schema: GraphQLSchema | undefined;

/** Built once per container; validation of args and inputs is on (off by default in type-graphql 2). */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    // DESIGN.md: `DateTime` is ISO 8601 in UTC.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Implementations are reached through the TimelineItem interface only.
    orphanedTypes: [Session, JournalEntry, TherapistNote, RoutineCompletion],
    // type-graphql would run the whole introspection query at every cold start as a self-check
    // (the largest single item of the load, `npm run bench`); Apollo still asserts the schema valid when it starts, and
    // test/unit/graphql/schema.test.ts runs the same introspection once, in CI.
    skipCheck: true,
  });
  return schema;
}
