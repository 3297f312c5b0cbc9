export { CircleResolver, CircleMembershipResolver, CheckInThreadResolver } from './circle.resolver';
export { CircleService } from './circle.service';
export { DynamoCircleRepository, type CircleRepository } from './circle.repository';
