import { ArgsType, Field, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional } from 'class-validator';
import { Connection, PageArgs } from '../shared/pagination';
import { TimelineItem, TimelineKind } from '../shared/timeline-item';

@ObjectType({ description: 'A page of Timeline items (Relay cursor connection)' })
export class TimelineConnection extends Connection(() => TimelineItem, 'Timeline') {}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Items that happened at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Items that happened before this instant' })
  to?: Date | null;

  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds (default: all)' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(4)
  kinds?: TimelineKind[] | null;
}
