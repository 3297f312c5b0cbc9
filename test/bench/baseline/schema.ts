import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';
import type { Context } from '../../../services/graphql/context';
import { AfterState, BodySensation, CatalystKind, Emotion } from '../../../services/sessions/session.enums';
import type { LogSessionInput } from '../../../services/sessions/session.input';
import { SafetySignalKind } from '../../../services/sessions/session.safety.type';
import { TimelineKind } from '../../../services/shared/timeline-item';
import type { TimelineArgs } from '../../../services/timeline/timeline.type';

/**
 * The baseline: the timeline, `me` and `logSession` written with plain
 * graphql-js type constructors, calling the same services as Lacrima's
 * type-graphql resolvers. No decorators, no class-validator argument
 * validation, no Apollo: what the same API costs without the framework.
 */

const nonNull = <T extends GraphQLOutputType>(type: T) => new GraphQLNonNull(type);
const listOf = <T extends GraphQLOutputType>(type: T) => new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));

function enumOf(name: string, values: Record<string, string>): GraphQLEnumType {
  return new GraphQLEnumType({ name, values: Object.fromEntries(Object.values(values).map((v) => [v, { value: v }])) });
}

function toDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 date-time string');
  return date;
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : toDate(value).toISOString()),
  parseValue: toDate,
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const TimelineKindEnum = enumOf('TimelineKind', TimelineKind);
const SessionStatusEnum = enumOf('SessionStatus', { IN_PROGRESS: 'IN_PROGRESS', COMPLETED: 'COMPLETED' });
const CatalystKindEnum = enumOf('CatalystKind', CatalystKind);
const BodySensationEnum = enumOf('BodySensation', BodySensation);
const EmotionEnum = enumOf('Emotion', Emotion);
const AfterStateEnum = enumOf('AfterState', AfterState);
const RoleEnum = enumOf('Role', { MEMBER: 'MEMBER', THERAPIST: 'THERAPIST' });
const SafetySignalKindEnum = enumOf('SafetySignalKind', SafetySignalKind);
const PromptThemeEnum = enumOf('PromptTheme', { BEFORE: 'BEFORE', AFTER: 'AFTER', ANYTIME: 'ANYTIME' });

const Preferences = new GraphQLObjectType({
  name: 'Preferences',
  fields: {
    routineReminders: { type: nonNull(GraphQLBoolean) },
    weeklyReflection: { type: nonNull(GraphQLBoolean) },
    circleActivity: { type: nonNull(GraphQLBoolean) },
  },
});

const Profile = new GraphQLObjectType({
  name: 'Profile',
  fields: {
    id: { type: nonNull(GraphQLID) },
    displayName: { type: GraphQLString },
    pronouns: { type: GraphQLString },
    timeZone: { type: nonNull(GraphQLString) },
    locale: { type: nonNull(GraphQLString) },
    preferences: { type: nonNull(Preferences) },
    role: { type: nonNull(RoleEnum) },
    version: { type: nonNull(GraphQLInt) },
    createdAt: { type: nonNull(DateTime) },
    updatedAt: { type: nonNull(DateTime) },
  },
});

const TYPE_BY_KIND: Record<TimelineKind, string> = {
  SESSION: 'Session',
  JOURNAL_ENTRY: 'JournalEntry',
  ROUTINE_COMPLETION: 'RoutineCompletion',
  THERAPIST_NOTE: 'TherapistNote',
};

const timelineItemFields = (): GraphQLFieldConfigMap<unknown, Context> => ({
  id: { type: nonNull(GraphQLID) },
  occurredAt: { type: nonNull(DateTime) },
  kind: { type: nonNull(TimelineKindEnum) },
  day: { type: nonNull(GraphQLString) },
});

const TimelineItem = new GraphQLInterfaceType({
  name: 'TimelineItem',
  fields: timelineItemFields,
  resolveType: (value: { kind: TimelineKind }) => TYPE_BY_KIND[value.kind],
});

const Catalyst = new GraphQLObjectType({
  name: 'Catalyst',
  fields: { kind: { type: nonNull(CatalystKindEnum) }, reference: { type: GraphQLString } },
});

const Session = new GraphQLObjectType({
  name: 'Session',
  interfaces: [TimelineItem],
  fields: () => ({
    ...timelineItemFields(),
    status: { type: nonNull(SessionStatusEnum) },
    startedAt: { type: nonNull(DateTime) },
    endedAt: { type: DateTime },
    durationMinutes: { type: GraphQLInt },
    intention: { type: GraphQLString },
    setting: { type: GraphQLString },
    distressBefore: { type: GraphQLInt },
    catalysts: { type: listOf(Catalyst) },
    tearsCame: { type: GraphQLBoolean },
    wantedToCry: { type: GraphQLBoolean },
    bodySensations: { type: listOf(BodySensationEnum) },
    emotions: { type: listOf(EmotionEnum) },
    peakIntensity: { type: GraphQLInt },
    distressAfter: { type: GraphQLInt },
    afterState: { type: AfterStateEnum },
    reflection: { type: GraphQLString },
    selfHarmThoughts: { type: GraphQLBoolean },
    feltUnsafe: { type: GraphQLBoolean },
    version: { type: nonNull(GraphQLInt) },
    createdAt: { type: nonNull(DateTime) },
    updatedAt: { type: nonNull(DateTime) },
  }),
});

const JournalPrompt = new GraphQLObjectType({
  name: 'JournalPrompt',
  fields: { id: { type: nonNull(GraphQLString) }, theme: { type: nonNull(PromptThemeEnum) }, text: { type: nonNull(GraphQLString) } },
});

const JournalEntry = new GraphQLObjectType({
  name: 'JournalEntry',
  interfaces: [TimelineItem],
  fields: () => ({
    ...timelineItemFields(),
    text: { type: nonNull(GraphQLString) },
    emotions: { type: listOf(EmotionEnum) },
    prompt: { type: JournalPrompt },
    version: { type: nonNull(GraphQLInt) },
    createdAt: { type: nonNull(DateTime) },
    updatedAt: { type: nonNull(DateTime) },
  }),
});

const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: { hasNextPage: { type: nonNull(GraphQLBoolean) }, endCursor: { type: GraphQLString } },
});

const TimelineEdge = new GraphQLObjectType({
  name: 'TimelineEdge',
  fields: { cursor: { type: nonNull(GraphQLString) }, node: { type: nonNull(TimelineItem) } },
});

const TimelineConnection = new GraphQLObjectType({
  name: 'TimelineConnection',
  fields: { edges: { type: listOf(TimelineEdge) }, pageInfo: { type: nonNull(PageInfo) } },
});

const CrisisLine = new GraphQLObjectType({
  name: 'CrisisLine',
  fields: { name: { type: nonNull(GraphQLString) }, phone: { type: GraphQLString }, alternativePhone: { type: GraphQLString }, url: { type: GraphQLString } },
});

const TextService = new GraphQLObjectType({
  name: 'TextService',
  fields: { name: { type: nonNull(GraphQLString) }, instructions: { type: nonNull(GraphQLString) } },
});

const SupportResources = new GraphQLObjectType({
  name: 'SupportResources',
  fields: {
    country: { type: GraphQLString },
    crisisLine: { type: nonNull(CrisisLine) },
    textService: { type: TextService },
    emergency: { type: nonNull(GraphQLString) },
    findAHelplineUrl: { type: nonNull(GraphQLString) },
    disclaimer: { type: nonNull(GraphQLString) },
  },
});

const SafetySignal = new GraphQLObjectType({
  name: 'SafetySignal',
  fields: {
    kind: { type: nonNull(SafetySignalKindEnum) },
    message: { type: nonNull(GraphQLString) },
    sessionIds: { type: listOf(GraphQLID) },
    resources: { type: nonNull(SupportResources) },
    involveTherapistPrompt: { type: GraphQLString },
  },
});

const SessionPayload = new GraphQLObjectType({
  name: 'SessionPayload',
  fields: { session: { type: nonNull(Session) }, safetySignals: { type: listOf(SafetySignal) } },
});

const CatalystInput = new GraphQLInputObjectType({
  name: 'CatalystInput',
  fields: { kind: { type: new GraphQLNonNull(CatalystKindEnum) }, reference: { type: GraphQLString } },
});

const inputList = (type: GraphQLEnumType | GraphQLInputObjectType) => new GraphQLList(new GraphQLNonNull(type));

const LogSessionInputType = new GraphQLInputObjectType({
  name: 'LogSessionInput',
  fields: {
    startedAt: { type: new GraphQLNonNull(DateTime) },
    endedAt: { type: DateTime },
    durationMinutes: { type: GraphQLInt },
    idempotencyKey: { type: GraphQLString },
    intention: { type: GraphQLString },
    setting: { type: GraphQLString },
    distressBefore: { type: GraphQLInt },
    catalysts: { type: inputList(CatalystInput) },
    tearsCame: { type: GraphQLBoolean },
    wantedToCry: { type: GraphQLBoolean },
    bodySensations: { type: inputList(BodySensationEnum) },
    emotions: { type: inputList(EmotionEnum) },
    peakIntensity: { type: GraphQLInt },
    distressAfter: { type: GraphQLInt },
    afterState: { type: AfterStateEnum },
    reflection: { type: GraphQLString },
    selfHarmThoughts: { type: GraphQLBoolean },
    feltUnsafe: { type: GraphQLBoolean },
  },
});

export const baselineSchema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, Context>({
    name: 'Query',
    fields: {
      me: { type: nonNull(Profile), resolve: (_root, _args, ctx) => ctx.services.users.me(ctx.caller) },
      timeline: {
        type: nonNull(TimelineConnection),
        args: {
          first: { type: GraphQLInt },
          after: { type: GraphQLString },
          from: { type: DateTime },
          to: { type: DateTime },
          kinds: { type: inputList(TimelineKindEnum) },
        },
        resolve: (_root, args: TimelineArgs, ctx) => ctx.services.timeline.timeline(ctx.caller, args),
      },
    },
  }),
  mutation: new GraphQLObjectType<unknown, Context>({
    name: 'Mutation',
    fields: {
      logSession: {
        type: nonNull(SessionPayload),
        args: { input: { type: new GraphQLNonNull(LogSessionInputType) } },
        resolve: (_root, args: { input: LogSessionInput }, ctx) => ctx.services.sessions.log(ctx.caller, args.input),
      },
    },
  }),
  types: [Session, JournalEntry],
});
