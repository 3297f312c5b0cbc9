import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { AccountResolver } from '../account/account.resolver';
import { FhirResolver } from '../account/fhir/fhir.resolver';
import { CheckInThreadResolver, CircleMembershipResolver, CircleResolver, ReplyToCheckInPayloadResolver } from '../circles/circle.resolver';
import { JournalResolver } from '../journal/journal.resolver';
import { PushDeviceResolver } from '../notifications/delivery/push-device.resolver';
import { MeasureResolver } from '../measures/measure.resolver';
import { MeasureScheduleResolver } from '../measures/measure-schedule.resolver';
import { InsightMeasuresResolver } from '../measures/measure-insights.resolver';
import { LiveResolver, NO_PUBSUB } from '../live/live.resolver';
import { JournalEntry } from '../journal/journal.type';
import { RoutineResolver } from '../routines/routine.resolver';
import { RoutineCompletion } from '../routines/routine.type';
import { Session } from '../sessions/session.type';
import { SessionResolver } from '../sessions/session.resolver';
import { SharingResolver } from '../sharing/sharing.resolver';
import { AlertResolver } from '../sharing/alert.resolver';
import { CaseloadResolver } from '../sharing/caseload.resolver';
import { TherapistNote } from '../sharing/sharing.type';
import { TimelineResolver } from '../timeline/timeline.resolver';
import { UserResolver } from '../users/user.resolver';

export const resolvers = [
  UserResolver,
  SessionResolver,
  JournalResolver,
  TimelineResolver,
  SharingResolver,
  AlertResolver,
  CaseloadResolver,
  RoutineResolver,
  CircleResolver,
  CircleMembershipResolver,
  CheckInThreadResolver,
  ReplyToCheckInPayloadResolver,
  AccountResolver,
  FhirResolver,
  PushDeviceResolver,
  MeasureResolver,
  MeasureScheduleResolver,
  InsightMeasuresResolver,
  LiveResolver,
] as const;

let schema: GraphQLSchema | undefined;

function describeRoot(type: GraphQLObjectType | null | undefined, description: string): void {
  if (type) type.description = description;
}

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
    // Events run through the LivePublisher's execute(), never a PubSub (services/live/live.resolver.ts).
    pubSub: NO_PUBSUB,
  });
  // type-graphql builds the two root types itself and offers no option for their descriptions.
  describeRoot(schema.getQueryType(), 'What a member, a therapist or a circle member reads; another member’s object answers NOT_FOUND');
  describeRoot(schema.getMutationType(), 'Every change: each mutation takes one `input` and answers a `<Name>Payload` with what it changed');
  describeRoot(schema.getSubscriptionType(), 'Live updates over WebSocket (graphql-transport-ws, token in connection_init): one root field a subscription');
  return schema;
}
