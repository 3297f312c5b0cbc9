/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AddReaction($input: ReactionInput!) {\n  addReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": typeof types.AddReactionDocument,
    "query CheckInPreview($sessionId: ID!, $circleId: ID!) {\n  checkInPreview(sessionId: $sessionId, circleId: $circleId) {\n    ...CheckInPreviewFields\n  }\n}": typeof types.CheckInPreviewDocument,
    "query CheckInThread($circleId: ID!, $checkInId: ID!, $first: Int, $after: String) {\n  circle(id: $circleId) {\n    id\n    thread(checkInId: $checkInId) {\n      checkIn {\n        ...CheckInFields\n      }\n      replies(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CheckInReplyFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n}": typeof types.CheckInThreadDocument,
    "query Circle($id: ID!) {\n  circle(id: $id) {\n    ...CircleFields\n  }\n}": typeof types.CircleDocument,
    "subscription CircleActivity($circleId: ID!) {\n  circleActivity(circleId: $circleId) {\n    id\n    kind\n    circleId\n    at\n    checkIn {\n      ...CheckInFields\n    }\n    reply {\n      ...CheckInReplyFields\n    }\n    member {\n      ...CircleMemberFields\n    }\n    hiddenContent {\n      ...CircleContentRefFields\n    }\n  }\n}": typeof types.CircleActivityDocument,
    "query CircleFeed($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    ...CircleFields\n    checkIns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CheckInFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": typeof types.CircleFeedDocument,
    "query CircleInvites($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    invites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleInviteFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": typeof types.CircleInvitesDocument,
    "query CircleMembers($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    members(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleMemberFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": typeof types.CircleMembersDocument,
    "query CircleOpenReports($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    openReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleReportFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": typeof types.CircleOpenReportsDocument,
    "mutation CreateCircle($input: CreateCircleInput!) {\n  createCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": typeof types.CreateCircleDocument,
    "mutation CreateCircleInvite($input: CreateCircleInviteInput!) {\n  createCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}": typeof types.CreateCircleInviteDocument,
    "mutation HideCircleContent($input: CircleContentInput!) {\n  hideCircleContent(input: $input) {\n    hiddenContent {\n      ...HiddenContentFields\n    }\n  }\n}": typeof types.HideCircleContentDocument,
    "mutation JoinCircle($input: JoinCircleInput!) {\n  joinCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": typeof types.JoinCircleDocument,
    "mutation LeaveCircle($input: LeaveCircleInput!) {\n  leaveCircle(input: $input) {\n    circleId\n  }\n}": typeof types.LeaveCircleDocument,
    "mutation MarkCircleVisited($input: MarkCircleVisitedInput!) {\n  markCircleVisited(input: $input) {\n    circleMembership {\n      ...CircleMembershipFields\n    }\n  }\n}": typeof types.MarkCircleVisitedDocument,
    "query MyCircles($first: Int, $after: String) {\n  myCircles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CircleMembershipFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyCirclesDocument,
    "mutation PostCheckIn($input: PostCheckInInput!) {\n  postCheckIn(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n  }\n}": typeof types.PostCheckInDocument,
    "mutation RemoveCircleMember($input: RemoveCircleMemberInput!) {\n  removeCircleMember(input: $input) {\n    deletedId\n  }\n}": typeof types.RemoveCircleMemberDocument,
    "mutation RemoveReaction($input: ReactionInput!) {\n  removeReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": typeof types.RemoveReactionDocument,
    "mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n  replyToCheckIn(input: $input) {\n    reply {\n      ...CheckInReplyFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": typeof types.ReplyToCheckInDocument,
    "mutation ReportCircleContent($input: ReportCircleContentInput!) {\n  reportCircleContent(input: $input) {\n    reportId\n  }\n}": typeof types.ReportCircleContentDocument,
    "mutation ResolveCircleReport($input: ResolveCircleReportInput!) {\n  resolveCircleReport(input: $input) {\n    circleReport {\n      ...CircleReportFields\n    }\n  }\n}": typeof types.ResolveCircleReportDocument,
    "mutation RevokeCircleInvite($input: RevokeCircleInviteInput!) {\n  revokeCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}": typeof types.RevokeCircleInviteDocument,
    "mutation SetCircleMemberRole($input: SetCircleMemberRoleInput!) {\n  setCircleMemberRole(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}": typeof types.SetCircleMemberRoleDocument,
    "mutation SetCirclePseudonym($input: SetCirclePseudonymInput!) {\n  setCirclePseudonym(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}": typeof types.SetCirclePseudonymDocument,
    "mutation TransferCircleOwnership($input: TransferCircleOwnershipInput!) {\n  transferCircleOwnership(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": typeof types.TransferCircleOwnershipDocument,
    "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  operation\n  itemIds\n  from\n  to\n  at\n}": typeof types.AccessLogEntryFieldsFragmentDoc,
    "fragment AccountDeletionFields on AccountDeletion {\n  complete\n  deletedItems\n}": typeof types.AccountDeletionFieldsFragmentDoc,
    "fragment AdherenceWeekFields on AdherenceWeek {\n  weekStart\n  weekEnd\n  done\n  target\n  days\n}": typeof types.AdherenceWeekFieldsFragmentDoc,
    "fragment AftercareSuggestionFields on AftercareSuggestion {\n  message\n  routine {\n    ...RoutineFields\n  }\n  template {\n    ...RoutineTemplateFields\n  }\n}": typeof types.AftercareSuggestionFieldsFragmentDoc,
    "fragment CaseloadEntryFields on CaseloadEntry {\n  grantId\n  client {\n    id\n    displayName\n  }\n  scopes\n  expiresAt\n  lastViewedAt\n  newSessions\n  newMeasures\n  newAlerts\n  latestAlert {\n    alertId\n    reason\n    signalKinds\n    sentAt\n  }\n  activeSignalKinds\n  measures {\n    measureId\n    instrument\n    score\n    band\n    completedAt\n  }\n  suggestions {\n    suggestionId\n    name\n    status\n    updatedAt\n  }\n}": typeof types.CaseloadEntryFieldsFragmentDoc,
    "fragment CatalystFields on Catalyst {\n  kind\n  reference\n}": typeof types.CatalystFieldsFragmentDoc,
    "fragment CatalystCountFields on CatalystCount {\n  catalyst\n  sessions\n}": typeof types.CatalystCountFieldsFragmentDoc,
    "fragment CatalystOutcomeFields on CatalystOutcome {\n  catalyst\n  sessions\n  enoughData\n  reliefRate\n  floodingRate\n  note\n}": typeof types.CatalystOutcomeFieldsFragmentDoc,
    "fragment CheckInFields on CheckIn {\n  id\n  author {\n    ...CircleAuthorFields\n  }\n  mood\n  intensity\n  text\n  session {\n    ...CheckInSessionSummaryFields\n  }\n  postedAt\n  reactions {\n    ...ReactionSummaryFields\n  }\n  replyCount\n  hidden\n  reportedByMe\n}": typeof types.CheckInFieldsFragmentDoc,
    "fragment CheckInPreviewFields on CheckInPreview {\n  sessionId\n  version\n  summary {\n    ...CheckInSessionSummaryFields\n  }\n}": typeof types.CheckInPreviewFieldsFragmentDoc,
    "fragment CheckInReplyFields on CheckInReply {\n  id\n  checkInId\n  author {\n    ...CircleAuthorFields\n  }\n  text\n  postedAt\n  hidden\n  reportedByMe\n}": typeof types.CheckInReplyFieldsFragmentDoc,
    "fragment CheckInSessionSummaryFields on CheckInSessionSummary {\n  durationMinutes\n  afterState\n  catalysts\n}": typeof types.CheckInSessionSummaryFieldsFragmentDoc,
    "fragment CircleFields on Circle {\n  id\n  name\n  description\n  topic\n  memberCap\n  memberCount\n  lastCheckInAt\n  unreadCount\n  me {\n    ...CircleMemberFields\n  }\n  createdAt\n}": typeof types.CircleFieldsFragmentDoc,
    "fragment CircleAuthorFields on CircleAuthor {\n  memberId\n  pseudonym\n  isMe\n}": typeof types.CircleAuthorFieldsFragmentDoc,
    "fragment CircleContentRefFields on CircleContentRef {\n  checkInId\n  replyId\n}": typeof types.CircleContentRefFieldsFragmentDoc,
    "fragment CircleInviteFields on CircleInvite {\n  id\n  code\n  status\n  maxUses\n  uses\n  expiresAt\n  revokedAt\n  createdAt\n}": typeof types.CircleInviteFieldsFragmentDoc,
    "fragment CircleMemberFields on CircleMember {\n  id\n  pseudonym\n  role\n  joinedAt\n  isMe\n}": typeof types.CircleMemberFieldsFragmentDoc,
    "fragment CircleMembershipFields on CircleMembership {\n  id\n  circleId\n  name\n  description\n  topic\n  me {\n    ...CircleMemberFields\n  }\n  lastVisitedAt\n  unreadCount\n  memberCount\n  lastCheckInAt\n}": typeof types.CircleMembershipFieldsFragmentDoc,
    "fragment CircleReportFields on CircleReport {\n  id\n  reason\n  note\n  status\n  content {\n    ...CircleContentRefFields\n  }\n  contentText\n  contentAuthor {\n    ...CircleAuthorFields\n  }\n  createdAt\n  resolvedAt\n  outcome\n}": typeof types.CircleReportFieldsFragmentDoc,
    "fragment ClientSafetySignalFields on ClientSafetySignal {\n  kind\n  summary\n  sessionCount\n  sessionIds\n  firstStartedAt\n  lastStartedAt\n}": typeof types.ClientSafetySignalFieldsFragmentDoc,
    "fragment ClientSafetyStatusFields on ClientSafetyStatus {\n  signals {\n    ...ClientSafetySignalFields\n  }\n  checkedAt\n}": typeof types.ClientSafetyStatusFieldsFragmentDoc,
    "fragment CompletedStepFields on CompletedStep {\n  stepId\n  title\n}": typeof types.CompletedStepFieldsFragmentDoc,
    "fragment CrisisLineFields on CrisisLine {\n  name\n  phone\n  phoneUri\n  alternativePhone\n  alternativePhoneUri\n  url\n  source\n  verifiedOn\n}": typeof types.CrisisLineFieldsFragmentDoc,
    "fragment CrisisSupportFields on CrisisSupport {\n  message\n  resources {\n    ...SupportResourcesFields\n  }\n}": typeof types.CrisisSupportFieldsFragmentDoc,
    "fragment DataExportPageFields on DataExportPage {\n  format\n  document\n  hasMore\n  endCursor\n}": typeof types.DataExportPageFieldsFragmentDoc,
    "fragment DaySessionCountFields on DaySessionCount {\n  day\n  sessionCount\n}": typeof types.DaySessionCountFieldsFragmentDoc,
    "fragment GrantFields on Grant {\n  id\n  status\n  scopes\n  expiresAt\n  client {\n    ...SharePersonFields\n  }\n  therapist {\n    ...SharePersonFields\n  }\n  alertOnSafetySignal\n  version\n  createdAt\n  updatedAt\n}": typeof types.GrantFieldsFragmentDoc,
    "fragment HiddenContentFields on HiddenContent {\n  content {\n    ...CircleContentRefFields\n  }\n  hiddenAt\n}": typeof types.HiddenContentFieldsFragmentDoc,
    "fragment InsightFiguresFields on InsightFigures {\n  fromDay\n  toDay\n  sessionCount\n  perWeekFrequency\n  totalDurationMinutes\n  medianDurationMinutes\n  tearsShare\n  meanDistressBefore\n  meanDistressAfter\n  meanDistressChange\n  reliefShare\n  floodingShare\n  topCatalysts {\n    ...CatalystCountFields\n  }\n  catalystOutcomes {\n    ...CatalystOutcomeFields\n  }\n  dailySeries {\n    ...DaySessionCountFields\n  }\n}": typeof types.InsightFiguresFieldsFragmentDoc,
    "fragment InsightMeasuresFields on InsightMeasures {\n  current {\n    ...MeasuresInPeriodFields\n  }\n  previous {\n    ...MeasuresInPeriodFields\n  }\n}": typeof types.InsightMeasuresFieldsFragmentDoc,
    "fragment InsightsFields on Insights {\n  period\n  fromDay\n  toDay\n  current {\n    ...InsightFiguresFields\n  }\n  previous {\n    ...InsightFiguresFields\n  }\n}": typeof types.InsightsFieldsFragmentDoc,
    "fragment InstrumentFields on Instrument {\n  id\n  name\n  shortName\n  stem\n  items {\n    number\n    text\n    loinc\n  }\n  options {\n    value\n    label\n  }\n  maxScore\n  reportsPercentage\n  bands {\n    band\n    label\n    min\n    max\n  }\n  lowerIsBetter\n  meaningfulChange\n  meaningfulChangeSource\n  loincPanel\n  loincTotal\n  source\n  termsOfUse\n}": typeof types.InstrumentFieldsFragmentDoc,
    "fragment JournalEntryFields on JournalEntry {\n  id\n  occurredAt\n  kind\n  day\n  text\n  emotions\n  prompt {\n    ...JournalPromptFields\n  }\n  version\n  createdAt\n  updatedAt\n}": typeof types.JournalEntryFieldsFragmentDoc,
    "fragment JournalPromptFields on JournalPrompt {\n  id\n  theme\n  text\n}": typeof types.JournalPromptFieldsFragmentDoc,
    "fragment MeasureFields on Measure {\n  id\n  instrument\n  answers\n  score\n  percentage\n  band\n  bandLabel\n  completedAt\n  day\n}": typeof types.MeasureFieldsFragmentDoc,
    "fragment MeasurePointFields on MeasurePoint {\n  id\n  instrument\n  score\n  percentage\n  band\n  day\n  change\n  direction\n  meaningful\n}": typeof types.MeasurePointFieldsFragmentDoc,
    "fragment MeasureScheduleFields on MeasureSchedule {\n  id\n  instrument\n  cadence\n  everyWeeks\n  startsOn\n  windowDays\n  nextDueOn\n}": typeof types.MeasureScheduleFieldsFragmentDoc,
    "fragment MeasuresInPeriodFields on MeasuresInPeriod {\n  fromDay\n  toDay\n  reliefShare\n  floodingShare\n  results {\n    ...MeasurePointFields\n  }\n}": typeof types.MeasuresInPeriodFieldsFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": typeof types.PageInfoFieldsFragmentDoc,
    "fragment PracticeSuggestionFields on PracticeSuggestion {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  name\n  message\n  templateId\n  status\n  routineId\n  createdAt\n}": typeof types.PracticeSuggestionFieldsFragmentDoc,
    "fragment PreferencesFields on Preferences {\n  routineReminders\n  weeklyReflection\n  circleActivity\n  therapistActivity\n  delivery {\n    push\n    email\n  }\n  quietHours {\n    start\n    end\n  }\n}": typeof types.PreferencesFieldsFragmentDoc,
    "fragment ProfileFields on Profile {\n  id\n  displayName\n  pronouns\n  timeZone\n  locale\n  country\n  suggestedCountry\n  preferences {\n    ...PreferencesFields\n  }\n  role\n  version\n  createdAt\n  updatedAt\n}": typeof types.ProfileFieldsFragmentDoc,
    "fragment PushDeviceFields on PushDevice {\n  id\n  label\n  pushService\n  createdAt\n}": typeof types.PushDeviceFieldsFragmentDoc,
    "fragment ReactionSummaryFields on ReactionSummary {\n  kind\n  count\n  reactedByMe\n}": typeof types.ReactionSummaryFieldsFragmentDoc,
    "fragment RoutineFields on Routine {\n  id\n  name\n  kind\n  description\n  status\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n  templateId\n  version\n  createdAt\n  updatedAt\n}": typeof types.RoutineFieldsFragmentDoc,
    "fragment RoutineCompletionFields on RoutineCompletion {\n  id\n  occurredAt\n  kind\n  day\n  routineId\n  routineName\n  routineKind\n  completedAt\n  stepsDone {\n    ...CompletedStepFields\n  }\n  sessionId\n  note\n  createdAt\n}": typeof types.RoutineCompletionFieldsFragmentDoc,
    "fragment RoutineReminderFields on RoutineReminder {\n  at\n  day\n  time\n  routine {\n    ...RoutineFields\n  }\n}": typeof types.RoutineReminderFieldsFragmentDoc,
    "fragment RoutineScheduleFields on RoutineSchedule {\n  days\n  daysPerWeek\n  reminderTimes\n}": typeof types.RoutineScheduleFieldsFragmentDoc,
    "fragment RoutineStepFields on RoutineStep {\n  id\n  title\n  minutes\n  notes\n  products\n  target {\n    ...StepTargetFields\n  }\n}": typeof types.RoutineStepFieldsFragmentDoc,
    "fragment RoutineTemplateFields on RoutineTemplate {\n  id\n  name\n  kind\n  description\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n}": typeof types.RoutineTemplateFieldsFragmentDoc,
    "fragment SafetyAlertFields on SafetyAlert {\n  id\n  reason\n  signalKinds\n  therapist {\n    ...SharePersonFields\n  }\n  sentAt\n}": typeof types.SafetyAlertFieldsFragmentDoc,
    "fragment SafetySignalFields on SafetySignal {\n  kind\n  message\n  sessionIds\n  resources {\n    ...SupportResourcesFields\n  }\n  involveTherapistPrompt\n}": typeof types.SafetySignalFieldsFragmentDoc,
    "fragment SafetyStatusFields on SafetyStatus {\n  signals {\n    ...SafetySignalFields\n  }\n  resources {\n    ...SupportResourcesFields\n  }\n  checkedAt\n}": typeof types.SafetyStatusFieldsFragmentDoc,
    "fragment SessionFields on Session {\n  id\n  occurredAt\n  kind\n  day\n  status\n  startedAt\n  endedAt\n  durationMinutes\n  intention\n  setting\n  distressBefore\n  catalysts {\n    ...CatalystFields\n  }\n  tearsCame\n  wantedToCry\n  bodySensations\n  emotions\n  peakIntensity\n  distressAfter\n  afterState\n  reflection\n  selfHarmThoughts\n  feltUnsafe\n  version\n  createdAt\n  updatedAt\n}": typeof types.SessionFieldsFragmentDoc,
    "fragment SessionsCsvPageFields on SessionsCsvPage {\n  csv\n  rowCount\n  hasMore\n  endCursor\n}": typeof types.SessionsCsvPageFieldsFragmentDoc,
    "fragment SharePersonFields on SharePerson {\n  personId\n  displayName\n}": typeof types.SharePersonFieldsFragmentDoc,
    "fragment StepTargetFields on StepTarget {\n  daysPerWeek\n  measure\n  catalysts\n}": typeof types.StepTargetFieldsFragmentDoc,
    "fragment SupportResourcesFields on SupportResources {\n  country\n  crisisLine {\n    ...CrisisLineFields\n  }\n  textService {\n    ...TextServiceFields\n  }\n  emergency\n  emergencyPhone\n  emergencyPhoneUri\n  findAHelplineUrl\n  disclaimer\n}": typeof types.SupportResourcesFieldsFragmentDoc,
    "fragment TargetAdherenceFields on TargetAdherence {\n  stepId\n  title\n  measure\n  catalysts\n  daysPerWeek\n  thisWeek {\n    ...AdherenceWeekFields\n  }\n  recentWeeks {\n    ...AdherenceWeekFields\n  }\n  doneToday\n  dueToday\n  note\n}": typeof types.TargetAdherenceFieldsFragmentDoc,
    "fragment TextServiceFields on TextService {\n  name\n  instructions\n  smsUri\n  source\n  verifiedOn\n}": typeof types.TextServiceFieldsFragmentDoc,
    "fragment TherapistNoteFields on TherapistNote {\n  id\n  occurredAt\n  kind\n  day\n  text\n  author {\n    ...SharePersonFields\n  }\n  pinnedItemId\n  pinnedDay\n  version\n  createdAt\n  updatedAt\n}": typeof types.TherapistNoteFieldsFragmentDoc,
    "fragment UpcomingRemindersFields on UpcomingReminders {\n  from\n  to\n  timeZone\n  deliveryEnabled\n  reminders {\n    ...RoutineReminderFields\n  }\n}": typeof types.UpcomingRemindersFieldsFragmentDoc,
    "fragment WeeklyAdherenceFields on WeeklyAdherence {\n  routine {\n    ...RoutineFields\n  }\n  day\n  timeZone\n  weekStart\n  weekEnd\n  targets {\n    ...TargetAdherenceFields\n  }\n  note\n}": typeof types.WeeklyAdherenceFieldsFragmentDoc,
    "mutation AcceptPracticeSuggestion($input: AcceptPracticeSuggestionInput!) {\n  acceptPracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": typeof types.AcceptPracticeSuggestionDocument,
    "query AccessLog($first: Int, $after: String) {\n  accessLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AccessLogEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.AccessLogDocument,
    "mutation AdoptRoutineTemplate($input: AdoptRoutineTemplateInput!) {\n  adoptRoutineTemplate(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": typeof types.AdoptRoutineTemplateDocument,
    "mutation AlertMyTherapist($input: AlertMyTherapistInput!) {\n  alertMyTherapist(input: $input) {\n    alert {\n      ...SafetyAlertFields\n    }\n  }\n}": typeof types.AlertMyTherapistDocument,
    "mutation CreateJournalEntry($input: CreateJournalEntryInput!) {\n  createJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}": typeof types.CreateJournalEntryDocument,
    "mutation CreateRoutine($input: CreateRoutineInput!) {\n  createRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": typeof types.CreateRoutineDocument,
    "mutation DeclinePracticeSuggestion($input: DeclinePracticeSuggestionInput!) {\n  declinePracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": typeof types.DeclinePracticeSuggestionDocument,
    "mutation DeleteJournalEntry($input: DeleteJournalEntryInput!) {\n  deleteJournalEntry(input: $input) {\n    deletedId\n  }\n}": typeof types.DeleteJournalEntryDocument,
    "mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input) {\n    accountDeletion {\n      ...AccountDeletionFields\n    }\n  }\n}": typeof types.DeleteMyAccountDocument,
    "mutation DeleteRoutine($input: DeleteRoutineInput!) {\n  deleteRoutine(input: $input) {\n    deletedId\n  }\n}": typeof types.DeleteRoutineDocument,
    "mutation DeleteRoutineCompletion($input: DeleteRoutineCompletionInput!) {\n  deleteRoutineCompletion(input: $input) {\n    deletedId\n  }\n}": typeof types.DeleteRoutineCompletionDocument,
    "mutation DeleteSession($input: DeleteSessionInput!) {\n  deleteSession(input: $input) {\n    deletedId\n  }\n}": typeof types.DeleteSessionDocument,
    "query DueMeasures {\n  dueMeasures {\n    scheduleId\n    instrument\n    dueOn\n    closesOn\n    scheduledBy {\n      displayName\n    }\n  }\n}": typeof types.DueMeasuresDocument,
    "mutation EndSession($input: EndSessionInput!) {\n  endSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": typeof types.EndSessionDocument,
    "query ExportFhir($input: ExportFhirInput) {\n  exportFhir(input: $input) {\n    bundle\n    resourceCount\n    generatedAt\n    complete\n  }\n}": typeof types.ExportFhirDocument,
    "query ExportMyData($first: Int, $after: String) {\n  exportMyData(first: $first, after: $after) {\n    ...DataExportPageFields\n  }\n}": typeof types.ExportMyDataDocument,
    "query ExportMySessionsCsv($first: Int, $after: String) {\n  exportMySessionsCsv(first: $first, after: $after) {\n    ...SessionsCsvPageFields\n  }\n}": typeof types.ExportMySessionsCsvDocument,
    "query Insights($from: String, $period: InsightPeriod!, $withMeasures: Boolean! = true) {\n  insights(from: $from, period: $period) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}": typeof types.InsightsDocument,
    "query Instruments {\n  instruments {\n    ...InstrumentFields\n  }\n}": typeof types.InstrumentsDocument,
    "mutation InviteTherapist($input: InviteTherapistInput!) {\n  inviteTherapist(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.InviteTherapistDocument,
    "query JournalEntries($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  journalEntries(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...JournalEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.JournalEntriesDocument,
    "query JournalEntry($id: ID!) {\n  journalEntry(id: $id) {\n    ...JournalEntryFields\n  }\n}": typeof types.JournalEntryDocument,
    "query JournalPrompts($theme: PromptTheme) {\n  journalPrompts(theme: $theme) {\n    ...JournalPromptFields\n  }\n}": typeof types.JournalPromptsDocument,
    "mutation LogSession($input: LogSessionInput!) {\n  logSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": typeof types.LogSessionDocument,
    "query Me {\n  me {\n    ...ProfileFields\n  }\n}": typeof types.MeDocument,
    "query MeasureTrend($instrument: MeasureInstrument!) {\n  measureTrend(instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}": typeof types.MeasureTrendDocument,
    "query MyGrants {\n  myGrants {\n    ...GrantFields\n  }\n}": typeof types.MyGrantsDocument,
    "query MyMeasures($instrument: MeasureInstrument, $first: Int, $after: String) {\n  measures(instrument: $instrument, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyMeasuresDocument,
    "subscription MyNotifications {\n  myNotifications {\n    id\n    kind\n    at\n    circleId\n    checkInId\n    grantId\n    suggestionId\n    routineId\n  }\n}": typeof types.MyNotificationsDocument,
    "query MyPushDevices {\n  myPushDevices {\n    ...PushDeviceFields\n  }\n}": typeof types.MyPushDevicesDocument,
    "query MyRoutines($first: Int, $after: String) {\n  myRoutines(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...RoutineFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyRoutinesDocument,
    "query PracticeSuggestions($first: Int, $after: String) {\n  practiceSuggestions(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PracticeSuggestionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.PracticeSuggestionsDocument,
    "query PushPublicKey {\n  pushPublicKey\n}": typeof types.PushPublicKeyDocument,
    "mutation RecordRoutineCompletion($input: RecordRoutineCompletionInput!) {\n  recordRoutineCompletion(input: $input) {\n    routineCompletion {\n      ...RoutineCompletionFields\n    }\n  }\n}": typeof types.RecordRoutineCompletionDocument,
    "mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {\n  registerPushDevice(input: $input) {\n    device {\n      ...PushDeviceFields\n    }\n  }\n}": typeof types.RegisterPushDeviceDocument,
    "mutation RemovePushDevice($input: RemovePushDeviceInput!) {\n  removePushDevice(input: $input) {\n    deletedId\n  }\n}": typeof types.RemovePushDeviceDocument,
    "mutation ReorderRoutineSteps($input: ReorderRoutineStepsInput!) {\n  reorderRoutineSteps(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": typeof types.ReorderRoutineStepsDocument,
    "mutation RevokeGrant($input: RevokeGrantInput!) {\n  revokeGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.RevokeGrantDocument,
    "query Routine($id: ID!) {\n  routine(id: $id) {\n    ...RoutineFields\n  }\n}": typeof types.RoutineDocument,
    "query RoutineCompletion($id: ID!) {\n  routineCompletion(id: $id) {\n    ...RoutineCompletionFields\n  }\n}": typeof types.RoutineCompletionDocument,
    "query RoutineTemplates {\n  routineTemplates {\n    ...RoutineTemplateFields\n  }\n}": typeof types.RoutineTemplatesDocument,
    "query SafetyStatus {\n  safetyStatus {\n    ...SafetyStatusFields\n  }\n}": typeof types.SafetyStatusDocument,
    "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionFields\n  }\n}": typeof types.SessionDocument,
    "query Sessions($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  sessions(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...SessionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.SessionsDocument,
    "mutation SetGrantAlerts($input: SetGrantAlertsInput!) {\n  setGrantAlerts(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.SetGrantAlertsDocument,
    "mutation StartSession($input: StartSessionInput) {\n  startSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": typeof types.StartSessionDocument,
    "mutation SubmitMeasure($input: SubmitMeasureInput!) {\n  submitMeasure(input: $input) {\n    measure {\n      ...MeasureFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n  }\n}": typeof types.SubmitMeasureDocument,
    "query Timeline($first: Int, $after: String, $from: DateTime, $to: DateTime, $kinds: [TimelineKind!]) {\n  timeline(first: $first, after: $after, from: $from, to: $to, kinds: $kinds) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.TimelineDocument,
    "query UpcomingReminders {\n  upcomingReminders {\n    ...UpcomingRemindersFields\n  }\n}": typeof types.UpcomingRemindersDocument,
    "mutation UpdateGrant($input: UpdateGrantInput!) {\n  updateGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.UpdateGrantDocument,
    "mutation UpdateJournalEntry($input: UpdateJournalEntryInput!) {\n  updateJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}": typeof types.UpdateJournalEntryDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    profile {\n      ...ProfileFields\n    }\n  }\n}": typeof types.UpdateProfileDocument,
    "mutation UpdateRoutine($input: UpdateRoutineInput!) {\n  updateRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": typeof types.UpdateRoutineDocument,
    "mutation UpdateSession($input: UpdateSessionInput!) {\n  updateSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n  }\n}": typeof types.UpdateSessionDocument,
    "query WeeklyAdherence($routineId: ID!, $day: String, $recentWeeks: Int) {\n  weeklyAdherence(routineId: $routineId, day: $day, recentWeeks: $recentWeeks) {\n    ...WeeklyAdherenceFields\n  }\n}": typeof types.WeeklyAdherenceDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.AcceptInvitationDocument,
    "mutation AddNote($input: AddNoteInput!) {\n  addNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}": typeof types.AddNoteDocument,
    "mutation CancelMeasureSchedule($input: CancelMeasureScheduleInput!) {\n  cancelMeasureSchedule(input: $input) {\n    deletedId\n  }\n}": typeof types.CancelMeasureScheduleDocument,
    "query ClientInsights($from: String, $period: InsightPeriod!, $clientId: ID!, $withMeasures: Boolean! = true) {\n  clientInsights(from: $from, period: $period, clientId: $clientId) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}": typeof types.ClientInsightsDocument,
    "query ClientMeasureSchedules($clientId: ID!) {\n  clientMeasureSchedules(clientId: $clientId) {\n    ...MeasureScheduleFields\n  }\n}": typeof types.ClientMeasureSchedulesDocument,
    "query ClientMeasureTrend($clientId: ID!, $instrument: MeasureInstrument!) {\n  clientMeasureTrend(clientId: $clientId, instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}": typeof types.ClientMeasureTrendDocument,
    "query ClientMeasures($clientId: ID!, $instrument: MeasureInstrument, $first: Int, $after: String) {\n  clientMeasures(\n    clientId: $clientId\n    instrument: $instrument\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.ClientMeasuresDocument,
    "query ClientSafetyStatus($clientId: ID!) {\n  clientSafetyStatus(clientId: $clientId) {\n    ...ClientSafetyStatusFields\n  }\n}": typeof types.ClientSafetyStatusDocument,
    "query ClientTimeline($first: Int, $after: String, $clientId: ID!, $from: DateTime, $to: DateTime) {\n  clientTimeline(\n    first: $first\n    after: $after\n    clientId: $clientId\n    from: $from\n    to: $to\n  ) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.ClientTimelineDocument,
    "mutation DeclineInvitation($input: DeclineInvitationInput!) {\n  declineInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": typeof types.DeclineInvitationDocument,
    "mutation DeleteNote($input: DeleteNoteInput!) {\n  deleteNote(input: $input) {\n    deletedId\n  }\n}": typeof types.DeleteNoteDocument,
    "query MyCaseload($first: Int, $after: String) {\n  myCaseload(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CaseloadEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyCaseloadDocument,
    "query MyClients($first: Int, $after: String) {\n  myClients(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyClientsDocument,
    "query MyInvitations($first: Int, $after: String) {\n  myInvitations(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.MyInvitationsDocument,
    "query MyShareCode {\n  myShareCode\n}": typeof types.MyShareCodeDocument,
    "mutation RotateShareCode {\n  rotateShareCode {\n    shareCode\n  }\n}": typeof types.RotateShareCodeDocument,
    "mutation ScheduleMeasure($input: ScheduleMeasureInput!) {\n  scheduleMeasure(input: $input) {\n    measureSchedule {\n      ...MeasureScheduleFields\n    }\n  }\n}": typeof types.ScheduleMeasureDocument,
    "mutation SuggestPractice($input: SuggestPracticeInput!) {\n  suggestPractice(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": typeof types.SuggestPracticeDocument,
    "mutation UpdateNote($input: UpdateNoteInput!) {\n  updateNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}": typeof types.UpdateNoteDocument,
};
const documents: Documents = {
    "mutation AddReaction($input: ReactionInput!) {\n  addReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": types.AddReactionDocument,
    "query CheckInPreview($sessionId: ID!, $circleId: ID!) {\n  checkInPreview(sessionId: $sessionId, circleId: $circleId) {\n    ...CheckInPreviewFields\n  }\n}": types.CheckInPreviewDocument,
    "query CheckInThread($circleId: ID!, $checkInId: ID!, $first: Int, $after: String) {\n  circle(id: $circleId) {\n    id\n    thread(checkInId: $checkInId) {\n      checkIn {\n        ...CheckInFields\n      }\n      replies(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CheckInReplyFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n}": types.CheckInThreadDocument,
    "query Circle($id: ID!) {\n  circle(id: $id) {\n    ...CircleFields\n  }\n}": types.CircleDocument,
    "subscription CircleActivity($circleId: ID!) {\n  circleActivity(circleId: $circleId) {\n    id\n    kind\n    circleId\n    at\n    checkIn {\n      ...CheckInFields\n    }\n    reply {\n      ...CheckInReplyFields\n    }\n    member {\n      ...CircleMemberFields\n    }\n    hiddenContent {\n      ...CircleContentRefFields\n    }\n  }\n}": types.CircleActivityDocument,
    "query CircleFeed($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    ...CircleFields\n    checkIns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CheckInFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": types.CircleFeedDocument,
    "query CircleInvites($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    invites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleInviteFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": types.CircleInvitesDocument,
    "query CircleMembers($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    members(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleMemberFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": types.CircleMembersDocument,
    "query CircleOpenReports($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    openReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleReportFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}": types.CircleOpenReportsDocument,
    "mutation CreateCircle($input: CreateCircleInput!) {\n  createCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": types.CreateCircleDocument,
    "mutation CreateCircleInvite($input: CreateCircleInviteInput!) {\n  createCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}": types.CreateCircleInviteDocument,
    "mutation HideCircleContent($input: CircleContentInput!) {\n  hideCircleContent(input: $input) {\n    hiddenContent {\n      ...HiddenContentFields\n    }\n  }\n}": types.HideCircleContentDocument,
    "mutation JoinCircle($input: JoinCircleInput!) {\n  joinCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": types.JoinCircleDocument,
    "mutation LeaveCircle($input: LeaveCircleInput!) {\n  leaveCircle(input: $input) {\n    circleId\n  }\n}": types.LeaveCircleDocument,
    "mutation MarkCircleVisited($input: MarkCircleVisitedInput!) {\n  markCircleVisited(input: $input) {\n    circleMembership {\n      ...CircleMembershipFields\n    }\n  }\n}": types.MarkCircleVisitedDocument,
    "query MyCircles($first: Int, $after: String) {\n  myCircles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CircleMembershipFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyCirclesDocument,
    "mutation PostCheckIn($input: PostCheckInInput!) {\n  postCheckIn(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n  }\n}": types.PostCheckInDocument,
    "mutation RemoveCircleMember($input: RemoveCircleMemberInput!) {\n  removeCircleMember(input: $input) {\n    deletedId\n  }\n}": types.RemoveCircleMemberDocument,
    "mutation RemoveReaction($input: ReactionInput!) {\n  removeReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": types.RemoveReactionDocument,
    "mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n  replyToCheckIn(input: $input) {\n    reply {\n      ...CheckInReplyFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}": types.ReplyToCheckInDocument,
    "mutation ReportCircleContent($input: ReportCircleContentInput!) {\n  reportCircleContent(input: $input) {\n    reportId\n  }\n}": types.ReportCircleContentDocument,
    "mutation ResolveCircleReport($input: ResolveCircleReportInput!) {\n  resolveCircleReport(input: $input) {\n    circleReport {\n      ...CircleReportFields\n    }\n  }\n}": types.ResolveCircleReportDocument,
    "mutation RevokeCircleInvite($input: RevokeCircleInviteInput!) {\n  revokeCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}": types.RevokeCircleInviteDocument,
    "mutation SetCircleMemberRole($input: SetCircleMemberRoleInput!) {\n  setCircleMemberRole(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}": types.SetCircleMemberRoleDocument,
    "mutation SetCirclePseudonym($input: SetCirclePseudonymInput!) {\n  setCirclePseudonym(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}": types.SetCirclePseudonymDocument,
    "mutation TransferCircleOwnership($input: TransferCircleOwnershipInput!) {\n  transferCircleOwnership(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}": types.TransferCircleOwnershipDocument,
    "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  operation\n  itemIds\n  from\n  to\n  at\n}": types.AccessLogEntryFieldsFragmentDoc,
    "fragment AccountDeletionFields on AccountDeletion {\n  complete\n  deletedItems\n}": types.AccountDeletionFieldsFragmentDoc,
    "fragment AdherenceWeekFields on AdherenceWeek {\n  weekStart\n  weekEnd\n  done\n  target\n  days\n}": types.AdherenceWeekFieldsFragmentDoc,
    "fragment AftercareSuggestionFields on AftercareSuggestion {\n  message\n  routine {\n    ...RoutineFields\n  }\n  template {\n    ...RoutineTemplateFields\n  }\n}": types.AftercareSuggestionFieldsFragmentDoc,
    "fragment CaseloadEntryFields on CaseloadEntry {\n  grantId\n  client {\n    id\n    displayName\n  }\n  scopes\n  expiresAt\n  lastViewedAt\n  newSessions\n  newMeasures\n  newAlerts\n  latestAlert {\n    alertId\n    reason\n    signalKinds\n    sentAt\n  }\n  activeSignalKinds\n  measures {\n    measureId\n    instrument\n    score\n    band\n    completedAt\n  }\n  suggestions {\n    suggestionId\n    name\n    status\n    updatedAt\n  }\n}": types.CaseloadEntryFieldsFragmentDoc,
    "fragment CatalystFields on Catalyst {\n  kind\n  reference\n}": types.CatalystFieldsFragmentDoc,
    "fragment CatalystCountFields on CatalystCount {\n  catalyst\n  sessions\n}": types.CatalystCountFieldsFragmentDoc,
    "fragment CatalystOutcomeFields on CatalystOutcome {\n  catalyst\n  sessions\n  enoughData\n  reliefRate\n  floodingRate\n  note\n}": types.CatalystOutcomeFieldsFragmentDoc,
    "fragment CheckInFields on CheckIn {\n  id\n  author {\n    ...CircleAuthorFields\n  }\n  mood\n  intensity\n  text\n  session {\n    ...CheckInSessionSummaryFields\n  }\n  postedAt\n  reactions {\n    ...ReactionSummaryFields\n  }\n  replyCount\n  hidden\n  reportedByMe\n}": types.CheckInFieldsFragmentDoc,
    "fragment CheckInPreviewFields on CheckInPreview {\n  sessionId\n  version\n  summary {\n    ...CheckInSessionSummaryFields\n  }\n}": types.CheckInPreviewFieldsFragmentDoc,
    "fragment CheckInReplyFields on CheckInReply {\n  id\n  checkInId\n  author {\n    ...CircleAuthorFields\n  }\n  text\n  postedAt\n  hidden\n  reportedByMe\n}": types.CheckInReplyFieldsFragmentDoc,
    "fragment CheckInSessionSummaryFields on CheckInSessionSummary {\n  durationMinutes\n  afterState\n  catalysts\n}": types.CheckInSessionSummaryFieldsFragmentDoc,
    "fragment CircleFields on Circle {\n  id\n  name\n  description\n  topic\n  memberCap\n  memberCount\n  lastCheckInAt\n  unreadCount\n  me {\n    ...CircleMemberFields\n  }\n  createdAt\n}": types.CircleFieldsFragmentDoc,
    "fragment CircleAuthorFields on CircleAuthor {\n  memberId\n  pseudonym\n  isMe\n}": types.CircleAuthorFieldsFragmentDoc,
    "fragment CircleContentRefFields on CircleContentRef {\n  checkInId\n  replyId\n}": types.CircleContentRefFieldsFragmentDoc,
    "fragment CircleInviteFields on CircleInvite {\n  id\n  code\n  status\n  maxUses\n  uses\n  expiresAt\n  revokedAt\n  createdAt\n}": types.CircleInviteFieldsFragmentDoc,
    "fragment CircleMemberFields on CircleMember {\n  id\n  pseudonym\n  role\n  joinedAt\n  isMe\n}": types.CircleMemberFieldsFragmentDoc,
    "fragment CircleMembershipFields on CircleMembership {\n  id\n  circleId\n  name\n  description\n  topic\n  me {\n    ...CircleMemberFields\n  }\n  lastVisitedAt\n  unreadCount\n  memberCount\n  lastCheckInAt\n}": types.CircleMembershipFieldsFragmentDoc,
    "fragment CircleReportFields on CircleReport {\n  id\n  reason\n  note\n  status\n  content {\n    ...CircleContentRefFields\n  }\n  contentText\n  contentAuthor {\n    ...CircleAuthorFields\n  }\n  createdAt\n  resolvedAt\n  outcome\n}": types.CircleReportFieldsFragmentDoc,
    "fragment ClientSafetySignalFields on ClientSafetySignal {\n  kind\n  summary\n  sessionCount\n  sessionIds\n  firstStartedAt\n  lastStartedAt\n}": types.ClientSafetySignalFieldsFragmentDoc,
    "fragment ClientSafetyStatusFields on ClientSafetyStatus {\n  signals {\n    ...ClientSafetySignalFields\n  }\n  checkedAt\n}": types.ClientSafetyStatusFieldsFragmentDoc,
    "fragment CompletedStepFields on CompletedStep {\n  stepId\n  title\n}": types.CompletedStepFieldsFragmentDoc,
    "fragment CrisisLineFields on CrisisLine {\n  name\n  phone\n  phoneUri\n  alternativePhone\n  alternativePhoneUri\n  url\n  source\n  verifiedOn\n}": types.CrisisLineFieldsFragmentDoc,
    "fragment CrisisSupportFields on CrisisSupport {\n  message\n  resources {\n    ...SupportResourcesFields\n  }\n}": types.CrisisSupportFieldsFragmentDoc,
    "fragment DataExportPageFields on DataExportPage {\n  format\n  document\n  hasMore\n  endCursor\n}": types.DataExportPageFieldsFragmentDoc,
    "fragment DaySessionCountFields on DaySessionCount {\n  day\n  sessionCount\n}": types.DaySessionCountFieldsFragmentDoc,
    "fragment GrantFields on Grant {\n  id\n  status\n  scopes\n  expiresAt\n  client {\n    ...SharePersonFields\n  }\n  therapist {\n    ...SharePersonFields\n  }\n  alertOnSafetySignal\n  version\n  createdAt\n  updatedAt\n}": types.GrantFieldsFragmentDoc,
    "fragment HiddenContentFields on HiddenContent {\n  content {\n    ...CircleContentRefFields\n  }\n  hiddenAt\n}": types.HiddenContentFieldsFragmentDoc,
    "fragment InsightFiguresFields on InsightFigures {\n  fromDay\n  toDay\n  sessionCount\n  perWeekFrequency\n  totalDurationMinutes\n  medianDurationMinutes\n  tearsShare\n  meanDistressBefore\n  meanDistressAfter\n  meanDistressChange\n  reliefShare\n  floodingShare\n  topCatalysts {\n    ...CatalystCountFields\n  }\n  catalystOutcomes {\n    ...CatalystOutcomeFields\n  }\n  dailySeries {\n    ...DaySessionCountFields\n  }\n}": types.InsightFiguresFieldsFragmentDoc,
    "fragment InsightMeasuresFields on InsightMeasures {\n  current {\n    ...MeasuresInPeriodFields\n  }\n  previous {\n    ...MeasuresInPeriodFields\n  }\n}": types.InsightMeasuresFieldsFragmentDoc,
    "fragment InsightsFields on Insights {\n  period\n  fromDay\n  toDay\n  current {\n    ...InsightFiguresFields\n  }\n  previous {\n    ...InsightFiguresFields\n  }\n}": types.InsightsFieldsFragmentDoc,
    "fragment InstrumentFields on Instrument {\n  id\n  name\n  shortName\n  stem\n  items {\n    number\n    text\n    loinc\n  }\n  options {\n    value\n    label\n  }\n  maxScore\n  reportsPercentage\n  bands {\n    band\n    label\n    min\n    max\n  }\n  lowerIsBetter\n  meaningfulChange\n  meaningfulChangeSource\n  loincPanel\n  loincTotal\n  source\n  termsOfUse\n}": types.InstrumentFieldsFragmentDoc,
    "fragment JournalEntryFields on JournalEntry {\n  id\n  occurredAt\n  kind\n  day\n  text\n  emotions\n  prompt {\n    ...JournalPromptFields\n  }\n  version\n  createdAt\n  updatedAt\n}": types.JournalEntryFieldsFragmentDoc,
    "fragment JournalPromptFields on JournalPrompt {\n  id\n  theme\n  text\n}": types.JournalPromptFieldsFragmentDoc,
    "fragment MeasureFields on Measure {\n  id\n  instrument\n  answers\n  score\n  percentage\n  band\n  bandLabel\n  completedAt\n  day\n}": types.MeasureFieldsFragmentDoc,
    "fragment MeasurePointFields on MeasurePoint {\n  id\n  instrument\n  score\n  percentage\n  band\n  day\n  change\n  direction\n  meaningful\n}": types.MeasurePointFieldsFragmentDoc,
    "fragment MeasureScheduleFields on MeasureSchedule {\n  id\n  instrument\n  cadence\n  everyWeeks\n  startsOn\n  windowDays\n  nextDueOn\n}": types.MeasureScheduleFieldsFragmentDoc,
    "fragment MeasuresInPeriodFields on MeasuresInPeriod {\n  fromDay\n  toDay\n  reliefShare\n  floodingShare\n  results {\n    ...MeasurePointFields\n  }\n}": types.MeasuresInPeriodFieldsFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": types.PageInfoFieldsFragmentDoc,
    "fragment PracticeSuggestionFields on PracticeSuggestion {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  name\n  message\n  templateId\n  status\n  routineId\n  createdAt\n}": types.PracticeSuggestionFieldsFragmentDoc,
    "fragment PreferencesFields on Preferences {\n  routineReminders\n  weeklyReflection\n  circleActivity\n  therapistActivity\n  delivery {\n    push\n    email\n  }\n  quietHours {\n    start\n    end\n  }\n}": types.PreferencesFieldsFragmentDoc,
    "fragment ProfileFields on Profile {\n  id\n  displayName\n  pronouns\n  timeZone\n  locale\n  country\n  suggestedCountry\n  preferences {\n    ...PreferencesFields\n  }\n  role\n  version\n  createdAt\n  updatedAt\n}": types.ProfileFieldsFragmentDoc,
    "fragment PushDeviceFields on PushDevice {\n  id\n  label\n  pushService\n  createdAt\n}": types.PushDeviceFieldsFragmentDoc,
    "fragment ReactionSummaryFields on ReactionSummary {\n  kind\n  count\n  reactedByMe\n}": types.ReactionSummaryFieldsFragmentDoc,
    "fragment RoutineFields on Routine {\n  id\n  name\n  kind\n  description\n  status\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n  templateId\n  version\n  createdAt\n  updatedAt\n}": types.RoutineFieldsFragmentDoc,
    "fragment RoutineCompletionFields on RoutineCompletion {\n  id\n  occurredAt\n  kind\n  day\n  routineId\n  routineName\n  routineKind\n  completedAt\n  stepsDone {\n    ...CompletedStepFields\n  }\n  sessionId\n  note\n  createdAt\n}": types.RoutineCompletionFieldsFragmentDoc,
    "fragment RoutineReminderFields on RoutineReminder {\n  at\n  day\n  time\n  routine {\n    ...RoutineFields\n  }\n}": types.RoutineReminderFieldsFragmentDoc,
    "fragment RoutineScheduleFields on RoutineSchedule {\n  days\n  daysPerWeek\n  reminderTimes\n}": types.RoutineScheduleFieldsFragmentDoc,
    "fragment RoutineStepFields on RoutineStep {\n  id\n  title\n  minutes\n  notes\n  products\n  target {\n    ...StepTargetFields\n  }\n}": types.RoutineStepFieldsFragmentDoc,
    "fragment RoutineTemplateFields on RoutineTemplate {\n  id\n  name\n  kind\n  description\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n}": types.RoutineTemplateFieldsFragmentDoc,
    "fragment SafetyAlertFields on SafetyAlert {\n  id\n  reason\n  signalKinds\n  therapist {\n    ...SharePersonFields\n  }\n  sentAt\n}": types.SafetyAlertFieldsFragmentDoc,
    "fragment SafetySignalFields on SafetySignal {\n  kind\n  message\n  sessionIds\n  resources {\n    ...SupportResourcesFields\n  }\n  involveTherapistPrompt\n}": types.SafetySignalFieldsFragmentDoc,
    "fragment SafetyStatusFields on SafetyStatus {\n  signals {\n    ...SafetySignalFields\n  }\n  resources {\n    ...SupportResourcesFields\n  }\n  checkedAt\n}": types.SafetyStatusFieldsFragmentDoc,
    "fragment SessionFields on Session {\n  id\n  occurredAt\n  kind\n  day\n  status\n  startedAt\n  endedAt\n  durationMinutes\n  intention\n  setting\n  distressBefore\n  catalysts {\n    ...CatalystFields\n  }\n  tearsCame\n  wantedToCry\n  bodySensations\n  emotions\n  peakIntensity\n  distressAfter\n  afterState\n  reflection\n  selfHarmThoughts\n  feltUnsafe\n  version\n  createdAt\n  updatedAt\n}": types.SessionFieldsFragmentDoc,
    "fragment SessionsCsvPageFields on SessionsCsvPage {\n  csv\n  rowCount\n  hasMore\n  endCursor\n}": types.SessionsCsvPageFieldsFragmentDoc,
    "fragment SharePersonFields on SharePerson {\n  personId\n  displayName\n}": types.SharePersonFieldsFragmentDoc,
    "fragment StepTargetFields on StepTarget {\n  daysPerWeek\n  measure\n  catalysts\n}": types.StepTargetFieldsFragmentDoc,
    "fragment SupportResourcesFields on SupportResources {\n  country\n  crisisLine {\n    ...CrisisLineFields\n  }\n  textService {\n    ...TextServiceFields\n  }\n  emergency\n  emergencyPhone\n  emergencyPhoneUri\n  findAHelplineUrl\n  disclaimer\n}": types.SupportResourcesFieldsFragmentDoc,
    "fragment TargetAdherenceFields on TargetAdherence {\n  stepId\n  title\n  measure\n  catalysts\n  daysPerWeek\n  thisWeek {\n    ...AdherenceWeekFields\n  }\n  recentWeeks {\n    ...AdherenceWeekFields\n  }\n  doneToday\n  dueToday\n  note\n}": types.TargetAdherenceFieldsFragmentDoc,
    "fragment TextServiceFields on TextService {\n  name\n  instructions\n  smsUri\n  source\n  verifiedOn\n}": types.TextServiceFieldsFragmentDoc,
    "fragment TherapistNoteFields on TherapistNote {\n  id\n  occurredAt\n  kind\n  day\n  text\n  author {\n    ...SharePersonFields\n  }\n  pinnedItemId\n  pinnedDay\n  version\n  createdAt\n  updatedAt\n}": types.TherapistNoteFieldsFragmentDoc,
    "fragment UpcomingRemindersFields on UpcomingReminders {\n  from\n  to\n  timeZone\n  deliveryEnabled\n  reminders {\n    ...RoutineReminderFields\n  }\n}": types.UpcomingRemindersFieldsFragmentDoc,
    "fragment WeeklyAdherenceFields on WeeklyAdherence {\n  routine {\n    ...RoutineFields\n  }\n  day\n  timeZone\n  weekStart\n  weekEnd\n  targets {\n    ...TargetAdherenceFields\n  }\n  note\n}": types.WeeklyAdherenceFieldsFragmentDoc,
    "mutation AcceptPracticeSuggestion($input: AcceptPracticeSuggestionInput!) {\n  acceptPracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": types.AcceptPracticeSuggestionDocument,
    "query AccessLog($first: Int, $after: String) {\n  accessLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AccessLogEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.AccessLogDocument,
    "mutation AdoptRoutineTemplate($input: AdoptRoutineTemplateInput!) {\n  adoptRoutineTemplate(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": types.AdoptRoutineTemplateDocument,
    "mutation AlertMyTherapist($input: AlertMyTherapistInput!) {\n  alertMyTherapist(input: $input) {\n    alert {\n      ...SafetyAlertFields\n    }\n  }\n}": types.AlertMyTherapistDocument,
    "mutation CreateJournalEntry($input: CreateJournalEntryInput!) {\n  createJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}": types.CreateJournalEntryDocument,
    "mutation CreateRoutine($input: CreateRoutineInput!) {\n  createRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": types.CreateRoutineDocument,
    "mutation DeclinePracticeSuggestion($input: DeclinePracticeSuggestionInput!) {\n  declinePracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": types.DeclinePracticeSuggestionDocument,
    "mutation DeleteJournalEntry($input: DeleteJournalEntryInput!) {\n  deleteJournalEntry(input: $input) {\n    deletedId\n  }\n}": types.DeleteJournalEntryDocument,
    "mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input) {\n    accountDeletion {\n      ...AccountDeletionFields\n    }\n  }\n}": types.DeleteMyAccountDocument,
    "mutation DeleteRoutine($input: DeleteRoutineInput!) {\n  deleteRoutine(input: $input) {\n    deletedId\n  }\n}": types.DeleteRoutineDocument,
    "mutation DeleteRoutineCompletion($input: DeleteRoutineCompletionInput!) {\n  deleteRoutineCompletion(input: $input) {\n    deletedId\n  }\n}": types.DeleteRoutineCompletionDocument,
    "mutation DeleteSession($input: DeleteSessionInput!) {\n  deleteSession(input: $input) {\n    deletedId\n  }\n}": types.DeleteSessionDocument,
    "query DueMeasures {\n  dueMeasures {\n    scheduleId\n    instrument\n    dueOn\n    closesOn\n    scheduledBy {\n      displayName\n    }\n  }\n}": types.DueMeasuresDocument,
    "mutation EndSession($input: EndSessionInput!) {\n  endSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": types.EndSessionDocument,
    "query ExportFhir($input: ExportFhirInput) {\n  exportFhir(input: $input) {\n    bundle\n    resourceCount\n    generatedAt\n    complete\n  }\n}": types.ExportFhirDocument,
    "query ExportMyData($first: Int, $after: String) {\n  exportMyData(first: $first, after: $after) {\n    ...DataExportPageFields\n  }\n}": types.ExportMyDataDocument,
    "query ExportMySessionsCsv($first: Int, $after: String) {\n  exportMySessionsCsv(first: $first, after: $after) {\n    ...SessionsCsvPageFields\n  }\n}": types.ExportMySessionsCsvDocument,
    "query Insights($from: String, $period: InsightPeriod!, $withMeasures: Boolean! = true) {\n  insights(from: $from, period: $period) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}": types.InsightsDocument,
    "query Instruments {\n  instruments {\n    ...InstrumentFields\n  }\n}": types.InstrumentsDocument,
    "mutation InviteTherapist($input: InviteTherapistInput!) {\n  inviteTherapist(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.InviteTherapistDocument,
    "query JournalEntries($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  journalEntries(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...JournalEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.JournalEntriesDocument,
    "query JournalEntry($id: ID!) {\n  journalEntry(id: $id) {\n    ...JournalEntryFields\n  }\n}": types.JournalEntryDocument,
    "query JournalPrompts($theme: PromptTheme) {\n  journalPrompts(theme: $theme) {\n    ...JournalPromptFields\n  }\n}": types.JournalPromptsDocument,
    "mutation LogSession($input: LogSessionInput!) {\n  logSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": types.LogSessionDocument,
    "query Me {\n  me {\n    ...ProfileFields\n  }\n}": types.MeDocument,
    "query MeasureTrend($instrument: MeasureInstrument!) {\n  measureTrend(instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}": types.MeasureTrendDocument,
    "query MyGrants {\n  myGrants {\n    ...GrantFields\n  }\n}": types.MyGrantsDocument,
    "query MyMeasures($instrument: MeasureInstrument, $first: Int, $after: String) {\n  measures(instrument: $instrument, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyMeasuresDocument,
    "subscription MyNotifications {\n  myNotifications {\n    id\n    kind\n    at\n    circleId\n    checkInId\n    grantId\n    suggestionId\n    routineId\n  }\n}": types.MyNotificationsDocument,
    "query MyPushDevices {\n  myPushDevices {\n    ...PushDeviceFields\n  }\n}": types.MyPushDevicesDocument,
    "query MyRoutines($first: Int, $after: String) {\n  myRoutines(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...RoutineFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyRoutinesDocument,
    "query PracticeSuggestions($first: Int, $after: String) {\n  practiceSuggestions(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PracticeSuggestionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.PracticeSuggestionsDocument,
    "query PushPublicKey {\n  pushPublicKey\n}": types.PushPublicKeyDocument,
    "mutation RecordRoutineCompletion($input: RecordRoutineCompletionInput!) {\n  recordRoutineCompletion(input: $input) {\n    routineCompletion {\n      ...RoutineCompletionFields\n    }\n  }\n}": types.RecordRoutineCompletionDocument,
    "mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {\n  registerPushDevice(input: $input) {\n    device {\n      ...PushDeviceFields\n    }\n  }\n}": types.RegisterPushDeviceDocument,
    "mutation RemovePushDevice($input: RemovePushDeviceInput!) {\n  removePushDevice(input: $input) {\n    deletedId\n  }\n}": types.RemovePushDeviceDocument,
    "mutation ReorderRoutineSteps($input: ReorderRoutineStepsInput!) {\n  reorderRoutineSteps(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": types.ReorderRoutineStepsDocument,
    "mutation RevokeGrant($input: RevokeGrantInput!) {\n  revokeGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.RevokeGrantDocument,
    "query Routine($id: ID!) {\n  routine(id: $id) {\n    ...RoutineFields\n  }\n}": types.RoutineDocument,
    "query RoutineCompletion($id: ID!) {\n  routineCompletion(id: $id) {\n    ...RoutineCompletionFields\n  }\n}": types.RoutineCompletionDocument,
    "query RoutineTemplates {\n  routineTemplates {\n    ...RoutineTemplateFields\n  }\n}": types.RoutineTemplatesDocument,
    "query SafetyStatus {\n  safetyStatus {\n    ...SafetyStatusFields\n  }\n}": types.SafetyStatusDocument,
    "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionFields\n  }\n}": types.SessionDocument,
    "query Sessions($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  sessions(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...SessionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.SessionsDocument,
    "mutation SetGrantAlerts($input: SetGrantAlertsInput!) {\n  setGrantAlerts(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.SetGrantAlertsDocument,
    "mutation StartSession($input: StartSessionInput) {\n  startSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}": types.StartSessionDocument,
    "mutation SubmitMeasure($input: SubmitMeasureInput!) {\n  submitMeasure(input: $input) {\n    measure {\n      ...MeasureFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n  }\n}": types.SubmitMeasureDocument,
    "query Timeline($first: Int, $after: String, $from: DateTime, $to: DateTime, $kinds: [TimelineKind!]) {\n  timeline(first: $first, after: $after, from: $from, to: $to, kinds: $kinds) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.TimelineDocument,
    "query UpcomingReminders {\n  upcomingReminders {\n    ...UpcomingRemindersFields\n  }\n}": types.UpcomingRemindersDocument,
    "mutation UpdateGrant($input: UpdateGrantInput!) {\n  updateGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.UpdateGrantDocument,
    "mutation UpdateJournalEntry($input: UpdateJournalEntryInput!) {\n  updateJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}": types.UpdateJournalEntryDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    profile {\n      ...ProfileFields\n    }\n  }\n}": types.UpdateProfileDocument,
    "mutation UpdateRoutine($input: UpdateRoutineInput!) {\n  updateRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}": types.UpdateRoutineDocument,
    "mutation UpdateSession($input: UpdateSessionInput!) {\n  updateSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n  }\n}": types.UpdateSessionDocument,
    "query WeeklyAdherence($routineId: ID!, $day: String, $recentWeeks: Int) {\n  weeklyAdherence(routineId: $routineId, day: $day, recentWeeks: $recentWeeks) {\n    ...WeeklyAdherenceFields\n  }\n}": types.WeeklyAdherenceDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.AcceptInvitationDocument,
    "mutation AddNote($input: AddNoteInput!) {\n  addNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}": types.AddNoteDocument,
    "mutation CancelMeasureSchedule($input: CancelMeasureScheduleInput!) {\n  cancelMeasureSchedule(input: $input) {\n    deletedId\n  }\n}": types.CancelMeasureScheduleDocument,
    "query ClientInsights($from: String, $period: InsightPeriod!, $clientId: ID!, $withMeasures: Boolean! = true) {\n  clientInsights(from: $from, period: $period, clientId: $clientId) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}": types.ClientInsightsDocument,
    "query ClientMeasureSchedules($clientId: ID!) {\n  clientMeasureSchedules(clientId: $clientId) {\n    ...MeasureScheduleFields\n  }\n}": types.ClientMeasureSchedulesDocument,
    "query ClientMeasureTrend($clientId: ID!, $instrument: MeasureInstrument!) {\n  clientMeasureTrend(clientId: $clientId, instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}": types.ClientMeasureTrendDocument,
    "query ClientMeasures($clientId: ID!, $instrument: MeasureInstrument, $first: Int, $after: String) {\n  clientMeasures(\n    clientId: $clientId\n    instrument: $instrument\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.ClientMeasuresDocument,
    "query ClientSafetyStatus($clientId: ID!) {\n  clientSafetyStatus(clientId: $clientId) {\n    ...ClientSafetyStatusFields\n  }\n}": types.ClientSafetyStatusDocument,
    "query ClientTimeline($first: Int, $after: String, $clientId: ID!, $from: DateTime, $to: DateTime) {\n  clientTimeline(\n    first: $first\n    after: $after\n    clientId: $clientId\n    from: $from\n    to: $to\n  ) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.ClientTimelineDocument,
    "mutation DeclineInvitation($input: DeclineInvitationInput!) {\n  declineInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}": types.DeclineInvitationDocument,
    "mutation DeleteNote($input: DeleteNoteInput!) {\n  deleteNote(input: $input) {\n    deletedId\n  }\n}": types.DeleteNoteDocument,
    "query MyCaseload($first: Int, $after: String) {\n  myCaseload(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CaseloadEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyCaseloadDocument,
    "query MyClients($first: Int, $after: String) {\n  myClients(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyClientsDocument,
    "query MyInvitations($first: Int, $after: String) {\n  myInvitations(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.MyInvitationsDocument,
    "query MyShareCode {\n  myShareCode\n}": types.MyShareCodeDocument,
    "mutation RotateShareCode {\n  rotateShareCode {\n    shareCode\n  }\n}": types.RotateShareCodeDocument,
    "mutation ScheduleMeasure($input: ScheduleMeasureInput!) {\n  scheduleMeasure(input: $input) {\n    measureSchedule {\n      ...MeasureScheduleFields\n    }\n  }\n}": types.ScheduleMeasureDocument,
    "mutation SuggestPractice($input: SuggestPracticeInput!) {\n  suggestPractice(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}": types.SuggestPracticeDocument,
    "mutation UpdateNote($input: UpdateNoteInput!) {\n  updateNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}": types.UpdateNoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddReaction($input: ReactionInput!) {\n  addReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"): (typeof documents)["mutation AddReaction($input: ReactionInput!) {\n  addReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckInPreview($sessionId: ID!, $circleId: ID!) {\n  checkInPreview(sessionId: $sessionId, circleId: $circleId) {\n    ...CheckInPreviewFields\n  }\n}"): (typeof documents)["query CheckInPreview($sessionId: ID!, $circleId: ID!) {\n  checkInPreview(sessionId: $sessionId, circleId: $circleId) {\n    ...CheckInPreviewFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckInThread($circleId: ID!, $checkInId: ID!, $first: Int, $after: String) {\n  circle(id: $circleId) {\n    id\n    thread(checkInId: $checkInId) {\n      checkIn {\n        ...CheckInFields\n      }\n      replies(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CheckInReplyFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CheckInThread($circleId: ID!, $checkInId: ID!, $first: Int, $after: String) {\n  circle(id: $circleId) {\n    id\n    thread(checkInId: $checkInId) {\n      checkIn {\n        ...CheckInFields\n      }\n      replies(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CheckInReplyFields\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Circle($id: ID!) {\n  circle(id: $id) {\n    ...CircleFields\n  }\n}"): (typeof documents)["query Circle($id: ID!) {\n  circle(id: $id) {\n    ...CircleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CircleActivity($circleId: ID!) {\n  circleActivity(circleId: $circleId) {\n    id\n    kind\n    circleId\n    at\n    checkIn {\n      ...CheckInFields\n    }\n    reply {\n      ...CheckInReplyFields\n    }\n    member {\n      ...CircleMemberFields\n    }\n    hiddenContent {\n      ...CircleContentRefFields\n    }\n  }\n}"): (typeof documents)["subscription CircleActivity($circleId: ID!) {\n  circleActivity(circleId: $circleId) {\n    id\n    kind\n    circleId\n    at\n    checkIn {\n      ...CheckInFields\n    }\n    reply {\n      ...CheckInReplyFields\n    }\n    member {\n      ...CircleMemberFields\n    }\n    hiddenContent {\n      ...CircleContentRefFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircleFeed($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    ...CircleFields\n    checkIns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CheckInFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"): (typeof documents)["query CircleFeed($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    ...CircleFields\n    checkIns(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CheckInFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircleInvites($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    invites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleInviteFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"): (typeof documents)["query CircleInvites($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    invites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleInviteFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircleMembers($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    members(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleMemberFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"): (typeof documents)["query CircleMembers($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    members(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleMemberFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CircleOpenReports($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    openReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleReportFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"): (typeof documents)["query CircleOpenReports($id: ID!, $first: Int, $after: String) {\n  circle(id: $id) {\n    id\n    openReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...CircleReportFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCircle($input: CreateCircleInput!) {\n  createCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"): (typeof documents)["mutation CreateCircle($input: CreateCircleInput!) {\n  createCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCircleInvite($input: CreateCircleInviteInput!) {\n  createCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}"): (typeof documents)["mutation CreateCircleInvite($input: CreateCircleInviteInput!) {\n  createCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HideCircleContent($input: CircleContentInput!) {\n  hideCircleContent(input: $input) {\n    hiddenContent {\n      ...HiddenContentFields\n    }\n  }\n}"): (typeof documents)["mutation HideCircleContent($input: CircleContentInput!) {\n  hideCircleContent(input: $input) {\n    hiddenContent {\n      ...HiddenContentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JoinCircle($input: JoinCircleInput!) {\n  joinCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"): (typeof documents)["mutation JoinCircle($input: JoinCircleInput!) {\n  joinCircle(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveCircle($input: LeaveCircleInput!) {\n  leaveCircle(input: $input) {\n    circleId\n  }\n}"): (typeof documents)["mutation LeaveCircle($input: LeaveCircleInput!) {\n  leaveCircle(input: $input) {\n    circleId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkCircleVisited($input: MarkCircleVisitedInput!) {\n  markCircleVisited(input: $input) {\n    circleMembership {\n      ...CircleMembershipFields\n    }\n  }\n}"): (typeof documents)["mutation MarkCircleVisited($input: MarkCircleVisitedInput!) {\n  markCircleVisited(input: $input) {\n    circleMembership {\n      ...CircleMembershipFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCircles($first: Int, $after: String) {\n  myCircles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CircleMembershipFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyCircles($first: Int, $after: String) {\n  myCircles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CircleMembershipFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostCheckIn($input: PostCheckInInput!) {\n  postCheckIn(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n  }\n}"): (typeof documents)["mutation PostCheckIn($input: PostCheckInInput!) {\n  postCheckIn(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveCircleMember($input: RemoveCircleMemberInput!) {\n  removeCircleMember(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation RemoveCircleMember($input: RemoveCircleMemberInput!) {\n  removeCircleMember(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveReaction($input: ReactionInput!) {\n  removeReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"): (typeof documents)["mutation RemoveReaction($input: ReactionInput!) {\n  removeReaction(input: $input) {\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n  replyToCheckIn(input: $input) {\n    reply {\n      ...CheckInReplyFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"): (typeof documents)["mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n  replyToCheckIn(input: $input) {\n    reply {\n      ...CheckInReplyFields\n    }\n    support {\n      ...CrisisSupportFields\n    }\n    checkIn {\n      ...CheckInFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportCircleContent($input: ReportCircleContentInput!) {\n  reportCircleContent(input: $input) {\n    reportId\n  }\n}"): (typeof documents)["mutation ReportCircleContent($input: ReportCircleContentInput!) {\n  reportCircleContent(input: $input) {\n    reportId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveCircleReport($input: ResolveCircleReportInput!) {\n  resolveCircleReport(input: $input) {\n    circleReport {\n      ...CircleReportFields\n    }\n  }\n}"): (typeof documents)["mutation ResolveCircleReport($input: ResolveCircleReportInput!) {\n  resolveCircleReport(input: $input) {\n    circleReport {\n      ...CircleReportFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCircleInvite($input: RevokeCircleInviteInput!) {\n  revokeCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}"): (typeof documents)["mutation RevokeCircleInvite($input: RevokeCircleInviteInput!) {\n  revokeCircleInvite(input: $input) {\n    circleInvite {\n      ...CircleInviteFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCircleMemberRole($input: SetCircleMemberRoleInput!) {\n  setCircleMemberRole(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}"): (typeof documents)["mutation SetCircleMemberRole($input: SetCircleMemberRoleInput!) {\n  setCircleMemberRole(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCirclePseudonym($input: SetCirclePseudonymInput!) {\n  setCirclePseudonym(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}"): (typeof documents)["mutation SetCirclePseudonym($input: SetCirclePseudonymInput!) {\n  setCirclePseudonym(input: $input) {\n    circleMember {\n      ...CircleMemberFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferCircleOwnership($input: TransferCircleOwnershipInput!) {\n  transferCircleOwnership(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"): (typeof documents)["mutation TransferCircleOwnership($input: TransferCircleOwnershipInput!) {\n  transferCircleOwnership(input: $input) {\n    circle {\n      ...CircleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  operation\n  itemIds\n  from\n  to\n  at\n}"): (typeof documents)["fragment AccessLogEntryFields on AccessLogEntry {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  operation\n  itemIds\n  from\n  to\n  at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountDeletionFields on AccountDeletion {\n  complete\n  deletedItems\n}"): (typeof documents)["fragment AccountDeletionFields on AccountDeletion {\n  complete\n  deletedItems\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdherenceWeekFields on AdherenceWeek {\n  weekStart\n  weekEnd\n  done\n  target\n  days\n}"): (typeof documents)["fragment AdherenceWeekFields on AdherenceWeek {\n  weekStart\n  weekEnd\n  done\n  target\n  days\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AftercareSuggestionFields on AftercareSuggestion {\n  message\n  routine {\n    ...RoutineFields\n  }\n  template {\n    ...RoutineTemplateFields\n  }\n}"): (typeof documents)["fragment AftercareSuggestionFields on AftercareSuggestion {\n  message\n  routine {\n    ...RoutineFields\n  }\n  template {\n    ...RoutineTemplateFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseloadEntryFields on CaseloadEntry {\n  grantId\n  client {\n    id\n    displayName\n  }\n  scopes\n  expiresAt\n  lastViewedAt\n  newSessions\n  newMeasures\n  newAlerts\n  latestAlert {\n    alertId\n    reason\n    signalKinds\n    sentAt\n  }\n  activeSignalKinds\n  measures {\n    measureId\n    instrument\n    score\n    band\n    completedAt\n  }\n  suggestions {\n    suggestionId\n    name\n    status\n    updatedAt\n  }\n}"): (typeof documents)["fragment CaseloadEntryFields on CaseloadEntry {\n  grantId\n  client {\n    id\n    displayName\n  }\n  scopes\n  expiresAt\n  lastViewedAt\n  newSessions\n  newMeasures\n  newAlerts\n  latestAlert {\n    alertId\n    reason\n    signalKinds\n    sentAt\n  }\n  activeSignalKinds\n  measures {\n    measureId\n    instrument\n    score\n    band\n    completedAt\n  }\n  suggestions {\n    suggestionId\n    name\n    status\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalystFields on Catalyst {\n  kind\n  reference\n}"): (typeof documents)["fragment CatalystFields on Catalyst {\n  kind\n  reference\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalystCountFields on CatalystCount {\n  catalyst\n  sessions\n}"): (typeof documents)["fragment CatalystCountFields on CatalystCount {\n  catalyst\n  sessions\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalystOutcomeFields on CatalystOutcome {\n  catalyst\n  sessions\n  enoughData\n  reliefRate\n  floodingRate\n  note\n}"): (typeof documents)["fragment CatalystOutcomeFields on CatalystOutcome {\n  catalyst\n  sessions\n  enoughData\n  reliefRate\n  floodingRate\n  note\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckInFields on CheckIn {\n  id\n  author {\n    ...CircleAuthorFields\n  }\n  mood\n  intensity\n  text\n  session {\n    ...CheckInSessionSummaryFields\n  }\n  postedAt\n  reactions {\n    ...ReactionSummaryFields\n  }\n  replyCount\n  hidden\n  reportedByMe\n}"): (typeof documents)["fragment CheckInFields on CheckIn {\n  id\n  author {\n    ...CircleAuthorFields\n  }\n  mood\n  intensity\n  text\n  session {\n    ...CheckInSessionSummaryFields\n  }\n  postedAt\n  reactions {\n    ...ReactionSummaryFields\n  }\n  replyCount\n  hidden\n  reportedByMe\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckInPreviewFields on CheckInPreview {\n  sessionId\n  version\n  summary {\n    ...CheckInSessionSummaryFields\n  }\n}"): (typeof documents)["fragment CheckInPreviewFields on CheckInPreview {\n  sessionId\n  version\n  summary {\n    ...CheckInSessionSummaryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckInReplyFields on CheckInReply {\n  id\n  checkInId\n  author {\n    ...CircleAuthorFields\n  }\n  text\n  postedAt\n  hidden\n  reportedByMe\n}"): (typeof documents)["fragment CheckInReplyFields on CheckInReply {\n  id\n  checkInId\n  author {\n    ...CircleAuthorFields\n  }\n  text\n  postedAt\n  hidden\n  reportedByMe\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckInSessionSummaryFields on CheckInSessionSummary {\n  durationMinutes\n  afterState\n  catalysts\n}"): (typeof documents)["fragment CheckInSessionSummaryFields on CheckInSessionSummary {\n  durationMinutes\n  afterState\n  catalysts\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleFields on Circle {\n  id\n  name\n  description\n  topic\n  memberCap\n  memberCount\n  lastCheckInAt\n  unreadCount\n  me {\n    ...CircleMemberFields\n  }\n  createdAt\n}"): (typeof documents)["fragment CircleFields on Circle {\n  id\n  name\n  description\n  topic\n  memberCap\n  memberCount\n  lastCheckInAt\n  unreadCount\n  me {\n    ...CircleMemberFields\n  }\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleAuthorFields on CircleAuthor {\n  memberId\n  pseudonym\n  isMe\n}"): (typeof documents)["fragment CircleAuthorFields on CircleAuthor {\n  memberId\n  pseudonym\n  isMe\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleContentRefFields on CircleContentRef {\n  checkInId\n  replyId\n}"): (typeof documents)["fragment CircleContentRefFields on CircleContentRef {\n  checkInId\n  replyId\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleInviteFields on CircleInvite {\n  id\n  code\n  status\n  maxUses\n  uses\n  expiresAt\n  revokedAt\n  createdAt\n}"): (typeof documents)["fragment CircleInviteFields on CircleInvite {\n  id\n  code\n  status\n  maxUses\n  uses\n  expiresAt\n  revokedAt\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleMemberFields on CircleMember {\n  id\n  pseudonym\n  role\n  joinedAt\n  isMe\n}"): (typeof documents)["fragment CircleMemberFields on CircleMember {\n  id\n  pseudonym\n  role\n  joinedAt\n  isMe\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleMembershipFields on CircleMembership {\n  id\n  circleId\n  name\n  description\n  topic\n  me {\n    ...CircleMemberFields\n  }\n  lastVisitedAt\n  unreadCount\n  memberCount\n  lastCheckInAt\n}"): (typeof documents)["fragment CircleMembershipFields on CircleMembership {\n  id\n  circleId\n  name\n  description\n  topic\n  me {\n    ...CircleMemberFields\n  }\n  lastVisitedAt\n  unreadCount\n  memberCount\n  lastCheckInAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CircleReportFields on CircleReport {\n  id\n  reason\n  note\n  status\n  content {\n    ...CircleContentRefFields\n  }\n  contentText\n  contentAuthor {\n    ...CircleAuthorFields\n  }\n  createdAt\n  resolvedAt\n  outcome\n}"): (typeof documents)["fragment CircleReportFields on CircleReport {\n  id\n  reason\n  note\n  status\n  content {\n    ...CircleContentRefFields\n  }\n  contentText\n  contentAuthor {\n    ...CircleAuthorFields\n  }\n  createdAt\n  resolvedAt\n  outcome\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientSafetySignalFields on ClientSafetySignal {\n  kind\n  summary\n  sessionCount\n  sessionIds\n  firstStartedAt\n  lastStartedAt\n}"): (typeof documents)["fragment ClientSafetySignalFields on ClientSafetySignal {\n  kind\n  summary\n  sessionCount\n  sessionIds\n  firstStartedAt\n  lastStartedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientSafetyStatusFields on ClientSafetyStatus {\n  signals {\n    ...ClientSafetySignalFields\n  }\n  checkedAt\n}"): (typeof documents)["fragment ClientSafetyStatusFields on ClientSafetyStatus {\n  signals {\n    ...ClientSafetySignalFields\n  }\n  checkedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompletedStepFields on CompletedStep {\n  stepId\n  title\n}"): (typeof documents)["fragment CompletedStepFields on CompletedStep {\n  stepId\n  title\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CrisisLineFields on CrisisLine {\n  name\n  phone\n  phoneUri\n  alternativePhone\n  alternativePhoneUri\n  url\n  source\n  verifiedOn\n}"): (typeof documents)["fragment CrisisLineFields on CrisisLine {\n  name\n  phone\n  phoneUri\n  alternativePhone\n  alternativePhoneUri\n  url\n  source\n  verifiedOn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CrisisSupportFields on CrisisSupport {\n  message\n  resources {\n    ...SupportResourcesFields\n  }\n}"): (typeof documents)["fragment CrisisSupportFields on CrisisSupport {\n  message\n  resources {\n    ...SupportResourcesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DataExportPageFields on DataExportPage {\n  format\n  document\n  hasMore\n  endCursor\n}"): (typeof documents)["fragment DataExportPageFields on DataExportPage {\n  format\n  document\n  hasMore\n  endCursor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DaySessionCountFields on DaySessionCount {\n  day\n  sessionCount\n}"): (typeof documents)["fragment DaySessionCountFields on DaySessionCount {\n  day\n  sessionCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GrantFields on Grant {\n  id\n  status\n  scopes\n  expiresAt\n  client {\n    ...SharePersonFields\n  }\n  therapist {\n    ...SharePersonFields\n  }\n  alertOnSafetySignal\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment GrantFields on Grant {\n  id\n  status\n  scopes\n  expiresAt\n  client {\n    ...SharePersonFields\n  }\n  therapist {\n    ...SharePersonFields\n  }\n  alertOnSafetySignal\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HiddenContentFields on HiddenContent {\n  content {\n    ...CircleContentRefFields\n  }\n  hiddenAt\n}"): (typeof documents)["fragment HiddenContentFields on HiddenContent {\n  content {\n    ...CircleContentRefFields\n  }\n  hiddenAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightFiguresFields on InsightFigures {\n  fromDay\n  toDay\n  sessionCount\n  perWeekFrequency\n  totalDurationMinutes\n  medianDurationMinutes\n  tearsShare\n  meanDistressBefore\n  meanDistressAfter\n  meanDistressChange\n  reliefShare\n  floodingShare\n  topCatalysts {\n    ...CatalystCountFields\n  }\n  catalystOutcomes {\n    ...CatalystOutcomeFields\n  }\n  dailySeries {\n    ...DaySessionCountFields\n  }\n}"): (typeof documents)["fragment InsightFiguresFields on InsightFigures {\n  fromDay\n  toDay\n  sessionCount\n  perWeekFrequency\n  totalDurationMinutes\n  medianDurationMinutes\n  tearsShare\n  meanDistressBefore\n  meanDistressAfter\n  meanDistressChange\n  reliefShare\n  floodingShare\n  topCatalysts {\n    ...CatalystCountFields\n  }\n  catalystOutcomes {\n    ...CatalystOutcomeFields\n  }\n  dailySeries {\n    ...DaySessionCountFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightMeasuresFields on InsightMeasures {\n  current {\n    ...MeasuresInPeriodFields\n  }\n  previous {\n    ...MeasuresInPeriodFields\n  }\n}"): (typeof documents)["fragment InsightMeasuresFields on InsightMeasures {\n  current {\n    ...MeasuresInPeriodFields\n  }\n  previous {\n    ...MeasuresInPeriodFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightsFields on Insights {\n  period\n  fromDay\n  toDay\n  current {\n    ...InsightFiguresFields\n  }\n  previous {\n    ...InsightFiguresFields\n  }\n}"): (typeof documents)["fragment InsightsFields on Insights {\n  period\n  fromDay\n  toDay\n  current {\n    ...InsightFiguresFields\n  }\n  previous {\n    ...InsightFiguresFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentFields on Instrument {\n  id\n  name\n  shortName\n  stem\n  items {\n    number\n    text\n    loinc\n  }\n  options {\n    value\n    label\n  }\n  maxScore\n  reportsPercentage\n  bands {\n    band\n    label\n    min\n    max\n  }\n  lowerIsBetter\n  meaningfulChange\n  meaningfulChangeSource\n  loincPanel\n  loincTotal\n  source\n  termsOfUse\n}"): (typeof documents)["fragment InstrumentFields on Instrument {\n  id\n  name\n  shortName\n  stem\n  items {\n    number\n    text\n    loinc\n  }\n  options {\n    value\n    label\n  }\n  maxScore\n  reportsPercentage\n  bands {\n    band\n    label\n    min\n    max\n  }\n  lowerIsBetter\n  meaningfulChange\n  meaningfulChangeSource\n  loincPanel\n  loincTotal\n  source\n  termsOfUse\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JournalEntryFields on JournalEntry {\n  id\n  occurredAt\n  kind\n  day\n  text\n  emotions\n  prompt {\n    ...JournalPromptFields\n  }\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment JournalEntryFields on JournalEntry {\n  id\n  occurredAt\n  kind\n  day\n  text\n  emotions\n  prompt {\n    ...JournalPromptFields\n  }\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JournalPromptFields on JournalPrompt {\n  id\n  theme\n  text\n}"): (typeof documents)["fragment JournalPromptFields on JournalPrompt {\n  id\n  theme\n  text\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasureFields on Measure {\n  id\n  instrument\n  answers\n  score\n  percentage\n  band\n  bandLabel\n  completedAt\n  day\n}"): (typeof documents)["fragment MeasureFields on Measure {\n  id\n  instrument\n  answers\n  score\n  percentage\n  band\n  bandLabel\n  completedAt\n  day\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasurePointFields on MeasurePoint {\n  id\n  instrument\n  score\n  percentage\n  band\n  day\n  change\n  direction\n  meaningful\n}"): (typeof documents)["fragment MeasurePointFields on MeasurePoint {\n  id\n  instrument\n  score\n  percentage\n  band\n  day\n  change\n  direction\n  meaningful\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasureScheduleFields on MeasureSchedule {\n  id\n  instrument\n  cadence\n  everyWeeks\n  startsOn\n  windowDays\n  nextDueOn\n}"): (typeof documents)["fragment MeasureScheduleFields on MeasureSchedule {\n  id\n  instrument\n  cadence\n  everyWeeks\n  startsOn\n  windowDays\n  nextDueOn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasuresInPeriodFields on MeasuresInPeriod {\n  fromDay\n  toDay\n  reliefShare\n  floodingShare\n  results {\n    ...MeasurePointFields\n  }\n}"): (typeof documents)["fragment MeasuresInPeriodFields on MeasuresInPeriod {\n  fromDay\n  toDay\n  reliefShare\n  floodingShare\n  results {\n    ...MeasurePointFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}"): (typeof documents)["fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PracticeSuggestionFields on PracticeSuggestion {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  name\n  message\n  templateId\n  status\n  routineId\n  createdAt\n}"): (typeof documents)["fragment PracticeSuggestionFields on PracticeSuggestion {\n  id\n  therapist {\n    ...SharePersonFields\n  }\n  name\n  message\n  templateId\n  status\n  routineId\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PreferencesFields on Preferences {\n  routineReminders\n  weeklyReflection\n  circleActivity\n  therapistActivity\n  delivery {\n    push\n    email\n  }\n  quietHours {\n    start\n    end\n  }\n}"): (typeof documents)["fragment PreferencesFields on Preferences {\n  routineReminders\n  weeklyReflection\n  circleActivity\n  therapistActivity\n  delivery {\n    push\n    email\n  }\n  quietHours {\n    start\n    end\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileFields on Profile {\n  id\n  displayName\n  pronouns\n  timeZone\n  locale\n  country\n  suggestedCountry\n  preferences {\n    ...PreferencesFields\n  }\n  role\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment ProfileFields on Profile {\n  id\n  displayName\n  pronouns\n  timeZone\n  locale\n  country\n  suggestedCountry\n  preferences {\n    ...PreferencesFields\n  }\n  role\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PushDeviceFields on PushDevice {\n  id\n  label\n  pushService\n  createdAt\n}"): (typeof documents)["fragment PushDeviceFields on PushDevice {\n  id\n  label\n  pushService\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReactionSummaryFields on ReactionSummary {\n  kind\n  count\n  reactedByMe\n}"): (typeof documents)["fragment ReactionSummaryFields on ReactionSummary {\n  kind\n  count\n  reactedByMe\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineFields on Routine {\n  id\n  name\n  kind\n  description\n  status\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n  templateId\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment RoutineFields on Routine {\n  id\n  name\n  kind\n  description\n  status\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n  templateId\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineCompletionFields on RoutineCompletion {\n  id\n  occurredAt\n  kind\n  day\n  routineId\n  routineName\n  routineKind\n  completedAt\n  stepsDone {\n    ...CompletedStepFields\n  }\n  sessionId\n  note\n  createdAt\n}"): (typeof documents)["fragment RoutineCompletionFields on RoutineCompletion {\n  id\n  occurredAt\n  kind\n  day\n  routineId\n  routineName\n  routineKind\n  completedAt\n  stepsDone {\n    ...CompletedStepFields\n  }\n  sessionId\n  note\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineReminderFields on RoutineReminder {\n  at\n  day\n  time\n  routine {\n    ...RoutineFields\n  }\n}"): (typeof documents)["fragment RoutineReminderFields on RoutineReminder {\n  at\n  day\n  time\n  routine {\n    ...RoutineFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineScheduleFields on RoutineSchedule {\n  days\n  daysPerWeek\n  reminderTimes\n}"): (typeof documents)["fragment RoutineScheduleFields on RoutineSchedule {\n  days\n  daysPerWeek\n  reminderTimes\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineStepFields on RoutineStep {\n  id\n  title\n  minutes\n  notes\n  products\n  target {\n    ...StepTargetFields\n  }\n}"): (typeof documents)["fragment RoutineStepFields on RoutineStep {\n  id\n  title\n  minutes\n  notes\n  products\n  target {\n    ...StepTargetFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoutineTemplateFields on RoutineTemplate {\n  id\n  name\n  kind\n  description\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n}"): (typeof documents)["fragment RoutineTemplateFields on RoutineTemplate {\n  id\n  name\n  kind\n  description\n  steps {\n    ...RoutineStepFields\n  }\n  schedule {\n    ...RoutineScheduleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SafetyAlertFields on SafetyAlert {\n  id\n  reason\n  signalKinds\n  therapist {\n    ...SharePersonFields\n  }\n  sentAt\n}"): (typeof documents)["fragment SafetyAlertFields on SafetyAlert {\n  id\n  reason\n  signalKinds\n  therapist {\n    ...SharePersonFields\n  }\n  sentAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SafetySignalFields on SafetySignal {\n  kind\n  message\n  sessionIds\n  resources {\n    ...SupportResourcesFields\n  }\n  involveTherapistPrompt\n}"): (typeof documents)["fragment SafetySignalFields on SafetySignal {\n  kind\n  message\n  sessionIds\n  resources {\n    ...SupportResourcesFields\n  }\n  involveTherapistPrompt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SafetyStatusFields on SafetyStatus {\n  signals {\n    ...SafetySignalFields\n  }\n  resources {\n    ...SupportResourcesFields\n  }\n  checkedAt\n}"): (typeof documents)["fragment SafetyStatusFields on SafetyStatus {\n  signals {\n    ...SafetySignalFields\n  }\n  resources {\n    ...SupportResourcesFields\n  }\n  checkedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionFields on Session {\n  id\n  occurredAt\n  kind\n  day\n  status\n  startedAt\n  endedAt\n  durationMinutes\n  intention\n  setting\n  distressBefore\n  catalysts {\n    ...CatalystFields\n  }\n  tearsCame\n  wantedToCry\n  bodySensations\n  emotions\n  peakIntensity\n  distressAfter\n  afterState\n  reflection\n  selfHarmThoughts\n  feltUnsafe\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment SessionFields on Session {\n  id\n  occurredAt\n  kind\n  day\n  status\n  startedAt\n  endedAt\n  durationMinutes\n  intention\n  setting\n  distressBefore\n  catalysts {\n    ...CatalystFields\n  }\n  tearsCame\n  wantedToCry\n  bodySensations\n  emotions\n  peakIntensity\n  distressAfter\n  afterState\n  reflection\n  selfHarmThoughts\n  feltUnsafe\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionsCsvPageFields on SessionsCsvPage {\n  csv\n  rowCount\n  hasMore\n  endCursor\n}"): (typeof documents)["fragment SessionsCsvPageFields on SessionsCsvPage {\n  csv\n  rowCount\n  hasMore\n  endCursor\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SharePersonFields on SharePerson {\n  personId\n  displayName\n}"): (typeof documents)["fragment SharePersonFields on SharePerson {\n  personId\n  displayName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StepTargetFields on StepTarget {\n  daysPerWeek\n  measure\n  catalysts\n}"): (typeof documents)["fragment StepTargetFields on StepTarget {\n  daysPerWeek\n  measure\n  catalysts\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupportResourcesFields on SupportResources {\n  country\n  crisisLine {\n    ...CrisisLineFields\n  }\n  textService {\n    ...TextServiceFields\n  }\n  emergency\n  emergencyPhone\n  emergencyPhoneUri\n  findAHelplineUrl\n  disclaimer\n}"): (typeof documents)["fragment SupportResourcesFields on SupportResources {\n  country\n  crisisLine {\n    ...CrisisLineFields\n  }\n  textService {\n    ...TextServiceFields\n  }\n  emergency\n  emergencyPhone\n  emergencyPhoneUri\n  findAHelplineUrl\n  disclaimer\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TargetAdherenceFields on TargetAdherence {\n  stepId\n  title\n  measure\n  catalysts\n  daysPerWeek\n  thisWeek {\n    ...AdherenceWeekFields\n  }\n  recentWeeks {\n    ...AdherenceWeekFields\n  }\n  doneToday\n  dueToday\n  note\n}"): (typeof documents)["fragment TargetAdherenceFields on TargetAdherence {\n  stepId\n  title\n  measure\n  catalysts\n  daysPerWeek\n  thisWeek {\n    ...AdherenceWeekFields\n  }\n  recentWeeks {\n    ...AdherenceWeekFields\n  }\n  doneToday\n  dueToday\n  note\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TextServiceFields on TextService {\n  name\n  instructions\n  smsUri\n  source\n  verifiedOn\n}"): (typeof documents)["fragment TextServiceFields on TextService {\n  name\n  instructions\n  smsUri\n  source\n  verifiedOn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TherapistNoteFields on TherapistNote {\n  id\n  occurredAt\n  kind\n  day\n  text\n  author {\n    ...SharePersonFields\n  }\n  pinnedItemId\n  pinnedDay\n  version\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment TherapistNoteFields on TherapistNote {\n  id\n  occurredAt\n  kind\n  day\n  text\n  author {\n    ...SharePersonFields\n  }\n  pinnedItemId\n  pinnedDay\n  version\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UpcomingRemindersFields on UpcomingReminders {\n  from\n  to\n  timeZone\n  deliveryEnabled\n  reminders {\n    ...RoutineReminderFields\n  }\n}"): (typeof documents)["fragment UpcomingRemindersFields on UpcomingReminders {\n  from\n  to\n  timeZone\n  deliveryEnabled\n  reminders {\n    ...RoutineReminderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WeeklyAdherenceFields on WeeklyAdherence {\n  routine {\n    ...RoutineFields\n  }\n  day\n  timeZone\n  weekStart\n  weekEnd\n  targets {\n    ...TargetAdherenceFields\n  }\n  note\n}"): (typeof documents)["fragment WeeklyAdherenceFields on WeeklyAdherence {\n  routine {\n    ...RoutineFields\n  }\n  day\n  timeZone\n  weekStart\n  weekEnd\n  targets {\n    ...TargetAdherenceFields\n  }\n  note\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptPracticeSuggestion($input: AcceptPracticeSuggestionInput!) {\n  acceptPracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation AcceptPracticeSuggestion($input: AcceptPracticeSuggestionInput!) {\n  acceptPracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessLog($first: Int, $after: String) {\n  accessLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AccessLogEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query AccessLog($first: Int, $after: String) {\n  accessLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...AccessLogEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdoptRoutineTemplate($input: AdoptRoutineTemplateInput!) {\n  adoptRoutineTemplate(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"): (typeof documents)["mutation AdoptRoutineTemplate($input: AdoptRoutineTemplateInput!) {\n  adoptRoutineTemplate(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertMyTherapist($input: AlertMyTherapistInput!) {\n  alertMyTherapist(input: $input) {\n    alert {\n      ...SafetyAlertFields\n    }\n  }\n}"): (typeof documents)["mutation AlertMyTherapist($input: AlertMyTherapistInput!) {\n  alertMyTherapist(input: $input) {\n    alert {\n      ...SafetyAlertFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateJournalEntry($input: CreateJournalEntryInput!) {\n  createJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}"): (typeof documents)["mutation CreateJournalEntry($input: CreateJournalEntryInput!) {\n  createJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRoutine($input: CreateRoutineInput!) {\n  createRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"): (typeof documents)["mutation CreateRoutine($input: CreateRoutineInput!) {\n  createRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclinePracticeSuggestion($input: DeclinePracticeSuggestionInput!) {\n  declinePracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation DeclinePracticeSuggestion($input: DeclinePracticeSuggestionInput!) {\n  declinePracticeSuggestion(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteJournalEntry($input: DeleteJournalEntryInput!) {\n  deleteJournalEntry(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation DeleteJournalEntry($input: DeleteJournalEntryInput!) {\n  deleteJournalEntry(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input) {\n    accountDeletion {\n      ...AccountDeletionFields\n    }\n  }\n}"): (typeof documents)["mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n  deleteMyAccount(input: $input) {\n    accountDeletion {\n      ...AccountDeletionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRoutine($input: DeleteRoutineInput!) {\n  deleteRoutine(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation DeleteRoutine($input: DeleteRoutineInput!) {\n  deleteRoutine(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRoutineCompletion($input: DeleteRoutineCompletionInput!) {\n  deleteRoutineCompletion(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation DeleteRoutineCompletion($input: DeleteRoutineCompletionInput!) {\n  deleteRoutineCompletion(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSession($input: DeleteSessionInput!) {\n  deleteSession(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation DeleteSession($input: DeleteSessionInput!) {\n  deleteSession(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DueMeasures {\n  dueMeasures {\n    scheduleId\n    instrument\n    dueOn\n    closesOn\n    scheduledBy {\n      displayName\n    }\n  }\n}"): (typeof documents)["query DueMeasures {\n  dueMeasures {\n    scheduleId\n    instrument\n    dueOn\n    closesOn\n    scheduledBy {\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSession($input: EndSessionInput!) {\n  endSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation EndSession($input: EndSessionInput!) {\n  endSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFhir($input: ExportFhirInput) {\n  exportFhir(input: $input) {\n    bundle\n    resourceCount\n    generatedAt\n    complete\n  }\n}"): (typeof documents)["query ExportFhir($input: ExportFhirInput) {\n  exportFhir(input: $input) {\n    bundle\n    resourceCount\n    generatedAt\n    complete\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportMyData($first: Int, $after: String) {\n  exportMyData(first: $first, after: $after) {\n    ...DataExportPageFields\n  }\n}"): (typeof documents)["query ExportMyData($first: Int, $after: String) {\n  exportMyData(first: $first, after: $after) {\n    ...DataExportPageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportMySessionsCsv($first: Int, $after: String) {\n  exportMySessionsCsv(first: $first, after: $after) {\n    ...SessionsCsvPageFields\n  }\n}"): (typeof documents)["query ExportMySessionsCsv($first: Int, $after: String) {\n  exportMySessionsCsv(first: $first, after: $after) {\n    ...SessionsCsvPageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Insights($from: String, $period: InsightPeriod!, $withMeasures: Boolean! = true) {\n  insights(from: $from, period: $period) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}"): (typeof documents)["query Insights($from: String, $period: InsightPeriod!, $withMeasures: Boolean! = true) {\n  insights(from: $from, period: $period) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instruments {\n  instruments {\n    ...InstrumentFields\n  }\n}"): (typeof documents)["query Instruments {\n  instruments {\n    ...InstrumentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteTherapist($input: InviteTherapistInput!) {\n  inviteTherapist(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation InviteTherapist($input: InviteTherapistInput!) {\n  inviteTherapist(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JournalEntries($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  journalEntries(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...JournalEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query JournalEntries($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  journalEntries(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...JournalEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JournalEntry($id: ID!) {\n  journalEntry(id: $id) {\n    ...JournalEntryFields\n  }\n}"): (typeof documents)["query JournalEntry($id: ID!) {\n  journalEntry(id: $id) {\n    ...JournalEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JournalPrompts($theme: PromptTheme) {\n  journalPrompts(theme: $theme) {\n    ...JournalPromptFields\n  }\n}"): (typeof documents)["query JournalPrompts($theme: PromptTheme) {\n  journalPrompts(theme: $theme) {\n    ...JournalPromptFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogSession($input: LogSessionInput!) {\n  logSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation LogSession($input: LogSessionInput!) {\n  logSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ProfileFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasureTrend($instrument: MeasureInstrument!) {\n  measureTrend(instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}"): (typeof documents)["query MeasureTrend($instrument: MeasureInstrument!) {\n  measureTrend(instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGrants {\n  myGrants {\n    ...GrantFields\n  }\n}"): (typeof documents)["query MyGrants {\n  myGrants {\n    ...GrantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMeasures($instrument: MeasureInstrument, $first: Int, $after: String) {\n  measures(instrument: $instrument, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyMeasures($instrument: MeasureInstrument, $first: Int, $after: String) {\n  measures(instrument: $instrument, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyNotifications {\n  myNotifications {\n    id\n    kind\n    at\n    circleId\n    checkInId\n    grantId\n    suggestionId\n    routineId\n  }\n}"): (typeof documents)["subscription MyNotifications {\n  myNotifications {\n    id\n    kind\n    at\n    circleId\n    checkInId\n    grantId\n    suggestionId\n    routineId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPushDevices {\n  myPushDevices {\n    ...PushDeviceFields\n  }\n}"): (typeof documents)["query MyPushDevices {\n  myPushDevices {\n    ...PushDeviceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRoutines($first: Int, $after: String) {\n  myRoutines(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...RoutineFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyRoutines($first: Int, $after: String) {\n  myRoutines(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...RoutineFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeSuggestions($first: Int, $after: String) {\n  practiceSuggestions(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PracticeSuggestionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query PracticeSuggestions($first: Int, $after: String) {\n  practiceSuggestions(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...PracticeSuggestionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PushPublicKey {\n  pushPublicKey\n}"): (typeof documents)["query PushPublicKey {\n  pushPublicKey\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRoutineCompletion($input: RecordRoutineCompletionInput!) {\n  recordRoutineCompletion(input: $input) {\n    routineCompletion {\n      ...RoutineCompletionFields\n    }\n  }\n}"): (typeof documents)["mutation RecordRoutineCompletion($input: RecordRoutineCompletionInput!) {\n  recordRoutineCompletion(input: $input) {\n    routineCompletion {\n      ...RoutineCompletionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {\n  registerPushDevice(input: $input) {\n    device {\n      ...PushDeviceFields\n    }\n  }\n}"): (typeof documents)["mutation RegisterPushDevice($input: RegisterPushDeviceInput!) {\n  registerPushDevice(input: $input) {\n    device {\n      ...PushDeviceFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePushDevice($input: RemovePushDeviceInput!) {\n  removePushDevice(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation RemovePushDevice($input: RemovePushDeviceInput!) {\n  removePushDevice(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderRoutineSteps($input: ReorderRoutineStepsInput!) {\n  reorderRoutineSteps(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"): (typeof documents)["mutation ReorderRoutineSteps($input: ReorderRoutineStepsInput!) {\n  reorderRoutineSteps(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeGrant($input: RevokeGrantInput!) {\n  revokeGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation RevokeGrant($input: RevokeGrantInput!) {\n  revokeGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Routine($id: ID!) {\n  routine(id: $id) {\n    ...RoutineFields\n  }\n}"): (typeof documents)["query Routine($id: ID!) {\n  routine(id: $id) {\n    ...RoutineFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoutineCompletion($id: ID!) {\n  routineCompletion(id: $id) {\n    ...RoutineCompletionFields\n  }\n}"): (typeof documents)["query RoutineCompletion($id: ID!) {\n  routineCompletion(id: $id) {\n    ...RoutineCompletionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoutineTemplates {\n  routineTemplates {\n    ...RoutineTemplateFields\n  }\n}"): (typeof documents)["query RoutineTemplates {\n  routineTemplates {\n    ...RoutineTemplateFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SafetyStatus {\n  safetyStatus {\n    ...SafetyStatusFields\n  }\n}"): (typeof documents)["query SafetyStatus {\n  safetyStatus {\n    ...SafetyStatusFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionFields\n  }\n}"): (typeof documents)["query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sessions($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  sessions(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...SessionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query Sessions($first: Int, $after: String, $from: DateTime, $to: DateTime) {\n  sessions(first: $first, after: $after, from: $from, to: $to) {\n    edges {\n      cursor\n      node {\n        ...SessionFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGrantAlerts($input: SetGrantAlertsInput!) {\n  setGrantAlerts(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation SetGrantAlerts($input: SetGrantAlertsInput!) {\n  setGrantAlerts(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSession($input: StartSessionInput) {\n  startSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation StartSession($input: StartSessionInput) {\n  startSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n    aftercareSuggestion {\n      ...AftercareSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitMeasure($input: SubmitMeasureInput!) {\n  submitMeasure(input: $input) {\n    measure {\n      ...MeasureFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n  }\n}"): (typeof documents)["mutation SubmitMeasure($input: SubmitMeasureInput!) {\n  submitMeasure(input: $input) {\n    measure {\n      ...MeasureFields\n    }\n    safetySignals {\n      ...SafetySignalFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Timeline($first: Int, $after: String, $from: DateTime, $to: DateTime, $kinds: [TimelineKind!]) {\n  timeline(first: $first, after: $after, from: $from, to: $to, kinds: $kinds) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query Timeline($first: Int, $after: String, $from: DateTime, $to: DateTime, $kinds: [TimelineKind!]) {\n  timeline(first: $first, after: $after, from: $from, to: $to, kinds: $kinds) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingReminders {\n  upcomingReminders {\n    ...UpcomingRemindersFields\n  }\n}"): (typeof documents)["query UpcomingReminders {\n  upcomingReminders {\n    ...UpcomingRemindersFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGrant($input: UpdateGrantInput!) {\n  updateGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateGrant($input: UpdateGrantInput!) {\n  updateGrant(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateJournalEntry($input: UpdateJournalEntryInput!) {\n  updateJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateJournalEntry($input: UpdateJournalEntryInput!) {\n  updateJournalEntry(input: $input) {\n    journalEntry {\n      ...JournalEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    profile {\n      ...ProfileFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    profile {\n      ...ProfileFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRoutine($input: UpdateRoutineInput!) {\n  updateRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateRoutine($input: UpdateRoutineInput!) {\n  updateRoutine(input: $input) {\n    routine {\n      ...RoutineFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSession($input: UpdateSessionInput!) {\n  updateSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateSession($input: UpdateSessionInput!) {\n  updateSession(input: $input) {\n    session {\n      ...SessionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WeeklyAdherence($routineId: ID!, $day: String, $recentWeeks: Int) {\n  weeklyAdherence(routineId: $routineId, day: $day, recentWeeks: $recentWeeks) {\n    ...WeeklyAdherenceFields\n  }\n}"): (typeof documents)["query WeeklyAdherence($routineId: ID!, $day: String, $recentWeeks: Int) {\n  weeklyAdherence(routineId: $routineId, day: $day, recentWeeks: $recentWeeks) {\n    ...WeeklyAdherenceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNote($input: AddNoteInput!) {\n  addNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}"): (typeof documents)["mutation AddNote($input: AddNoteInput!) {\n  addNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeasureSchedule($input: CancelMeasureScheduleInput!) {\n  cancelMeasureSchedule(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation CancelMeasureSchedule($input: CancelMeasureScheduleInput!) {\n  cancelMeasureSchedule(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInsights($from: String, $period: InsightPeriod!, $clientId: ID!, $withMeasures: Boolean! = true) {\n  clientInsights(from: $from, period: $period, clientId: $clientId) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}"): (typeof documents)["query ClientInsights($from: String, $period: InsightPeriod!, $clientId: ID!, $withMeasures: Boolean! = true) {\n  clientInsights(from: $from, period: $period, clientId: $clientId) {\n    ...InsightsFields\n    measures @include(if: $withMeasures) {\n      ...InsightMeasuresFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMeasureSchedules($clientId: ID!) {\n  clientMeasureSchedules(clientId: $clientId) {\n    ...MeasureScheduleFields\n  }\n}"): (typeof documents)["query ClientMeasureSchedules($clientId: ID!) {\n  clientMeasureSchedules(clientId: $clientId) {\n    ...MeasureScheduleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMeasureTrend($clientId: ID!, $instrument: MeasureInstrument!) {\n  clientMeasureTrend(clientId: $clientId, instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}"): (typeof documents)["query ClientMeasureTrend($clientId: ID!, $instrument: MeasureInstrument!) {\n  clientMeasureTrend(clientId: $clientId, instrument: $instrument) {\n    instrument\n    latest {\n      ...MeasureFields\n    }\n    previous {\n      ...MeasureFields\n    }\n    change\n    direction\n    meaningful\n    meaningfulChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMeasures($clientId: ID!, $instrument: MeasureInstrument, $first: Int, $after: String) {\n  clientMeasures(\n    clientId: $clientId\n    instrument: $instrument\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query ClientMeasures($clientId: ID!, $instrument: MeasureInstrument, $first: Int, $after: String) {\n  clientMeasures(\n    clientId: $clientId\n    instrument: $instrument\n    first: $first\n    after: $after\n  ) {\n    edges {\n      cursor\n      node {\n        ...MeasureFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientSafetyStatus($clientId: ID!) {\n  clientSafetyStatus(clientId: $clientId) {\n    ...ClientSafetyStatusFields\n  }\n}"): (typeof documents)["query ClientSafetyStatus($clientId: ID!) {\n  clientSafetyStatus(clientId: $clientId) {\n    ...ClientSafetyStatusFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientTimeline($first: Int, $after: String, $clientId: ID!, $from: DateTime, $to: DateTime) {\n  clientTimeline(\n    first: $first\n    after: $after\n    clientId: $clientId\n    from: $from\n    to: $to\n  ) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query ClientTimeline($first: Int, $after: String, $clientId: ID!, $from: DateTime, $to: DateTime) {\n  clientTimeline(\n    first: $first\n    after: $after\n    clientId: $clientId\n    from: $from\n    to: $to\n  ) {\n    edges {\n      cursor\n      node {\n        __typename\n        ... on JournalEntry {\n          ...JournalEntryFields\n        }\n        ... on RoutineCompletion {\n          ...RoutineCompletionFields\n        }\n        ... on Session {\n          ...SessionFields\n        }\n        ... on TherapistNote {\n          ...TherapistNoteFields\n        }\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineInvitation($input: DeclineInvitationInput!) {\n  declineInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"): (typeof documents)["mutation DeclineInvitation($input: DeclineInvitationInput!) {\n  declineInvitation(input: $input) {\n    grant {\n      ...GrantFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteNote($input: DeleteNoteInput!) {\n  deleteNote(input: $input) {\n    deletedId\n  }\n}"): (typeof documents)["mutation DeleteNote($input: DeleteNoteInput!) {\n  deleteNote(input: $input) {\n    deletedId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCaseload($first: Int, $after: String) {\n  myCaseload(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CaseloadEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyCaseload($first: Int, $after: String) {\n  myCaseload(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...CaseloadEntryFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyClients($first: Int, $after: String) {\n  myClients(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyClients($first: Int, $after: String) {\n  myClients(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvitations($first: Int, $after: String) {\n  myInvitations(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): (typeof documents)["query MyInvitations($first: Int, $after: String) {\n  myInvitations(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...GrantFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyShareCode {\n  myShareCode\n}"): (typeof documents)["query MyShareCode {\n  myShareCode\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateShareCode {\n  rotateShareCode {\n    shareCode\n  }\n}"): (typeof documents)["mutation RotateShareCode {\n  rotateShareCode {\n    shareCode\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleMeasure($input: ScheduleMeasureInput!) {\n  scheduleMeasure(input: $input) {\n    measureSchedule {\n      ...MeasureScheduleFields\n    }\n  }\n}"): (typeof documents)["mutation ScheduleMeasure($input: ScheduleMeasureInput!) {\n  scheduleMeasure(input: $input) {\n    measureSchedule {\n      ...MeasureScheduleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuggestPractice($input: SuggestPracticeInput!) {\n  suggestPractice(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"): (typeof documents)["mutation SuggestPractice($input: SuggestPracticeInput!) {\n  suggestPractice(input: $input) {\n    practiceSuggestion {\n      ...PracticeSuggestionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNote($input: UpdateNoteInput!) {\n  updateNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateNote($input: UpdateNoteInput!) {\n  updateNote(input: $input) {\n    therapistNote {\n      ...TherapistNoteFields\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;