import { Field, ID, ObjectType } from 'type-graphql';
import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { CheckIn, Circle, CircleInvite, CircleMember, CircleMembership, CircleReport, HiddenContent } from './circle.type';

export const CreateCirclePayload = objectPayload('CreateCirclePayload', 'circle', () => Circle, 'The circle you started');
export const JoinCirclePayload = objectPayload('JoinCirclePayload', 'circle', () => Circle, 'The circle you joined');
export const MarkCircleVisitedPayload = objectPayload(
  'MarkCircleVisitedPayload',
  'circleMembership',
  () => CircleMembership,
  'Your membership, its unread count back to zero',
);
export const SetCirclePseudonymPayload = objectPayload('SetCirclePseudonymPayload', 'circleMember', () => CircleMember, 'You, as the circle now shows you');
export const CreateCircleInvitePayload = objectPayload('CreateCircleInvitePayload', 'circleInvite', () => CircleInvite, 'The new invite code');
export const RevokeCircleInvitePayload = objectPayload('RevokeCircleInvitePayload', 'circleInvite', () => CircleInvite, 'The invite, now revoked');
export const SetCircleMemberRolePayload = objectPayload('SetCircleMemberRolePayload', 'circleMember', () => CircleMember, 'The member with their new role');
export const TransferCircleOwnershipPayload = objectPayload('TransferCircleOwnershipPayload', 'circle', () => Circle, 'The circle under its new owner');
export const RemoveCircleMemberPayload = deletionPayload('RemoveCircleMemberPayload', 'The member removed (CircleMember.id)');
export const AddReactionPayload = objectPayload('AddReactionPayload', 'checkIn', () => CheckIn, 'The check-in with its new reaction counts');
export const RemoveReactionPayload = objectPayload('RemoveReactionPayload', 'checkIn', () => CheckIn, 'The check-in with its new reaction counts');
export const HideCircleContentPayload = objectPayload('HideCircleContentPayload', 'hiddenContent', () => HiddenContent, 'What was hidden, and when');
export const ResolveCircleReportPayload = objectPayload('ResolveCircleReportPayload', 'circleReport', () => CircleReport, 'The report, now closed');

@ObjectType({ description: 'The circle you left' })
export class LeaveCirclePayload {
  @Field(() => ID, { description: 'The circle you left: evict it, and your membership of it, from a client cache' })
  circleId!: string;
}

@ObjectType({ description: 'Your report, received; reporters stay anonymous to everyone' })
export class ReportCircleContentPayload {
  @Field(() => ID, { description: 'The report: reporting the same item again answers CONFLICT' })
  reportId!: string;
}
